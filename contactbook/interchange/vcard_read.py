"""Reading vCard files (2.1, 3.0, 4.0) into domain contacts, one card at a time.

The file is read as bytes and streamed: ``vcard_lines`` splits it into cards,
``vcard_values`` decodes each content line (vobject's grammar, our value decoding) and
``vcard_card`` maps the card onto a ``Contact``. Each card is read on its own: whatever goes
wrong with one card becomes a ``CardProblem`` with its line number and the rest goes on. A
file that is not a vCard file at all gives one ``CardProblem`` and no exception.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from contactbook.domain.contact import Contact
from contactbook.interchange.vcard_card import NothingToImportError, card_to_contact
from contactbook.interchange.vcard_lines import RawCard, read_cards
from contactbook.interchange.vcard_sniff import binary_kind, looks_like_vcard, not_a_vcard_reason
from contactbook.interchange.vcard_values import components, decode_text, parse_property

__all__ = [
    "CardProblem",
    "RawCard",
    "ReadCard",
    "looks_like_vcard",
    "raw_cards",
    "read_card",
    "read_vcard_file",
    "read_vcards",
]

_HEAD_SIZE = 4096


@dataclass(frozen=True)
class CardProblem:
    """A card (or a whole file) that could not be imported, and why, in plain English."""

    file: str
    line: int  # 1-based line of BEGIN:VCARD; 1 (or 0 for an empty file) for a whole file
    name: str  # the name on the card if it could be read, else ""
    reason: str


@dataclass(frozen=True)
class ReadCard:
    """A card that was read, with notes on what was repaired or left out."""

    contact: Contact  # scope left at its default (UNSORTED): the import decides
    file: str
    line: int  # 1-based line of BEGIN:VCARD
    notes: tuple[str, ...]


def read_vcards(
    stream: BinaryIO, file_name: str, region: str = "NL"
) -> Iterator[ReadCard | CardProblem]:
    """Yield every card of a binary stream as a ``ReadCard`` or a ``CardProblem``.

    ``region`` is the default country for phone numbers written without a country code.
    Streams: memory does not grow with the number of cards.
    """
    for item in raw_cards(stream, file_name):
        yield item if isinstance(item, CardProblem) else read_card(item, file_name, region)


def raw_cards(stream: BinaryIO, file_name: str) -> Iterator[RawCard | CardProblem]:
    """The cards of a stream before they are read (cheap: lines only), in file order.

    A stream that is empty, binary or holds no card gives one ``CardProblem``. Reading each
    ``RawCard`` with ``read_card`` gives exactly what ``read_vcards`` yields, so the cards of
    one file can be read in several processes.
    """
    head = stream.read(_HEAD_SIZE)
    if not head.strip():
        yield CardProblem(file_name, 0 if not head else 1, "", not_a_vcard_reason(head))
        return
    if binary_kind(head) is not None:
        yield CardProblem(file_name, 1, "", not_a_vcard_reason(head))
        return
    found = False
    for raw in read_cards(stream, head):
        found = True
        yield raw
    if not found:
        yield CardProblem(file_name, 1, "", not_a_vcard_reason(head))


def read_vcard_file(path: Path, region: str = "NL") -> Iterator[ReadCard | CardProblem]:
    """``read_vcards`` over a file, opened in binary mode; problems name the file's name."""
    with path.open("rb") as stream:
        yield from read_vcards(stream, path.name, region)


def read_card(raw: RawCard, file_name: str, region: str = "NL") -> ReadCard | CardProblem:
    """One card; any exception while reading it becomes a ``CardProblem`` for that card."""
    try:
        contact, notes = card_to_contact(raw, region)
    except NothingToImportError as error:
        return CardProblem(file_name, raw.line, "", str(error))
    except Exception as error:  # one bad card must never stop the import of the others
        return CardProblem(file_name, raw.line, card_name(raw), _reason(error))
    return ReadCard(contact, file_name, raw.line, tuple(notes))


def card_name(raw: RawCard) -> str:
    """The name on a card as far as it can be read, for reporting a card that failed."""
    found: dict[str, str] = {}
    for line in raw.lines:
        try:
            prop = parse_property(line)
            if prop is None or prop.name not in ("FN", "N", "ORG") or prop.name in found:
                continue
            parts = [part.strip() for part in components(decode_text(prop))]
            if prop.name == "N":
                parts = parts[1::-1]  # given name, family name
            found[prop.name] = " ".join(part for part in parts if part)
        except Exception:  # the name is a courtesy: an unreadable line is skipped
            continue
    return found.get("FN") or found.get("N") or found.get("ORG") or ""


def _reason(error: Exception) -> str:
    detail = " ".join(str(error).split())[:200]
    kind = type(error).__name__
    if not detail:
        return f"This card could not be read because of an unexpected error ({kind})."
    return f"This card could not be read because of an unexpected error ({kind}: {detail})."
