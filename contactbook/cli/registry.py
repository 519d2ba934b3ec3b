"""Every command of the command line, declared once.

A command is its name, the help line ``contactbook --help`` shows, and the module that sets
up the rest of its parser and runs it. That module is imported only when the command is
parsed or run, so ``contactbook --version`` and ``--help`` load no SQLAlchemy, Qt or
phonenumbers, and ``contactbook list`` none of the libraries of the other commands.

To add a command: write its set-up function (``def add_x_arguments(parser)``) and its
handler (``def cmd_x(book, args) -> int``) in a ``*_commands.py`` module, and list it here.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Any, NamedTuple

from contactbook.cli.arguments import Parser

_CONTACTS = "contactbook.cli.contact_commands"
_INTERCHANGE = "contactbook.cli.interchange_commands"
_ACTIVITIES = "contactbook.cli.activity_commands"
_DUPLICATES = "contactbook.cli.duplicate_commands"
_RIGHTS = "contactbook.cli.rights_commands"
_BACKUP = "contactbook.cli.backup_commands"


class CommandSpec(NamedTuple):
    """One command: what ``--help`` says of it, and where its parser set-up and handler are.

    A named tuple rather than a dataclass: ``dataclasses`` alone would add a tenth of the
    start-up time ``contactbook --version`` is allowed.
    """

    name: str
    help: str
    module: str
    # the function of ``module`` that adds the command's arguments to its parser
    set_up: str
    # the function of ``module`` that runs the command and returns the exit code
    handler: str
    # False: the handler takes the book's path, not the opened book (gui, restore)
    opens_book: bool = True

    def add_arguments(self, parser: argparse.ArgumentParser) -> None:
        set_up: Callable[[argparse.ArgumentParser], None] = self._function(self.set_up)
        set_up(parser)

    def handler_function(self) -> Callable[..., int]:
        handler: Callable[..., int] = self._function(self.handler)
        return handler

    def _function(self, name: str) -> Any:
        return getattr(importlib.import_module(self.module), name)


COMMAND_SPECS: tuple[CommandSpec, ...] = (
    CommandSpec(
        "gui",
        "open the window",
        "contactbook.cli.gui_command",
        "add_gui_arguments",
        "cmd_gui",
        opens_book=False,
    ),
    CommandSpec(
        "demo",
        "fill the book with realistic Dutch sample data",
        _CONTACTS,
        "add_demo_arguments",
        "cmd_demo",
    ),
    CommandSpec(
        "import",
        "import vCard files (.vcf) from a phone",
        _INTERCHANGE,
        "add_import_arguments",
        "cmd_import",
    ),
    CommandSpec("export", "export contacts", _INTERCHANGE, "add_export_arguments", "cmd_export"),
    CommandSpec("list", "list contacts", _CONTACTS, "add_list_arguments", "cmd_list"),
    CommandSpec("show", "show one contact", _CONTACTS, "add_show_arguments", "cmd_show"),
    CommandSpec(
        "edit",
        "change a contact's scope, legal basis, …",
        _CONTACTS,
        "add_edit_arguments",
        "cmd_edit",
    ),
    CommandSpec(
        "consent",
        "record consent, opt-out or objection",
        _CONTACTS,
        "add_consent_arguments",
        "cmd_consent",
    ),
    CommandSpec(
        "activity",
        "processing activities (Art. 30 register)",
        _ACTIVITIES,
        "add_activity_arguments",
        "cmd_activity",
    ),
    CommandSpec(
        "settings",
        "your business details and preferences",
        _ACTIVITIES,
        "add_settings_arguments",
        "cmd_settings",
    ),
    CommandSpec(
        "duplicates",
        "list likely duplicate contacts",
        _DUPLICATES,
        "add_duplicates_arguments",
        "cmd_duplicates",
    ),
    CommandSpec(
        "merge",
        "merge two contacts into the first",
        _DUPLICATES,
        "add_merge_arguments",
        "cmd_merge",
    ),
    CommandSpec(
        "register",
        "the register of processing activities (Art. 30 GDPR)",
        "contactbook.cli.register_commands",
        "add_register_arguments",
        "cmd_register",
    ),
    CommandSpec(
        "mailing",
        "bulk e-mail that obeys the Telecommunicatiewet (opt-in gate)",
        "contactbook.cli.mailing_commands",
        "add_mailing_arguments",
        "cmd_mailing",
    ),
    CommandSpec(
        "subject",
        "a person's rights: access (export), erasure, objection",
        _RIGHTS,
        "add_subject_arguments",
        "cmd_subject",
    ),
    CommandSpec(
        "retention",
        "contacts kept longer than the retention period of their activities",
        _RIGHTS,
        "add_retention_arguments",
        "cmd_retention",
    ),
    CommandSpec(
        "audit",
        "the audit log: what was done, when",
        _RIGHTS,
        "add_audit_arguments",
        "cmd_audit",
    ),
    CommandSpec(
        "backup",
        "copy the book to a file (SQLite online backup, checked, readable by you only)",
        _BACKUP,
        "add_backup_arguments",
        "cmd_backup",
    ),
    CommandSpec(
        "restore",
        "put a backup in place of the book (the current book is kept beside it)",
        _BACKUP,
        "add_restore_arguments",
        "cmd_restore",
        opens_book=False,
    ),
)
COMMANDS_BY_NAME = {spec.name: spec for spec in COMMAND_SPECS}


def add_command_parser(
    commands: argparse._SubParsersAction,  # type: ignore[type-arg]
    name: str,
) -> argparse.ArgumentParser:
    """Add the named command to ``commands``: its help now, its arguments when first used.

    With another parser class than :class:`Parser` (which can wait), the arguments are added
    at once.
    """
    spec = COMMANDS_BY_NAME[name]
    parser: argparse.ArgumentParser = commands.add_parser(spec.name, help=spec.help)
    if isinstance(parser, Parser):
        parser.set_up_later(spec.add_arguments)
    else:
        spec.add_arguments(parser)
    return parser
