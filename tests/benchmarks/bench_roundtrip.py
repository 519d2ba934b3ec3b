"""The sample book exported as vCard and imported into an empty book: the same contacts come
back, with the same e-mail addresses and phone numbers each (nothing merged).

Run by hand: ``.venv/bin/python tests/benchmarks/bench_roundtrip.py [--contacts 100000]
[--versions 3.0 4.0]``. Prints, as JSON, the contacts before and after per vCard version, the
merges, the contacts whose addresses or numbers differ (goal: 0), and the seconds each step
took (demo, export, import, the import's dry run and its undo).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from contactbook.domain.email_address import normalise_address
from contactbook.services.book import Book, open_book
from contactbook.services.demo_data import generate_demo
from contactbook.services.import_undo import undo_import
from contactbook.services.vcard_export import export_vcards
from contactbook.services.vcard_import import ImportOptions, import_files

_T = TypeVar("_T")


def essence(book: Book) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    return {
        c.uid: (
            tuple(normalise_address(e.address) for e in c.emails),
            tuple(p.e164 or p.raw for p in c.phones),
        )
        for c in book.contacts.iter_contacts()
    }


def timed(work: Callable[[], _T]) -> tuple[_T, float]:
    start = time.perf_counter()
    result = work()
    return result, round(time.perf_counter() - start, 2)


def round_trip(
    source: Book,
    before: dict[str, tuple[tuple[str, ...], tuple[str, ...]]],
    folder: Path,
    version: str,
) -> dict[str, object]:
    exported = folder / f"book-{version}.vcf"
    _, export_s = timed(lambda: export_vcards(source, exported, version=version))
    target = open_book(folder / f"imported-{version}.sqlite")
    try:
        dry, dry_s = timed(lambda: import_files(target, [exported], ImportOptions(dry_run=True)))
        report, import_s = timed(lambda: import_files(target, [exported]))
        after = essence(target)
        differing = sum(1 for uid, value in before.items() if after.get(uid) != value)
        undone, undo_s = timed(lambda: undo_import(target))
    finally:
        target.close()
    return {
        "file_mb": round(exported.stat().st_size / 1e6, 1),
        "contacts_after": len(after),
        "merged": report.merged,
        "merges_proposed_by_dry_run": dry.merged,
        "likely_duplicates_listed": len(report.likely),
        "contacts_differing": differing,
        "export_s": export_s,
        "dry_run_s": dry_s,
        "import_s": import_s,
        "undo_s": undo_s,
        "undo_removed": undone.removed,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--contacts", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--versions", nargs="+", default=["3.0", "4.0"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-roundtrip-") as name:
        folder = Path(name)
        source = open_book(folder / "source.sqlite")
        try:
            _, demo_s = timed(lambda: generate_demo(source, args.contacts, seed=args.seed))
            before = essence(source)
            results: dict[str, object] = {"contacts": len(before), "demo_s": demo_s}
            for version in args.versions:
                results[version] = round_trip(source, before, folder, version)
        finally:
            source.close()
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
