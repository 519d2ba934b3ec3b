"""``contactbook mailing``: check, export, send and retry mailings; process unsubscribes.

Every command asks the Telecommunicatiewet gate first and uses only the addresses it allows.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from dataclasses import replace
from pathlib import Path

from contactbook.cli.arguments import UsageError
from contactbook.cli.filters import add_filters, contact_filter
from contactbook.cli.output import print_json, print_table
from contactbook.cli.registry import add_command_parser
from contactbook.domain.mailing import FOOTER_LANGUAGES, Mailing, RecipientOutcome
from contactbook.services.book import Book
from contactbook.services.book_settings import book_language
from contactbook.services.mailing import MailingError, RecipientList, recipients_for
from contactbook.services.mailing_export import export_recipients_csv
from contactbook.services.mailing_log import get_mailing, latest_mailings, mailing_recipients
from contactbook.services.mailing_optout import process_unsubscribes
from contactbook.services.mailing_send import Progress, SendResult, create_mailing, send_mailing
from contactbook.services.mailing_smtp import Security, SmtpSettings, check_settings

PASSWORD_VARIABLE = "CONTACTBOOK_SMTP_PASSWORD"
EXIT_OK = 0
EXIT_ATTENTION = 1


def add_mailing_parser(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add the ``mailing`` command to ``commands`` (its help line from the registry)."""
    add_command_parser(commands, "mailing")


def add_mailing_arguments(mailing: argparse.ArgumentParser) -> None:
    """``mailing check|export|send|retry|log|unsubscribe``."""
    actions = mailing.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(mailing)
    )
    check = actions.add_parser("check", help="which addresses may be mailed, and why not")
    add_filters(check)
    check.add_argument("--format", choices=["table", "json"], default="table")
    check.add_argument(
        "--strict",
        action="store_true",
        help="exit with 1 when any address is blocked (strict generic mode is a setting: "
        "'settings set strict_generic on')",
    )

    export = actions.add_parser("export", help="the allowed recipients as CSV (Mailchimp, …)")
    export.add_argument("-o", "--output", required=True, metavar="FILE.csv")
    add_filters(export)

    send = actions.add_parser("send", help="send a mailing over SMTP, one message each")
    send.add_argument("--subject", required=True, metavar="TEXT")
    send.add_argument("--body-file", required=True, metavar="FILE", help="the text (UTF-8)")
    send.add_argument(
        "--footer-lang",
        choices=FOOTER_LANGUAGES,
        help="language of the footer with your details and the opt-out (default: the "
        "book's language setting, else Dutch)",
    )
    add_filters(send)
    _add_smtp_options(send)

    retry = actions.add_parser("retry", help="send a mailing to those it did not reach yet")
    retry.add_argument("mailing_id", type=int, metavar="MAILING-ID")
    _add_smtp_options(retry)

    log = actions.add_parser("log", help="the mailings sent, or one mailing's recipients")
    log.add_argument("mailing_id", type=int, nargs="?", metavar="MAILING-ID")
    log.add_argument("--format", choices=["table", "json"], default="table")

    unsubscribe = actions.add_parser(
        "unsubscribe", help="record an opt-out for every address in a file of replies"
    )
    unsubscribe.add_argument("file", metavar="FILE|-", help="text with addresses; - for stdin")


def _add_smtp_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("mail server")
    group.add_argument("--smtp-host", default="localhost", metavar="H")
    group.add_argument("--smtp-port", type=int, metavar="P", help="default: by --security")
    group.add_argument(
        "--smtp-user",
        default="",
        metavar="U",
        help=f"log in as U; the password comes from {PASSWORD_VARIABLE} or is asked for",
    )
    group.add_argument(
        "--security",
        choices=[s.value for s in Security],
        default=Security.STARTTLS.value,
        help="starttls (default, port 587), ssl (465), or none: only to a server on this computer",
    )
    group.add_argument("--yes", action="store_true", help="send without asking to confirm")


def cmd_mailing(book: Book, args: argparse.Namespace) -> int:
    """Run one ``mailing`` action; a mailing that cannot go ahead is exit code 2."""
    actions = {
        "check": _check,
        "export": _export,
        "send": _send,
        "retry": _retry,
        "log": _log,
        "unsubscribe": _unsubscribe,
    }
    try:
        return actions[args.action](book, args)
    except MailingError as error:
        raise UsageError(f"mailing {args.action}: {error}") from error


