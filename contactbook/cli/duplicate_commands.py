"""``duplicates`` (likely duplicate pairs) and ``merge`` (one pair into one contact)."""

from __future__ import annotations

import argparse
from typing import TypedDict

from contactbook.cli.arguments import UsageError
from contactbook.cli.output import print_json, print_table
from contactbook.domain.duplicates import CONFLICT_FIELDS, conflicts
from contactbook.services.book import Book
from contactbook.services.contacts import get_contact
from contactbook.services.duplicates import duplicate_pairs, merge_duplicates


class _PairRow(TypedDict):
    """One likely duplicate pair as ``duplicates --format json`` prints it."""

    first_id: int
    second_id: int
    first_name: str
    second_name: str
    reasons: list[str]
    conflicts: list[str]


def add_duplicates_arguments(listing: argparse.ArgumentParser) -> None:
    """``duplicates [--format table|json]``."""
    listing.add_argument("--format", choices=["table", "json"], default="table")


def add_merge_arguments(merge: argparse.ArgumentParser) -> None:
    """``merge KEEP-ID OTHER-ID [--take FIELD]...``."""
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


def cmd_duplicates(book: Book, args: argparse.Namespace) -> int:
    pairs = duplicate_pairs(book)
    rows: list[_PairRow] = []
    for pair in pairs:
        first, second = get_contact(book, pair.first_id), get_contact(book, pair.second_id)
        rows.append(
            {
                "first_id": pair.first_id,
                "second_id": pair.second_id,
                "first_name": first.display_name,
                "second_name": second.display_name,
                "reasons": [r.value for r in pair.reasons],
                "conflicts": conflicts(first, second),
            }
        )
    if args.format == "json":
        print_json(rows)
    else:
        print_table(
            ["keep", "other", "names", "why", "conflicts"],
            [
                [
                    str(r["first_id"]),
                    str(r["second_id"]),
                    f"{r['first_name']} / {r['second_name']}",
                    ", ".join(r["reasons"]),
                    ", ".join(r["conflicts"]),
                ]
                for r in rows
            ],
        )
    return 0


def cmd_merge(book: Book, args: argparse.Namespace) -> int:
    if args.keep == args.other:
        raise UsageError("merge: give two different contacts")
    merged = merge_duplicates(book, args.keep, args.other, frozenset(args.take))
    print(f"Merged contact {args.other} into {merged.display_name} (id {merged.id}).")
    return 0
