"""Full import of N phone-like cards against a bare ``vobject.readComponents`` of the same file.

Run by hand: ``.venv/bin/python tests/benchmarks/bench_import.py [--cards 10000] [--runs 3]``.
Prints both medians and their ratio (goal: the full import takes no longer than the bare
parse), and the peak memory of one import of ``--memory-cards`` cards (goal: flat).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import vobject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vcard_samples import generate_cards

from contactbook.services.book import open_book
from contactbook.services.vcard_import import import_files


def time_vobject(path: Path) -> float:
    start = time.perf_counter()
    text = path.read_text(encoding="utf-8", errors="replace")
    count = sum(1 for _ in vobject.readComponents(text, allowQP=True, ignoreUnreadable=True))
    elapsed = time.perf_counter() - start
    assert count > 0
    return elapsed


def time_import(path: Path, folder: Path, run: int) -> tuple[float, int]:
    book = open_book(folder / f"bench-{run}.sqlite")
    try:
        start = time.perf_counter()
        report = import_files(book, [path])
        return time.perf_counter() - start, report.imported
    finally:
        book.close()


def peak_memory_mib(path: Path, folder: Path) -> float:
    """Import in a child process and read its peak resident memory."""
    code = (
        "import resource, sys; from pathlib import Path;"
        "from contactbook.services.book import open_book;"
        "from contactbook.services.vcard_import import import_files;"
        f"b = open_book(Path({str(folder / 'mem.sqlite')!r}));"
        f"import_files(b, [Path({str(path)!r})]); b.close();"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--memory-cards",
        type=int,
        default=0,
        help="also measure peak memory importing this many cards (e.g. 100000)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        path = folder / "phone.vcf"
        path.write_bytes(generate_cards(args.cards, seed=1))
        size = path.stat().st_size / 1024 / 1024
        print(f"{args.cards:,} cards, {size:.1f} MiB")
        parse = [time_vobject(path) for _ in range(args.runs)]
        runs = [time_import(path, folder, run) for run in range(args.runs)]
        imported = {count for _, count in runs}
        bare = statistics.median(parse)
        full = statistics.median(seconds for seconds, _ in runs)
        print(f"vobject.readComponents alone: median {bare:.2f} s")
        print(f"full import into a new book:  median {full:.2f} s ({imported} contacts)")
        print(f"ratio import / bare parse:    {full / bare:.2f}")
        if args.memory_cards:
            big = folder / "big.vcf"
            big.write_bytes(generate_cards(args.memory_cards, seed=2))
            small = folder / "small.vcf"
            small.write_bytes(generate_cards(max(args.memory_cards // 10, 1), seed=3))
            print(
                f"peak memory, {args.memory_cards // 10:,} cards: "
                f"{peak_memory_mib(small, folder):.0f} MiB"
            )
            (folder / "mem.sqlite").unlink(missing_ok=True)
            print(
                f"peak memory, {args.memory_cards:,} cards: {peak_memory_mib(big, folder):.0f} MiB"
            )


if __name__ == "__main__":
    main()
