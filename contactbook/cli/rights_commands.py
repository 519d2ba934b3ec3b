"""Commands for the rights of the people in the book: ``subject``, ``retention``, ``audit``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contactbook.cli.parser import UsageError
from contactbook.interchange.register_labels import Language
from contactbook.services.book import Book
from contactbook.services.erasure import erase_contact, preview_erasure
from contactbook.services.objection import record_objection
from contactbook.services.subject_export import export_subject
from contactbook.storage.erasure import ErasureScope
from contactbook.storage.settings_repository import LANGUAGE_KEY


def add_rights_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``subject export|erase|object``, ``retention list``, ``audit list``."""
    subject = commands.add_parser(
        "subject", help="a person's rights: access (export), erasure, objection"
    )
    actions = subject.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(subject)
    )
    export = actions.add_parser(
        "export",
        help="everything held about one person, as JSON, vCard and a readable HTML summary",
    )
    export.add_argument("id", type=int, metavar="ID")
    export.add_argument("-o", "--output", required=True, metavar="DIR")
    export.add_argument(
        "--lang",
        dest="subject_language",
        choices=["nl", "en"],
        help="language of the summary (default: the global --lang, the book's setting, nl)",
    )
    erase = actions.add_parser(
        "erase",
        help="erase a person and every trace of them (right to be forgotten)",
        description="Removes the person with every field, address, photo, consent record, "
        "link, search entry and mailing-log entry. What stays: an audit event without "
        "personal data, and salted hashes of their e-mail addresses and phone numbers so a "
        "later import does not add them again unnoticed.",
    )
    erase.add_argument("id", type=int, metavar="ID")
    erase.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    objection = actions.add_parser(
        "object",
        help="record an objection to direct marketing on all of a person's e-mail addresses",
    )
    objection.add_argument("id", type=int, metavar="ID")
    objection.add_argument(
        "--source", default="", metavar="TEXT", help="how it reached you: e-mail, phone, letter"
    )
    objection.add_argument("--note", default="", metavar="TEXT")


def cmd_subject(book: Book, args: argparse.Namespace) -> int:
    if args.action == "erase":
        return _erase(book, args)
    if args.action == "export":
        return _export(book, args)
    if args.action == "object":
        return _object(book, args)
    raise UsageError(f"subject {args.action}: unknown action")


def _language(book: Book, args: argparse.Namespace) -> Language:
    chosen = args.subject_language or args.lang or book.settings.get(LANGUAGE_KEY, "") or "nl"
    return "en" if chosen == "en" else "nl"


def _export(book: Book, args: argparse.Namespace) -> int:
    folder = Path(args.output).expanduser()
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"subject export: {folder} is a file, not a folder")
    written = export_subject(book, args.id, folder, _language(book, args))
    for path in written:
        print(path)
    return 0


def _object(book: Book, args: argparse.Namespace) -> int:
    addresses = record_objection(book, args.id, source=args.source, note=args.note)
    if not addresses:
        print(f"Contact {args.id} has no e-mail address; nothing to record.", file=sys.stderr)
        return 1
    for address in addresses:
        print(f"objection recorded: {address}")
    return 0


def _erase(book: Book, args: argparse.Namespace) -> int:
    scope = preview_erasure(book, args.id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise UsageError(
                f"subject erase {args.id}: erasing cannot be undone; "
                "add --yes to erase without being asked"
            )
        print(describe_scope(scope))
        answer = input("Erase this person for good? Type 'yes' to erase: ")
        if answer.strip().lower() not in ("yes", "ja"):
            print("Nothing erased.")
            return 0
    result = erase_contact(book, args.id)
    print(f"Erased contact {args.id}. Kept: an audit event and hashes on the suppression list.")
    if not result.files_clean:
        print(
            "Note: another program is reading this book, so the erased data may stay in its "
            "write-ahead log file until that program closes the book.",
            file=sys.stderr,
        )
        return 1
    return 0


def describe_scope(scope: ErasureScope) -> str:
    """What an erasure removes, as lines for the terminal."""
    contact = scope.contact
    lines = [f"Contact {scope.contact_id}: {contact.display_name or '(no name)'}"]
    lines += [f"  e-mail: {email.address}" for email in contact.emails]
    lines += [f"  phone: {phone.raw}" for phone in contact.phones]
    lines += [f"  address: {address.one_line()}" for address in contact.addresses]
    if contact.photo:
        lines.append("  a photo")
    if contact.notes:
        lines.append("  notes")
    lines.append(f"  {scope.consent_records} consent record(s)")
    lines.append(f"  {scope.mailing_entries} mailing-log entr(y/ies)")
    if contact.activities:
        lines.append(f"  links to: {', '.join(contact.activities)}")
    for address in scope.consent_addresses_kept:
        lines.append(f"  (consent history of {address} stays: another contact has it too)")
    return "\n".join(lines)
