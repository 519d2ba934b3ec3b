"""Commands about processing activities (``activity``) and settings (``settings``)."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from typing import Any

from contactbook.cli.arguments import UsageError
from contactbook.cli.output import print_json, print_table
from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest
from contactbook.services.activities import (
    activity_contact_counts,
    add_activity,
    get_activity,
    list_activities,
    update_activity,
)
from contactbook.services.book import Book
from contactbook.services.book_settings import (
    USER_KEYS,
    all_settings,
    change_setting,
    default_region,
)

_TEXT_FIELDS = (
    "purposes",
    "data_subject_categories",
    "personal_data_categories",
    "recipients",
    "processors",
    "third_country_transfers",
    "transfer_safeguards",
    "retention_period",
    "security_measures",
    "remarks",
)


def add_activity_arguments(activity: argparse.ArgumentParser) -> None:
    """``activity list|show|add|edit``."""
    actions = activity.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(activity)
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


def add_settings_arguments(settings: argparse.ArgumentParser) -> None:
    """``settings show [--format text|json]`` and ``settings set KEY VALUE``."""
    settings_actions = settings.add_subparsers(
        dest="action", metavar="ACTION", required=True, parser_class=type(settings)
    )
    settings_show = settings_actions.add_parser("show", help="show the settings")
    settings_show.add_argument("--format", choices=["text", "json"], default="text")
    settings_set = settings_actions.add_parser("set", help="change one setting")
    settings_set.add_argument("key", metavar="KEY")
    settings_set.add_argument("value", metavar="VALUE")


def activity_json(activity: ProcessingActivity, contacts: int) -> dict[str, Any]:
    data = asdict(activity)
    data["default_legal_basis"] = activity.default_legal_basis.value
    test = activity.balancing_test
    data["balancing_test"] = (
        None
        if test is None
        else {
            "purpose": test.purpose,
            "necessity": test.necessity,
            "balance": test.balance,
            "assessed_on": test.assessed_on.isoformat() if test.assessed_on else None,
        }
    )
    data["contacts"] = contacts
    return data


def _changes(args: argparse.Namespace, current: ProcessingActivity | None) -> dict[str, Any]:
    changes: dict[str, Any] = {
        name: getattr(args, name) for name in _TEXT_FIELDS if getattr(args, name) is not None
    }
    if args.retention_months is not None:
        changes["retention_months"] = args.retention_months
    if args.default_legal_basis:
        changes["default_legal_basis"] = LegalBasis(args.default_legal_basis)
    lia = (args.lia_purpose, args.lia_necessity, args.lia_balance)
    if any(part is not None for part in lia):
        old = (current.balancing_test if current else None) or BalancingTest()
        purpose, necessity, balance = (
            new if new is not None else old_value
            for new, old_value in zip(lia, (old.purpose, old.necessity, old.balance), strict=True)
        )
        changes["balancing_test"] = BalancingTest(purpose, necessity, balance, old.assessed_on)
    return changes


def cmd_activity(book: Book, args: argparse.Namespace) -> int:
    if args.action == "list":
        counts = activity_contact_counts(book)
        activities = list_activities(book)
        if args.format == "json":
            print_json([activity_json(a, counts.get(a.name, 0)) for a in activities])
        else:
            print_table(
                ["name", "basis", "contacts", "retention", "archived"],
                [
                    [
                        a.name,
                        a.default_legal_basis.value,
                        str(counts.get(a.name, 0)),
                        a.retention_period,
                        "yes" if a.archived else "",
                    ]
                    for a in activities
                ],
            )
        return 0
    if args.action == "show":
        activity = get_activity(book, args.name)
        data = activity_json(activity, activity_contact_counts(book).get(activity.name, 0))
        if args.format == "json":
            print_json(data)
        else:
            for key, value in data.items():
                if value not in (None, "", False) and key != "id":
                    print(f"{key.replace('_', ' ')}: {value}")
        return 0
    if args.action == "add":
        if not args.name.strip():
            raise UsageError("activity add: the name cannot be empty")
        activity = add_activity(book, ProcessingActivity(name=args.name, **_changes(args, None)))
        print(f"Added processing activity {activity.name!r}.")
        if not activity.retention_period:
            print("Note: the register needs a retention period (--retention).")
        return 0
    current = get_activity(book, args.name)
    changes = _changes(args, current)
    if args.rename is not None:
        changes["name"] = args.rename
    if args.archived is not None:
        changes["archived"] = args.archived
    if not changes:
        raise UsageError("activity edit: nothing to change; give at least one option")
    try:
        updated = replace(current, **changes)
    except ValueError as error:
        raise UsageError(f"activity edit: {error}") from error
    update_activity(book, updated)
    print(f"Saved processing activity {updated.name!r}.")
    return 0


def cmd_settings(book: Book, args: argparse.Namespace) -> int:
    if args.action == "show":
        values = all_settings(book)
        shown = {key: values.get(key, "") for key in USER_KEYS}
        shown["default_region"] = default_region(book)
        if args.format == "json":
            print_json(shown)
        else:
            print_table(["setting", "value"], [[k, v] for k, v in shown.items()])
        return 0
    if args.key not in USER_KEYS:
        raise UsageError(
            f"settings set: unknown setting {args.key!r}; one of: " + ", ".join(USER_KEYS)
        )
    try:
        change_setting(book, args.key, args.value)
    except ValueError as error:
        raise UsageError(f"settings set: {error}") from error
    print(f"{args.key} = {args.value}")
    return 0
