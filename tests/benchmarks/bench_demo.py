"""How fast ``generate_demo`` fills a fresh contact book (a script, not a pytest test).

Run it from the project root:

    .venv/bin/python tests/benchmarks/bench_demo.py [--runs 5] [--contacts 10000] [--large 100000]

Each run builds a new database in a temporary directory through the real migrations, so the
figures include the inserts, the search index and the consent records, not only generation.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from pathlib import Path

from contactbook.services import demo_data
from contactbook.services.book import open_book
from contactbook.services.demo_data import DemoSummary, generate_demo


def run_once(contacts: int, seed: int) -> tuple[DemoSummary, float]:
    """One ``generate_demo`` into a fresh book; returns its summary and the wall time."""
    with tempfile.TemporaryDirectory(prefix="contactbook-bench-") as directory:
        book = open_book(Path(directory) / "demo.sqlite")
        try:
            started = time.perf_counter()
            summary = generate_demo(book, contacts, seed=seed)
            return summary, time.perf_counter() - started
        finally:
            book.close()


def generation_only(contacts: int, seed: int) -> float:
    """Seconds to draw the contacts without storing them: the generator's own share."""
    started = time.perf_counter()
    people = demo_data._DemoPeople(random.Random(seed), "NL", contacts)
    for _ in range(contacts):
        people.next_contact()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of the medium size")
    parser.add_argument("--contacts", type=int, default=10_000, help="medium size")
    parser.add_argument("--large", type=int, default=100_000, help="one run of this size; 0 skips")
    arguments = parser.parse_args()

    times = []
    for run in range(arguments.runs):
        summary, seconds = run_once(arguments.contacts, seed=run + 1)
        times.append(seconds)
        print(
            f"run {run + 1}: {summary.contacts} contacts, {summary.consent_records} consent "
            f"records in {seconds:.2f} s"
        )
    median = statistics.median(times)
    print(
        f"median of {arguments.runs} runs for {arguments.contacts} contacts: {median:.2f} s "
        f"({arguments.contacts / median:,.0f} contacts/s)"
    )
    generating = generation_only(arguments.contacts, seed=1)
    print(
        f"generation alone (no database) for {arguments.contacts} contacts: {generating:.2f} s; "
        f"the rest of the median is storage"
    )
    if arguments.large:
        summary, seconds = run_once(arguments.large, seed=1)
        print(
            f"one run for {summary.contacts} contacts: {seconds:.2f} s "
            f"({summary.contacts / seconds:,.0f} contacts/s, "
            f"{summary.consent_records} consent records)"
        )


if __name__ == "__main__":
    main()
