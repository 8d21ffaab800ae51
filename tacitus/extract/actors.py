"""Actors within one article: who is who, and which words refer to whom.

(Being written: the public API below is the contract the other extractors use.)
"""
from __future__ import annotations

from tacitus.report import Actor, Span


class ActorTable:
    def __init__(self, doc, ctx=None) -> None:
        self.doc = doc
        self.actors: list[Actor] = []
        self._by_char: dict[int, str] = {}  # start char of a mention -> actor id

    @classmethod
    def build(cls, doc, ctx=None) -> "ActorTable":
        return cls(doc, ctx)

    def resolve(self, start: int, end: int) -> str | None:
        """The actor that the text in [start, end) refers to (name, title, pronoun, metonym)."""
        for s, actor_id in self._by_char.items():
            if start <= s < end:
                return actor_id
        return None

    def resolve_or_add(self, span) -> str | None:
        """Like resolve; an actor-like noun phrase that is no actor yet becomes one."""
        return self.resolve(span.start_char, span.end_char)

    def get(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def export(self) -> list[Actor]:
        return self.actors
