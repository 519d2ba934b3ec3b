"""Content lines and their values: parameters, QP, charsets, escaping, base64.

``vobject`` is the parser of record for the content-line grammar: a line is split into
group, name, parameters (quoted values and all) and value by ``vobject.base.parseLine``. The
line is handed over as a Latin-1 view of its bytes, which maps each byte to one character and
back without loss, so the value can be decoded here afterwards with its own CHARSET — vobject
itself would decode the whole file as UTF-8 and honours CHARSET only on QP values.

Most lines have a plain header (``item1.TEL;TYPE=CELL,VOICE;PREF:``). For those alone a
regular expression that accepts a strict subset of vobject's grammar splits the header
directly, for speed; a test holds the two to the same result. Everything else (quotes,
Lotus Notes' underscores, anything odd) goes through vobject.

What vobject's text decoding gets wrong is replaced, in this one module:

* ``VCardTextBehavior.decode`` keeps only the text before the first unescaped comma
  (``FN:Mustermann, Heiko`` → ``Mustermann``): ``unescape`` never splits;
* a trailing backslash becomes the literal text ``\\eof``: ``unescape`` keeps the backslash;
* a trailing comma of an ADR component is lost: ``split_escaped`` keeps empty parts;
* QP values decode with ``\\r\\n`` and CHARSET is ignored outside QP: ``decode_text``
  decodes QP, then the declared CHARSET, then UTF-8 with a Windows-1252 fallback;
* ``ENCODING=8BIT``/``7BIT`` are decoded as base64 and crash: they are dropped;
* bare vCard 2.1 parameters (``TEL;CELL``, ``PHOTO;BASE64;JPEG``) become ``TYPE=``/``ENCODING=``;
* names that are not tokens (``X-messaging/twitter-All``) raise: they are renamed.

Base64 is decoded leniently in ``vcard_photo``.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from vobject.base import ParseError, parseLine, parseParams

from contactbook.interchange.vcard_photo import decode_base64

_ENCODING_TOKENS = {"QUOTED-PRINTABLE": "QUOTED-PRINTABLE", "BASE64": "B", "B": "B"}
_DROPPED_ENCODINGS = {"8BIT", "7BIT"}
# Parameter names that, standing alone ("TEL;TYPE=:1"), carry nothing.
_PARAMETER_NAMES = {"TYPE", "ENCODING", "CHARSET", "VALUE", "LANGUAGE", "PREF", "ALTID", "PID"}
_INVALID_NAME_CHARS = re.compile(r"[^A-Za-z0-9-]+")
_TYPE_TOKEN = re.compile(r"[A-Za-z0-9-]+")
# group.NAME;PARAM=value,value;BARE without quotes: vobject's line grammar minus quoted
# values and underscores in names (which vobject turns into dashes).
_SIMPLE_HEADER = re.compile(
    rb"(?:([A-Za-z0-9-]+)\.)?([A-Za-z0-9-]+)((?:;[A-Za-z0-9_-]+(?:=[^;:\",]*(?:,[^;:\",]*)*)?)*)"
)
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n", "\\": "\\", ";": ";", ",": ",", ":": ":", '"': '"'}
_SPLITTERS = {sep: re.compile(r"\\.|" + re.escape(sep), re.DOTALL) for sep in ";,"}
# Declared charsets read with the superset real exporters actually use.
_CHARSET_SUPERSETS = {
    "iso-8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
}


Params = Mapping[str, Sequence[str]]  # upper-case names; TYPE values upper case


@dataclass(slots=True)
class Property:
    """One content line, split but not yet decoded (the value is still bytes)."""

    name: str  # upper case, "X-ABLABEL"
    group: str  # as written ("item1"), "" when none
    params: Params  # shared between lines with the same header: never changed
    value: bytes  # as in the file, QP and charset not yet decoded
    line: bytes  # the whole logical line, for keeping it when it has no field
    encoding: str = ""  # "QUOTED-PRINTABLE", "B" or ""
    charset: str = ""
    renamed_from: str = ""  # the original name when it was not a valid property name
    irregular: bool = False  # vobject's grammar refused the line: never kept verbatim
    notes: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.params:
            self.encoding = self.params.get("ENCODING", ("",))[0]
            self.charset = self.params.get("CHARSET", ("",))[0]

    def types(self) -> Sequence[str]:
        return self.params.get("TYPE", ())


def parse_property(line: bytes) -> Property | None:
    """Split a logical line into group, name, parameters and value; None if it has no colon."""
    colon = line.find(b":")
    if colon > 0:
        # A plain header ("TEL;TYPE=CELL", "item1.X-ABLabel"): a third of the cost of
        # vobject's general grammar, with the same result.
        header = _SIMPLE_HEADER.fullmatch(line, 0, colon)
        if header is not None:
            group, name, params = header.groups()
            return Property(
                name=name.decode("ascii").upper(),
                group=group.decode("ascii") if group else "",
                params=_simple_params(params) if params else {},
                value=line[colon + 1 :],
                line=line,
            )
    return parse_with_vobject(line)


def parse_with_vobject(line: bytes) -> Property | None:
    """``parse_property`` by vobject's grammar alone (quoted parameters, "_" in names …).

    Lines vobject refuses (an invalid name, a stray quote) are split leniently instead.
    """
    view = line.decode("latin-1")  # maps bytes 1:1 to characters and back
    try:
        name, raw_params, value, group = parseLine(view)
    except ParseError:
        return _parse_leniently(line, view)
    return Property(
        name=name.upper(),
        group=group or "",
        params=_normalise_params(raw_params),
        value=value.encode("latin-1"),
        line=line,
    )


@lru_cache(maxsize=1024)
def _simple_params(params: bytes) -> Params:
    """Parameters by vobject's own ``parseParams``, once for each distinct header."""
    return _normalise_params(parseParams(params.decode("latin-1")))