# -- check and export ------------------------------------------------------------------------


def _check(book: Book, args: argparse.Namespace) -> int:
    recipients = recipients_for(book, contact_filter(args), with_names=False)
    entries = sorted(
        (*recipients.allowed, *recipients.blocked), key=lambda recipient: recipient.contact_id
    )
    rows = [
        {
            "contact_id": r.contact_id,
            "address": r.address,
            "decision": "allowed" if r.decision.allowed else "blocked",
            "reason": r.decision.reason.value,
        }
        for r in entries
    ]
    if args.format == "json":
        print_json(rows)
    else:
        headers = ["contact_id", "address", "decision", "reason"]
        print_table(headers, [[str(row[h]) for h in headers] for row in rows])
        print(_summary(recipients))
    return EXIT_ATTENTION if args.strict and recipients.blocked else EXIT_OK


def _summary(recipients: RecipientList) -> str:
    text = f"{len(recipients.allowed)} allowed, {len(recipients.blocked)} blocked"
    if recipients.samples:
        text += (
            f"; {len(recipients.samples)} of the allowed belong to sample (demo) contacts "
            "and are left out of every mailing"
        )
    return text + "."


def _export(book: Book, args: argparse.Namespace) -> int:
    path = Path(args.output)
    result = export_recipients_csv(book, contact_filter(args), path)
    print(f"Wrote {result.written} recipients to {path} ({_summary(result.recipients)})")
    return EXIT_OK


# -- send and retry --------------------------------------------------------------------------


def _send(book: Book, args: argparse.Namespace) -> int:
    body = _read_text(args.body_file, "--body-file")
    settings = _smtp_settings(args)
    language = args.footer_lang or _book_language(book, args)
    chosen = contact_filter(args)
    if not args.yes:
        recipients = recipients_for(book, chosen, with_names=False)
        question = (
            f"Send “{args.subject}” to {len(recipients.deliverable)} addresses "
            f"({recipients.left_out_count} left out) via {settings.host}?"
        )
        if not _confirm(question):
            print("Nothing sent.")
            return EXIT_ATTENTION
    mailing = create_mailing(book, chosen, args.subject, body, language=language)
    assert mailing.id is not None
    return _report(send_mailing(book, mailing.id, settings, progress=_progress_printer()))


def _retry(book: Book, args: argparse.Namespace) -> int:
    mailing = get_mailing(book, args.mailing_id)
    if mailing.unsent_count == 0:
        print(f"Mailing {args.mailing_id} has reached everyone it may reach; nothing to send.")
        return EXIT_OK
    settings = _smtp_settings(args)
    question = (
        f"Send “{mailing.subject}” to the {mailing.unsent_count} recipients not reached yet "
        f"via {settings.host}?"
    )
    if not args.yes and not _confirm(question):
        print("Nothing sent.")
        return EXIT_ATTENTION
    return _report(send_mailing(book, args.mailing_id, settings, progress=_progress_printer()))


def _smtp_settings(args: argparse.Namespace) -> SmtpSettings:
    """The server settings, checked before a password is asked or a mailing is stored."""
    settings = SmtpSettings(
        host=args.smtp_host,
        port=args.smtp_port,
        security=Security(args.security),
        user=args.smtp_user,
    )
    check_settings(settings)
    if not args.smtp_user:
        return settings
    password = os.environ.get(PASSWORD_VARIABLE) or getpass.getpass(
        f"Password for {args.smtp_user} at {args.smtp_host}: "
    )
    return replace(settings, password=password)


def _book_language(book: Book, args: argparse.Namespace) -> str:
    chosen = getattr(args, "lang", None) or book_language(book)
    return chosen if chosen in FOOTER_LANGUAGES else "nl"


def _confirm(question: str) -> bool:
    print(f"{question} [y/N] ", end="", flush=True)
    answer = sys.stdin.readline().strip().lower()
    return answer in ("y", "yes", "j", "ja")


def _progress_printer() -> Progress:
    def show(done: int, total: int, outcome: RecipientOutcome) -> None:
        if outcome.error:
            print(f"  {outcome.address}: failed ({outcome.error})", file=sys.stderr)
        if done == total or done % 100 == 0:
            print(f"  {done}/{total}", file=sys.stderr)

    return show


