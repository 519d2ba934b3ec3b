"""Commands about contacts: list, show, edit, consent, demo.

This module loads no SQLAlchemy of its own, and at import only what ``list`` needs:
``contactbook list`` in table or CSV form reads an up-to-date book through
``storage.quick_list`` (see :func:`quick_list`) and starts in a fraction of the time the
book's normal opening takes. The domain's contacts (and phonenumbers with them) load when a
command uses them.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from contactbook.cli.arguments import UsageError
from contactbook.cli.filters import add_filters, contact_filter
from contactbook.cli.output import print_csv, print_json, print_table
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope, Subject

if TYPE_CHECKING:
    from contactbook.domain.contact import Contact
    from contactbook.services.book import Book

_LIST_HEADERS = ("id", "name", "organisation", "e-mail", "phone", "scope", "badge")


def add_demo_arguments(demo: argparse.ArgumentParser) -> None:
    """``demo [--contacts N] [--seed S]``."""
    demo.add_argument("--contacts", type=int, default=300, metavar="N")
    demo.add_argument("--seed", type=int, default=1, metavar="S")


def add_list_arguments(listing: argparse.ArgumentParser) -> None:
    """``list [filters] [--format table|json|csv]``."""
    add_filters(listing)
    listing.add_argument("--format", choices=["table", "json", "csv"], default="table")


def add_show_arguments(show: argparse.ArgumentParser) -> None:
    """``show ID [--format text|json]``."""
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--format", choices=["text", "json"], default="text")


def add_edit_arguments(edit: argparse.ArgumentParser) -> None:
    """``edit ID [--scope S] [--subject S] [--deceased|--alive] [--basis B] …``."""
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


def add_consent_arguments(consent: argparse.ArgumentParser) -> None:
    """``consent ADDRESS --kind K [--source TEXT] [--wording TEXT] [--note TEXT] [--at T]``."""
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


def _json_objects(book: Book, contacts: list[Contact]) -> list[dict[str, object]]:
    from contactbook.interchange.contact_json import contact_to_json
    from contactbook.services.consent import latest_consent_kinds

    consent = latest_consent_kinds(book, (e.address for c in contacts for e in c.emails))
    return [contact_to_json(contact, consent) for contact in contacts]


def cmd_list(book: Book, args: argparse.Namespace) -> int:
    from contactbook.services.contacts import contact_page, matching_contacts

    chosen = contact_filter(args)
    if args.format == "json":
        print_json(_json_objects(book, matching_contacts(book, chosen)))
        return 0
    rows: list[Sequence[str]] = []
    offset = 0
    while page := contact_page(book, chosen, offset=offset, limit=2000):
        rows.extend(
            [
                str(s.id),
                s.display_name,
                s.organisation,
                s.main_email,
                s.main_phone,
                s.scope.value,
                s.badge.value,
            ]
            for s in page
        )
        offset += len(page)
    _print_list(args.format, rows)
    return 0


def quick_list(path: Path, args: argparse.Namespace) -> int | None:
    """``list`` in table or CSV form without opening the book the normal way.

    Returns None (nothing printed) when the book must be opened normally: JSON output, a
    book at an older schema, a file that is missing, damaged or not a contact book.
    """
    if args.format == "json":
        return None
    from contactbook.services.quick_list import quick_list_rows

    rows = quick_list_rows(path, contact_filter(args))
    if rows is None:
        return None
    _print_list(args.format, rows)
    return 0


def _print_list(output_format: str, rows: Sequence[Sequence[str]]) -> None:
    if output_format == "csv":
        print_csv(_LIST_HEADERS, rows)
    else:
        print_table(_LIST_HEADERS, rows)


def cmd_show(book: Book, args: argparse.Namespace) -> int:
    from contactbook.services.contacts import get_contact

    contact = get_contact(book, args.id)
    [data] = _json_objects(book, [contact])
    if args.format == "json":
        print_json(data)
        return 0
    print(contact.display_name)
    for key in (
        "organisation",
        "job_title",
        "scope",
        "subject",
        "legal_basis",
        "legal_basis_note",
        "birthday",
    ):
        if data.get(key):
            print(f"  {key.replace('_', ' ')}: {data[key]}")
    if data["assessment_missing"]:
        print("  warning: legitimate interest without a balancing test")
    if contact.deceased:
        print("  deceased")
    for email in contact.emails:
        print(f"  e-mail: {email.address} ({email.classification.value})")
    for phone in contact.phones:
        shown = phone.e164 if phone.valid else "invalid number"
        print(f"  phone: {phone.raw} ({shown})")
    for address in contact.addresses:
        print(f"  address: {address.one_line()}")
    for name in ("categories", "activities"):
        if contact_list := getattr(contact, name):
            print(f"  {name}: {', '.join(contact_list)}")
    return 0


def cmd_edit(book: Book, args: argparse.Namespace) -> int:
    from contactbook.domain.legal_basis import BalancingTest
    from contactbook.services.contact_editing import ContactEdit, edit_contact

    lia = (args.lia_purpose, args.lia_necessity, args.lia_balance)
    test = None
    if any(part is not None for part in lia):
        purpose, necessity, balance = (part or "" for part in lia)
        test = BalancingTest(purpose, necessity, balance)
    edit = ContactEdit(
        scope=Scope(args.scope) if args.scope else None,
        subject=Subject(args.subject) if args.subject else None,
        deceased=args.deceased,
        basis=LegalBasis(args.basis) if args.basis else None,
        basis_note=args.basis_note,
        balancing_test=test,
        add_activities=tuple(args.activity),
    )
    if edit == ContactEdit():
        raise UsageError("edit: nothing to change; give at least one option")
    contact = edit_contact(book, args.id, edit, date.today())
    print(f"{contact.display_name} (id {contact.id}) saved.")
    if contact.legal_basis.assessment_missing:
        print(
            "Note: legitimate interest needs a balancing test "
            "(--lia-purpose, --lia-necessity, --lia-balance)."
        )
    return 0


def cmd_consent(book: Book, args: argparse.Namespace) -> int:
    from contactbook.domain.consent import ConsentRecord
    from contactbook.domain.email_address import is_valid_address
    from contactbook.services.consent import add_consent_record

    if not is_valid_address(args.address):
        raise UsageError(f"consent: {args.address!r} is not an e-mail address")
    at = _parse_moment(args.at) if args.at else datetime.now(UTC).replace(tzinfo=None)
    record = add_consent_record(
        book,
        ConsentRecord(
            address=args.address,
            kind=ConsentKind(args.kind),
            at=at,
            source=args.source,
            wording=args.wording,
            note=args.note,
        ),
    )
    print(f"Recorded {record.kind.value} for {record.address} at {record.at.isoformat()}.")
    return 0


def _parse_moment(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as error:
        raise UsageError(f"--at: {text!r} is not an ISO date or date-time") from error
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment


def cmd_demo(book: Book, args: argparse.Namespace) -> int:
    from contactbook.services.demo_data import generate_demo

    if args.contacts < 0:
        raise UsageError("demo: --contacts cannot be negative")
    summary = generate_demo(book, contacts=args.contacts, seed=args.seed)
    print(
        f"Added {summary.contacts:,} sample contacts, {summary.activities} processing "
        f"activities and {summary.consent_records:,} consent records to {book.path} "
        f"in {summary.seconds:.1f} s."
    )
    return 0
