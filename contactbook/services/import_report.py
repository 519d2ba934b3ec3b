"""What an import did (or, in a dry run, would do): counts and the cards worth a look."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from contactbook.interchange.vcard_read import CardProblem


@dataclass(frozen=True)
class ImportNote:
    """A card that imported with a remark (photo dropped…), or was held back."""

    file: str
    line: int
    name: str
    note: str


@dataclass(frozen=True)
class MergeNote:
    """A card merged into a contact of the book (or into an earlier card of the import).

    ``name`` is the contact's, ``card_name`` the card's; ``evidence`` the codes of
    ``matching.Evidence`` that made them one; ``added`` the fields the card adds.
    """

    file: str
    line: int
    contact_id: int
    name: str
    added: tuple[str, ...]
    card_name: str = ""
    evidence: tuple[str, ...] = ()
    into_new: bool = False  # into a contact this import adds (an earlier card)


@dataclass(frozen=True)
class LikelyNote:
    """A card imported as a contact of its own that may be the same as ``other_id``: listed
    for Find duplicates, never merged on the spot."""

    file: str
    line: int
    name: str
    other_id: int
    other_name: str
    evidence: tuple[str, ...]


@dataclass
class ImportReport:
    files: int = 0
    cards: int = 0
    imported: int = 0
    merged: int = 0
    unchanged: int = 0  # matched a contact and brought nothing new (e.g. a second import)
    dry_run: bool = False
    rejected: list[CardProblem] = field(default_factory=list)
    suppressed: list[ImportNote] = field(default_factory=list)
    merges: list[MergeNote] = field(default_factory=list)
    notes: list[ImportNote] = field(default_factory=list)
    likely: list[LikelyNote] = field(default_factory=list)
    import_id: int | None = None  # the import's number in the history (to undo it)

    @property
    def needs_attention(self) -> bool:
        """Cards were rejected or held back: the CLI exits with 1."""
        return bool(self.rejected or self.suppressed)

    def audit_detail(self) -> str:
        """Counts only: the audit log never holds names or addresses."""
        return (
            f"files={self.files} cards={self.cards} imported={self.imported} "
            f"merged={self.merged} unchanged={self.unchanged} rejected={len(self.rejected)} "
            f"suppressed={len(self.suppressed)} likely={len(self.likely)}"
            + (f" import={self.import_id}" if self.import_id is not None else "")
        )

    def to_json(self) -> dict[str, Any]:
        """The shape of CLI.md (``import --report``), with the details added after it."""
        return {
            "files": self.files,
            "cards": self.cards,
            "imported": self.imported,
            "merged": self.merged,
            "rejected": [
                {"file": p.file, "line": p.line, "name": p.name, "reason": p.reason}
                for p in self.rejected
            ],
            "unchanged": self.unchanged,
            "dry_run": self.dry_run,
            "suppressed": [_note(n) for n in self.suppressed],
            "merges": [
                {
                    "file": m.file,
                    "line": m.line,
                    "contact_id": m.contact_id,
                    "name": m.name,
                    "added": list(m.added),
                    "card_name": m.card_name,
                    "evidence": list(m.evidence),
                    "into_new": m.into_new,
                }
                for m in self.merges
            ],
            "notes": [_note(n) for n in self.notes],
            "likely_duplicates": [
                {
                    "file": n.file,
                    "line": n.line,
                    "name": n.name,
                    "other_id": n.other_id,
                    "other_name": n.other_name,
                    "evidence": list(n.evidence),
                }
                for n in self.likely
            ],
            "import_id": self.import_id,
        }

    def summary(self) -> str:
        verb = "would be" if self.dry_run else "were"
        parts = [
            f"{self.cards} cards read from {self.files} file(s): {self.imported} {verb} added",
            f"{self.merged} merged into existing contacts",
        ]
        if self.unchanged:
            parts.append(f"{self.unchanged} already in the book")
        if self.rejected:
            parts.append(f"{len(self.rejected)} could not be read")
        if self.suppressed:
            parts.append(f"{len(self.suppressed)} held back (erased earlier)")
        if self.likely:
            parts.append(f"{len(self.likely)} possible duplicates to check")
        return ", ".join(parts) + "."


def _note(note: ImportNote) -> dict[str, Any]:
    return {"file": note.file, "line": note.line, "name": note.name, "note": note.note}
