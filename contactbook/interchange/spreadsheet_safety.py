"""Cells that a spreadsheet would run as a formula are written as plain text instead.

Excel, LibreOffice and Google Sheets take a cell that starts with ``=``, ``+``, ``-`` or
``@`` (and, through tricks with tab and line breaks, with those) for a formula: the CSV or
formula injection of OWASP. A user-typed text such as ``=HYPERLINK("http://…")`` in a
contact's note must reach the spreadsheet as text. The neutralisation is visible (a single
quote in front, as spreadsheet users know it) and reversible with :func:`restore_cell`.
"""

from __future__ import annotations

# A cell starting with one of these, even after spaces or on a later line, can be a formula
# in Excel, LibreOffice or Google Sheets (CSV injection).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
# Spaces a spreadsheet skips before it looks for a formula: the plain one and the no-break
# ones that pasted text often brings along.
_LEADING_SPACES = " \u00a0\u2007\u202f\u3000"
QUOTE = "'"


def _could_be_formula(value: str) -> bool:
    # Also after leading spaces: "   \r=1" has its formula on the line after the \r, and a
    # spreadsheet that drops the spaces and the line break would run it.
    if value.lstrip(_LEADING_SPACES).startswith(FORMULA_TRIGGERS):
        return True
    # splitlines() also breaks at \v, \f, \x1c-\x1e, \x85 and \u2028/\u2029: a line after
    # any of them is checked too.
    return any(
        line.lstrip(_LEADING_SPACES).startswith(FORMULA_TRIGGERS) for line in value.splitlines()
    )


def _needs_quote(value: str) -> bool:
    # A value that already starts with quotes gets one more when, without its quotes, it
    # could be a formula: "'=1" must not come back from restore_cell as "=1".
    if _could_be_formula(value):
        return True
    unquoted = value.lstrip(QUOTE)
    return unquoted != value and _could_be_formula(unquoted)


def safe_cell(value: str) -> str:
    """Prefix a quote to text a spreadsheet could take for a formula; leave the rest alone."""
    return QUOTE + value if _needs_quote(value) else value


def restore_cell(value: str) -> str:
    """The text as typed, from what :func:`safe_cell` made of it."""
    if value.startswith(QUOTE) and _needs_quote(value[1:]):
        return value[1:]
    return value
