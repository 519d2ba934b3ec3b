"""Commands that move contacts in and out: ``import`` and ``export vcard``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from contactbook.cli.contact_commands import contact_filter
from contactbook.cli.parser import UsageError
from contactbook.domain.enums import Scope
from contactbook.interchange.atomic_file import atomic_open
from contactbook.services.book import Book
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import ImportFileError, ImportOptions, import_files

EXIT_ATTENTION = 1


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
