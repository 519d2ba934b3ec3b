"""The register as an Excel workbook: what a Dutch owner hands to an accountant or the AP.

A header block with the controller's details and the date, then one row per activity with
the Art. 30 columns, the legal basis, remarks and the facts derived from the contacts. The
header row is frozen, text wraps, and the sheet prints on A4 landscape, fitted to the width.
Every text cell goes through :func:`safe_cell`, so nothing typed by a user runs as a formula.
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from contactbook.domain.register import Register
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.register_labels import (
    COLUMNS,
    Language,
    controller_lines,
    derived_note,
    format_date,
    register_rows,
    word,
)
from contactbook.interchange.spreadsheet_safety import safe_cell

# Characters an XLSX file cannot hold (XML 1.0); openpyxl refuses them with an error.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_CELL = 32_767  # Excel's limit on the characters in one cell
_VALUE_COLUMN = 3  # of the header block
_LINE_PT = 13.0  # height of one line of 10 pt text
_MAX_ROW_PT = 409.0  # Excel's highest row

_FONT = "Calibri"
_TITLE = Font(name=_FONT, size=14, bold=True)
_LABEL = Font(name=_FONT, size=10, bold=True)
_TEXT = Font(name=_FONT, size=10)
_NOTE = Font(name=_FONT, size=9, italic=True, color="555555")
_HEADING = Font(name=_FONT, size=10, bold=True)
_HEADING_FILL = PatternFill("solid", fgColor="DDE5EE")
_DERIVED_FILL = PatternFill("solid", fgColor="EEF3E6")
_THIN = Side(style="thin", color="A6A6A6")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP_TOP = Alignment(wrap_text=True, vertical="top")
_NUMBER = Alignment(horizontal="right", vertical="top")


def text_cell(value: str) -> str:
    """A user's text as a cell can hold it: no control characters, no formula, not too long.

    Line breaks become ``\n``, as Excel stores them: XML turns a bare ``\r`` into ``\n``
    on reading anyway, and a cell must read back as it was written.
    """
    cleaned = _ILLEGAL.sub(" ", value.replace("\r\n", "\n").replace("\r", "\n"))
    return safe_cell(cleaned)[:_MAX_CELL]


def row_height(values: Sequence[str | int], widths: Sequence[int]) -> float:
    """Points needed to show every line of wrapped text in a row.

    Spreadsheets store no heights for rows they have not laid out, and LibreOffice does not
    grow them on opening, so the writer estimates: 10 pt text fills about 1.1 character of
    width per unit (widths count the default 11 pt font's characters), less the cell margin.
    """
    lines = 1
    for value, width in zip(values, widths, strict=True):
        if isinstance(value, int):
            continue
        per_line = max(1, int(width * 1.1) - 2)
        needed = sum(max(1, math.ceil(len(part) / per_line)) for part in value.split("\n"))
        lines = max(lines, needed)
    return min(_MAX_ROW_PT, lines * _LINE_PT + 4)


def write_register_xlsx(register: Register, language: Language, path: Path) -> None:
    """Write the register as a one-sheet workbook to ``path`` (whole or not at all)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Verwerkingsregister" if language == "nl" else "Register"
    header_row = _write_header_block(sheet, register, language)
    last_row = _write_table(sheet, register, language, header_row)
    _write_note(sheet, language, last_row + 2)
    _set_up_printing(sheet, register, language, header_row)
    workbook.properties.title = word("title", language)
    workbook.properties.creator = _ILLEGAL.sub(" ", register.controller.company) or "contactbook"
    # Built in memory (a register is some kilobytes), then written in one go: openpyxl
    # writing straight to a file that hits a full disk leaves a broken zip object behind.
    content = io.BytesIO()
    workbook.save(content)
    with atomic_open(path, "wb") as stream:
        stream.write(content.getvalue())


def _write_header_block(sheet: Worksheet, register: Register, language: Language) -> int:
    """Title, controller details and date; returns the row of the table's headings."""
    title = f"{word('title', language)} ({word('article', language)})"
    sheet.cell(row=1, column=1, value=text_cell(title)).font = _TITLE
    row = 2
    for label, value in controller_lines(register.controller, language):
        sheet.cell(row=row, column=1, value=text_cell(label)).font = _LABEL
        # the value one column further on, so that a long label can run into the empty one
        sheet.cell(row=row, column=_VALUE_COLUMN, value=text_cell(value)).font = _TEXT
        row += 1
    sheet.cell(row=row, column=1, value=text_cell(word("date", language))).font = _LABEL
    date_cell = sheet.cell(row=row, column=_VALUE_COLUMN, value=register.drawn_up_on)
    date_cell.number_format = "DD-MM-YYYY" if language == "nl" else "YYYY-MM-DD"
    date_cell.font = _TEXT
    date_cell.alignment = Alignment(horizontal="left")
    return row + 2


def _write_table(sheet: Worksheet, register: Register, language: Language, header_row: int) -> int:
    """The headings and one row per activity; returns the last row written."""
    widths = [column.width for column in COLUMNS]
    headings = [column.heading(language) for column in COLUMNS]
    sheet.row_dimensions[header_row].height = row_height(headings, widths)
    for number, column in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=header_row, column=number, value=text_cell(column.heading(language)))
        cell.font = _HEADING
        cell.fill = _HEADING_FILL
        cell.border = _BOX
        cell.alignment = _WRAP_TOP
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    row = header_row
    for row, values in enumerate(register_rows(register, language), start=header_row + 1):
        sheet.row_dimensions[row].height = row_height(values, widths)
        for number, (column, value) in enumerate(zip(COLUMNS, values, strict=True), start=1):
            if isinstance(value, int):
                cell = sheet.cell(row=row, column=number, value=value)
                cell.alignment = _NUMBER
            else:
                cell = sheet.cell(row=row, column=number, value=text_cell(value))
                cell.alignment = _WRAP_TOP
            cell.font = _TEXT
            cell.border = _BOX
            if column.derived:
                cell.fill = _DERIVED_FILL
    if not register.entries:
        row = header_row + 1
        sheet.cell(row=row, column=1, value=text_cell(word("no_entries", language))).font = _TEXT
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=2)
    return row


def _write_note(sheet: Worksheet, language: Language, row: int) -> None:
    """Where the derived columns come from, under the table across its width."""
    cell = sheet.cell(row=row, column=1, value=text_cell(derived_note(language)))
    cell.font = _NOTE
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(COLUMNS))
    # Spreadsheets do not grow merged rows to fit; two lines hold the note at full width.
    sheet.row_dimensions[row].height = 30


def _set_up_printing(
    sheet: Worksheet, register: Register, language: Language, header_row: int
) -> None:
    setup = sheet.page_setup
    setup.orientation = "landscape"
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.fitToWidth = 1
    setup.fitToHeight = 0  # as many pages down as needed
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # inches; the header and footer sit in the top and bottom margins, clear of the table
    sheet.page_margins = PageMargins(
        left=0.4, right=0.4, top=0.75, bottom=0.75, header=0.3, footer=0.3
    )
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.gridLines = False
    # Header and footer codes: &P page, &N pages; "&" in a company name must be doubled.
    # Excel allows 255 characters for a whole header.
    company = text_cell(register.controller.company)[:100].replace("&", "&&")
    sheet.oddHeader.left.text = company
    sheet.oddHeader.right.text = format_date(register.drawn_up_on, language)
    page = word("page", language).format(page="&P", pages="&N")
    sheet.oddFooter.center.text = page
    sheet.oddFooter.left.text = word("title", language)
