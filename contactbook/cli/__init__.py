"""The command line (CLI.md): the same services as the window, for scripts and terminals.

Exit codes: 0 done; 1 done but something needs attention; 2 unusable input or arguments,
with one line on stderr saying what is wrong. Never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

import platformdirs

from contactbook import APP_NAME
from contactbook.cli.activity_commands import cmd_activity, cmd_settings
from contactbook.cli.backup_commands import cmd_backup, cmd_restore, print_damage
from contactbook.cli.contact_commands import (
    cmd_consent,
    cmd_demo,
    cmd_edit,
    cmd_list,
    cmd_show,
)
from contactbook.cli.duplicate_commands import cmd_duplicates, cmd_merge
from contactbook.cli.interchange_commands import cmd_export, cmd_import
from contactbook.cli.mailing_commands import cmd_mailing
from contactbook.cli.parser import UsageError, build_parser
from contactbook.cli.register_commands import cmd_register
from contactbook.cli.rights_commands import cmd_audit, cmd_retention, cmd_subject
from contactbook.domain.scope_change import ScopeChangeError
from contactbook.paths import database_path
from contactbook.services.book import Book, open_book
from contactbook.storage.backup import DamagedDatabaseError
from contactbook.storage.database import is_damage
from contactbook.storage.errors import StorageError

EXIT_OK = 0
EXIT_ATTENTION = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70

Command = Callable[[Book, argparse.Namespace], int]
COMMANDS: dict[str, Command] = {
    "demo": cmd_demo,
    "import": cmd_import,
    "export": cmd_export,
    "duplicates": cmd_duplicates,
    "merge": cmd_merge,
    "register": cmd_register,
    "mailing": cmd_mailing,
    "list": cmd_list,
    "show": cmd_show,
    "edit": cmd_edit,
    "consent": cmd_consent,
    "activity": cmd_activity,
    "settings": cmd_settings,
    "subject": cmd_subject,
    "backup": cmd_backup,
    "retention": cmd_retention,
    "audit": cmd_audit,
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(arguments)
        path = database_path(args.db)
        if args.command in (None, "gui"):
            return _run_gui(path, args)
        return _run_command(path, args)
    except UsageError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        print("contactbook: interrupted", file=sys.stderr)
        return 130


def main_gui() -> int:
    """Entry point of the desktop launcher: always the window."""
    return main(["gui", *sys.argv[1:]] if len(sys.argv) > 1 else ["gui"])


def _run_gui(path: Path, args: argparse.Namespace) -> int:
    from contactbook.app import run_gui  # Qt loads only when the window is wanted

    return run_gui(
        path,
        screenshot=Path(args.screenshot) if getattr(args, "screenshot", None) else None,
        search=getattr(args, "search", "") or "",
        select=getattr(args, "select", None),
        view=getattr(args, "view", None),
        theme=getattr(args, "theme", "system"),
        language=args.lang,
    )


def _run_command(path: Path, args: argparse.Namespace) -> int:
    if args.command == "restore":  # the book may be the damaged file being replaced
        try:
            return cmd_restore(path, args)
        except (StorageError, sqlite3.Error) as error:
            return _fail(f"restore: {error}")
        except OSError as error:
            return _fail(f"restore: {error.strerror or error} ({error.filename or path})")
    try:
        book = open_book(path)
    except DamagedDatabaseError as error:
        print_damage(path, error)
        return EXIT_BAD_INPUT
    except (StorageError, sqlite3.Error, OSError) as error:
        return _fail(str(error))
    try:
        return _run_on_book(book, path, args)
    finally:
        book.close()


def _run_on_book(book: Book, path: Path, args: argparse.Namespace) -> int:
    try:
        return COMMANDS[args.command](book, args)
    except Exception as error:
        if is_damage(error):  # found halfway: say which backup puts it right
            print_damage(book.path, error)
            return EXIT_BAD_INPUT
        return _report_error(error, path, args)


def _report_error(error: Exception, path: Path, args: argparse.Namespace) -> int:
    """The one line for an error a user can act on; a bug of ours goes to the crash log."""
    if isinstance(error, StorageError | ScopeChangeError | ValueError):
        return _fail(f"{args.command}: {error}")
    if isinstance(error, UsageError):
        return _fail(str(error))
    if isinstance(error, BrokenPipeError):
        return EXIT_OK
    if isinstance(error, OSError):
        return _fail(f"{args.command}: {error.strerror or error} ({error.filename or path})")
    return _internal_error(error)


def _fail(message: str) -> int:
    print(f"contactbook: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _internal_error(error: Exception) -> int:
    log_dir = platformdirs.user_log_path(APP_NAME, appauthor=False)
    log_dir.mkdir(parents=True, exist_ok=True)
    log_file = log_dir / "crash.log"
    with log_file.open("a", encoding="utf-8") as log:
        traceback.print_exception(error, file=log)
    print(
        f"contactbook: something went wrong inside contactbook ({type(error).__name__}); "
        f"your data is unchanged. Details for a bug report are in {log_file}.",
        file=sys.stderr,
    )
    return EXIT_INTERNAL
