"""Commands about processing activities (``activity``) and settings (``settings``)."""

from __future__ import annotations

import argparse
from dataclasses import asdict, replace
from typing import Any

from contactbook.cli.output import print_json, print_table
from contactbook.cli.parser import UsageError
from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest
from contactbook.services.book import Book
from contactbook.storage.settings_repository import USER_KEYS

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
        counts = book.activities.contact_counts()
        activities = book.activities.list()
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
        activity = book.activities.get(args.name)
        data = activity_json(activity, book.activities.contact_counts().get(activity.name, 0))
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
        activity = book.activities.add(ProcessingActivity(name=args.name, **_changes(args, None)))
        print(f"Added processing activity {activity.name!r}.")
        if not activity.retention_period:
            print("Note: the register needs a retention period (--retention).")
        return 0
    current = book.activities.get(args.name)
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
    book.activities.update(updated)
    print(f"Saved processing activity {updated.name!r}.")
    return 0


def cmd_settings(book: Book, args: argparse.Namespace) -> int:
    if args.action == "show":
        values = book.settings.all()
        shown = {key: values.get(key, "") for key in USER_KEYS}
        shown["default_region"] = book.settings.default_region()
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
        book.settings.set(args.key, args.value)
    except ValueError as error:
        raise UsageError(f"settings set: {error}") from error
    print(f"{args.key} = {args.value}")
    return 0
