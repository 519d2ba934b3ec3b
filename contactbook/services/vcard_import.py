"""Importing vCard files: one transaction, merges instead of duplicates, a full report.

Cards are read one at a time (the reader streams) and prepared in chunks
(``import_prepare``: scope, thumbnail, uid, the rows they become), in this process or, for
large imports, in worker processes (``import_workers``) while this one writes. Each chunk is
matched against the book, where the earlier chunks are stored already, and against its own
earlier cards under the lookup keys of ``domain.matching`` (UID, personal addresses, mobile
numbers, whole names); a card that the rules judge the same person is merged into that contact
(loaded and saved for the whole chunk at once), a likely duplicate is imported on its own and
reported, the rest inserted with one statement per table. What the import added and merged is
kept in the import history, so that it can be undone (``import_undo``).
"""

from __future__ import annotations

import io
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope
from contactbook.domain.matching import (
    Match,
    Verdict,
    best_match,
    judge,
    lookup_keys,
)
from contactbook.domain.merge import Additions, additions, merge_into
from contactbook.interchange.vcard_read import CardProblem, looks_like_vcard, read_vcards
from contactbook.services.book import Book
from contactbook.services.import_prepare import Chunk, Preparation, PreparedCard, card_chunks
from contactbook.services.import_report import ImportNote, ImportReport, LikelyNote, MergeNote
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
    merge: bool = True  # False: every card becomes a contact of its own
    # cards (file name, line) whose proposed merge the user declined: imported on their own
    keep_apart: frozenset[tuple[str, int]] = frozenset()


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
            importer = _Importer(book, batch, report, options, check_suppression)
            for chunk in chunks:
                if is_cancelled():
                    raise ImportCancelledError
                importer.take(chunk.items)
                if progress:
                    progress(chunk.position, total)
            importer.note_same_named()
            if not options.dry_run:
                report.import_id = batch.record_import(
                    [path.name for path in paths], report.cards, importer.added, importer.merged
                )
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
    """A card of this chunk that will be inserted, with later cards merged into it."""

    card: PreparedCard
    rows: ContactRows
    merged_contact: Contact | None = None  # set once another card was merged into it
    merged: list[tuple[PreparedCard, tuple[str, ...], Match]] = field(default_factory=list)
    likely: list[tuple[PreparedCard, Match]] = field(default_factory=list)  # later cards

    def contact(self) -> Contact:
        return self.merged_contact or self.card.contact()


@dataclass(frozen=True)
class _Origin:
    """The card a contact of this import was made from."""

    file: str
    line: int
    name: str
    own_uid: bool  # the card had a UID of its own

    @classmethod
    def of(cls, card: PreparedCard) -> _Origin:
        return cls(card.file, card.line, card.name, card.own_uid)

    def one_source_with(self, file: str, own_uid: bool) -> bool:
        """Two cards of one file, each with a UID of its own: two records there."""
        return self.file == file and self.own_uid and own_uid


