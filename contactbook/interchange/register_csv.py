"""The register as CSV: UTF-8 with a byte order mark, so Excel reads the accents right.

Dutch Excel expects ``;`` between fields (the comma is the decimal sign there); English
Excel expects ``,``. Every text cell goes through :func:`safe_cell` against formula injection.
The file holds the table only (a header row and one row per activity): CSV is for programs,
the controller's details are in the XLSX, HTML and PDF.
"""

from __future__ import annotations

import csv
from pathlib import Path

from contactbook.domain.register import Register
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.register_labels import COLUMNS, Language, register_rows
from contactbook.interchange.spreadsheet_safety import safe_cell

SEPARATORS: dict[Language, str] = {"nl": ";", "en": ","}


def write_register_csv(register: Register, language: Language, path: Path) -> None:
    """Write the register's table to ``path`` (UTF-8 with BOM, CRLF line ends as Excel writes)."""
    with atomic_open(path, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=SEPARATORS[language], lineterminator="\r\n")
        writer.writerow([safe_cell(column.heading(language)) for column in COLUMNS])
        for row in register_rows(register, language):
            writer.writerow(
                [str(value) if isinstance(value, int) else safe_cell(value) for value in row]
            )
