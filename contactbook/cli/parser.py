"""The argument parser: the command-line contract of CLI.md."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn

from contactbook import __version__
from contactbook.domain.duplicates import CONFLICT_FIELDS
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope, Subject


class UsageError(Exception):
    """Bad arguments: reported on one line, exit code 2."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage block: scripts and people read the reason.
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--scope", choices=[s.value for s in Scope])
    group.add_argument("--basis", choices=[b.value for b in LegalBasis])
    group.add_argument("--search", metavar="TEXT", default="")
    group.add_argument("--activity", metavar="NAME")
    group.add_argument("--category", metavar="NAME")
    group.add_argument("--id", type=int, action="append", dest="ids", metavar="ID")


def _add_activity_fields(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--purpose", dest="purposes", metavar="TEXT")
    parser.add_argument(
        "--subjects",
        dest="data_subject_categories",
        metavar="TEXT",
        help="categories of data subjects (customers, leads, …)",
    )
    parser.add_argument(
        "--data",
        dest="personal_data_categories",
        metavar="TEXT",
        help="categories of personal data",
    )
    parser.add_argument("--recipients", metavar="TEXT")
    parser.add_argument("--processors", metavar="TEXT")
    parser.add_argument(
        "--transfers",
        dest="third_country_transfers",
        metavar="TEXT",
        help="transfers to countries outside the EEA",
    )
    parser.add_argument("--safeguards", dest="transfer_safeguards", metavar="TEXT")
    parser.add_argument("--retention", dest="retention_period", metavar="TEXT")
    parser.add_argument("--retention-months", type=int, metavar="N")
    parser.add_argument("--security", dest="security_measures", metavar="TEXT")
    parser.add_argument(
        "--basis", dest="default_legal_basis", choices=[b.value for b in LegalBasis]
    )
    parser.add_argument("--lia-purpose", metavar="TEXT")
    parser.add_argument("--lia-necessity", metavar="TEXT")
    parser.add_argument("--lia-balance", metavar="TEXT")
    parser.add_argument("--remarks", metavar="TEXT")


def _add_duplicate_parsers(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    listing = commands.add_parser("duplicates", help="list likely duplicate contacts")
    listing.add_argument("--format", choices=["table", "json"], default="table")
    merge = commands.add_parser("merge", help="merge two contacts into the first")
    merge.add_argument("keep", type=int, metavar="KEEP-ID")
    merge.add_argument("other", type=int, metavar="OTHER-ID")
    merge.add_argument(
        "--take",
        action="append",
        default=[],
        choices=CONFLICT_FIELDS,
        metavar="FIELD",
        help="where both have a different value, take the other contact's (repeatable)",
    )


# The commands defined in this module; the others (register, mailing, subject, retention,
# audit, backup, restore) are added by their own modules, which load the libraries they need.
_COMMANDS_HERE = frozenset(
    {"gui", "demo", "import", "export", "list", "show", "edit", "consent", "activity"}
    | {"settings", "duplicates", "merge"}
)
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

    Given the arguments about to be parsed, and they name one of the commands defined here,
    the parser leaves out the commands of other modules: parsing is the same, and
    ``contactbook list`` does not load the spreadsheet and mail libraries it never uses.
    """
    parser = _Parser(
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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the window")
    gui.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window to a PNG file and exit"
    )
    gui.add_argument("--search", metavar="TEXT", default="")
    gui.add_argument("--select", metavar="ID", type=int)
    gui.add_argument(
        "--view", metavar="NAME", help="open on this view of the sidebar (e.g. business, unsorted)"
    )
    gui.add_argument(
        "--theme", choices=["system", "light", "dark"], default="system", help="colour scheme"
    )

    demo = commands.add_parser("demo", help="fill the book with realistic Dutch sample data")
    demo.add_argument("--contacts", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")

    importing = commands.add_parser("import", help="import vCard files (.vcf) from a phone")
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

    export = commands.add_parser("export", help="export contacts")
    export_kinds = export.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=_Parser
    )
    vcard = export_kinds.add_parser("vcard", help="as a vCard file phones and mail programs read")
    vcard.add_argument("-o", "--output", required=True, metavar="FILE")
    vcard.add_argument("--version", choices=["3.0", "4.0"], default="3.0", dest="vcard_version")
    _add_filters(vcard)

    listing = commands.add_parser("list", help="list contacts")
    _add_filters(listing)
    listing.add_argument("--format", choices=["table", "json", "csv"], default="table")

    show = commands.add_parser("show", help="show one contact")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--format", choices=["text", "json"], default="text")

    edit = commands.add_parser("edit", help="change a contact's scope, legal basis, …")
    edit.add_argument("id", type=int, metavar="ID")
    edit.add_argument("--scope", choices=[s.value for s in Scope])
    edit.add_argument("--subject", choices=[s.value for s in Subject])
    alive = edit.add_mutually_exclusive_group()
    alive.add_argument("--deceased", action="store_true", default=None)
    alive.add_argument("--alive", action="store_false", dest="deceased")
    edit.add_argument("--basis", choices=[b.value for b in LegalBasis])
    edit.add_argument(
        "--basis-note", metavar="TEXT", help="the evidence: contract or order, obligation, note"
    )
    edit.add_argument(
        "--activity",
        action="append",
        default=[],
        metavar="NAME",
        help="link to a processing activity (repeatable)",
    )
    edit.add_argument("--lia-purpose", metavar="TEXT", help="balancing test: purpose")
    edit.add_argument("--lia-necessity", metavar="TEXT", help="balancing test: necessity")
    edit.add_argument("--lia-balance", metavar="TEXT", help="balancing test: balance")

    consent = commands.add_parser("consent", help="record consent, opt-out or objection")
    consent.add_argument("address", metavar="ADDRESS")
    consent.add_argument("--kind", required=True, choices=[k.value for k in ConsentKind])
    consent.add_argument(
        "--source", default="", metavar="TEXT", help="how: web form, phone, business card, e-mail"
    )
    consent.add_argument(
        "--wording", default="", metavar="TEXT", help="the text the person agreed to"
    )
    consent.add_argument("--note", default="", metavar="TEXT")
    consent.add_argument("--at", metavar="ISO-DATETIME", help="when (default: now)")

    activity = commands.add_parser("activity", help="processing activities (Art. 30 register)")
    actions = activity.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    activity_list = actions.add_parser("list", help="list the activities")
    activity_list.add_argument("--format", choices=["table", "json"], default="table")
    activity_show = actions.add_parser("show", help="show one activity")
    activity_show.add_argument("name", metavar="NAME")
    activity_show.add_argument("--format", choices=["text", "json"], default="text")
    activity_add = actions.add_parser("add", help="add an activity")
    activity_add.add_argument("name", metavar="NAME")
    _add_activity_fields(activity_add)
    activity_edit = actions.add_parser("edit", help="change an activity")
    activity_edit.add_argument("name", metavar="NAME")
    activity_edit.add_argument("--rename", metavar="NEW-NAME")
    archived = activity_edit.add_mutually_exclusive_group()
    archived.add_argument("--archive", action="store_true", dest="archived", default=None)
    archived.add_argument("--unarchive", action="store_false", dest="archived")
    _add_activity_fields(activity_edit)

    settings = commands.add_parser("settings", help="your business details and preferences")
    settings_actions = settings.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=_Parser
    )
    settings_show = settings_actions.add_parser("show", help="show the settings")
    settings_show.add_argument("--format", choices=["text", "json"], default="text")
    settings_set = settings_actions.add_parser("set", help="change one setting")
    settings_set.add_argument("key", metavar="KEY")
    settings_set.add_argument("value", metavar="VALUE")
    _add_duplicate_parsers(commands)
    if arguments is not None and command_word(arguments) in _COMMANDS_HERE:
        return parser
    # imported here: that module imports UsageError from this one
    from contactbook.cli.register_commands import add_register_parser

    add_register_parser(commands)
    from contactbook.cli.mailing_commands import add_mailing_parser

    add_mailing_parser(commands)
    from contactbook.cli.rights_commands import add_rights_parser

    add_rights_parser(commands)
    from contactbook.cli.backup_commands import add_backup_parsers

    add_backup_parsers(commands)
    return parser
