"""The register files: XLSX, CSV and HTML in Dutch and English, safe against injection.

Every user-typed field (the activity's and the controller's) gets formula-injection payloads
with each trigger character, after leading spaces and after embedded line breaks; the
spreadsheets must hold them as visible, reversible text, the HTML must escape them.
"""

from __future__ import annotations

import csv
from dataclasses import fields
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest
from contactbook.domain.register import (
    ActivityTally,
    PersonalDataCategory,
    Register,
    register_entry,
)
from contactbook.interchange.register_csv import write_register_csv
from contactbook.interchange.register_html import register_html
from contactbook.interchange.register_labels import COLUMNS, Language, basis_text
from contactbook.interchange.register_xlsx import row_height, write_register_xlsx
from contactbook.interchange.spreadsheet_safety import (
    FORMULA_TRIGGERS,
    restore_cell,
    safe_cell,
)

DAY = date(2025, 3, 14)
ACTIVITY_TEXT_FIELDS = (
    "name",
    "purposes",
    "data_subject_categories",
    "personal_data_categories",
    "recipients",
    "processors",
    "third_country_transfers",
    "transfer_safeguards",
    "retention_period",
    "security_measures",
    "remarks",
)
CONTROLLER_FIELDS = tuple(f.name for f in fields(ControllerDetails))

# One payload per trigger, alone, after spaces, and on a later line.
PAYLOADS = [
    *(f"{t}cmd|' /C calc'!A0" for t in ("=", "+", "-", "@")),
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    '   =HYPERLINK("http://evil.example","klik")',
    "  +31 6 12345678",
    "\u00a0@SUM(A1:A9)",
    "Klanten\n=1+1",
    "Klanten\r\n  -2+3",
    "Klanten\n\t@x",
]


def spreadsheet_like_formula(value: str) -> bool:
    """Would a spreadsheet take this (unquoted) text for a formula?"""
    lines = [value, *value.splitlines()]
    return any(line.lstrip(" \u00a0").startswith(FORMULA_TRIGGERS) for line in lines)


def hostile_register(payload: str, *, with_contacts: bool = True) -> Register:
    """Every user-typed field of activity and controller set to (a variant of) ``payload``."""
    texts = {name: f"{payload}" for name in ACTIVITY_TEXT_FIELDS}
    texts["name"] = f"{payload} #1"  # names are unique; keep the payload at the start
    activity = ProcessingActivity(
        **texts,
        default_legal_basis=LegalBasis.LEGITIMATE_INTEREST,
        balancing_test=BalancingTest(payload, payload, payload, DAY),
    )
    controller = ControllerDetails(**{name: payload for name in CONTROLLER_FIELDS})
    tally = ActivityTally(
        linked=3,
        data_subjects=2,
        categories={PersonalDataCategory.NAME: 2},
        bases={LegalBasis.LEGITIMATE_INTEREST: 2},
        assessment_missing=1,
    )
    entry = register_entry(activity, tally if with_contacts else ActivityTally())
    return Register(controller=controller, drawn_up_on=DAY, entries=(entry,))


def plain_register() -> Register:
    activity = ProcessingActivity(
        name="Klantbeheer",
        purposes="Orders uitvoeren",
        data_subject_categories="Klanten",
        recipients="Boekhouder",
        processors="Exact Online",
        third_country_transfers="Verenigde Staten",
        transfer_safeguards="SCC's",
        retention_period="7 jaar",
        security_measures="Versleutelde laptop",
        default_legal_basis=LegalBasis.CONTRACT,
    )
    tally = ActivityTally(
        linked=5,
        data_subjects=4,
        categories={PersonalDataCategory.NAME: 4, PersonalDataCategory.POSTAL_ADDRESS: 1},
        bases={LegalBasis.CONTRACT: 3, LegalBasis.CONSENT: 1},
    )
    controller = ControllerDetails(
        company="Bakkerij Bos & Zn.",
        street="Markt 1",
        postcode="8011 LV",
        city="Zwolle",
        kvk_number="12345678",
        email="info@bos.nl",
    )
    return Register(controller, DAY, (register_entry(activity, tally),))


# --- the safety of one cell -------------------------------------------------------------


@pytest.mark.parametrize("payload", PAYLOADS)
def test_safe_cell_neutralises_visibly_and_reversibly(payload: str) -> None:
    safe = safe_cell(payload)
    assert safe.startswith("'")
    assert restore_cell(safe) == payload


