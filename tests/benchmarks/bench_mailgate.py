"""How fast the mail gate decides for a whole book: the 100,000 contacts of the demo data.

Run by hand: ``.venv/bin/python tests/benchmarks/bench_mailgate.py [--contacts 100000]``.
Builds a demo book in a temporary folder (or takes ``--db PATH``), then times
``recipients_for`` over every contact — the SQL that gathers the facts plus the gate itself —
and prints the median. Goal: the whole decision set in < 1 s. The last line adds the names
the recipients dialog shows, which the decisions do not need.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import tempfile
import time
from pathlib import Path

from contactbook.domain.contact_query import ContactFilter
from contactbook.services.book import Book, open_book
from contactbook.services.demo_data import DEMO_CATEGORY, generate_demo
from contactbook.services.mailing import recipients_for

GOAL_SECONDS = 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--db", type=Path, help="time an existing book instead of a new demo")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = args.db or Path(folder) / "bench.sqlite"
        if args.db is None:
            book = open_book(path)
            summary = generate_demo(book, contacts=args.contacts, seed=7)
            print(f"demo: {summary.contacts:,} contacts in {summary.seconds:.1f} s")
            book.close()  # as a user would find it: written, checkpointed, opened again
        book = open_book(path)
        try:
            print(f"book: {book.contacts.count():,} contacts")
            run_cases(book, args.repeat)
        finally:
            book.close()


def run_cases(book: Book, repeat: int) -> None:
    cases = {
        "decisions, whole book": (ContactFilter(), False, False),
        f"decisions, category {DEMO_CATEGORY!r}": (
            ContactFilter(category=DEMO_CATEGORY),
            False,
            False,
        ),
        "decisions, strict mode": (ContactFilter(), True, False),
        "with names (the dialog)": (ContactFilter(), False, True),
    }
    for name, (contact_filter, strict, with_names) in cases.items():
        timings = []
        for _ in range(repeat):
            # One answer at a time, as the window and the command line use it: the last
            # one's 100,000 tuples are gone before the next is timed.
            gc.collect()
            start = time.perf_counter()
            result = recipients_for(book, contact_filter, strict, with_names=with_names)
            timings.append(time.perf_counter() - start)
            allowed, blocked = len(result.allowed), len(result.blocked)
            del result
        median = statistics.median(timings)
        verdict = "ok" if median < GOAL_SECONDS else "OVER THE GOAL"
        print(
            f"{name:34s} {median:6.3f} s median of {repeat} "
            f"({allowed:,} allowed, {blocked:,} blocked) {verdict}"
        )


if __name__ == "__main__":
    main()
