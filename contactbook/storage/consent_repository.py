"""Consent records: appended, never changed (a database trigger refuses UPDATE)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from contactbook.domain.audit import AuditAction
from contactbook.domain.consent import ConsentRecord, latest_consent
from contactbook.domain.email_address import normalise_address
from contactbook.domain.enums import ConsentKind
from contactbook.storage.audit_log import add_event
from contactbook.storage.database import Database
from contactbook.storage.errors import NotFoundError
from contactbook.storage.schema import ConsentRow, EmailRow

_CHUNK = 500


class ConsentRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def record(self, record: ConsentRecord, *, require_known: bool = True) -> ConsentRecord:
        """Append a record for an address; the address must belong to a contact by default."""
        with self._database.write_session() as session:
            return add_consent(session, record, require_known=require_known)

    def record_many(self, records: Sequence[ConsentRecord]) -> None:
        """Append many records in one transaction (bulk: no per-record audit events)."""
        if not records:
            return
        with self._database.write_session() as session:
            session.execute(
                insert(ConsentRow),
                [
                    {
                        "address_key": normalise_address(r.address),
                        "kind": r.kind.value,
                        "at": r.at,
                        "source": r.source,
                        "wording": r.wording,
                        "note": r.note,
                    }
                    for r in records
                ],
            )
            add_event(
                session, AuditAction.CONSENT_RECORDED, None, f"{len(records)} records at once"
            )

    def history(self, address: str) -> list[ConsentRecord]:
        """All records for the address, oldest first."""
        return self.histories([address]).get(normalise_address(address), [])

    def histories(self, addresses: Iterable[str]) -> dict[str, list[ConsentRecord]]:
        keys = sorted({normalise_address(a) for a in addresses})
        result: dict[str, list[ConsentRecord]] = {key: [] for key in keys}
        if not keys:
            return result
        with self._database.session() as session:
            rows: list[ConsentRow] = []
            # in chunks: SQLite limits the number of bound parameters per statement
            for start in range(0, len(keys), _CHUNK):
                rows.extend(
                    session.scalars(
                        select(ConsentRow).where(
                            ConsentRow.address_key.in_(keys[start : start + _CHUNK])
                        )
                    )
                )
            rows.sort(key=lambda row: (row.at, row.id))
            for row in rows:
                result[row.address_key].append(
                    ConsentRecord(
                        address=row.address_key,
                        kind=ConsentKind(row.kind),
                        at=row.at,
                        source=row.source,
                        wording=row.wording,
                        note=row.note,
                        id=row.id,
                    )
                )
        return result

    def latest_kinds(self, addresses: Iterable[str]) -> dict[str, ConsentKind | None]:
        """The deciding (latest) consent kind per address, None where there is no record."""
        return {
            key: (record.kind if (record := latest_consent(records)) else None)
            for key, records in self.histories(addresses).items()
        }


def add_consent(
    session: Session, record: ConsentRecord, *, require_known: bool = True
) -> ConsentRecord:
    """Append a record in the caller's transaction, with a consent event for each contact
    that has the address; ``NotFoundError`` when none has it and ``require_known``."""
    key = normalise_address(record.address)
    owners = list(session.scalars(select(EmailRow.contact_id).where(EmailRow.address_key == key)))
    if require_known and not owners:
        raise NotFoundError(f"No contact has the e-mail address {record.address}.")
    row = ConsentRow(
        address_key=key,
        kind=record.kind.value,
        at=record.at,
        source=record.source,
        wording=record.wording,
        note=record.note,
    )
    session.add(row)
    session.flush()
    for contact_id in sorted(set(owners)):
        add_event(session, AuditAction.CONSENT_RECORDED, contact_id, record.kind.value)
    return ConsentRecord(
        address=key,
        kind=record.kind,
        at=record.at,
        source=record.source,
        wording=record.wording,
        note=record.note,
        id=row.id,
    )
