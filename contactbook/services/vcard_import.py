"""Importing vCard files: one transaction, merges instead of duplicates, a full report.

Cards are read one at a time (the reader streams), prepared in memory in chunks, matched
against the book and against the cards earlier in this import (same UID, same E.164 number
or same e-mail address) and then either merged into the contact they match or inserted.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import normalise_address
from contactbook.domain.enums import Scope
from contactbook.domain.merge import merge_into
from contactbook.domain.triage import suggest_scope
from contactbook.interchange.photo import MAX_PHOTO_BYTES, thumbnail
from contactbook.interchange.vcard_read import CardProblem, ReadCard, looks_like_vcard, read_vcards
from contactbook.services.book import Book
from contactbook.services.import_report import ImportNote, ImportReport, MergeNote
from contactbook.storage.contact_batch import ContactBatch

CHUNK = 500
Progress = Callable[[int, int], None]  # (bytes read so far, bytes in all files)


class ImportFileError(ValueError):
    """A file that cannot be imported at all (missing, empty, not a vCard): nothing happened."""


class ImportCancelledError(Exception):
    """The user cancelled; the transaction was rolled back and the book is as it was."""


class _DryRunEndError(Exception):
    """Raised at the end of a dry run to roll everything back."""


@dataclass(frozen=True)
class ImportOptions:
    """``scope`` None means: the suggestion per card (business or private)."""

    scope: Scope | None = Scope.UNSORTED
    dry_run: bool = False
    force: bool = False  # also add cards of people erased earlier (the suppression list)
    activities: tuple[str, ...] = ()


def check_files(paths: Sequence[Path]) -> None:
    """Refuse, before anything is written, files that are missing, empty or not vCards."""
    if not paths:
        raise ImportFileError("no files to import")
    for path in paths:
        if not path.is_file():
            raise ImportFileError(f"{path}: no such file")
        with path.open("rb") as stream:
            head = stream.read(4096)
        if not head.strip():
            raise ImportFileError(f"{path}: the file is empty")
        if not looks_like_vcard(head):
            reason = next(
                (
                    item.reason
                    for item in read_vcards(_bytes_stream(head), path.name)
                    if isinstance(item, CardProblem)
                ),
                "it is not a vCard file",
            )
            raise ImportFileError(f"{path}: {reason}")


def import_files(
    book: Book,
    paths: Sequence[Path],
    options: ImportOptions = ImportOptions(),
    *,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] = lambda: False,
) -> ImportReport:
    """Import the files as one transaction and return what happened (or would happen)."""
    check_files(paths)
    for name in options.activities:
        book.activities.get(name)  # an unknown activity is an error before anything starts
    report = ImportReport(files=len(paths), dry_run=options.dry_run)
    region = book.settings.default_region()
    check_suppression = not options.force and book.suppression.has_entries()
    total = sum(path.stat().st_size for path in paths)
    try:
        with book.contacts.batch() as batch:
            importer = _Importer(book, batch, options, report, check_suppression)
            done_before = 0
            for path in paths:
                with path.open("rb") as stream:
                    for chunk in _chunks(read_vcards(stream, path.name, region)):
                        if is_cancelled():
                            raise ImportCancelledError
                        importer.take(chunk)
                        if progress:
                            progress(done_before + stream.tell(), total)
                done_before += path.stat().st_size
            batch.audit(AuditAction.IMPORTED, report.audit_detail())
            if options.dry_run:
                raise _DryRunEndError
    except _DryRunEndError:
        pass
    return report


@dataclass
class _Pending:
    """A card that will be inserted, with the later cards of this import merged into it."""

    card: ReadCard
    contact: Contact
    notes: list[str]
    merged: list[tuple[ReadCard, tuple[str, ...]]] = field(default_factory=list)


class _Importer:
    def __init__(
        self,
        book: Book,
        batch: ContactBatch,
        options: ImportOptions,
        report: ImportReport,
        check_suppression: bool,
    ) -> None:
        self._book = book
        self._batch = batch
        self._options = options
        self._report = report
        self._check_suppression = check_suppression
        # match keys of the contacts stored so far (book and this import) -> contact id
        self._known: dict[str, int] = {}

    def take(self, items: list[ReadCard | CardProblem]) -> None:
        """Import one chunk of read cards."""
        report = self._report
        prepared: list[_Pending] = []
        for item in items:
            report.cards += 1
            if isinstance(item, CardProblem):
                report.rejected.append(item)
            else:
                prepared.append(self._prepare(item))
        if self._check_suppression:
            prepared = [p for p in prepared if not self._held_back(p)]
        self._match_in_book([p.contact for p in prepared])
        new: list[_Pending] = []
        pending: dict[str, int] = {}  # match key -> index in ``new``
        for item in prepared:
            keys = _match_keys(item.contact)
            target = next((self._known[k] for k in keys if k in self._known), None)
            if target is not None:
                self._merge_stored(item, target)
                continue
            index = next((pending[k] for k in keys if k in pending), None)
            if index is not None:  # the same person again further down the file(s)
                first = new[index]
                result = merge_into(first.contact, item.contact)
                first.contact = result.contact
                first.merged.append((item.card, result.added))
                for key in _match_keys(result.contact):
                    pending.setdefault(key, index)
                continue
            for key in keys:
                pending.setdefault(key, len(new))
            new.append(item)
        stored = self._batch.add_many([p.contact for p in new])
        for item, contact in zip(new, stored, strict=True):
            assert contact.id is not None
            for key in _match_keys(contact):
                self._known.setdefault(key, contact.id)
            report.imported += 1
            report.notes.extend(
                ImportNote(item.card.file, item.card.line, contact.display_name, note)
                for note in item.notes
            )
            for card, added in item.merged:
                self._record_merge(card, contact.id, contact.display_name, added)

    def _prepare(self, card: ReadCard) -> _Pending:
        contact = card.contact
        notes = list(card.notes)
        scope = self._options.scope or suggest_scope(contact)[0]
        photo, thumb = contact.photo, None
        if photo is not None and len(photo) > MAX_PHOTO_BYTES:
            photo = None
            notes.append("The photo was larger than 5 MB and was left out.")
        elif photo is not None:
            thumb = thumbnail(photo)
        activities = list(dict.fromkeys([*contact.activities, *self._options.activities]))
        if scope is not Scope.BUSINESS:
            activities = []  # only business contacts take part in processing activities
        prepared = replace(
            contact,
            scope=scope,
            photo=photo,
            thumbnail=thumb,
            activities=activities,
            uid=contact.uid or _content_uid(contact),
        )
        return _Pending(card, prepared, notes)

    def _held_back(self, item: _Pending) -> bool:
        if not self._book.suppression.is_suppressed(item.contact):
            return False
        self._report.suppressed.append(
            ImportNote(
                item.card.file,
                item.card.line,
                item.contact.display_name,
                "This person was erased from the book at their request; "
                "not added again (use --force to add anyway).",
            )
        )
        return True

    def _match_in_book(self, contacts: list[Contact]) -> None:
        """Look the chunk's keys up in the book at once, instead of card by card."""
        uids = [c.uid for c in contacts if c.uid]
        numbers = [p.e164 for c in contacts for p in c.phones if p.e164]
        addresses = [e.address for c in contacts for e in c.emails]
        for uid, cid in self._batch.ids_by_uid(uids).items():
            self._known.setdefault("uid:" + uid, cid)
        for number, cid in self._batch.ids_by_e164(numbers).items():
            self._known.setdefault("tel:" + number, cid)
        for address, cid in self._batch.ids_by_email(addresses).items():
            self._known.setdefault("mail:" + address, cid)

    def _merge_stored(self, item: _Pending, contact_id: int) -> None:
        result = merge_into(self._batch.get(contact_id), item.contact)
        if not result.changed:
            self._report.unchanged += 1
            return
        saved = self._batch.save(result.contact)
        self._record_merge(item.card, contact_id, saved.display_name, result.added)
        for key in _match_keys(saved):
            self._known.setdefault(key, contact_id)

    def _record_merge(
        self, card: ReadCard, contact_id: int, name: str, added: tuple[str, ...]
    ) -> None:
        self._report.merged += 1
        self._report.merges.append(MergeNote(card.file, card.line, contact_id, name, added))


def _match_keys(contact: Contact) -> list[str]:
    keys = [f"uid:{contact.uid}"] if contact.uid else []
    keys.extend(f"tel:{p.e164}" for p in contact.phones if p.e164)
    keys.extend(f"mail:{normalise_address(e.address)}" for e in contact.emails)
    return keys


def _content_uid(contact: Contact) -> str:
    """A stable id for a card without UID, so importing the same file twice adds nothing."""
    parts: Iterable[str] = (
        contact.display_name,
        contact.organisation,
        *sorted(normalise_address(e.address) for e in contact.emails),
        *sorted(p.e164 or p.raw for p in contact.phones),
        contact.birthday.iso() if contact.birthday else "",
    )
    digest = hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:32]
    return f"contactbook-import-{digest}"


def _chunks(items: Iterator[ReadCard | CardProblem]) -> Iterator[list[ReadCard | CardProblem]]:
    chunk: list[ReadCard | CardProblem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= CHUNK:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _bytes_stream(data: bytes) -> BinaryIO:
    return io.BytesIO(data)
