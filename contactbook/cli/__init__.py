"""The command line (CLI.md): the same services as the window, for scripts and terminals.

Exit codes: 0 done; 1 done but something needs attention; 2 unusable input or arguments,
with one line on stderr saying what is wrong. Never a traceback for bad input.

What a command needs is imported when it runs, not at start: ``contactbook --version`` and
``--help`` load little more than argparse (tests/cli/test_startup.py measures the modules,
tests/benchmarks/bench_cli.py the time).
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from contactbook.cli.arguments import UsageError
from contactbook.cli.parser import build_parser
from contactbook.cli.registry import COMMAND_SPECS, COMMANDS_BY_NAME, CommandSpec

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


# The commands that run on an opened book, by name (registry.py declares them all).
COMMANDS: dict[str, Command] = {
    spec.name: _lazy(spec.module, spec.handler) for spec in COMMAND_SPECS if spec.opens_book
}


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(arguments)
        from contactbook.paths import database_path

        path = database_path(args.db)
        spec = COMMANDS_BY_NAME[args.command or "gui"]
        if spec.name == "gui":
            return spec.handler_function()(path, args)
        return _run_command(spec, path, args)
    except UsageError as error:
        return _fail(str(error))
    except KeyboardInterrupt:
        print("contactbook: interrupted", file=sys.stderr)
        return 130


def main_gui() -> int:
    """Entry point of the desktop launcher: always the window."""
    return main(["gui", *sys.argv[1:]] if len(sys.argv) > 1 else ["gui"])


def _run_command(spec: CommandSpec, path: Path, args: argparse.Namespace) -> int:
    if spec.name == "list":
        quick = _run_quick_list(path, args)
        if quick is not None:
            return quick
    from contactbook.domain.errors import DamagedDatabaseError, StorageError
    from contactbook.services.book import open_book

    if not spec.opens_book:  # restore: the book may be the damaged file being replaced
        try:
            return spec.handler_function()(path, args)
        except StorageError as error:
            return _fail(f"{spec.name}: {error}")
        except OSError as error:
            return _fail(f"{spec.name}: {error.strerror or error} ({error.filename or path})")
    try:
        book = open_book(path)
    except DamagedDatabaseError as error:
        from contactbook.cli.backup_commands import print_damage

        print_damage(path, error)
        return EXIT_BAD_INPUT
    except (StorageError, OSError) as error:
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
    from contactbook.services.book_access import damage_found

    try:
        return COMMANDS[args.command](book, args)
    except Exception as error:
        if damage_found(error):  # found halfway: say which backup puts it right
            from contactbook.cli.backup_commands import print_damage

            print_damage(book.path, error)
            return EXIT_BAD_INPUT
        return _report_error(error, path, args)


def _report_error(error: Exception, path: Path, args: argparse.Namespace) -> int:
    """The one line for an error a user can act on; a bug of ours goes to the crash log."""
    from contactbook.domain.errors import StorageError
    from contactbook.domain.scope_change import ScopeChangeError

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
    import traceback

    import platformdirs

    from contactbook import APP_NAME

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
