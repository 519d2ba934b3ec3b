"""Telling a vCard file from other files by its first bytes, with a reason a person understands.

Users pick the wrong file now and then (the ZIP Google Takeout gives them, a PDF, a phone
backup). The import refuses those before reading them, with a sentence naming what the file
looks like instead of a parser error.
"""

from __future__ import annotations

import codecs

# Signatures of the files people most often pick instead of a .vcf.
_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "a ZIP archive"),
    (b"PK\x05\x06", "a ZIP archive"),
    (b"%PDF", "a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"MZ", "a Windows program"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
)
# Text files that are not vCards, by how they start (after white space, lower case).
_TEXT_STARTS: tuple[tuple[bytes, str], ...] = (
    (b"begin:vcalendar", "a calendar (iCalendar) file"),
    (b"<?xml", "an XML file"),
    (b"<!doctype html", "a web page"),
    (b"<html", "a web page"),
    (b"{", "a JSON file"),
    (b"[", "a JSON file"),
)
_BEGIN = b"begin:vcard"


def utf16_encoding(head: bytes) -> str | None:
    """The UTF-16 codec for a file that is UTF-16 (Outlook on Windows writes such files)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if head[:16:2].strip(b"\x00\r\n\t ") and not head[1:16:2].strip(b"\x00"):
        return "utf-16-le"
    if head[1:16:2].strip(b"\x00\r\n\t ") and not head[:16:2].strip(b"\x00"):
        return "utf-16-be"
    return None


def text_view(head: bytes) -> bytes:
    """``head`` as UTF-8-compatible bytes: BOM removed, UTF-16 transcoded."""
    encoding = utf16_encoding(head)
    if encoding is not None:
        decoder = codecs.getincrementaldecoder(encoding)("replace")
        return decoder.decode(head).encode("utf-8")
    return head.removeprefix(codecs.BOM_UTF8)


def looks_like_vcard(head: bytes) -> bool:
    """True when the first bytes of a file (a few kB) hold a BEGIN:VCARD line.

    A BOM, UTF-16 and blank or comment lines before the first card are accepted.
    """
    if binary_kind(head) is not None:
        return False
    return _BEGIN in text_view(head).lower()


def binary_kind(head: bytes) -> str | None:
    """What a binary file looks like ("a ZIP archive"), or None when it may be text."""
    for signature, kind in _SIGNATURES:
        if head.startswith(signature):
            return kind
    if utf16_encoding(head) is not None:
        return None
    sample = head[:4096]
    if b"\x00" in sample:
        return "a binary file"
    # Control characters other than tab, CR, LF, form feed and escape are rare in text.
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13, 27))
    if sample and controls * 20 > len(sample):
        return "a binary file"
    return None


def not_a_vcard_reason(head: bytes) -> str:
    """A sentence saying why a file with this beginning holds no vCards."""
    if not head.strip():
        return "This file is empty."
    kind = binary_kind(head)
    if kind is None:
        start = text_view(head).lstrip().lower()
        kind = next((name for prefix, name in _TEXT_STARTS if start.startswith(prefix)), None)
    if kind is None:
        first_line = text_view(head).lstrip().split(b"\n", 1)[0]
        if first_line.count(b",") + first_line.count(b";") >= 2 and b":" not in first_line:
            kind = "a spreadsheet (CSV) file"
    if kind is None:
        return "This file holds no vCards: no BEGIN:VCARD line was found."
    return f"This file is not a vCard file (it looks like {kind})."
