"""Commands for the rights of the people in the book: ``subject``, ``retention``, ``audit``."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from contactbook.cli.arguments import UsageError
from contactbook.cli.output import print_json, print_table
from contactbook.domain.audit import AuditAction
from contactbook.interchange.register_labels import Language
from contactbook.services.audit_log import audit_events
from contactbook.services.book import Book
from contactbook.services.book_settings import book_language
from contactbook.services.erasure import ErasureScope, erase_contact, preview_erasure
from contactbook.services.objection import record_objection
from contactbook.services.retention import past_retention_cases
from contactbook.services.subject_export import export_subject
from contactbook.services.subject_relationship import set_end_of_relationship


def add_subject_arguments(subject: argparse.ArgumentParser) -> None:
    """``subject export|erase|object|ended``."""
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
    ended = actions.add_parser(
        "ended",
        help="record when the relationship with a contact ended (retention counts from it)",
    )
    ended.add_argument("id", type=int, metavar="ID")
    when = ended.add_mutually_exclusive_group(required=True)
    when.add_argument("--on", metavar="YYYY-MM-DD", help="the day it ended")
    when.add_argument("--clear", action="store_true", help="the relationship goes on")


def add_retention_arguments(retention: argparse.ArgumentParser) -> None:
    """``retention list [--format table|json] [--today YYYY-MM-DD]``."""
    retention.description = (
        "A contact is past retention when its end of relationship (or, when "
        "none is recorded, its last interaction: last change, consent record or mailing) "
        "lies longer ago than the longest retention period of its processing activities."
    )
    retention_actions = retention.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(retention)
    )
    retention_list = retention_actions.add_parser("list", help="list contacts past retention")
    retention_list.add_argument("--format", choices=["table", "json"], default="table")
    retention_list.add_argument(
        "--today", metavar="YYYY-MM-DD", help="as if it were this day (default: today)"
    )


def add_audit_arguments(audit: argparse.ArgumentParser) -> None:
    """``audit list [--format table|json] [--action A]... [--since D] [--until D] …``."""
    audit_actions = audit.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(audit)
    )
    audit_list = audit_actions.add_parser("list", help="list audit events, newest first")
    audit_list.add_argument("--format", choices=["table", "json"], default="table")
    audit_list.add_argument(
        "--action",
        dest="audit_actions",
        action="append",
        default=[],
        choices=[a.value for a in AuditAction],
        metavar="ACTION",
        help="only this kind of event (repeatable)",
    )
    audit_list.add_argument("--since", metavar="YYYY-MM-DD", help="from this day on")
    audit_list.add_argument("--until", metavar="YYYY-MM-DD", help="up to and including this day")
    audit_list.add_argument("--search", metavar="TEXT", default="", help="text in the detail")
    audit_list.add_argument("--contact", type=int, metavar="ID", help="only about this contact")
    audit_list.add_argument("--limit", type=int, default=1000, metavar="N")


def cmd_retention(book: Book, args: argparse.Namespace) -> int:
    today = _day(args.today, "--today") if args.today else None
    cases = past_retention_cases(book, today)
    if args.format == "json":
        print_json(
            [
                {
                    "contact_id": case.contact_id,
                    "name": case.facts.display_name,
                    "activities": list(case.facts.activities),
                    "retention_months": case.facts.retention_months,
                    "last_interaction": case.facts.last_interaction.isoformat(),
                    "end_of_relationship": _iso(case.facts.end_of_relationship),
                    "counted_from": case.counted_from.isoformat(),
                    "due_on": case.due_on.isoformat(),
                }
                for case in cases
            ]
        )
    else:
        print_table(
            ["id", "name", "counted from", "months", "past since", "activities"],
            [
                [
                    str(case.contact_id),
                    case.facts.display_name,
                    case.counted_from.isoformat(),
                    str(case.facts.retention_months),
                    case.due_on.isoformat(),
                    ", ".join(case.facts.activities),
                ]
                for case in cases
            ],
        )
    return 1 if cases else 0


def cmd_audit(book: Book, args: argparse.Namespace) -> int:
    since = _day(args.since, "--since") if args.since else None
    until = _day(args.until, "--until") if args.until else None
    found = audit_events(
        book,
        args.contact,
        max(args.limit, 1),
        actions=[AuditAction(a) for a in args.audit_actions],
        since=datetime.combine(since, time()) if since else None,
        before=datetime.combine(until + timedelta(days=1), time()) if until else None,
        text=args.search,
    )
    if args.format == "json":
        print_json(
            [
                {
                    "id": e.id,
                    "at": e.at.isoformat(timespec="seconds"),
                    "action": e.action.value,
                    "contact_id": e.contact_id,
                    "detail": e.detail,
                }
                for e in found
            ]
        )
    else:
        print_table(
            ["at (UTC)", "action", "contact", "detail"],
            [
                [
                    e.at.isoformat(sep=" ", timespec="seconds"),
                    e.action.value,
                    "" if e.contact_id is None else str(e.contact_id),
                    e.detail,
                ]
                for e in found
            ],
        )
    return 0


def _day(value: str, option: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{option}: {value!r} is not a date like 2026-03-31") from None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def cmd_subject(book: Book, args: argparse.Namespace) -> int:
    if args.action == "erase":
        return _erase(book, args)
    if args.action == "export":
        return _export(book, args)
    if args.action == "object":
        return _object(book, args)
    if args.action == "ended":
        day = None if args.clear else _day(args.on, "--on")
        set_end_of_relationship(book, args.id, day)
        print(f"Contact {args.id}: end of relationship {day.isoformat() if day else 'cleared'}.")
        return 0
    raise UsageError(f"subject {args.action}: unknown action")


def _language(book: Book, args: argparse.Namespace) -> Language:
    chosen = args.subject_language or args.lang or book_language(book) or "nl"
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
