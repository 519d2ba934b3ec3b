"""The command line (CLI.md): the same services as the window, for scripts and terminals.

Exit codes: 0 done; 1 done but something needs attention; 2 unusable input or arguments,
with one line on stderr saying what is wrong. Never a traceback for bad input.
"""

from __future__ import annotations

import argparse
import importlib
import sqlite3
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import platformdirs

from contactbook import APP_NAME
from contactbook.cli.parser import UsageError, build_parser
from contactbook.paths import database_path

if TYPE_CHECKING:
    from contactbook.services.book import Book

EXIT_OK = 0
EXIT_ATTENTION = 1
EXIT_BAD_INPUT = 2
EXIT_INTERNAL = 70

Command = Callable[["Book", argparse.Namespace], int]


def _lazy(module: str, name: str) -> Command:
    """A command whose module (and what that module needs) loads only when it runs.

    A start of ``contactbook list`` then pays for the list command alone, not for the
    spreadsheet, mail and vCard libraries of the other commands.
    """

    def run(book: Book, args: argparse.Namespace) -> int:
        command: Command = getattr(importlib.import_module(module), name)
        return command(book, args)

    run.__name__ = run.__qualname__ = name
    run.__doc__ = f"{module}.{name}, imported when it runs."
    return run


_CONTACTS = "contactbook.cli.contact_commands"
_ACTIVITIES = "contactbook.cli.activity_commands"
_RIGHTS = "contactbook.cli.rights_commands"
_DUPLICATES = "contactbook.cli.duplicate_commands"
_INTERCHANGE = "contactbook.cli.interchange_commands"
COMMANDS: dict[str, Command] = {
    "demo": _lazy(_CONTACTS, "cmd_demo"),
    "import": _lazy(_INTERCHANGE, "cmd_import"),
    "export": _lazy(_INTERCHANGE, "cmd_export"),
    "duplicates": _lazy(_DUPLICATES, "cmd_duplicates"),
    "merge": _lazy(_DUPLICATES, "cmd_merge"),
    "register": _lazy("contactbook.cli.register_commands", "cmd_register"),
    "mailing": _lazy("contactbook.cli.mailing_commands", "cmd_mailing"),
    "list": _lazy(_CONTACTS, "cmd_list"),
    "show": _lazy(_CONTACTS, "cmd_show"),
    "edit": _lazy(_CONTACTS, "cmd_edit"),
    "consent": _lazy(_CONTACTS, "cmd_consent"),
    "activity": _lazy(_ACTIVITIES, "cmd_activity"),
    "settings": _lazy(_ACTIVITIES, "cmd_settings"),
    "subject": _lazy(_RIGHTS, "cmd_subject"),
    "backup": _lazy("contactbook.cli.backup_commands", "cmd_backup"),
    "retention": _lazy(_RIGHTS, "cmd_retention"),
    "audit": _lazy(_RIGHTS, "cmd_audit"),
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser(arguments).parse_args(arguments)
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
    if args.command == "list":
        quick = _run_quick_list(path, args)
        if quick is not None:
            return quick
    from contactbook.services.book import open_book
    from contactbook.storage.backup import DamagedDatabaseError
    from contactbook.storage.errors import StorageError

    if args.command == "restore":  # the book may be the damaged file being replaced
        from contactbook.cli.backup_commands import cmd_restore

        try:
            return cmd_restore(path, args)
        except (StorageError, sqlite3.Error) as error:
            return _fail(f"restore: {error}")
        except OSError as error:
            return _fail(f"restore: {error.strerror or error} ({error.filename or path})")
    try:
        book = open_book(path)
    except DamagedDatabaseError as error:
        from contactbook.cli.backup_commands import print_damage

        print_damage(path, error)
        return EXIT_BAD_INPUT
    except (StorageError, sqlite3.Error, OSError) as error:
        return _fail(str(error))
    try:
        return _run_on_book(book, path, args)
    finally:
        book.close()


def _run_quick_list(path: Path, args: argparse.Namespace) -> int | None:
    """``list`` read straight from an up-to-date book (no SQLAlchemy: a quarter second less).

    None when the book needs the normal way (JSON output, an older schema, a missing, damaged
    or foreign file): that way then upgrades the book or says what is wrong.
    """
    from contactbook.cli.contact_commands import quick_list

    try:
        return quick_list(path, args)
    except Exception as error:
        return _report_error(error, path, args)


def _run_on_book(book: Book, path: Path, args: argparse.Namespace) -> int:
    from contactbook.storage.database import is_damage

    try:
        return COMMANDS[args.command](book, args)
    except Exception as error:
        if is_damage(error):  # found halfway: say which backup puts it right
            from contactbook.cli.backup_commands import print_damage

            print_damage(book.path, error)
            return EXIT_BAD_INPUT
        return _report_error(error, path, args)


def _report_error(error: Exception, path: Path, args: argparse.Namespace) -> int:
    """The one line for an error a user can act on; a bug of ours goes to the crash log."""
    from contactbook.domain.scope_change import ScopeChangeError
    from contactbook.storage.errors import StorageError

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