def _report(result: SendResult) -> int:
    mailing = result.mailing
    print(
        f"Mailing {mailing.id}: {mailing.sent_count} of {mailing.recipient_count} sent, "
        f"{mailing.failed_count} failed, {mailing.pending_count} not tried "
        f"({mailing.blocked_count} left out by the gate)."
    )
    if result.withdrawn:
        print(f"{result.withdrawn} recipients opted out since and were not mailed.")
    if result.stopped_by:
        print(f"Stopped: {result.stopped_by}")
    if mailing.unsent_count:
        print(f"Send the rest later with: contactbook mailing retry {mailing.id}")
        return EXIT_ATTENTION
    return EXIT_OK


# -- log and unsubscribe ---------------------------------------------------------------------


def _log(book: Book, args: argparse.Namespace) -> int:
    if args.mailing_id is None:
        mailings = latest_mailings(book)
        if args.format == "json":
            print_json([_mailing_json(m) for m in mailings])
        else:
            headers = ["id", "date", "status", "sent", "failed", "pending", "left out", "subject"]
            print_table(headers, [_mailing_row(m) for m in mailings])
        return EXIT_OK
    mailing = get_mailing(book, args.mailing_id)
    entries = mailing_recipients(book, args.mailing_id)
    if args.format == "json":
        print_json({**_mailing_json(mailing), "recipients": [_entry_json(e) for e in entries]})
        return EXIT_OK
    print(f"{mailing.subject} ({mailing.created_at:%Y-%m-%d %H:%M}, {mailing.status.value})")
    headers = ["contact_id", "address", "reason", "outcome", "sent_at", "error"]
    print_table(
        headers,
        [
            [
                str(e.contact_id),
                e.address,
                e.reason.value,
                e.outcome.value,
                f"{e.sent_at:%Y-%m-%d %H:%M}" if e.sent_at else "",
                e.error,
            ]
            for e in entries
        ],
    )
    return EXIT_OK


def _mailing_row(mailing: Mailing) -> list[str]:
    counts = (mailing.sent_count, mailing.failed_count, mailing.pending_count)
    return [
        str(mailing.id),
        f"{mailing.created_at:%Y-%m-%d %H:%M}",
        mailing.status.value,
        *(str(count) for count in counts),
        str(mailing.blocked_count),
        mailing.subject,
    ]


def _mailing_json(mailing: Mailing) -> dict[str, object]:
    return {
        "id": mailing.id,
        "created_at": mailing.created_at.isoformat(),
        "subject": mailing.subject,
        "sender": mailing.sender,
        "status": mailing.status.value,
        "recipients": mailing.recipient_count,
        "sent": mailing.sent_count,
        "failed": mailing.failed_count,
        "pending": mailing.pending_count,
        "blocked": mailing.blocked_count,
    }


def _entry_json(entry: RecipientOutcome) -> dict[str, object]:
    return {
        "contact_id": entry.contact_id,
        "address": entry.address,
        "reason": entry.reason.value,
        "outcome": entry.outcome.value,
        "sent_at": entry.sent_at.isoformat() if entry.sent_at else None,
        "message_id": entry.message_id or None,
        "error": entry.error or None,
    }


def _unsubscribe(book: Book, args: argparse.Namespace) -> int:
    text = sys.stdin.read() if args.file == "-" else _read_text(args.file, "FILE")
    recorded, unknown = process_unsubscribes(book, text)
    print(f"Recorded an opt-out for {len(recorded)} addresses.")
    if unknown:
        print(f"{len(unknown)} addresses belong to no contact in this book:")
        for address in unknown:
            print(f"  {address}")
        return EXIT_ATTENTION
    return EXIT_OK


def _read_text(name: str, option: str) -> str:
    try:
        return Path(name).read_text(encoding="utf-8")
    except FileNotFoundError as error:
        raise UsageError(f"{option}: {name} does not exist") from error
    except UnicodeDecodeError as error:
        raise UsageError(f"{option}: {name} is not UTF-8 text") from error
    except OSError as error:
        raise UsageError(f"{option}: cannot read {name} ({error.strerror})") from error
