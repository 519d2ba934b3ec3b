"""The suppression list: salted hashes of erased people's addresses and numbers."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import insert, select

from contactbook.domain.contact import Contact
from contactbook.domain.suppression import SuppressedKind, suppression_digest
from contactbook.storage.database import Database
from contactbook.storage.schema import SuppressionRow
from contactbook.storage.settings_repository import read_suppression_secret


class SuppressionRepository:
    def __init__(self, database: Database) -> None:
        self._database = database
        self._secret: bytes | None = None

    def _key(self) -> bytes:
        if self._secret is None:
            with self._database.session() as session:
                self._secret = read_suppression_secret(session)
        return self._secret

    def forget_cached_secret(self) -> None:
        """Read the secret again next time (after the database file was replaced)."""
        self._secret = None

    def all_entries(self) -> list[tuple[SuppressedKind, str]]:
        """Every hash on the list (to carry erasures over to a restored backup)."""
        with self._database.session() as session:
            rows = session.execute(select(SuppressionRow.kind, SuppressionRow.digest))
            return [(SuppressedKind(kind), digest) for kind, digest in rows]

    def digests_of(self, contact: Contact) -> list[tuple[SuppressedKind, str]]:
        """The hashes a contact's e-mail addresses and phone numbers have on the list."""
        secret = self._key()
        found = [
            (SuppressedKind.EMAIL, suppression_digest(SuppressedKind.EMAIL, e.address, secret))
            for e in contact.emails
        ]
        found.extend(
            (
                SuppressedKind.PHONE,
                suppression_digest(SuppressedKind.PHONE, p.e164 or p.raw, secret),
            )
            for p in contact.phones
        )
        return found

    def add(self, entries: Iterable[tuple[SuppressedKind, str]]) -> None:
        rows = [
            {
                "kind": kind.value,
                "digest": digest,
                "created_at": datetime.now(UTC).replace(tzinfo=None),
            }
            for kind, digest in dict.fromkeys(entries)
        ]
        if not rows:
            return
        with self._database.write_session() as session:
            known = set(
                session.scalars(
                    select(SuppressionRow.digest).where(
                        SuppressionRow.digest.in_([r["digest"] for r in rows])
                    )
                )
            )
            new = [r for r in rows if r["digest"] not in known]
            if new:
                session.execute(insert(SuppressionRow), new)

    def is_suppressed(self, contact: Contact) -> bool:
        """True when any address or number of the contact belongs to an erased person."""
        digests = [digest for _, digest in self.digests_of(contact)]
        if not digests:
            return False
        with self._database.session() as session:
            hit = session.scalar(
                select(SuppressionRow.id).where(SuppressionRow.digest.in_(digests)).limit(1)
            )
        return hit is not None

    def has_entries(self) -> bool:
        """Whether anyone was ever erased (an import checks each card only then)."""
        with self._database.session() as session:
            return session.scalar(select(SuppressionRow.id).limit(1)) is not None
