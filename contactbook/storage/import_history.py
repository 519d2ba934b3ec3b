"""The import history's rows: written in the import's own transaction, read for its undo."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict
from datetime import timedelta

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from contactbook.domain.import_history import IMPORT_UNDO_DAYS, ImportChanges, ImportRecord
from contactbook.domain.merge import Additions
from contactbook.storage.contact_writes import utcnow
from contactbook.storage.database import Database
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import ImportChangeRow, ImportRow

ADDED = "added"
MERGED = "merged"


def record_import(
    session: Session,
    files: Sequence[str],
    cards: int,
    added: Sequence[int],
    merged: Sequence[tuple[int, Additions]],
) -> int:
    """Store one import and what it changed; the import's id. Records older than
    ``IMPORT_UNDO_DAYS`` go at the same time."""
    now = utcnow()
    session.execute(delete(ImportRow).where(ImportRow.at < now - timedelta(days=IMPORT_UNDO_DAYS)))
    import_id = session.execute(
        insert(ImportRow)
        .values(
            at=now,
            files="\n".join(files),
            cards=cards,
            added=len(added),
            merged=len({contact_id for contact_id, _ in merged}),
        )
        .returning(ImportRow.id)
    ).scalar_one()
    rows = [
        {"import_id": import_id, "contact_id": cid, "kind": ADDED, "additions": ""} for cid in added
    ]
    rows += [
        {
            "import_id": import_id,
            "contact_id": cid,
            "kind": MERGED,
            "additions": json.dumps(asdict(what), ensure_ascii=False),
        }
        for cid, what in merged
    ]
    if rows:
        session.execute(insert(ImportChangeRow), rows)
    return int(import_id)


def list_imports(session: Session) -> list[ImportRecord]:
    """The imports that can still be looked at, newest first."""
    rows = session.scalars(select(ImportRow).order_by(ImportRow.id.desc()))
    return [_record(row) for row in rows]


def get_import(session: Session, import_id: int) -> ImportRecord:
    row = session.get(ImportRow, import_id)
    if row is None:
        raise NotFoundError(f"There is no import with number {import_id} in the last days.")
    return _record(row)


def import_changes(session: Session, import_id: int) -> ImportChanges:
    """What the import changed, of the contacts that are still in the book."""
    added: list[int] = []
    merged: list[tuple[int, Additions]] = []
    rows = session.execute(
        select(ImportChangeRow.contact_id, ImportChangeRow.kind, ImportChangeRow.additions)
        .where(ImportChangeRow.import_id == import_id)
        .order_by(ImportChangeRow.id)
    )
    for contact_id, kind, additions in rows:
        if kind == ADDED:
            added.append(contact_id)
        else:
            merged.append((contact_id, _additions(additions)))
    return ImportChanges(tuple(added), tuple(merged))


def mark_undone(session: Session, import_id: int) -> None:
    """The import was undone: its record stays (with the time), its changes go."""
    session.execute(update(ImportRow).where(ImportRow.id == import_id).values(undone_at=utcnow()))
    session.execute(delete(ImportChangeRow).where(ImportChangeRow.import_id == import_id))


def forget_contact(session: Session, contact_id: int) -> None:
    """Remove what the history holds of a contact (an erasure or anonymisation)."""
    session.execute(delete(ImportChangeRow).where(ImportChangeRow.contact_id == contact_id))


def _record(row: ImportRow) -> ImportRecord:
    return ImportRecord(
        id=row.id,
        at=row.at,
        files=tuple(name for name in row.files.split("\n") if name),
        cards=row.cards,
        added=row.added,
        merged=row.merged,
        undone_at=row.undone_at,
    )


def _additions(text: str) -> Additions:
    data = json.loads(text) if text else {}
    return Additions(
        texts=tuple((str(name), str(value)) for name, value in data.get("texts", ())),
        birthday=str(data.get("birthday", "")),
        photo_digest=str(data.get("photo_digest", "")),
        emails=tuple(map(str, data.get("emails", ()))),
        phones=tuple(map(str, data.get("phones", ()))),
        addresses=tuple(tuple(map(str, item)) for item in data.get("addresses", ())),
        categories=tuple(map(str, data.get("categories", ()))),
        extra_properties=tuple(map(str, data.get("extra_properties", ()))),
    )


class ImportHistoryRepository:
    """The import history read outside an import (the undo itself runs in a batch)."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self) -> list[ImportRecord]:
        with self._database.session() as session:
            return list_imports(session)
