"""Byte-level reading of vCard files: line ends, folding, soft breaks, base64 blocks, cards.

Everything here works on bytes, streaming, one chunk of the file at a time: exporters fold
lines in the middle of a UTF-8 sequence and mix charsets from one value to the next, so text
is decoded per value later (``vcard_values``), never for the whole file. What comes out is
one ``RawCard`` per BEGIN:VCARD … END:VCARD block, holding its logical lines:

* any line end (``\\r\\n``, ``\\n``, ``\\r``, and iOS 6's ``\\r\\r\\n``) ends a line;
* a line starting with a space or tab continues the previous one (RFC 2425 folding: the one
  white-space character is removed);
* a QUOTED-PRINTABLE value ending in ``=`` (a soft line break) continues on the next line,
  even when that line starts with ``#`` or a space — it is data, not a comment or a fold;
* a base64 value continues over the following indented lines and, in a vCard 2.1 card (or
  one without VERSION), also over lines of base64 characters only, up to a blank line: 2.1
  exporters leave those lines un-indented;
* lines starting with ``#`` are comments and blank lines separate nothing.

Cards written inside another card (vCard 2.1 AGENT, or a missing END:VCARD) come out as
cards of their own.

A property longer than ``MAX_LINE_BYTES`` (a photo past the 5 MB cap, in base64, or a
hostile file) is skipped while it is read, never held whole in memory: a base64 value is left
out and its property named in ``RawCard.too_long``; of any other value only the start is kept,
enough for ``MAX_TEXT_CHARS`` characters in any encoding (``vcard_card`` cuts it to that,
with a note).
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from contactbook.interchange.photo import MAX_PHOTO_BYTES
from contactbook.interchange.vcard_sniff import utf16_encoding

CHUNK_SIZE = 1 << 16
# The longest logical line read: a photo of MAX_PHOTO_BYTES in base64 (4 characters for 3
# bytes, folded) with room for its parameters. Anything longer is skipped while reading.
MAX_LINE_BYTES = MAX_PHOTO_BYTES * 4 // 3 + MAX_PHOTO_BYTES // 16 + 4096
# Text longer than this many characters (a 10 MB note) is cut, with a note (vcard_card).
MAX_TEXT_CHARS = 64 * 1024
# What is kept of a text line that is too long: MAX_TEXT_CHARS characters even in the widest
# encoding (quoted-printable UTF-8: 3 bytes per byte, 4 bytes per character), and its name.
_TEXT_HEAD = 12 * MAX_TEXT_CHARS + 4096
_NAME_HEAD = 256  # what is kept of a base64 line that is too long: enough for its name
_FIRST_BREAK = re.compile(rb"\r*\n|\r")
_LF_AFTER_CR = re.compile(rb"\r*\n")
_LINE_BREAK = re.compile(rb"\r*\n|\r")
_BASE64_ONLY = re.compile(rb"[A-Za-z0-9+/=]+")
# The parameters that make a value base64 or quoted-printable (header upper-cased), and not
# the same words inside another parameter ("X-NOTE=QUOTED-PRINTABLE").
_ENCODING_B = re.compile(rb";(?:ENCODING=)?B(?:ASE64)?(?=[;,]|$)")
_ENCODING_QP = re.compile(rb";(?:ENCODING=)?QUOTED-PRINTABLE(?=[;,]|$)")
# A line that starts a property even though the QP value before it ended in "=": guards
# against a stray "=" at the end of a value swallowing the next property. Only upper-case
# names that phones write, so that value text such as "Note: ..." is not mistaken for one.
_PROPERTY_START = re.compile(
    rb"(?:[A-Za-z0-9-]+\.)?(?:BEGIN|END|VERSION|N|FN|TEL|EMAIL|ADR|ORG|TITLE|NOTE|BDAY|PHOTO"
    rb"|URL|LABEL|UID|REV|CATEGORIES|NICKNAME|X-[A-Z0-9-]+)[;:]"
)
# Any property start, for the rarer case of a value ending in an escaping backslash.
_ANY_PROPERTY_START = re.compile(rb"[A-Za-z0-9.-]+[;:]")
_TRAILING_BACKSLASHES = re.compile(rb"\\+$")
_PLAIN, _QUOTED_PRINTABLE, _BASE64 = 0, 1, 2


@dataclass(frozen=True, slots=True)
class RawCard:
    """One BEGIN:VCARD … END:VCARD block as logical lines (bytes, without BEGIN and END)."""

    line: int  # 1-based line number of BEGIN:VCARD
    lines: tuple[bytes, ...]
    closed: bool = True  # False when the file ended before this card's END:VCARD
    nested: bool = False  # True for a card written inside another card
    too_long: tuple[str, ...] = ()  # names of properties left out for their length ("PHOTO")


class TooLong(bytes):
    """The start of a physical line that was longer than the limit; the rest was skipped."""


def byte_chunks(stream: BinaryIO, head: bytes = b"") -> Iterator[bytes]:
    """The file's bytes in chunks: ``head`` (already read) first, BOM removed, UTF-16 recoded."""
    if not head:
        head = stream.read(CHUNK_SIZE)
    encoding = utf16_encoding(head)
    if encoding is None:
        if head:
            yield head.removeprefix(codecs.BOM_UTF8)
        while chunk := stream.read(CHUNK_SIZE):
            yield chunk
        return
    # UTF-16 files are rare and small; recode them so the rest can stay byte-oriented.
    decoder = codecs.getincrementaldecoder(encoding)("replace")
    data = head
    while True:
        text = decoder.decode(data, final=not data)
        if text:
            yield text.encode("utf-8")
        if not data:
            return
        data = stream.read(CHUNK_SIZE)


