"""Photos in vCards: base64 that phones truncate and re-wrap, data URIs, links.

A damaged photo never costs the card: it is left out with a note and the card imports.
"""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass

_NOT_BASE64 = re.compile(rb"[^A-Za-z0-9+/]")
_IMAGE_SIGNATURES = (
    (b"\xff\xd8\xff", "JPEG"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"BM", "BMP"),
)
_URI_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")


@dataclass(frozen=True)
class PhotoValue:
    """What a PHOTO line holds: image bytes, a link to keep as a raw line, or nothing usable."""

    data: bytes | None = None
    is_link: bool = False
    note: str = ""


def read_photo(value: str, encoding: str, value_type: str) -> PhotoValue:
    """Decode a PHOTO value (``encoding`` "B" for base64, ``value_type`` the VALUE parameter).

    Base64 (vCard 2.1/3.0) and ``data:`` URIs (vCard 4.0) are decoded; links are not fetched.
    Bytes that are not a known image format count as damaged.
    """
    value = value.strip()
    if value.lower().startswith("data:") and "," in value:
        header, _, value = value.partition(",")
        if ";base64" not in header.lower():
            return PhotoValue(is_link=True)  # a data URI without base64: rare, kept as it is
    elif encoding != "B" and (value_type.lower() in ("uri", "url") or _URI_SCHEME.match(value)):
        return PhotoValue(is_link=True)
    if not value:
        return PhotoValue()
    data, repaired = decode_base64(value)
    if data is None or image_type(data) is None:
        return PhotoValue(note="The photo was damaged and was left out.")
    if repaired:
        return PhotoValue(data, note="The photo's data had small errors and was repaired.")
    return PhotoValue(data)


def decode_base64(text: str) -> tuple[bytes | None, bool]:
    """Decode base64 leniently: returns the bytes (None if hopeless) and whether it was repaired.

    White space is ignored; stray characters are dropped, URL-safe letters translated and the
    padding fixed, since phones truncate and re-wrap photo data in many ways.
    """
    data = text.encode("ascii", "ignore")
    try:
        return binascii.a2b_base64(data, strict_mode=False), False
    except binascii.Error:
        pass
    cleaned = _NOT_BASE64.sub(b"", data.replace(b"-", b"+").replace(b"_", b"/"))
    if len(cleaned) % 4 == 1:
        cleaned = cleaned[:-1]  # one stray character cannot be decoded
    cleaned += b"=" * (-len(cleaned) % 4)
    try:
        return binascii.a2b_base64(cleaned), True
    except binascii.Error:
        return None, True


def image_type(data: bytes) -> str | None:
    """ "JPEG", "PNG", "GIF", "BMP", "WEBP" … from the first bytes; None when not an image."""
    for signature, kind in _IMAGE_SIGNATURES:
        if data.startswith(signature):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "WEBP"
    if data[4:12] in (b"ftypheic", b"ftypheix", b"ftypmif1", b"ftypavif"):
        return "HEIC" if data[8:12] != b"avif" else "AVIF"
    return None