def _parse_leniently(line: bytes, view: str) -> Property | None:
    """Lines vobject's grammar refuses: invalid names, stray quotes. Keep what can be kept."""
    colon = _find_unquoted(view, ":")
    if colon < 0:
        return None
    header = _split_unquoted(view[:colon], ";")
    group, _, name = (part.strip() for part in header[0].rpartition("."))
    clean = _INVALID_NAME_CHARS.sub("-", name).strip("-").upper()
    if not clean:
        return None
    if _INVALID_NAME_CHARS.sub("-", group).strip("-") != group:
        group = ""
    raw_params: list[list[str]] = []
    for part in header[1:]:
        key, equals, values = part.partition("=")
        if equals:  # a parameter name must be a token too
            key = _INVALID_NAME_CHARS.sub("-", key).strip("-")
        if not key.strip():
            continue
        if not equals:
            raw_params.append([key.strip()])
        else:
            raw_params.append([key, *(v.strip().strip('"') for v in values.split(","))])
    prop = Property(
        name=clean,
        group=group,
        params=_normalise_params(raw_params),
        value=view[colon + 1 :].encode("latin-1"),
        line=line,
        irregular=True,
    )
    if clean != name.upper():
        prop.renamed_from = name
        if not clean.startswith("X-"):
            prop.name = "X-" + clean
    return prop


def _find_unquoted(text: str, char: str) -> int:
    quoted = False
    for index, current in enumerate(text):
        if current == '"':
            quoted = not quoted
        elif current == char and not quoted:
            return index
    return text.find(char)  # unbalanced quotes: the first one after all


def _split_unquoted(text: str, sep: str) -> list[str]:
    parts, start, quoted = [], 0, False
    for index, current in enumerate(text):
        if current == '"':
            quoted = not quoted
        elif current == sep and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _normalise_params(raw_params: Iterable[list[str]]) -> dict[str, list[str]]:
    """vCard 2.1 bare parameters to named ones, ENCODING tokens to QUOTED-PRINTABLE or B."""
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        if len(raw) == 1:  # 2.1: "TEL;CELL", "PHOTO;BASE64", "NOTE;QUOTED-PRINTABLE"
            token = _param_text(raw[0]).strip().upper()
            if token in _ENCODING_TOKENS:
                params.setdefault("ENCODING", []).append(_ENCODING_TOKENS[token])
            elif token and token not in _DROPPED_ENCODINGS and token not in _PARAMETER_NAMES:
                params.setdefault("TYPE", []).append(token)
            continue
        key = raw[0].upper()
        values = [_param_text(value) for value in raw[1:] if value]
        if key == "TYPE":
            values = [v.upper() for value in values for v in _type_list(value)]
        elif key == "ENCODING":
            values = [_ENCODING_TOKENS.get(v.upper(), v.upper()) for v in values]
            values = [v for v in values if v not in _DROPPED_ENCODINGS]
        if values:
            params.setdefault(key, []).extend(values)
    return params


