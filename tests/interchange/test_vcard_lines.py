"""Byte-level reading: line ends, folding, QP soft breaks, base64 blocks, comments, cards."""

from __future__ import annotations

import codecs
import io
import tracemalloc
from collections.abc import Iterator

import pytest

from contactbook.interchange.vcard_lines import (
    MAX_LINE_BYTES,
    RawCard,
    TooLong,
    byte_chunks,
    physical_lines,
    read_cards,
    read_raw_cards,
)


def cards(data: bytes) -> list[RawCard]:
    return list(read_cards(io.BytesIO(data)))


def only_card(data: bytes) -> RawCard:
    (card,) = cards(data)
    return card


@pytest.mark.parametrize(
    "data",
    [
        b"A\r\nB\r\nC",
        b"A\nB\nC\n",
        b"A\rB\rC\r",
        b"A\r\r\nB\r\r\nC\r\r\n",  # iOS 6
        b"A\r\nB\nC\r",  # mixed
    ],
)
def test_every_kind_of_line_end_ends_a_line(data: bytes) -> None:
    assert list(physical_lines([data])) == [b"A", b"B", b"C"]


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 100])
@pytest.mark.parametrize(
    "data",
    [
        b"BEGIN:VCARD\r\r\nFN:A\r\nN:B\rEND:VCARD\r\r\n",
        b"BEGIN:VCARD\r\nFN:A\nN:B\rEND:VCARD\r\n",
        b"BEGIN:VCARD\nFN:A\nN:B\nEND:VCARD",
    ],
)
def test_line_ends_split_across_chunks_are_still_one_line_end(data: bytes, size: int) -> None:
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    assert list(physical_lines(chunks)) == [b"BEGIN:VCARD", b"FN:A", b"N:B", b"END:VCARD"]


def test_blank_lines_are_kept_as_lines() -> None:
    assert list(physical_lines([b"A\r\n\r\nB\n\nC\r\rD"])) == [
        b"A",
        b"",
        b"B",
        b"",
        b"C",
        b"",
        b"D",
    ]


def test_ios_line_ends_do_not_break_folding() -> None:
    card = only_card(b"BEGIN:VCARD\r\r\nNOTE:one\r\r\n  two\r\r\nEND:VCARD\r\r\n")
    assert card.lines == (b"NOTE:one two",)


