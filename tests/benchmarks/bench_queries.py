"""How fast the list answers with a big book: open, count, first page, search, filters.

Run by hand: ``.venv/bin/python tests/benchmarks/bench_queries.py [--contacts 100000]``.
Builds (once) a demo book in a temporary folder and prints the median of repeated runs.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ContactFilter
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
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        book = open_book(path)
        summary = generate_demo(book, contacts=args.contacts, seed=7)
        print(f"demo: {summary.contacts:,} contacts in {summary.seconds:.1f} s")
        book.close()

        def reopen() -> None:
            open_book(path).close()

        print(f"open book:                 {median_ms(reopen, args.repeat):8.1f} ms")
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
        for name, action in cases:
            print(f"{name:26s} {median_ms(action, args.repeat):8.1f} ms")
        book.close()


if __name__ == "__main__":
    main()