def _type_list(value: str) -> list[str]:
    """TYPE="work,voice" (vCard 4) is one quoted value holding a list; other text stays whole."""
    parts = [part.strip() for part in value.split(",")]
    if len(parts) > 1 and all(_TYPE_TOKEN.fullmatch(part) for part in parts):
        return parts
    return [value.strip()] if value.strip() else []


def _param_text(value: str) -> str:
    """A parameter value from the Latin-1 view back to its real characters."""
    if not value.isascii():
        value = decode_bytes(value.encode("latin-1"), "")[0]
    if _CONTROL_CHARACTERS.search(value):
        value = _CONTROL_CHARACTERS.sub("", value)
    return value


# --- values -------------------------------------------------------------------------------


def decode_text(prop: Property) -> str:
    """The value as text: QP decoded, CHARSET applied, line ends as ``\\n``; still escaped.

    A value that is not valid in its charset is read as Windows-1252, with a note on ``prop``.
    """
    data = prop.value
    encoding = prop.encoding
    if encoding == "QUOTED-PRINTABLE":
        data = binascii.a2b_qp(data)
    elif encoding == "B":
        data = decode_base64(prop.value.decode("ascii", "replace"))[0] or b""
    text, fallback = decode_bytes(data, prop.charset)
    if fallback:
        snippet = " ".join(text.split())[:40]
        prop.notes.append(
            f'Some text was not valid {fallback[0]} and was read as {fallback[1]} ("{snippet}").'
        )
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROL_CHARACTERS.search(text):
        text = _CONTROL_CHARACTERS.sub("", text)  # form feeds and NULs only cause trouble later
    return text


def decode_bytes(data: bytes, charset: str) -> tuple[str, tuple[str, str] | None]:
    """Decode with the declared charset, else UTF-8, else Windows-1252 (else Latin-1).

    Returns the text and, when a fallback was needed, (expected charset, charset used).
    """
    if data.isascii():
        return data.decode("ascii"), None
    expected = "UTF-8"
    if charset:
        lowered = charset.lower()
        codec = _CHARSET_SUPERSETS.get(lowered, lowered)
        try:
            codecs.lookup(codec)
            return data.decode(codec), None
        except (LookupError, UnicodeDecodeError):
            expected = charset.upper()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        # Valid UTF-8 stays UTF-8; only the bytes that are not are read as Windows-1252, so
        # a stray byte in a UTF-8 name does not turn the whole name into mojibake.
        return data.decode("utf-8", _CP1252_FALLBACK), (expected, "Windows-1252")
    return text, (None if expected == "UTF-8" else (expected, "UTF-8"))


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeDecodeError):
        raise error
    bad = error.object[error.start : error.end]
    return "".join(_CP1252_BYTES[byte] for byte in bad), error.end


_CP1252_BYTES = [
    bytes([byte]).decode("cp1252") if byte not in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else chr(byte)
    for byte in range(256)
]
_CP1252_FALLBACK = "contactbook-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)


def has_control_characters(text: str) -> bool:
    """Control characters other than tab and newline (form feeds, NULs …)."""
    return _CONTROL_CHARACTERS.search(text) is not None


def unescape(text: str) -> str:
    """Undo backslash escapes (``\\,`` ``\\;`` ``\\\\`` ``\\n`` ``\\:``); unknown ones stay.

    Never splits on commas and leaves a trailing backslash as it is (vobject's ``\\eof``).
    """
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda match: _UNESCAPED.get(match.group(1), match.group(0)), text)


def split_escaped(text: str, sep: str = ";") -> list[str]:
    """Split on ``sep`` where it is not escaped; parts stay escaped, empty parts are kept."""
    if "\\" not in text:
        return text.split(sep)
    parts: list[str] = []
    start = 0
    for match in _SPLITTERS[sep].finditer(text):
        if match.group() == sep:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def components(text: str) -> list[str]:
    """A structured value (N, ADR, ORG) as its unescaped components."""
    return [unescape(part) for part in split_escaped(text, ";")]


def text_list(text: str) -> list[str]:
    """A comma-separated list value (CATEGORIES, NICKNAME), unescaped, blanks dropped."""
    values = (unescape(part).strip() for part in split_escaped(text, ","))
    return [value for value in values if value]


def escape(text: str) -> str:
    """Escape text for a vCard 3.0/4.0 TEXT value (backslash, comma, semicolon, newline)."""
    if not any(char in text for char in "\\,;\n\r"):
        return text
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