def test_utf8_bom_is_removed() -> None:
    card = only_card(codecs.BOM_UTF8 + b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n")
    assert card.lines == (b"FN:A",)
    assert card.line == 1


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_are_recoded(encoding: str) -> None:
    data = "BEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n".encode(encoding)
    card = only_card(data)
    assert card.lines == ("FN:Zoë".encode(),)


def test_byte_chunks_stream_in_pieces() -> None:
    stream = io.BytesIO(b"x" * 200_000)
    head = stream.read(10)
    chunks = list(byte_chunks(stream, head))
    assert len(chunks) > 2
    assert b"".join(chunks) == b"x" * 200_000


def test_folding_removes_one_white_space_character_even_inside_utf8() -> None:
    # exporters fold in the middle of a UTF-8 sequence: unfolding happens on bytes
    zoe = "Zoë".encode()
    data = b"BEGIN:VCARD\r\nFN:" + zoe[:3] + b"\r\n " + zoe[3:] + b"\r\n\t!\r\nEND:VCARD\r\n"
    assert only_card(data).lines == (b"FN:" + zoe + b"!",)


def test_qp_soft_breaks_join_lines_and_keep_a_leading_space_as_data() -> None:
    data = (
        b"BEGIN:VCARD\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:Now's the time =\r\n"
        b"for all folk to come=\r\n"
        b" to the aid.\r\n"
        b"END:VCARD\r\n"
    )
    card = only_card(data)
    assert card.lines == (
        b"NOTE;ENCODING=QUOTED-PRINTABLE:Now's the time for all folk to come to the aid.",
    )


def test_a_qp_continuation_starting_with_hash_is_data_not_a_comment() -> None:
    data = (
        b"BEGIN:VCARD\r\n"
        b"# a comment\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:sharp ->=\r\n"
        b"#<- sharp\r\n"
        b"# another comment\r\n"
        b"END:VCARD\r\n"
    )
    assert only_card(data).lines == (b"NOTE;ENCODING=QUOTED-PRINTABLE:sharp ->#<- sharp",)


def test_bare_qp_parameter_counts_as_quoted_printable() -> None:
    data = b"BEGIN:VCARD\r\nNOTE;QUOTED-PRINTABLE:a=\r\nb\r\nEND:VCARD\r\n"
    assert only_card(data).lines == (b"NOTE;QUOTED-PRINTABLE:ab",)


def test_a_blank_line_or_a_property_ends_a_dangling_soft_break() -> None:
    data = (
        b"BEGIN:VCARD\r\n"
        b"ORG;ENCODING=QUOTED-PRINTABLE:=C3=91=\r\n"
        b"\r\n"
        b"NOTE;ENCODING=QUOTED-PRINTABLE:x=\r\n"
        b"TEL:123\r\n"
        b"FN;ENCODING=QUOTED-PRINTABLE:y=\r\n"
        b"END:VCARD\r\n"
    )
    assert only_card(data).lines == (
        b"ORG;ENCODING=QUOTED-PRINTABLE:=C3=91",
        b"NOTE;ENCODING=QUOTED-PRINTABLE:x",
        b"TEL:123",
        b"FN;ENCODING=QUOTED-PRINTABLE:y",
    )


def test_unindented_21_base64_block_runs_to_the_blank_line() -> None:
    data = (
        b"BEGIN:VCARD\r\n"
        b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQ\r\n"
        b"SkZJRgAB\r\n"
        b"    AQAAAQ==\r\n"
        b"\r\n"
        b"TEL:1\r\n"
        b"END:VCARD\r\n"
    )
    assert only_card(data).lines == (
        b"PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQ==",
        b"TEL:1",
    )


def test_unindented_base64_lines_join_only_in_21_cards() -> None:
    body = b"PHOTO;ENCODING=b:AAAA\r\nBBBB\r\n END:VCARD\r\n"
    (v21,) = cards(b"BEGIN:VCARD\r\nVERSION:2.1\r\n" + body.replace(b" END", b"END"))
    assert v21.lines == (b"VERSION:2.1", b"PHOTO;ENCODING=b:AAAABBBB")
    (v30,) = cards(b"BEGIN:VCARD\r\nVERSION:3.0\r\n" + body.replace(b" END", b"END"))
    assert v30.lines == (b"VERSION:3.0", b"PHOTO;ENCODING=b:AAAA", b"BBBB")


def test_base64_block_without_blank_line_ends_at_the_next_property() -> None:
    data = b"BEGIN:VCARD\r\nPHOTO;BASE64:\r\n AAAA\r\n BBBB\r\nX-A:1\r\nEND:VCARD\r\n"
    assert only_card(data).lines == (b"PHOTO;BASE64:AAAABBBB", b"X-A:1")


def test_an_escaped_line_end_continues_the_value() -> None:
    data = (
        b"BEGIN:VCARD\r\n"
        b"ADR;HOME:;;Hermann v. Brevern\\\r\n"
        b"9999999\\\r\n"
        b"Packstation 999;Hamburg;;99999;Deutschland\r\n"
        b"FN:A\\\\\r\n"
        b"N:B\r\n"
        b"END:VCARD\r\n"
    )
    assert only_card(data).lines == (
        b"ADR;HOME:;;Hermann v. Brevern\\n9999999\\nPackstation 999;Hamburg;;99999;Deutschland",
        b"FN:A\\\\",
        b"N:B",
    )


def test_cards_carry_the_line_number_of_their_begin() -> None:
    data = b"\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n\r\n\r\nbegin:vcard\r\nFN:B\r\nend:vcard\r\n"
    first, second = cards(data)
    assert (first.line, first.lines) == (2, (b"FN:A",))
    assert (second.line, second.lines) == (7, (b"FN:B",))


def test_text_outside_cards_is_ignored() -> None:
    data = b"garbage\r\nBEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nmore garbage\r\nEND:VCARD\r\n"
    assert [card.lines for card in cards(data)] == [(b"FN:A",)]


def test_nested_cards_come_out_as_cards_of_their_own() -> None:
    data = (
        b"BEGIN:VCARD\nN:parent\nBEGIN:VCARD\nN:nest1\nEND:VCARD\n"
        b"BEGIN:VCARD\nN:nest2\nEND:VCARD\nTEL:1\nEND:VCARD\n"
    )
    found = [(card.line, card.lines, card.nested) for card in cards(data)]
    assert found == [
        (3, (b"N:nest1",), True),
        (6, (b"N:nest2",), True),
        (1, (b"N:parent", b"TEL:1"), False),
    ]


def test_a_card_cut_off_by_the_end_of_the_file_is_still_read() -> None:
    (card,) = cards(b"BEGIN:VCARD\r\nFN:A\r\nNOTE:half")
    assert card.lines == (b"FN:A", b"NOTE:half")
    assert not card.closed


# --- lines past the length limit: skipped while reading, the card keeps the rest ----------


def _card(*lines: bytes) -> bytes:
    return b"\r\n".join([b"BEGIN:VCARD", *lines, b"END:VCARD", b""])


@pytest.mark.parametrize("size", [1, 2, 7, 64])
def test_a_physical_line_past_the_limit_keeps_only_its_start(size: int) -> None:
    data = b"FN:A\r\nNOTE:" + b"x" * 500 + b"\r\nTEL:1\r\n" + b"PHOTO:" + b"y" * 300
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    lines = list(physical_lines(chunks, limit=100))
    assert lines[0] == b"FN:A"
    assert isinstance(lines[1], TooLong)
    assert lines[1] == b"NOTE:" + b"x" * 95  # its first ``limit`` bytes
    assert lines[2] == b"TEL:1"
    assert isinstance(lines[3], TooLong)
    assert len(lines) == 4


@pytest.mark.parametrize("size", [1, 2, 3, 1000])
@pytest.mark.parametrize("end", [b"\r\n", b"\n", b"\r", b"\r\r\n"])
def test_the_line_end_after_a_skipped_line_is_one_line_end(size: int, end: bytes) -> None:
    photo = b"PHOTO;ENCODING=b:" + b"x" * 300
    note = b"NOTE:" + b"y" * 300
    data = end.join([b"BEGIN:VCARD", photo, b"FN:A", note, b"TEL:1", b"END:VCARD", b""])
    chunks = [data[i : i + size] for i in range(0, len(data), size)]
    (card,) = read_raw_cards(physical_lines(chunks, limit=100), limit=100)
    assert card.lines == (b"FN:A", note[:100], b"TEL:1")
    assert card.too_long == ("PHOTO",)


def test_a_folded_photo_past_the_limit_is_left_out_and_named() -> None:
    folded = b"\r\n ".join([b"PHOTO;ENCODING=b;TYPE=JPEG:" + b"A" * 70] + [b"B" * 74] * 40)
    data = _card(b"VERSION:3.0", b"FN:Groot", folded, b"EMAIL:groot@voorbeeld.nl")
    (card,) = read_raw_cards(physical_lines([data]), limit=1000)
    assert card.lines == (b"VERSION:3.0", b"FN:Groot", b"EMAIL:groot@voorbeeld.nl")
    assert card.too_long == ("PHOTO",)
    assert card.closed


def test_a_21_base64_block_is_left_out_and_a_qp_note_cut_past_the_limit() -> None:
    block = [b"item1.PHOTO;JPEG;ENCODING=BASE64:" + b"Q" * 60, *([b"R" * 76] * 30), b""]
    note = [b"NOTE;ENCODING=QUOTED-PRINTABLE:" + b"=41" * 20 + b"="] + [b"=42" * 25 + b"="] * 40
    data = _card(b"VERSION:2.1", b"N:Smit;Oma", *block, *note, b"note-end", b"TEL;CELL:0612")
    (card,) = read_raw_cards(physical_lines([data]), limit=1000)
    head = b"".join([note[0][:-1], *(line[:-1] for line in note[1:])])[:1000]
    assert card.lines == (b"VERSION:2.1", b"N:Smit;Oma", head, b"TEL;CELL:0612")
    assert card.too_long == ("PHOTO",)


def test_lines_within_the_limit_are_untouched() -> None:
    folded = b"\r\n ".join([b"NOTE:" + b"a" * 70] + [b"b" * 74] * 10)
    (card,) = read_raw_cards(physical_lines([_card(b"FN:A", folded)]), limit=1000)
    assert card.lines == (b"FN:A", b"NOTE:" + b"a" * 70 + b"b" * 740)
    assert card.too_long == ()


def test_a_file_ending_inside_a_line_too_long_still_gives_its_card() -> None:
    data = b"BEGIN:VCARD\r\nFN:A\r\nNOTE:" + b"z" * 5000
    (card,) = read_raw_cards(physical_lines([data], limit=1000), limit=1000)
    assert card.lines == (b"FN:A", b"NOTE:" + b"z" * 995)
    assert card.too_long == ()
    assert not card.closed


def test_a_huge_photo_streams_through_in_bounded_memory() -> None:
    """30 MB of folded base64 (more than four times the limit) is never held whole."""
    line = b" " + b"C" * 74 + b"\r\n"
    rows = 30 * 1024 * 1024 // len(line)

    def chunks() -> Iterator[bytes]:
        yield b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Groot\r\nPHOTO;ENCODING=b:AAAA\r\n"
        block = line * 800
        for _ in range(rows // 800):
            yield block
        yield b"EMAIL:groot@voorbeeld.nl\r\nEND:VCARD\r\n"

    tracemalloc.start()
    try:
        (card,) = read_raw_cards(physical_lines(chunks()))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert card.too_long == ("PHOTO",)
    assert card.lines[-1] == b"EMAIL:groot@voorbeeld.nl"
    assert peak < MAX_LINE_BYTES * 2.5, peak / 1024 / 1024
