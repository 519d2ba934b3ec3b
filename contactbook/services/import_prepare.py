"""The part of an import that needs no database: from a file's cards to insert-ready cards.

``card_chunks`` reads the files and turns every card into a ``PreparedCard`` (scope, photo
thumbnail, stable uid, match keys and the rows it becomes) or a ``CardProblem``, in chunks in
file order. It runs in the importing process or, for large imports, split over worker
processes (``import_workers``): a worker prepares only the chunks given to it, and skipping
a chunk costs only the splitting of its lines.
"""

from __future__ import annotations

import hashlib
import pickle
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import normalise_address
from contactbook.domain.enums import Scope
from contactbook.domain.matching import lookup_keys
from contactbook.domain.triage import suggest_scope
from contactbook.interchange.photo import MAX_PHOTO_BYTES, photo_too_large_note, thumbnail
from contactbook.interchange.vcard_read import (
    CardProblem,
    RawCard,
    ReadCard,
    raw_cards,
    read_card,
)
from contactbook.storage.contact_bulk_rows import ContactRows, classified_emails, contact_rows

CHUNK = 200  # cards per chunk: the unit of progress, cancelling and of work for a worker


@dataclass(frozen=True)
class Preparation:
    """What every card needs from the import's options (picklable, for worker processes)."""

    region: str
    scope: Scope | None  # None: the suggestion per card
    activities: tuple[str, ...]


@dataclass(frozen=True)
class PreparedCard:
    """A card ready to be inserted or merged."""

    file: str
    line: int
    notes: tuple[str, ...]
    keys: tuple[str, ...]  # lookup keys of ``matching.lookup_keys``
    rows: ContactRows
    # the contact itself, needed only for merges and the suppression check; pickled while
    # it travels from a worker process so that unpacking costs nothing when it is not needed
    packed: Contact | bytes
    own_uid: bool = True  # the card had a UID (else one was made from its content)

    @property
    def name(self) -> str:
        return str(self.rows.contact["display_name"])

    def contact(self) -> Contact:
        if isinstance(self.packed, Contact):
            return self.packed
        contact = pickle.loads(self.packed)
        assert isinstance(contact, Contact)
        columns = self.rows.contact
        if columns["photo"] is None and columns["thumbnail"] is None:
            return contact
        return replace(contact, photo=columns["photo"], thumbnail=columns["thumbnail"])

    def for_transfer(self) -> PreparedCard:
        """The card with its contact pickled; a photo travels once, in the rows."""
        contact = self.packed
        if isinstance(contact, bytes):
            return self
        if contact.photo is not None or contact.thumbnail is not None:
            contact = replace(contact, photo=None, thumbnail=None)
        packed = pickle.dumps(contact, pickle.HIGHEST_PROTOCOL)
        return PreparedCard(
            self.file, self.line, self.notes, self.keys, self.rows, packed, self.own_uid
        )


Item = PreparedCard | CardProblem


@dataclass(frozen=True)
class Chunk:
    items: list[Item]
    position: int  # bytes of all files read when the chunk was complete (for progress)


@dataclass(frozen=True)
class RawChunk:
    """The cards of one chunk split from the file but not read yet (cheap: lines only)."""

    number: int  # 0, 1, … over all files, in file order
    cards: list[RawCard | CardProblem]
    file_name: str
    position: int  # bytes of all files read when the chunk was complete (for progress)


def raw_chunks(paths: Sequence[Path]) -> Iterator[RawChunk]:
    """The chunks of the files in file order, split only; a chunk never spans two files."""
    number = 0
    done_before = 0
    for path in paths:
        with path.open("rb") as stream:
            for batch in _batches(raw_cards(stream, path.name)):
                yield RawChunk(number, batch, path.name, done_before + stream.tell())
                number += 1
        done_before += path.stat().st_size


def card_chunks(
    paths: Sequence[Path],
    preparation: Preparation,
    *,
    reader: int = 0,
    cycle: tuple[int, ...] = (0,),
    start: int = 0,
) -> Iterator[Chunk | None]:
    """Chunks of prepared cards in file order; a chunk never spans two files.

    Chunk j is prepared by reader ``cycle[j % len(cycle)]``: this call prepares the chunks of
    ``reader`` and yields None for the others (their cards are only split, not read), and
    for the chunks before ``start``.
    """
    for raw in raw_chunks(paths):
        wanted = raw.number >= start and cycle[raw.number % len(cycle)] == reader
        yield prepare_chunk(raw, preparation) if wanted else None


def _batches(items: Iterator[RawCard | CardProblem]) -> Iterator[list[RawCard | CardProblem]]:
    batch: list[RawCard | CardProblem] = []
    for item in items:
        batch.append(item)
        if len(batch) >= CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def prepare_chunk(raw: RawChunk, preparation: Preparation) -> Chunk:
    """Read and prepare the cards of a chunk."""
    items: list[Item] = []
    region = preparation.region
    for card in raw.cards:
        if isinstance(card, CardProblem):
            items.append(card)
            continue
        read = read_card(card, raw.file_name, region)
        items.append(read if isinstance(read, CardProblem) else prepare_card(read, preparation))
    return Chunk(items, raw.position)


def prepare_card(card: ReadCard, preparation: Preparation) -> PreparedCard:
    """Scope, photo and thumbnail, uid and activities for a new contact, and its rows."""
    contact = card.contact
    notes = list(card.notes)
    scope = preparation.scope or suggest_scope(contact)[0]
    photo, thumb = contact.photo, None
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        photo = None
        notes.append(photo_too_large_note())
    elif photo is not None:
        thumb = thumbnail(photo)
    activities = list(dict.fromkeys([*contact.activities, *preparation.activities]))
    if scope is not Scope.BUSINESS:
        activities = []  # only business contacts take part in processing activities
    prepared = replace(  # the one copy of the card's contact
        contact,
        emails=classified_emails(contact),  # as they are stored
        scope=scope,
        photo=photo,
        thumbnail=thumb,
        activities=activities,
        uid=contact.uid or content_uid(contact),
    )
    return PreparedCard(
        file=card.file,
        line=card.line,
        notes=tuple(notes),
        keys=tuple(lookup_keys(prepared)),
        rows=contact_rows(prepared, emails_classified=True),
        packed=prepared,
        own_uid=bool(contact.uid),
    )


def content_uid(contact: Contact) -> str:
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
