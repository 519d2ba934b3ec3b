"""How fast the list answers with a big book: open, count, first page, search, filters.

Run by hand: ``.venv/bin/python tests/benchmarks/bench_queries.py [--contacts 100000]``.
Builds (once) a demo book in a temporary folder and prints the median of repeated runs;
``--db PATH`` measures an existing book instead (e.g. one made by ``contactbook demo``).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ContactFilter, ContactOrder, SortField
from contactbook.domain.enums import Scope
from contactbook.services.book import open_book
from contactbook.services.demo_data import generate_demo


def median_ms(action: Callable[[], object], repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        timings.append((time.perf_counter() - start) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, help="an existing book (nothing is generated)")
    args = parser.parse_args()
    if args.db is not None:
        measure(args.db, args.repeat)
        return
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        book = open_book(path)
        summary = generate_demo(book, contacts=args.contacts, seed=7)
        print(f"demo: {summary.contacts:,} contacts in {summary.seconds:.1f} s")
        book.close()
        measure(path, args.repeat)


def measure(path: Path, repeat: int) -> None:
    def reopen() -> None:
        open_book(path).close()

    print(f"open book:                 {median_ms(reopen, repeat):8.1f} ms")
    book = open_book(path)
    cases: list[tuple[str, Callable[[], object]]] = [
        ("count all", lambda: book.contacts.count()),
        ("first page (200)", lambda: book.contacts.page(limit=200)),
        ("page at 50,000", lambda: book.contacts.page(offset=50_000, limit=200)),
        ("count business", lambda: book.contacts.count(ContactFilter(scope=Scope.BUSINESS))),
        (
            "count assessment missing",
            lambda: book.contacts.count(ContactFilter(badge=BadgeKind.ASSESSMENT_MISSING)),
        ),
        ("search 'jan' count", lambda: book.contacts.count(ContactFilter(search="jan"))),
        ("search 'jan' page", lambda: book.contacts.page(ContactFilter(search="jan"))),
        ("search 'zoe' page", lambda: book.contacts.page(ContactFilter(search="zoe"))),
        ("search '0612' page", lambda: book.contacts.page(ContactFilter(search="0612"))),
        ("search 'de' (2 letters)", lambda: book.contacts.page(ContactFilter(search="de"))),
        ("get one contact", lambda: book.contacts.get(4242)),
    ]
    total = book.contacts.count()
    deep = max(total - 1_000, 0)
    business = ContactFilter(scope=Scope.BUSINESS)
    for field in (SortField.ORGANISATION, SortField.EMAIL):
        for descending in (False, True):
            order = ContactOrder(field, descending)
            label = f"{field.value}{' desc' if descending else ''}"
            cases += [
                (f"first page by {label}", partial(book.contacts.page, order=order)),
                (f"deep page by {label}", partial(book.contacts.page, offset=deep, order=order)),
            ]
    cases += [
        (
            "business page by organisation",
            lambda: book.contacts.page(
                business, offset=10_000, order=ContactOrder(SortField.ORGANISATION)
            ),
        ),
    ]
    for name, action in cases:
        print(f"{name:32s} {median_ms(action, repeat):8.1f} ms")
    book.close()


if __name__ == "__main__":
    main()
