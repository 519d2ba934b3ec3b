"""``duplicates`` (likely duplicate pairs) and ``merge`` (one pair into one contact)."""

from __future__ import annotations

import argparse

from contactbook.cli.output import print_json, print_table
from contactbook.cli.parser import UsageError
from contactbook.domain.duplicates import conflicts
from contactbook.services.book import Book
from contactbook.services.duplicates import duplicate_pairs, merge_duplicates


def cmd_duplicates(book: Book, args: argparse.Namespace) -> int:
    pairs = duplicate_pairs(book)
    rows = []
    for pair in pairs:
        first, second = book.contacts.get(pair.first_id), book.contacts.get(pair.second_id)
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
