"""Exporting contacts as a vCard file, written whole or not at all."""

from __future__ import annotations

from pathlib import Path
from typing import TextIO, cast

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_query import ContactFilter
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.vcard_write import write_vcards
from contactbook.services.book import Book
from contactbook.storage import audit_log

VERSIONS = ("3.0", "4.0")


def export_vcards(
    book: Book, target: Path, contact_filter: ContactFilter = ContactFilter(), version: str = "3.0"
) -> int:
    """Write the matching contacts to ``target``; returns how many were written.

    The file is written next to the target under a temporary name and renamed into place
    (:func:`~contactbook.interchange.atomic_file.atomic_open`), so a failure never leaves
    half a file under the real name.
    """
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version!r} is not supported (3.0 or 4.0)")
    with atomic_open(target, encoding="utf-8", newline="") as stream:
        # atomic_open yields IO[Any] for both of its modes; this one is text
        text = cast(TextIO, stream)
        written = write_vcards(book.contacts.iter_contacts(contact_filter), text, version)
    audit_log.record_event(
        book.database, AuditAction.EXPORTED, None, f"vcard {version}: {written} contacts"
    )
    return written
