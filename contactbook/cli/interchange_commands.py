"""Commands that move contacts in and out: ``import`` and ``export vcard``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from contactbook.cli.arguments import UsageError
from contactbook.cli.filters import add_filters, contact_filter
from contactbook.domain.enums import Scope
from contactbook.domain.import_history import IMPORT_UNDO_DAYS
from contactbook.interchange.atomic_file import atomic_open
from contactbook.services.book import Book
from contactbook.services.import_undo import ImportUndoError, recent_imports, undo_import
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import ImportFileError, ImportOptions, import_files

EXIT_ATTENTION = 1


def add_import_arguments(importing: argparse.ArgumentParser) -> None:
    """``import FILE... [--scope S|suggested] [--dry-run] [--report FILE.json] [--force] …``,
    ``import list`` and ``import undo [NUMBER]``."""
    importing.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="the vCard files; or 'list' for the imports of the last 30 days, or "
        "'undo [NUMBER]' to undo an import (the newest when no number is given)",
    )
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
        "--no-merge",
        action="store_true",
        help="import every card as a contact of its own, even when it matches one in the book",
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
    action, *rest = args.files
    if action in ("list", "undo") and not Path(action).exists():
        return _import_list(book, rest) if action == "list" else _import_undo(book, rest)
    options = ImportOptions(
        scope=None if args.scope == "suggested" else Scope(args.scope),
        dry_run=args.dry_run,
        force=args.force,
        activities=tuple(args.activity),
        merge=not args.no_merge,
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
    verb = "would merge" if report.dry_run else "merged"
    for merge in report.merges:
        into = "an earlier card," if merge.into_new else f"{merge.name} (id {merge.contact_id}),"
        print(
            f"  {verb}: {merge.file}:{merge.line} {merge.card_name} into {into} "
            f"because of {', '.join(merge.evidence)}: adds {', '.join(merge.added)}"
        )
    for likely in report.likely:
        print(
            f"  possible duplicate: {likely.file}:{likely.line} {likely.name}, added on its own; "
            f"like {likely.other_name} (id {likely.other_id}): {', '.join(likely.evidence)}"
        )
    for note in report.notes:
        print(f"  note: {note.file}:{note.line} {note.name}: {note.note}")
    if report.dry_run:
        print("Dry run: nothing was changed.")
    elif report.import_id is not None:
        print(f"Import number {report.import_id}: 'contactbook import undo' takes it back.")
    return EXIT_ATTENTION if report.needs_attention else 0


def _import_list(book: Book, rest: list[str]) -> int:
    if rest:
        raise UsageError(f"import list: unexpected {rest[0]!r}")
    records = recent_imports(book)
    if not records:
        print(f"No imports in the last {IMPORT_UNDO_DAYS} days.")
    for record in records:
        state = (
            "can be undone"
            if record.can_undo
            else f"undone {record.undone_at:%Y-%m-%d %H:%M} UTC"
            if record.undone_at
            else "undone"
        )
        print(
            f"{record.id:>4}  {record.at:%Y-%m-%d %H:%M} UTC  {', '.join(record.files)}: "
            f"{record.added} added, {record.merged} merged into; {state}"
        )
    return 0


def _import_undo(book: Book, rest: list[str]) -> int:
    if len(rest) > 1 or (rest and not rest[0].isdigit()):
        raise UsageError("import undo: give at most one import number (see 'import list')")
    try:
        result = undo_import(book, int(rest[0]) if rest else None)
    except ImportUndoError as error:
        raise UsageError(f"import undo: {error}") from error
    print(
        f"Undid import {result.record.id} ({', '.join(result.record.files)}): "
        f"{result.removed} contacts removed, {result.restored} restored to what they were."
    )
    return 0


def cmd_export(book: Book, args: argparse.Namespace) -> int:
    written = export_vcards(book, Path(args.output), contact_filter(args), args.vcard_version)
    print(f"Exported {written} contacts to {args.output} (vCard {args.vcard_version}).")
    return 0
