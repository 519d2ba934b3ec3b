"""Commands that move contacts in and out: ``import`` and ``export vcard``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from contactbook.cli.arguments import UsageError
from contactbook.cli.filters import add_filters, contact_filter
from contactbook.domain.enums import Scope
from contactbook.interchange.atomic_file import atomic_open
from contactbook.services.book import Book
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import ImportFileError, ImportOptions, import_files

EXIT_ATTENTION = 1


def add_import_arguments(importing: argparse.ArgumentParser) -> None:
    """``import FILE... [--scope S|suggested] [--dry-run] [--report FILE.json] [--force] …``."""
    importing.add_argument("files", nargs="+", metavar="FILE")
    importing.add_argument(
        "--scope",
        choices=[*(s.value for s in Scope), "suggested"],
        default=Scope.UNSORTED.value,
        help="scope of the new contacts (default: unsorted, to triage later; "
        "'suggested': business when a card has an organisation, job title or company address)",
    )
    importing.add_argument(
        "--dry-run", action="store_true", help="show what would happen and change nothing"
    )
    importing.add_argument("--report", metavar="FILE.json", help="write the report as JSON")
    importing.add_argument(
        "--force",
        action="store_true",
        help="also add people who were erased earlier at their request",
    )
    importing.add_argument(
        "--activity",
        action="append",
        default=[],
        metavar="NAME",
        help="link the new business contacts to this processing activity",
    )


def add_export_arguments(export: argparse.ArgumentParser) -> None:
    """``export vcard -o FILE [--version 3.0|4.0] [filters]``."""
    export_kinds = export.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=type(export)
    )
    vcard = export_kinds.add_parser("vcard", help="as a vCard file phones and mail programs read")
    vcard.add_argument("-o", "--output", required=True, metavar="FILE")
    vcard.add_argument("--version", choices=["3.0", "4.0"], default="3.0", dest="vcard_version")
    add_filters(vcard)


def cmd_import(book: Book, args: argparse.Namespace) -> int:
    options = ImportOptions(
        scope=None if args.scope == "suggested" else Scope(args.scope),
        dry_run=args.dry_run,
        force=args.force,
        activities=tuple(args.activity),
    )
    try:
        report = import_files(book, [Path(f) for f in args.files], options)
    except ImportFileError as error:
        raise UsageError(f"import: {error}") from error
    if args.report:
        with atomic_open(Path(args.report)) as stream:
            stream.write(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n")
    print(report.summary())
    for problem in report.rejected:
        where = f"{problem.file}:{problem.line}"
        print(f"  not imported: {where} {problem.name or '(no name)'}: {problem.reason}")
    for note in report.suppressed:
        print(f"  held back: {note.file}:{note.line} {note.name}: {note.note}")
    for merge in report.merges:
        print(
            f"  merged: {merge.file}:{merge.line} into {merge.name} (id {merge.contact_id}): "
            f"added {', '.join(merge.added)}"
        )
    for note in report.notes:
        print(f"  note: {note.file}:{note.line} {note.name}: {note.note}")
    if report.dry_run:
        print("Dry run: nothing was changed.")
    return EXIT_ATTENTION if report.needs_attention else 0


def cmd_export(book: Book, args: argparse.Namespace) -> int:
    written = export_vcards(book, Path(args.output), contact_filter(args), args.vcard_version)
    print(f"Exported {written} contacts to {args.output} (vCard {args.vcard_version}).")
    return 0