@pytest.mark.parametrize(
    "text",
    ["Klantbeheer", "'t Hart", "jan@bos.nl", "06-12345678", "", "a = b", "'=1", "''-2", "'"],
)
def test_safe_cell_round_trips_everything(text: str) -> None:
    assert restore_cell(safe_cell(text)) == text
    assert not spreadsheet_like_formula(safe_cell(text)) or safe_cell(text).startswith("'")


def test_harmless_text_is_left_alone() -> None:
    assert safe_cell("'t Hart") == "'t Hart"
    assert safe_cell("jan@bos.nl") == "jan@bos.nl"
    assert safe_cell("'=1") == "''=1"  # else restoring would give a formula back


# --- XLSX -------------------------------------------------------------------------------


def xlsx_strings(path: Path) -> list[str]:
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    values = []
    for row in sheet.iter_rows():
        for cell in row:
            assert cell.data_type != "f", f"{cell.coordinate} is a formula"
            if isinstance(cell.value, str):
                values.append(cell.value)
    return values


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_xlsx_holds_no_formula(tmp_path: Path, payload: str, language: Language) -> None:
    path = tmp_path / "register.xlsx"
    write_register_xlsx(hostile_register(payload), language, path)
    strings = xlsx_strings(path)
    for value in strings:
        if spreadsheet_like_formula(value):
            assert value.startswith("'"), repr(value)
    sheet = openpyxl.load_workbook(path).active
    name = _xml_newlines(f"'{payload} #1")
    purposes = [row[1].value for row in sheet.iter_rows() if row[0].value == name]
    # XML turns a lone CR into LF when the file is read; otherwise the text is as typed
    assert [restore_cell(value) for value in purposes] == [_xml_newlines(payload)]


def _xml_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize(
    ("language", "headings"),
    [
        (
            "nl",
            [
                "Doeleinden",
                "Grondslag",
                "Categorieën van betrokkenen",
                "Categorieën van persoonsgegevens",
                "Ontvangers",
                "Doorgifte",
                "Bewaartermijn",
                "Beveiligingsmaatregelen",
                "Opmerkingen",
                "Gegevens in het bestand",
                "Aantal betrokkenen",
                "Grondslagen in gebruik",
            ],
        ),
        (
            "en",
            ["Purposes", "Legal basis", "Retention period", "Number of data subjects"],
        ),
    ],
)
def test_xlsx_layout(tmp_path: Path, language: Language, headings: list[str]) -> None:
    path = tmp_path / "register.xlsx"
    write_register_xlsx(plain_register(), language, path)
    sheet = openpyxl.load_workbook(path).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    [header_index] = [i for i, row in enumerate(rows) if row[0] == COLUMNS[0].heading(language)]
    header = rows[header_index]
    for heading in headings:
        assert heading in header
    # header block: controller and date above the table
    block = {row[0]: row[2] for row in rows[1:header_index] if row[0]}
    assert block[("Verwerkingsverantwoordelijke" if language == "nl" else "Controller")] == (
        "Bakkerij Bos & Zn."
    )
    date_label = "Datum" if language == "nl" else "Date"
    assert block[date_label].date() == DAY
    # one row per activity; the count is a number
    data = rows[header_index + 1]
    assert data[0] == "Klantbeheer"
    assert data[header.index(COLUMNS[11].heading(language))] == 4
    assert "Exact Online" in data[header.index(COLUMNS[5].heading(language))]
    # frozen header, wrapped text, widths, printing on A4 landscape fitted to the width
    assert sheet.freeze_panes == f"B{header_index + 2}"
    assert sheet.cell(row=header_index + 2, column=2).alignment.wrap_text
    assert sheet.column_dimensions["B"].width == COLUMNS[1].width
    assert sheet.page_setup.orientation == "landscape"
    assert str(sheet.page_setup.paperSize) == "9"  # A4
    assert sheet.page_setup.fitToWidth == 1
    assert sheet.page_setup.fitToHeight == 0
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.print_title_rows == f"${header_index + 1}:${header_index + 1}"
    assert "&&" in sheet.oddHeader.left.text  # the "&" of the company is not a code


def test_xlsx_survives_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    write_register_xlsx(hostile_register("Klant\x00\x07\x1b"), "nl", path)
    assert any(value.startswith("Klant") for value in xlsx_strings(path))


