"""What the extractors of one article share while they run."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Optional

from tacitus.report import Article, Claim, Event, Quote, TimeRef

if TYPE_CHECKING:
    from tacitus.extract.actors import ActorTable


@dataclass
class Context:
    article: Article
    doc: Any  # spacy.tokens.Doc over article.text (same characters, same offsets)
    published: Optional[dt.date]
    times: list[TimeRef] = field(default_factory=list)
    actors: "ActorTable" = None  # type: ignore[assignment]
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)

    @classmethod
    def create(cls, doc, article: Article) -> "Context":
        published = dt.date.fromisoformat(article.published[:10]) if article.published else None
        return cls(article=article, doc=doc, published=published)

    @property
    def text(self) -> str:
        return self.article.text
