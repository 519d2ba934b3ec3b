"""Fuzzing the reader: whatever the bytes, it never raises, and what it reads it can write.

Bounded for CI (200 examples a test); ``CONTACTBOOK_FUZZ_EXAMPLES=5000`` runs more.
"""

from __future__ import annotations

import dataclasses
import io
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.configuration import set_hypothesis_home_dir

from contactbook.interchange.vcard_read import CardProblem, ReadCard, read_vcards
from contactbook.interchange.vcard_values import Property, parse_property, parse_with_vobject
from contactbook.interchange.vcard_write import vcard_text
from tests.benchmarks.vcard_samples import generate_cards

# Hypothesis keeps its files in .hypothesis/ of the working directory, which pytest (with
# this project's norecursedirs) would then try to collect: keep them in the temp directory.
if "HYPOTHESIS_STORAGE_DIRECTORY" not in os.environ:
    set_hypothesis_home_dir(Path(tempfile.gettempdir()) / "contactbook-hypothesis")

EXAMPLES = int(os.environ.get("CONTACTBOOK_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _corpus_files() -> list[bytes]:
    configured = os.environ.get("CONTACTBOOK_VCARD_CORPUS")
    default = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "vcards"
    root = Path(configured) if configured else default
    return [path.read_bytes() for path in sorted(root.resolve().glob("**/*.vcf"))]


HANDWRITTEN = [
    b"BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=4A=C3=AB;=\r\n"
    b"=C3=AB\r\nTEL;CELL:06-12345678\r\nPHOTO;ENCODING=BASE64;JPEG:/9j/4AAQ\r\nSkZJ\r\n\r\n"
    b"END:VCARD\r\n",
    b"BEGIN:VCARD\nVERSION:3.0\nitem1.TEL:1\nitem1.X-ABLabel:_$!<Work>!$_\nFN:a\\, b\\\n"
    b'ADR;TYPE="a,b:c":;;Kerkstraat 1;;;;\nEND:VCARD\n',
    b"BEGIN:VCARD\r\r\nVERSION:4.0\r\r\nFN:\xe5\xae\x89\r\r\nPHOTO:data:image/png;base64,iVBO\r\r\n"
    b"END:VCARD\r\r\n",
]
SEEDS = _corpus_files() + HANDWRITTEN + [generate_cards(6, seed=3)]
TOKENS = [
    b"=\r\n", b"\\", b";", b":", b",", b'"', b"=", b"\r", b"\n", b"\r\r\n", b" ", b"#",
    b"BEGIN:VCARD\r\n", b"END:VCARD\r\n", b"ENCODING=QUOTED-PRINTABLE", b";CHARSET=SHIFT_JIS",
    b";ENCODING=BASE64", b";ENCODING=8BIT", b"=C3", b"=XY", b"\x00", b"\xff\xfe", b"\xe2\x82",
    b"item1.", b"X-ABLabel:", b"BDAY:1604-02-30", b"TEL;VALUE=uri:tel:", b"N:;;;;;;;;",
]  # fmt: skip


def check(data: bytes) -> None:
    """Never raises; every result is a card or a problem; every card can be written and read."""
    items = list(read_vcards(io.BytesIO(data), "fuzz.vcf"))
    assert items
    for item in items:
        assert isinstance(item, ReadCard | CardProblem)
        if isinstance(item, CardProblem):
            assert item.reason.endswith(".")
            continue
        for version in ("3.0", "4.0"):
            (back,) = read_vcards(io.BytesIO(vcard_text(item.contact, version).encode()), "b")
            assert isinstance(back, ReadCard), back
            assert dataclasses.asdict(back.contact) == dataclasses.asdict(item.contact)


@FUZZ
@given(st.binary(max_size=3000))
def test_random_bytes(data: bytes) -> None:
    check(data)


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_inside_a_card(data: bytes) -> None:
    check(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n" + data + b"\r\nEND:VCARD\r\n")


@st.composite
def mutated_cards(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 10))):
        position = draw(st.integers(0, len(data)))
        operation = draw(st.sampled_from(["delete", "insert", "token", "byte", "truncate"]))
        if operation == "delete":
            del data[position : position + draw(st.integers(1, 40))]
        elif operation == "insert":
            data[position:position] = draw(st.binary(min_size=1, max_size=20))
        elif operation == "token":
            data[position:position] = draw(st.sampled_from(TOKENS))
        elif operation == "byte" and position < len(data):
            data[position] = draw(st.integers(0, 255))
        elif operation == "truncate":
            del data[position:]
    return bytes(data)


@FUZZ
@given(mutated_cards())
def test_mutated_corpus_cards(data: bytes) -> None:
    check(data)


_NAMES = [
    "N", "FN", "TEL", "EMAIL", "ADR", "ORG", "NOTE", "BDAY", "PHOTO", "X-ABLabel", "LABEL",
    "X-ANDROID-CUSTOM", "CATEGORIES", "NICKNAME", "X-FOO", "KIND", "X-ABShowAs", "UID",
    "TITLE", "URL", "X-ABADR", "VERSION",
]  # fmt: skip
_PARAMETERS = [
    ";TYPE=WORK", ";CELL", ";HOME;FAX", ';TYPE="a,b"', ";PREF", ";ENCODING=QUOTED-PRINTABLE",
    ";CHARSET=UTF-8", ";ENCODING=b", ";BASE64", ";CHARSET=ISO-8859-1", ";VALUE=uri",
    ";X-APPLE-OMIT-YEAR=1604",
]  # fmt: skip
_line = st.tuples(
    st.sampled_from(["", "item1.", "item2."]),
    st.sampled_from(_NAMES),
    st.lists(st.sampled_from(_PARAMETERS), max_size=3),
    st.text(max_size=40),
).map(lambda t: (t[0] + t[1] + "".join(t[2]) + ":" + t[3]).encode("utf-8", "surrogatepass"))


@FUZZ
@given(st.lists(_line, max_size=12), st.sampled_from([b"\r\n", b"\n", b"\r\r\n"]))
def test_random_properties(lines: list[bytes], end: bytes) -> None:
    check(end.join([b"BEGIN:VCARD", *lines, b"END:VCARD", b""]))


# --- the fast path for plain headers agrees with vobject's grammar ---------------------------


def _fields(prop: Property | None) -> object:
    if prop is None:
        return None
    params = {key: list(values) for key, values in prop.params.items()}
    return (prop.group, prop.name, params, prop.value, prop.encoding, prop.charset)


_param_value = st.text(
    st.characters(blacklist_characters=';:",\r\n', blacklist_categories=["Cs"]), max_size=6
)
_parameter = st.tuples(
    st.from_regex(r"[A-Za-z0-9_-]{1,10}", fullmatch=True)
    | st.sampled_from(["TYPE", "type", "ENCODING", "CHARSET", "VALUE", "PREF", "HOME", "BASE64"]),
    st.lists(_param_value | st.sampled_from(["B", "b", "QUOTED-PRINTABLE", "UTF-8", "8BIT"]),
             max_size=3),
).map(lambda p: ";" + p[0] + ("=" + ",".join(p[1]) if p[1] else ""))  # fmt: skip
_plain_header_line = st.tuples(
    st.sampled_from(["", "item1.", "A-b."]),
    st.from_regex(r"[A-Za-z0-9-]{1,12}", fullmatch=True),
    st.lists(_parameter, max_size=4),
    st.text(max_size=20),
).map(lambda t: (t[0] + t[1] + "".join(t[2]) + ":" + t[3]).encode("utf-8", "surrogatepass"))


@FUZZ
@given(_plain_header_line | st.binary(max_size=80))
def test_fast_path_and_vobject_split_lines_alike(line: bytes) -> None:
    assert _fields(parse_property(line)) == _fields(parse_with_vobject(line))
