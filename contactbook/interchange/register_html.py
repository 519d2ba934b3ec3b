"""The register as one HTML page: readable on screen, printable, and the source of the PDF.

Every text typed by a user is escaped, so a name such as ``<script>`` is shown, never run.
The page keeps to the HTML and CSS that Qt's rich text understands as well, because the PDF
is this page laid out by ``QTextDocument``; browsers get a print stylesheet on top.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from contactbook.domain.register import Register, RegisterEntry
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.register_labels import (
    COLUMNS,
    Language,
    controller_lines,
    derived_note,
    entry_cells,
    format_date,
    word,
)

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")

# Simple selectors and properties only: Qt's rich text ignores the rest (and takes padding
# in px only). The @media block is for browsers.
STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt;
       color: #1a1a1a; }
h1 { font-size: 16pt; margin-bottom: 2px; }
h2 { font-size: 12.5pt; margin-top: 20px; margin-bottom: 6px; color: #1f3a5a; }
h2.activity { page-break-before: always; }
p.sub { color: #555555; margin-top: 0; }
table { border-collapse: collapse; }
table.controller td { padding: 1px 16px 1px 0; vertical-align: top; }
table.controller td.label { font-weight: bold; }
table.overview { width: 100%; }
table.overview th { background-color: #dde5ee; text-align: left; padding: 4px 6px;
                    border: 1px solid #a6a6a6; }
table.overview td { padding: 4px 6px; vertical-align: top; border: 1px solid #a6a6a6; }
table.fields { width: 100%; }
table.fields th { width: 28%; text-align: left; vertical-align: top; padding: 3px 6px;
                  background-color: #f0f3f7; border: 1px solid #c8c8c8; font-weight: bold; }
table.fields td { vertical-align: top; padding: 3px 6px; border: 1px solid #c8c8c8; }
table.fields th.derived { background-color: #eef3e6; }
td.number { text-align: right; }
.warning { color: #8a4b00; }
p.note { color: #555555; font-size: 8.5pt; margin-top: 8px; }
@media print {
  @page { size: A4 landscape; margin: 14mm; }
  body { font-size: 9.5pt; }
  h2 { page-break-after: avoid; }
  table.fields, tr { page-break-inside: avoid; }
}
"""


def text(value: str) -> str:
    """A user's text as HTML: escaped, control characters dropped, line breaks kept."""
    return html.escape(_CONTROL.sub(" ", value), quote=True).replace("\n", "<br>")


def write_register_html(register: Register, language: Language, path: Path) -> None:
    """Write the page to ``path`` as UTF-8, whole or not at all."""
    with atomic_open(path, encoding="utf-8", newline="") as stream:
        stream.write(register_html(register, language))


def register_html(register: Register, language: Language) -> str:
    """The whole page as a string."""
    title = word("title", language)
    company = register.controller.company.strip()
    heading = f"{title} — {company}" if company else title
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{text(heading)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        f"<h1>{text(title)}</h1>",
        f'<p class="sub">{text(word("article", language))}</p>',
        _controller_block(register, language),
        _overview(register, language),
        f'<p class="note">{text(derived_note(language))}</p>',
        *(_entry_block(entry, language) for entry in register.entries),
        "</body>",
        "</html>",
    ]
    return "\n".join(parts) + "\n"


def _controller_block(register: Register, language: Language) -> str:
    lines = controller_lines(register.controller, language)
    lines.append((word("date", language), format_date(register.drawn_up_on, language)))
    rows = "".join(
        f'<tr><td class="label">{text(label)}</td><td>{text(value)}</td></tr>'
        for label, value in lines
    )
    return f'<table class="controller">{rows}</table>'


_OVERVIEW_KEYS = ("name", "basis", "subjects", "retention", "warnings")


def _overview(register: Register, language: Language) -> str:
    if not register.entries:
        return f"<p>{text(word('no_entries', language))}</p>"
    headings = {column.key: column.heading(language) for column in COLUMNS}
    head = "".join(f"<th>{text(headings[key])}</th>" for key in _OVERVIEW_KEYS)
    body = []
    for entry in register.entries:
        cells = entry_cells(entry, language)
        row = []
        for key in _OVERVIEW_KEYS:
            value = cells[key]
            if isinstance(value, int):
                row.append(f'<td class="number">{value}</td>')
            elif key == "warnings" and value:
                row.append(f'<td class="warning">{text(value)}</td>')
            else:
                row.append(f"<td>{text(value)}</td>")
        body.append("<tr>" + "".join(row) + "</tr>")
    return (
        f"<h2>{text(word('summary', language))}</h2>"
        f'<table class="overview" cellspacing="0">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"
    )


def _entry_block(entry: RegisterEntry, language: Language) -> str:
    cells = entry_cells(entry, language)
    rows = []
    for column in COLUMNS[1:]:
        value = cells[column.key]
        label_class = ' class="derived"' if column.derived else ""
        shown = str(value) if isinstance(value, int) else text(value)
        value_class = ' class="warning"' if column.key == "warnings" and value else ""
        rows.append(
            f"<tr><th{label_class}>{text(column.heading(language))}</th>"
            f"<td{value_class}>{shown or '—'}</td></tr>"
        )
    return (
        f'<h2 class="activity">{text(entry.activity.name)}</h2>'
        f'<table class="fields" cellspacing="0">{"".join(rows)}</table>'
    )