class _Importer:
    """Matches each chunk's cards against the book, where the earlier chunks are stored
    already, and against the chunk's earlier cards (``matching``: only evidence of one person
    merges), then writes the chunk."""

    def __init__(
        self,
        book: Book,
        batch: ContactBatch,
        report: ImportReport,
        options: ImportOptions,
        check_suppression: bool,
    ) -> None:
        self._book = book
        self._batch = batch
        self._report = report
        self._options = options
        self._check_suppression = check_suppression
        # contacts this import added -> the card each came from
        self._origin: dict[int, _Origin] = {}
        self.added: list[int] = []
        self.merged: list[tuple[int, Additions]] = []  # what merges added, per chunk

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
        # Stored contacts under the chunk's lookup keys, looked up and loaded at once.
        known = self._batch.candidates(key for p in prepared for key in p.keys)
        # Whole contacts for those found by what can identify a person (a merge needs them),
        # match profiles (names, birthday) for those found by their name only.
        strong = {cid for key, ids in known.items() if not key.startswith("name:") for cid in ids}
        loaded = self._batch.get_many(strong)
        profiles = self._batch.match_profiles(
            {cid for ids in known.values() for cid in ids} - strong
        )
        merged: dict[int, Contact] = {}  # stored contacts that took something from a card
        new: list[_Pending] = []
        pending: dict[str, list[int]] = {}  # lookup key -> indexes in ``new``
        for item in prepared:
            # the card's contact is unpacked (from a worker's pickle) only when there is
            # something to judge it against: most cards of an import match nothing
            ids = dict.fromkeys(cid for key in item.keys for cid in known.get(key, ()))
            incoming = item.contact() if ids else None
            judged = [
                (contact, judge(incoming, contact, one_source=self._one_source(item, contact)))
                for contact in (merged.get(cid) or loaded.get(cid) or profiles[cid] for cid in ids)
                if incoming is not None
            ]
            target = self._chosen(item, judged)
            if target is not None:
                contact, match = target
                if contact.id not in merged and contact.id not in loaded:
                    assert contact.id is not None
                    loaded.update(self._batch.get_many([contact.id]))  # an organisation, by name
                    contact = loaded[contact.id]
                self._merge_stored(item, contact, match, merged, known)
                continue
            merged_new, likely_new = self._merge_new(item, new, pending)
            if merged_new:
                continue
            if not self._note_likely(item, judged) and likely_new is not None:
                likely_new[0].likely.append((item, likely_new[1]))  # noted once it has an id
            self._add_new(item, known, new, pending)
        self._batch.save_many(list(merged.values()))
        for target_id, contact in merged.items():
            what = additions(loaded[target_id], contact)
            if what and target_id not in self._origin:  # an added contact goes whole
                self.merged.append((target_id, what))
        self._insert(new)

    def _one_source(self, item: PreparedCard, contact: Contact) -> bool:
        origin = self._origin.get(contact.id) if contact.id is not None else None
        return origin is not None and origin.one_source_with(item.file, item.own_uid)

    def _chosen(
        self, item: PreparedCard, judged: list[tuple[Contact, Match]]
    ) -> tuple[Contact, Match] | None:
        """The stored contact the card is merged into, if it is one and the user agrees."""
        if not self._options.merge or (item.file, item.line) in self._options.keep_apart:
            return None
        return best_match(judged)

    def _merge_stored(
        self,
        item: PreparedCard,
        current: Contact,
        match: Match,
        merged: dict[int, Contact],
        known: dict[str, list[int]],
    ) -> None:
        assert current.id is not None
        result = merge_into(current, item.contact())
        if not result.changed:
            self._report.unchanged += 1
            return
        merged[current.id] = result.contact
        self._record_merge(
            item,
            current.id,
            result.contact.display_name,
            result.added,
            match,
            into_new=current.id in self._origin,
        )
        for key in lookup_keys(result.contact):  # later cards may match what it gained
            ids = known.setdefault(key, [])
            if current.id not in ids:
                ids.append(current.id)

    def _merge_new(
        self, item: PreparedCard, new: list[_Pending], pending: dict[str, list[int]]
    ) -> tuple[bool, tuple[_Pending, Match] | None]:
        """Merge the card into an earlier card of the chunk if they are one person: (True,
        None); else (False, the earlier card it is most likely a duplicate of, if any)."""
        indexes = dict.fromkeys(i for key in item.keys for i in pending.get(key, ()))
        if not indexes:
            return False, None
        incoming = item.contact()
        judged: list[tuple[_Pending, Match]] = []
        for index in indexes:
            first = new[index]
            one_source = _Origin.of(first.card).one_source_with(item.file, item.own_uid)
            judged.append((first, judge(incoming, first.contact(), one_source=one_source)))
        allowed = self._options.merge and (item.file, item.line) not in self._options.keep_apart
        chosen = next((pair for pair in judged if pair[1].is_same), None) if allowed else None
        if chosen is None:
            likely = [
                (first, _as_likely(m)) for first, m in judged if m.verdict is not Verdict.DIFFERENT
            ]
            return False, max(likely, key=lambda pair: len(pair[1].evidence), default=None)
        first, match = chosen
        result = merge_into(first.contact(), incoming)
        first.merged_contact = result.contact
        first.merged.append((item, result.added, match))
        index = new.index(first)
        for key in lookup_keys(result.contact):
            found = pending.setdefault(key, [])
            if index not in found:
                found.append(index)
        return True, None

    def _note_likely(self, item: PreparedCard, judged: list[tuple[Contact, Match]]) -> bool:
        """List the card as a likely duplicate of the stored contact it resembles most (one
        note per card: the most evidence, then the oldest); False when it resembles none."""
        likely = [
            (contact, match)
            for contact, match in judged
            if match.verdict is not Verdict.DIFFERENT and contact.id is not None
        ]
        if not likely:
            return False
        contact, match = min(likely, key=lambda pair: (-len(pair[1].evidence), pair[0].id or 0))
        assert contact.id is not None
        self._report.likely.append(
            LikelyNote(
                item.file, item.line, item.name, contact.id, contact.display_name, match.evidence
            )
        )
        return True

    def _add_new(
        self,
        item: PreparedCard,
        known: dict[str, list[int]],
        new: list[_Pending],
        pending: dict[str, list[int]],
    ) -> None:
        entry = _Pending(item, item.rows)
        uid_key = f"uid:{item.rows.contact['uid']}"
        if known.get(uid_key) or pending.get(uid_key):
            # kept apart from a record with the same UID: it needs a UID of its own
            fresh = replace(item.contact(), uid=f"contactbook-{uuid.uuid4().hex}")
            entry.merged_contact = fresh
        index = len(new)
        new.append(entry)
        for key in lookup_keys(entry.contact()) if entry.merged_contact else item.keys:
            pending.setdefault(key, []).append(index)

    def _insert(self, new: list[_Pending]) -> None:
        for entry in new:
            if entry.merged_contact is not None:
                entry.rows = contact_rows(entry.merged_contact, emails_classified=True)
        ids = self._batch.add_rows([entry.rows for entry in new])
        report = self._report
        for entry, contact_id in zip(new, ids, strict=True):
            self._origin[contact_id] = _Origin.of(entry.card)
            self.added.append(contact_id)
            name = str(entry.rows.contact["display_name"])
            report.imported += 1
            report.notes.extend(
                ImportNote(entry.card.file, entry.card.line, name, note)
                for note in entry.card.notes
            )
            for card, added, match in entry.merged:
                self._record_merge(card, contact_id, name, added, match, into_new=True)
            report.likely.extend(
                LikelyNote(card.file, card.line, card.name, contact_id, name, match.evidence)
                for card, match in entry.likely
            )

    def note_same_named(self) -> None:
        """List the contacts this import added on their own whose whole name an older contact
        has (in the book or earlier in the import): likely duplicates, found in one query
        once the cards are in rather than card by card."""
        report = self._report
        noted = {(note.file, note.line) for note in report.likely}
        wanted = [
            cid for cid, origin in self._origin.items() if (origin.file, origin.line) not in noted
        ]
        pairs = self._batch.same_named(wanted)
        profiles = self._batch.match_profiles({*pairs, *pairs.values()})
        for contact_id, other_id in pairs.items():
            origin, other = self._origin[contact_id], profiles[other_id]
            older = self._origin.get(other_id)
            one_source = older is not None and older.one_source_with(origin.file, origin.own_uid)
            match = judge(profiles[contact_id], other, one_source=one_source)
            if match.verdict is not Verdict.DIFFERENT:
                report.likely.append(
                    LikelyNote(
                        origin.file,
                        origin.line,
                        origin.name,
                        other_id,
                        other.display_name,
                        match.evidence,
                    )
                )
        report.likely.sort(key=lambda note: (note.file, note.line))

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

    def _record_merge(
        self,
        card: PreparedCard,
        contact_id: int,
        name: str,
        added: tuple[str, ...],
        match: Match,
        *,
        into_new: bool = False,
    ) -> None:
        self._report.merged += 1
        self._report.merges.append(
            MergeNote(
                card.file,
                card.line,
                contact_id,
                name,
                added,
                card_name=card.name,
                evidence=tuple(match.evidence),
                into_new=into_new,
            )
        )


def _as_likely(match: Match) -> Match:
    return Match(Verdict.LIKELY, match.evidence) if match.is_same else match


def _bytes_stream(data: bytes) -> BinaryIO:
    return io.BytesIO(data)