def test_xlsx_of_an_empty_register(tmp_path: Path) -> None:
    path = tmp_path / "register.xlsx"
    write_register_xlsx(Register(ControllerDetails(), DAY, ()), "en", path)
    assert "There are no activities yet." in xlsx_strings(path)


def test_row_height_grows_with_wrapped_text() -> None:
    assert row_height(["kort", 3], [20, 10]) < row_height(["lang " * 40, 3], [20, 10])
    assert row_height(["a\nb\nc"], [20]) > row_height(["a"], [20])


# --- CSV --------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "separator"), [("nl", ";"), ("en", ",")])
def test_csv_is_utf8_with_bom_and_the_expected_separator(
    tmp_path: Path, language: Language, separator: str
) -> None:
    path = tmp_path / "register.csv"
    write_register_csv(plain_register(), language, path)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=separator))
    assert rows[0] == [column.heading(language) for column in COLUMNS]
    assert len(rows) == 2
    assert rows[1][0] == "Klantbeheer"
    assert rows[1][11] == "4"
    if language == "nl":
        assert "Categorieën van persoonsgegevens" in rows[0]
        assert rows[1][2] == "Overeenkomst"
    else:
        assert rows[1][2] == "Contract"


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize("payload", PAYLOADS)
def test_csv_holds_no_formula(tmp_path: Path, payload: str, language: Language) -> None:
    path = tmp_path / "register.csv"
    write_register_csv(hostile_register(payload), language, path)
    separator = ";" if language == "nl" else ","
    with path.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=separator))
    assert len(rows) == 2
    for value in rows[1]:
        if spreadsheet_like_formula(value):
            assert value.startswith("'"), repr(value)
    assert restore_cell(rows[1][1]) == payload  # purposes, as typed


# --- HTML -------------------------------------------------------------------------------


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


MARKUP = '<script>alert("x")</script><img src=x onerror=alert(1)> & "quotes" \'single\''


@pytest.mark.parametrize("language", ["nl", "en"])
def test_html_escapes_every_user_text(language: Language) -> None:
    page = register_html(hostile_register(MARKUP), language)
    assert "<script>" not in page
    assert "<img" not in page
    assert "&lt;script&gt;" in page
    parser = _TextCollector()
    parser.feed(page)
    assert "script" not in parser.tags
    assert "img" not in parser.tags
    assert MARKUP in "".join(parser.text).replace("\n", "")


@pytest.mark.parametrize("language", ["nl", "en"])
def test_html_is_a_readable_printable_page(language: Language) -> None:
    page = register_html(plain_register(), language)
    assert page.startswith("<!DOCTYPE html>")
    assert f'<html lang="{language}">' in page
    assert '<meta charset="utf-8">' in page
    assert "@media print" in page
    assert "A4 landscape" in page
    assert "Bakkerij Bos &amp; Zn." in page
    if language == "nl":
        assert "Register van verwerkingsactiviteiten" in page
        assert "14-03-2025" in page
        assert "Bewaartermijn" in page
    else:
        assert "Register of processing activities" in page
        assert "2025-03-14" in page
    assert "Klantbeheer" in page


def test_html_keeps_line_breaks_and_drops_control_characters() -> None:
    page = register_html(hostile_register("regel een\nregel twee\x07"), "nl")
    assert "regel een<br>regel twee" in page
    assert "\x07" not in page


@pytest.mark.parametrize("payload", PAYLOADS)
def test_html_shows_payloads_as_typed(payload: str) -> None:
    parser = _TextCollector()
    parser.feed(register_html(hostile_register(payload), "en"))
    shown = "".join(parser.text)
    for line in payload.splitlines():
        assert line.strip() in shown


# --- labels -----------------------------------------------------------------------------


def test_basis_text_tells_the_state_of_the_balancing_test() -> None:
    lia = LegalBasis.LEGITIMATE_INTEREST
    missing = ProcessingActivity(name="a", default_legal_basis=lia)
    done = ProcessingActivity(
        name="a", default_legal_basis=lia, balancing_test=BalancingTest("p", "n", "b", DAY)
    )
    assert basis_text(missing, "nl") == "Gerechtvaardigd belang — belangenafweging ontbreekt"
    assert basis_text(done, "en") == "Legitimate interest (balancing test recorded on 2025-03-14)"
