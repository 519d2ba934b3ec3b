"""``contactbook register export``: the register of processing activities as a file.

The format follows from the file name (``.xlsx``, ``.csv``, ``.pdf``, ``.html``) unless
``--format`` says otherwise; the language is ``--lang`` after ``export``, else the global
``--lang``, else the book's language setting, else Dutch. PDF is laid out by Qt, which is
loaded (offscreen, no window) only for that format.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from contactbook.cli.arguments import UsageError
from contactbook.cli.registry import add_command_parser
from contactbook.interchange.register_labels import LANGUAGES, Language
from contactbook.services.book import Book
from contactbook.services.book_settings import book_language
from contactbook.services.register import (
    PdfRenderer,
    RegisterFormat,
    export_register,
    format_from_suffix,
)


def add_register_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``register`` command to ``commands`` (its help line from the registry)."""
    add_command_parser(commands, "register")


def add_register_arguments(register: argparse.ArgumentParser) -> None:
    """``register export -o FILE [--format xlsx|csv|pdf|html] [--lang nl|en]``."""
    actions = register.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(register)
    )
    export = actions.add_parser(
        "export",
        help="write the register as XLSX, CSV, PDF or HTML",
        description="Write the register of processing activities, with the facts derived "
        "from the contacts, to a file. Archived activities are left out.",
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE")
    export.add_argument(
        "--format",
        dest="register_format",
        choices=[f.value for f in RegisterFormat],
        help="default: from the file name's suffix",
    )
    export.add_argument(
        "--lang",
        dest="register_language",
        choices=list(LANGUAGES),
        help="language of the register (default: the global --lang, the book's setting, nl)",
    )


def cmd_register(book: Book, args: argparse.Namespace) -> int:
    """Run ``register export``; returns the exit code."""
    path = Path(args.output).expanduser()
    fmt = _format(args, path)
    language = _language(book, args)
    if path.is_dir():
        raise UsageError(f"register export: {path} is a folder; give a file name")
    if not path.parent.is_dir():
        raise UsageError(f"register export: the folder {path.parent} does not exist")
    register = export_register(book, path, fmt, language, render_pdf=_pdf_renderer(fmt))
    count = len(register.entries)
    print(
        f"Saved the register of processing activities ({count} "
        f"{'activity' if count == 1 else 'activities'}, {fmt.value}, {language}) to {path}."
    )
    if not register.controller.company.strip():
        print(
            "Note: your business details are empty; the register should name the controller "
            "(contactbook settings set controller.company 'Your company')."
        )
    attention = [entry.activity.name for entry in register.entries if entry.warnings]
    if attention:
        need = "activity needs" if len(attention) == 1 else "activities need"
        print(
            f"Note: {len(attention)} {need} attention: {', '.join(attention)} "
            "(see the column 'Aandachtspunten' / 'Points for attention')."
        )
    return 0


def _format(args: argparse.Namespace, path: Path) -> RegisterFormat:
    if args.register_format:
        return RegisterFormat(args.register_format)
    fmt = format_from_suffix(path)
    if fmt is None:
        raise UsageError(
            f"register export: cannot tell the format from {path.name!r}; "
            "give --format xlsx, csv, pdf or html"
        )
    return fmt


def _language(book: Book, args: argparse.Namespace) -> Language:
    chosen = args.register_language or getattr(args, "lang", None) or book_language(book) or "nl"
    return "en" if chosen == "en" else "nl"


def _pdf_renderer(fmt: RegisterFormat) -> PdfRenderer | None:
    if fmt is not RegisterFormat.PDF:
        return None
    # Qt needs no screen for a PDF; set before Qt is first imported.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from contactbook.ui.register.register_pdf import write_register_pdf

    return write_register_pdf
