"""Printing results: aligned tables for people, JSON and CSV for scripts."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from contactbook.interchange.spreadsheet_safety import safe_cell


def print_json(value: Any, stream: TextIO | None = None) -> None:
    out = stream or sys.stdout
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    for line in (headers, *rows):
        print("  ".join(cell.ljust(w) for cell, w in zip(line, widths, strict=True)).rstrip())


def print_csv(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    # RFC 4180 line ends: with "\n" the csv module leaves a value holding a bare "\r"
    # unquoted, and the row falls apart when a spreadsheet reads it back.
    writer = csv.writer(sys.stdout, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([safe_cell(cell) for cell in row] for row in rows)
