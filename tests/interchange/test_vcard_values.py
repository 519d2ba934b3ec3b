"""Content lines and values: the places where vobject alone loses or damages data."""

from __future__ import annotations

import base64

import pytest

from contactbook.interchange.vcard_kept import kept_line
from contactbook.interchange.vcard_photo import decode_base64, image_type, read_photo
from contactbook.interchange.vcard_values import (
    Property,
    components,
    decode_bytes,
    decode_text,
    escape,
    parse_property,
    split_escaped,
    text_list,
    unescape,
)


def prop(line: bytes) -> Property:
    parsed = parse_property(line)
    assert parsed is not None
    return parsed


# --- parsing lines ------------------------------------------------------------------------


def test_group_name_parameters_and_value() -> None:
    p = prop(b"item1.TEL;type=CELL;TYPE=voice,pref:+31 6 12345678")
    assert (p.group, p.name, p.value) == ("item1", "TEL", b"+31 6 12345678")
    assert list(p.types()) == ["CELL", "VOICE", "PREF"]


def test_the_value_may_contain_colons_and_semicolons() -> None:
    assert prop(b"X-ABUID:6B29A774\\:ABPerson;x").value == b"6B29A774\\:ABPerson;x"


def test_quoted_parameter_values_go_through_vobjects_grammar() -> None:
    p = prop(b'TEL;TYPE="COMMA,SEPARATED:INSIDE.DQUOTE",PREF:1')
    assert list(p.types()) == ["COMMA,SEPARATED:INSIDE.DQUOTE", "PREF"]
    assert p.value == b"1"
    quoted_list = prop(b'TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102')
    assert list(quoted_list.types()) == ["WORK", "VOICE"]
    assert quoted_list.value == b"tel:+1-418-656-9254;ext=102"


def test_multibyte_parameter_values_are_decoded() -> None:
    assert list(prop('TEL;TYPE="职场":1'.encode()).types()) == ["职场"]


@pytest.mark.parametrize(
    ("line", "encoding", "types"),
    [
        (b"TEL;WORK;VOICE:1", "", ["WORK", "VOICE"]),
        (b"PHOTO;BASE64;JPEG:AA==", "B", ["JPEG"]),
        (b"PHOTO;ENCODING=BASE64;TYPE=JPEG:AA==", "B", ["JPEG"]),
        (b"PHOTO;ENCODING=b;TYPE=JPEG:AA==", "B", ["JPEG"]),
        (b"NOTE;QUOTED-PRINTABLE:a", "QUOTED-PRINTABLE", []),
        (b"NOTE;ENCODING=8BIT:a", "", []),
        (b"NOTE;7BIT:a", "", []),
        (b"TEL;TYPE=:1", "", []),
    ],
)
def test_bare_21_parameters_and_encodings_are_normalised(
    line: bytes, encoding: str, types: list[str]
) -> None:
    p = prop(line)
    assert p.encoding == encoding
    assert list(p.types()) == types


def test_an_illegal_property_name_is_renamed_not_fatal() -> None:
    p = prop(b"X-messaging/twitter-All:@someone")
    assert p.name == "X-MESSAGING-TWITTER-ALL"
    assert p.renamed_from == "X-messaging/twitter-All"
    assert p.value == b"@someone"


def test_lotus_notes_underscores_in_names() -> None:
    assert prop(b"X_LOTUS_THING:1").name == "X-LOTUS-THING"


@pytest.mark.parametrize("line", [b"FN", b"just text", b""])
def test_lines_without_a_colon_are_not_properties(line: bytes) -> None:
    assert parse_property(line) is None


# --- decoding values ------------------------------------------------------------------------


def test_qp_with_charset_and_newlines() -> None:
    p = prop(b"NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jo=C3=ABl=0D=0Aregel 2")
    assert decode_text(p) == "Joël\nregel 2"


def test_qp_lower_case_hex_and_a_stray_equals_sign() -> None:
    assert decode_text(prop(b"NOTE;QUOTED-PRINTABLE:=c3=ab a=G1")) == "ë a=G1"


def test_shift_jis_raw_and_quoted_printable() -> None:
    raw = prop(b"FN;CHARSET=SHIFT_JIS:" + "安藤".encode("shift_jis"))
    assert decode_text(raw) == "安藤"
    qp = prop(b"NOTE;CHARSET=SHIFT_JIS;ENCODING=QUOTED-PRINTABLE:=83=81=83=82")
    assert decode_text(qp) == "メモ"


def test_shift_jis_trail_byte_that_looks_like_a_backslash() -> None:
    # 0x5C is the second byte of 能 in Shift_JIS: decode first, unescape afterwards
    p = prop(b"N;CHARSET=SHIFT_JIS:" + "伊能;圭一".encode("shift_jis"))
    assert components(decode_text(p)) == ["伊能", "圭一"]


def test_iso_8859_1_is_read_as_windows_1252() -> None:
    assert decode_text(prop(b"FN;CHARSET=ISO-8859-1:Ren\xe9e \x80")) == "Renée €"


def test_invalid_utf8_falls_back_to_windows_1252_per_byte_with_a_note() -> None:
    p = prop("ORG:ÑÑ".encode() + b"\x80")
    assert decode_text(p) == "ÑÑ€"
    assert p.notes
    assert "Windows-1252" in p.notes[0]


