"""Importing vCard files: one transaction, merges instead of duplicates, a full report.

Cards are read one at a time (the reader streams) and prepared in chunks
(``import_prepare``: scope, thumbnail, uid, the rows they become), in this process or, for
large imports, in worker processes (``import_workers``) while this one writes. Each chunk is
matched against the book, where the earlier chunks are stored already, and against its own
earlier cards (same UID, same E.164 number or same e-mail address); matching cards are merged
into the contact they match (loaded and saved for the whole chunk at once), the rest inserted
with one statement per table.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope
from contactbook.domain.merge import merge_into
from contactbook.interchange.vcard_read import CardProblem, looks_like_vcard, read_vcards
from contactbook.services.book import Book
from contactbook.services.import_prepare import (
    Chunk,
    Preparation,
    PreparedCard,
    card_chunks,
    match_keys,
)
from contactbook.services.import_report import ImportNote, ImportReport, MergeNote
from contactbook.services.import_workers import CardReaders, WorkerError, reader_cycle
from contactbook.storage.contact_batch import ContactBatch
from contactbook.storage.contact_bulk_rows import ContactRows, contact_rows

# Below this size the cards are read in this process: starting workers costs more than
# it saves. Above it, worker processes read while this one writes (see import_files).
PARALLEL_FROM_BYTES = 2 * 1024 * 1024
MAX_WORKERS = 4
# After an import that adds this many contacts the planner's statistics are refreshed.
REFRESH_STATISTICS_FROM = 1_000
Progress = Callable[[int, int], None]  # (bytes read so far, bytes in all files)


class ImportFileError(ValueError):
    """A file that cannot be imported at all (missing, empty, not a vCard): nothing happened."""


class ImportFailedError(ImportFileError):
    """The import stopped on an error that is not about one card; it was rolled back."""


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
    workers: int | None = None,
) -> ImportReport:
    """Import the files as one transaction and return what happened (or would happen).

    ``workers``: processes that read cards while this one writes; None chooses (none for
    small imports or on one core; else one, or one per free core besides this one up to
    MAX_WORKERS, and on a two-core machine one that shares the reading with this process);
    0: read here only. The result is the same either way.
    """
    check_files(paths)
    for name in options.activities:
        book.activities.get(name)  # an unknown activity is an error before anything starts
    report = ImportReport(files=len(paths), dry_run=options.dry_run)
    preparation = Preparation(book.settings.default_region(), options.scope, options.activities)
    check_suppression = not options.force and book.suppression.has_entries()
    total = sum(path.stat().st_size for path in paths)
    cores = os.cpu_count() or 1
    count = _worker_count(total, cores) if workers is None else workers
    try:
        with (
            book.contacts.batch() as batch,
            _chunk_source(paths, preparation, count, cores) as chunks,
        ):
            importer = _Importer(book, batch, report, check_suppression)
            for chunk in chunks:
                if is_cancelled():
                    raise ImportCancelledError
                importer.take(chunk.items)
                if progress:
                    progress(chunk.position, total)
            batch.audit(AuditAction.IMPORTED, report.audit_detail())
            if options.dry_run:
                raise _DryRunEndError
    except _DryRunEndError:
        return report
    except (WorkerError, OSError) as error:  # e.g. a file removed while it was imported
        raise ImportFailedError(f"{error}; nothing was imported") from error
    if report.imported >= REFRESH_STATISTICS_FROM:
        _refresh_statistics(book)
    return report


def _refresh_statistics(book: Book) -> None:
    """Give SQLite's planner statistics for the book's new size, so that the window's queries
    keep their plans (0.1 s for 10,000 new contacts). Best effort: the import is committed."""
    # only an optimisation (the book refreshes them on closing too): refresh_statistics leaves
    # a book that is busy or read-only at this moment alone, so the committed import stands
    book.database.refresh_statistics()


def _worker_count(total_bytes: int, cores: int, busy: float | None = None) -> int:
    """Workers for an import of this size: only for large ones and with a second core.

    A worker cannot slow the import down (the importer reads a chunk itself when the worker
    has not delivered it in time, see ``import_workers``), so one is started even when the
    machine is busy; more than one only on cores that are free (``busy``: the load average).
    """
    if total_bytes < PARALLEL_FROM_BYTES or cores < 2:
        return 0
    if cores == 2:
        return 1
    if busy is None:
        busy = _load_average()
    free = int(cores - busy + 0.5)  # this import's own process is not running yet
    return max(1, min(free - 1, MAX_WORKERS))


def _load_average() -> float:
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):  # not on every system (Windows)
        return 0.0


@contextmanager
def _chunk_source(
    paths: Sequence[Path], preparation: Preparation, workers: int, cores: int
) -> Iterator[Iterable[Chunk]]:
    if workers == 0:
        yield (chunk for chunk in card_chunks(paths, preparation) if chunk is not None)
        return
    with CardReaders(paths, preparation, reader_cycle(workers, cores)) as readers:
        yield readers


@dataclass
class _Pending:
    """A card that will be inserted, with the later cards of this chunk merged into it."""

    card: PreparedCard
    rows: ContactRows
    merged_contact: Contact | None = None  # set once another card was merged into it
    merged: list[tuple[PreparedCard, tuple[str, ...]]] = field(default_factory=list)


class _Importer:
    def __init__(
        self, book: Book, batch: ContactBatch, report: ImportReport, check_suppression: bool
    ) -> None:
        self._book = book
        self._batch = batch
        self._report = report
        self._check_suppression = check_suppression

    def take(self, items: Sequence[PreparedCard | CardProblem]) -> None:
        """Import one chunk of prepared cards: merges first, then one insert for the rest."""
        report = self._report
        prepared: list[PreparedCard] = []
        for item in items:
            report.cards += 1
            if isinstance(item, CardProblem):
                report.rejected.append(item)
            else:
                prepared.append(item)
        if self._check_suppression:
            prepared = [p for p in prepared if not self._held_back(p)]
        # Contacts stored before this chunk (by the book or by earlier chunks) that cards of
        # this chunk match, looked up and loaded at once.
        known = self._match_in_book(prepared)
        loaded = self._batch.get_many({known[k] for p in prepared for k in p.keys if k in known})
        merged: dict[int, Contact] = {}  # stored contacts that took something from a card
        new: list[_Pending] = []
        pending: dict[str, int] = {}  # match key -> index in ``new``
        for item in prepared:
            target = next((known[k] for k in item.keys if k in known), None)
            if target is not None:
                result = merge_into(merged.get(target) or loaded[target], item.contact())
                if not result.changed:
                    report.unchanged += 1
                    continue
                merged[target] = result.contact
                self._record_merge(item, target, result.contact.display_name, result.added)
                for key in match_keys(result.contact):
                    known.setdefault(key, target)
                continue
            index = next((pending[k] for k in item.keys if k in pending), None)
            if index is not None:  # the same person again further down the file(s)
                first = new[index]
                result = merge_into(first.merged_contact or first.card.contact(), item.contact())
                first.merged_contact = result.contact
                first.merged.append((item, result.added))
                for key in match_keys(result.contact):
                    pending.setdefault(key, index)
                continue
            for key in item.keys:
                pending.setdefault(key, len(new))
            new.append(_Pending(item, item.rows))
        self._batch.save_many(list(merged.values()))
        for entry in new:
            if entry.merged_contact is not None:
                entry.rows = contact_rows(entry.merged_contact)
        ids = self._batch.add_rows([entry.rows for entry in new])
        for entry, contact_id in zip(new, ids, strict=True):
            name = str(entry.rows.contact["display_name"])
            report.imported += 1
            report.notes.extend(
                ImportNote(entry.card.file, entry.card.line, name, note)
                for note in entry.card.notes
            )
            for card, added in entry.merged:
                self._record_merge(card, contact_id, name, added)

    def _held_back(self, item: PreparedCard) -> bool:
        if not self._book.suppression.is_suppressed(item.contact()):
            return False
        self._report.suppressed.append(
            ImportNote(
                item.file,
                item.line,
                item.name,
                "This person was erased from the book at their request; "
                "not added again (use --force to add anyway).",
            )
        )
        return True

    def _match_in_book(self, cards: list[PreparedCard]) -> dict[str, int]:
        """Match keys of the chunk -> id of the oldest stored contact that has them."""
        keys = [key for card in cards for key in card.keys]
        known: dict[str, int] = {}
        by_kind: dict[str, list[str]] = {"uid": [], "tel": [], "mail": []}
        for key in keys:
            kind, _, value = key.partition(":")
            by_kind[kind].append(value)
        for uid, cid in self._batch.ids_by_uid(by_kind["uid"]).items():
            known["uid:" + uid] = cid
        for number, cid in self._batch.ids_by_e164(by_kind["tel"]).items():
            known["tel:" + number] = cid
        for address, cid in self._batch.ids_by_email(by_kind["mail"]).items():
            known["mail:" + address] = cid
        return known

    def _record_merge(
        self, card: PreparedCard, contact_id: int, name: str, added: tuple[str, ...]
    ) -> None:
        self._report.merged += 1
        self._report.merges.append(MergeNote(card.file, card.line, contact_id, name, added))


def _bytes_stream(data: bytes) -> BinaryIO:
    return io.BytesIO(data)
