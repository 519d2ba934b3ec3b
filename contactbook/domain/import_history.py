"""The imports of the last days: what each added and merged, so that it can be undone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from contactbook.domain.merge import Additions

# How long an import can be undone; its record of what it changed goes after that.
IMPORT_UNDO_DAYS = 30


@dataclass(frozen=True)
class ImportRecord:
    id: int
    at: datetime  # UTC
    files: tuple[str, ...]  # file names
    cards: int
    added: int
    merged: int
    undone_at: datetime | None = None

    @property
    def can_undo(self) -> bool:
        return self.undone_at is None


@dataclass(frozen=True)
class ImportChanges:
    """What an import did to the book: the contacts it added, and what it merged into others."""

    added: tuple[int, ...]
    merged: tuple[tuple[int, Additions], ...]  # (contact id, what the merges added)
