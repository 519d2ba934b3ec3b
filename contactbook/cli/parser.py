"""The argument parser: the command-line contract of CLI.md, built from the registry.

Only the global options and each command's help line are set up here; the rest of a
command's parser is set up by its own module (see ``registry.py``) when argparse picks it.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from contactbook import __version__
from contactbook.cli.arguments import Parser, UsageError
from contactbook.cli.registry import COMMAND_SPECS, add_command_parser

__all__ = ["UsageError", "_Parser", "build_parser", "command_word"]

_Parser = Parser  # the name this class had here before it moved to arguments.py

# Options of the top-level parser that take a value as the next argument.
_GLOBAL_OPTIONS_WITH_VALUE = frozenset({"--db", "--lang"})


def command_word(arguments: Sequence[str]) -> str | None:
    """The command an argument list names (the first word that is not a global option)."""
    skip_value = False
    for argument in arguments:
        if skip_value:
            skip_value = False
        elif argument in _GLOBAL_OPTIONS_WITH_VALUE:
            skip_value = True
        elif argument == "--" or not argument.startswith("-"):
            return None if argument == "--" else argument
    return None


def build_parser(arguments: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole command-line parser.

    ``arguments`` is no longer needed (each command sets up its own arguments when argparse
    picks it, whatever the argument list); it is accepted for callers of the old signature.
    """
    del arguments
    parser = Parser(
        prog="contactbook",
        description="A contact book that keeps a small business GDPR- and "
        "Telecommunicatiewet-proof. Without a command, the window opens.",
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="the contact book file (default: your user data folder; or set CONTACTBOOK_DB)",
    )
    parser.add_argument("--lang", choices=["nl", "en"], help="language of the window")
    parser.add_argument("--version", action="version", version=f"contactbook {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    for spec in COMMAND_SPECS:
        add_command_parser(commands, spec.name)
    return parser