def physical_lines(chunks: Iterable[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[bytes]:
    """Split byte chunks into lines without their line ends.

    A line that grows past ``limit`` while it streams in comes out as a ``TooLong`` holding
    its start only: the rest is skipped as it goes by, so no line longer than the limit and
    one chunk is ever held (``read_raw_cards`` applies the limit exactly).
    """
    pending = b""
    skipping: bytes | None = None  # the start of a line too long, while its rest goes by
    after_cr = False  # a skipped line ended in "\r" at the end of a chunk: "\n" may follow
    for chunk in chunks:
        if after_cr:
            after_cr = False
            if lf := _LF_AFTER_CR.match(chunk):
                chunk = chunk[lf.end() :]
        if skipping is not None:
            end_of_line = _FIRST_BREAK.search(chunk)
            if end_of_line is None:
                continue
            yield TooLong(skipping)
            skipping = None
            after_cr = end_of_line.end() == len(chunk) and chunk.endswith(b"\r")
            chunk = chunk[end_of_line.end() :]
        if not chunk:
            continue
        buffer = pending + chunk if pending else chunk
        # Carriage returns at the end of a chunk may be the start of "\r\n" or "\r\r\n".
        end = len(buffer.rstrip(b"\r"))
        body = buffer[:end] if end < len(buffer) else buffer
        if b"\r\r" in body:  # iOS 6 (or blank lines in an old Mac file): the slower split
            parts = _LINE_BREAK.split(body)
            pending = parts.pop()
        else:  # \n, \r\n and \r: bytes.splitlines, several times faster than a regex
            parts = body.splitlines()
            pending = parts.pop() if parts and body[-1:] not in (b"\n", b"\r") else b""
        pending += buffer[end:]
        yield from parts
        if len(pending) > limit:
            skipping, pending = pending[: min(limit, _TEXT_HEAD)], b""
    if skipping is not None:
        yield TooLong(skipping)
    elif pending:
        parts = _LINE_BREAK.split(pending)
        if parts[-1] == b"":
            parts.pop()
        yield from parts


class _Open:
    """A card whose END:VCARD has not been seen yet."""

    __slots__ = ("line", "lines", "nested", "strict", "too_long")

    def __init__(self, line: int, nested: bool) -> None:
        self.line = line
        self.lines: list[bytes] = []
        self.nested = nested
        self.strict = False  # VERSION 3.0/4.0: continuation lines are always indented
        self.too_long: list[str] = []

    def done(self, closed: bool) -> RawCard:
        return RawCard(self.line, tuple(self.lines), closed, self.nested, tuple(self.too_long))


def read_raw_cards(lines: Iterable[bytes], limit: int = MAX_LINE_BYTES) -> Iterator[RawCard]:
    """Assemble logical lines and group them into cards (see the module docstring).

    A logical line that grows past ``limit`` is dropped as it is read (its continuation
    lines are consumed but not kept) and its property named in the card's ``too_long``.
    """
    stack: list[_Open] = []
    pieces: list[bytes] = []  # the logical line being assembled
    kind = _PLAIN
    soft_break = False  # the QP line so far ended in "=": the next line continues it
    start = 0  # line number where the logical line began
    size = 0  # bytes in ``pieces``; -1 once the logical line was too long and is skipped
    for number, line in enumerate(lines, 1):
        if pieces:
            piece: bytes | None = None
            if soft_break:
                soft_break = False
                if line.strip() and _PROPERTY_START.match(line) is None:
                    soft_break = line.endswith(b"=")
                    piece = line[:-1] if soft_break else line
            elif kind == _BASE64:
                stripped = line.strip()
                if stripped and (
                    line[:1] in b" \t"
                    or (not (stack and stack[-1].strict) and _BASE64_ONLY.fullmatch(stripped))
                ):
                    piece = stripped
            elif line[:1] == b" " or line[:1] == b"\t":
                piece = line[1:]
                if kind == _QUOTED_PRINTABLE and line.endswith(b"="):
                    piece = piece[:-1]
                    soft_break = True
            elif size >= 0 and _escaped_line_end(pieces[-1]) and _continues_value(line):
                # "Hermann v. Brevern\" + line end: an escaped line break inside the value
                piece = b"n" + line
            if piece is not None:
                if size >= 0:
                    size += len(piece)
                    pieces.append(piece)
                    if size > limit or type(line) is TooLong:
                        size = -1  # too long: from here on only read past
                        pieces = [_head(pieces, kind, limit)]
                continue
            if size < 0:
                if (card := _take_too_long(pieces[0], kind, start, stack)) is not None:
                    yield card
            else:
                logical = pieces[0] if len(pieces) == 1 else b"".join(pieces)
                if (card := _take(logical, start, stack)) is not None:
                    yield card
            pieces = []
        if not line or line[:1] == b"#" or not line.strip():
            continue  # comments and blank lines (a blank line also ends a 2.1 base64 value)
        start = number
        kind = _kind(line)
        size = len(line)
        if kind == _QUOTED_PRINTABLE and line.endswith(b"="):
            pieces.append(line[:-1])
            soft_break = True
        else:
            pieces.append(line)
        if size > limit or type(line) is TooLong:
            size = -1
            pieces = [_head(pieces, kind, limit)]
    if pieces:
        if size < 0:
            if (card := _take_too_long(pieces[0], kind, start, stack)) is not None:
                yield card
        elif (card := _take(b"".join(pieces), start, stack)) is not None:
            yield card
    while stack:
        yield stack.pop().done(closed=False)


def _head(pieces: list[bytes], kind: int, limit: int) -> bytes:
    """What is kept of a logical line that is too long (see the module docstring)."""
    if kind == _BASE64:
        return bytes(pieces[0][:_NAME_HEAD])
    return b"".join(pieces)[: min(limit, _TEXT_HEAD)]


def _take_too_long(head: bytes, kind: int, start: int, stack: list[_Open]) -> RawCard | None:
    """A logical line that was too long: a text value's start is read as the line, a base64
    value is left out and its property named in the open card's ``too_long``."""
    if kind != _BASE64:
        return _take(head, start, stack)
    if stack:
        name = re.split(rb"[;:]", head, maxsplit=1)[0].rsplit(b".", 1)[-1]
        stack[-1].too_long.append(name.strip().decode("ascii", "replace").upper() or "?")
    return None


def _take(logical: bytes, start: int, stack: list[_Open]) -> RawCard | None:
    """Add a logical line to the open card; BEGIN and END open and close cards."""
    if logical[:1] in b"BbEe":
        marker = logical.strip().upper()
        if marker == b"BEGIN:VCARD":
            stack.append(_Open(start, nested=bool(stack)))
            return None
        if marker == b"END:VCARD":
            if stack:
                return stack.pop().done(closed=True)
            return None
    elif logical[:1] in b"Vv" and stack and logical[:8].upper() == b"VERSION:":
        stack[-1].strict = logical[8:].strip() in (b"3.0", b"4.0")
    if stack:  # text outside any card is ignored
        stack[-1].lines.append(logical)
    return None


def _escaped_line_end(piece: bytes) -> bool:
    """The line so far ends in an odd number of backslashes (one escaping the line end)."""
    if not piece.endswith(b"\\"):
        return False
    match = _TRAILING_BACKSLASHES.search(piece)
    return match is not None and len(match.group()) % 2 == 1


def _continues_value(line: bytes) -> bool:
    return bool(line.strip()) and _ANY_PROPERTY_START.match(line) is None


def _kind(line: bytes) -> int:
    """Whether a property line has a quoted-printable or base64 value, from its parameters."""
    colon = line.find(b":")
    if colon <= 0 or line.find(b";", 0, colon) < 0:
        return _PLAIN  # no parameters, so no encoding
    header = line[:colon].upper()
    if b"QUOTED-PRINTABLE" in header and _ENCODING_QP.search(header):
        return _QUOTED_PRINTABLE
    if b"B" in header and _ENCODING_B.search(header):
        return _BASE64
    return _PLAIN


def read_cards(stream: BinaryIO, head: bytes = b"") -> Iterator[RawCard]:
    """The cards of a binary stream, one at a time (``head``: bytes already read from it)."""
    return read_raw_cards(physical_lines(byte_chunks(stream, head)))
