"""Errors a user can act on: each names the input and the problem, in one line."""
from __future__ import annotations

from dataclasses import dataclass


class TacitusError(Exception):
    """Base class for errors shown to the user as one line, never as a traceback."""


@dataclass
class ReadError(TacitusError):
    """An input that could not be read as an article."""

    source: str  # the file, "<stdin>" or "file.jsonl:12"
    problem: str

    def __str__(self) -> str:
        return f"{self.source}: {self.problem}"
