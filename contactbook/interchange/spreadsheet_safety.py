"""Cells that a spreadsheet would run as a formula are written as plain text instead."""

from __future__ import annotations

# A cell starting with one of these, even after spaces or on a later line, can be a formula
# in Excel, LibreOffice or Google Sheets (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")


def safe_cell(value: str) -> str:
    """Prefix a quote to text a spreadsheet could take for a formula; leave the rest alone."""
    if any(line.lstrip(" ").startswith(FORMULA_TRIGGERS) for line in value.splitlines() or [""]):
        return "'" + value
    if value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value