def test_text_in_cp1252_without_charset() -> None:
    assert decode_bytes(b"Jo\xebl", "") == ("Joël", ("UTF-8", "Windows-1252"))


def test_unknown_charset_falls_back_to_utf8() -> None:
    assert decode_bytes("Zoë".encode(), "X-NONSENSE") == ("Zoë", ("X-NONSENSE", "UTF-8"))


def test_qp_decoded_crlf_becomes_newline_and_control_characters_go() -> None:
    assert decode_text(prop(b"NOTE;QUOTED-PRINTABLE:a=0D=0Ab=0Dc=0C")) == "a\nb\nc"


def test_base64_text_value() -> None:
    p = prop(b"NOTE;ENCODING=b;CHARSET=UTF-8:" + base64.b64encode("Zoë".encode()))
    assert decode_text(p) == "Zoë"


# --- escaping: the fixes for vobject's text decoding ------------------------------------


def test_unescape_keeps_commas_where_vobject_truncates() -> None:
    assert unescape("Mustermann, Heiko") == "Mustermann, Heiko"
    assert unescape("a\\,b\\;c\\\\d\\ne\\Nf\\:g") == "a,b;c\\d\ne\nf:g"


def test_trailing_backslash_stays_a_backslash_not_eof() -> None:
    assert unescape("E\\") == "E\\"
    assert "eof" not in unescape("A\\")


def test_unknown_escapes_stay() -> None:
    assert unescape("C:\\dir") == "C:\\dir"


def test_split_keeps_empty_parts_and_a_trailing_comma() -> None:
    assert split_escaped(";;Silicon Alley 5,;New York;;;") == [
        "",
        "",
        "Silicon Alley 5,",
        "New York",
        "",
        "",
        "",
    ]
    assert components("Gump Shrimp Co.;Sales Dept.\\;Manager") == [
        "Gump Shrimp Co.",
        "Sales Dept.;Manager",
    ]


def test_text_list_splits_only_unescaped_commas() -> None:
    assert text_list("Johny\\,JayJay, Joe ,,") == ["Johny,JayJay", "Joe"]


@pytest.mark.parametrize(
    "text", ["plain", "a,b;c\\d", "line 1\nline 2", "ends with \\", "Zoë; 't Hoekje, B.V."]
)
def test_escape_and_unescape_are_inverse(text: str) -> None:
    assert unescape(escape(text)) == text
    assert components(escape(text)) == [text]


# --- binary values ----------------------------------------------------------------------


JPEG = b"\xff\xd8\xff\xe0" + bytes(range(200))


def test_base64_with_white_space_decodes() -> None:
    text = base64.b64encode(JPEG).decode()
    assert decode_base64(" ".join([text[:10], text[10:50], "\t" + text[50:]])) == (JPEG, False)


def test_base64_missing_padding_is_repaired() -> None:
    text = base64.b64encode(JPEG).decode().rstrip("=")
    data, repaired = decode_base64(text[:-1])  # and one character short
    assert repaired
    assert data is not None
    assert data.startswith(b"\xff\xd8\xff")


def test_damaged_photo_is_left_out_with_a_note() -> None:
    photo = read_photo("qgEPAAIAAAAHAAAAugEQAAIAAAAG:ASDF==", "B", "")
    assert photo.data is None
    assert photo.note == "The photo was damaged and was left out."


def test_photo_links_and_data_uris() -> None:
    assert read_photo("https://example.com/a.jpg", "", "").is_link
    assert read_photo("http://example.com/a.jpg", "", "uri").is_link
    data_uri = "data:image/jpeg;base64," + base64.b64encode(JPEG).decode()
    assert read_photo(data_uri, "", "uri").data == JPEG


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (JPEG, "JPEG"),
        (b"\x89PNG\r\n\x1a\n....", "PNG"),
        (b"GIF89a...", "GIF"),
        (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "WEBP"),
        (b"\x00\x00\x00\x18ftypheic", "HEIC"),
        (b"\xff\xd9", None),
        (b"hello", None),
    ],
)
def test_image_type(data: bytes, kind: str | None) -> None:
    assert image_type(data) == kind


# --- keeping lines without a field --------------------------------------------------------


def test_a_30_line_is_kept_verbatim() -> None:
    line = b'X-AIM;TYPE=HOME;X-COUCHDB-UUID="cb9e":johnny5@aol.com'
    assert kept_line(prop(line), "3.0") == line.decode()


def test_a_21_line_is_rebuilt_in_30_form() -> None:
    p = prop(b"X-FOO;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:a,b=0D=0Ac\\;d;e")
    assert kept_line(p, "2.1") == "X-FOO;TYPE=HOME:a\\,b\\nc\\;d;e"


def test_a_21_binary_line_keeps_its_base64() -> None:
    p = prop(b"KEY;X509;ENCODING=BASE64:MIIB/jCC")
    assert kept_line(p, "2.1") == "KEY;TYPE=X509;ENCODING=b:MIIB/jCC"


def test_a_21_url_is_not_escaped() -> None:
    assert kept_line(prop(b"URL:http://a.example/x,y"), "2.1") == "URL:http://a.example/x,y"
