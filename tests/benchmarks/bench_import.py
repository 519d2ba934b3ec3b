"""Full import of N phone-like cards against a bare ``vobject.readComponents`` of the same file.

Run by hand: ``.venv/bin/python tests/benchmarks/bench_import.py [--cards 10000] [--runs 3]
[--workers N] [--memory-cards 100000]``. Prints both medians and their ratio (goal: the full
import takes no longer than the bare parse), and the peak memory of an import of
``--memory-cards`` cards and of a tenth of that (goal: flat, apart from SQLite's page cache of
64 MiB), for the importing process and for its largest worker process.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import vobject

sys.path.insert(0, str(Path(__file__).resolve().parent))
from vcard_samples import generate_cards

from contactbook.services.book import open_book
from contactbook.services.vcard_import import import_files


@dataclass(frozen=True)
class Timing:
    seconds: float  # wall clock
    cpu: float  # processor seconds of this process and of the processes it waited for


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_vobject(path: Path) -> Timing:
    start, cpu = time.perf_counter(), _cpu()
    text = path.read_text(encoding="utf-8", errors="replace")
    count = sum(1 for _ in vobject.readComponents(text, allowQP=True, ignoreUnreadable=True))
    timing = Timing(time.perf_counter() - start, _cpu() - cpu)
    assert count > 0
    return timing


def time_import(path: Path, folder: Path, run: int, workers: int | None) -> tuple[Timing, int]:
    book = open_book(folder / f"bench-{run}.sqlite")
    try:
        start, cpu = time.perf_counter(), _cpu()
        report = import_files(book, [path], workers=workers)
        return Timing(time.perf_counter() - start, _cpu() - cpu), report.imported
    finally:
        book.close()


_MEMORY_PROBE = """
import resource, sys
from pathlib import Path
from contactbook.services.book import open_book
from contactbook.services.vcard_import import import_files

def high_water_mib():
    # VmHWM starts afresh at exec; ru_maxrss would carry the forking parent's size over
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

book = open_book(Path(sys.argv[1]))
workers = None if sys.argv[3] == "auto" else int(sys.argv[3])
import_files(book, [Path(sys.argv[2])], workers=workers)
book.close()
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(high_water_mib(), children)
"""


def peak_memory_mib(path: Path, folder: Path, workers: int | None) -> tuple[float, float]:
    """Import in a child process: peak resident memory of the importer and of a worker."""
    database = folder / "mem.sqlite"
    database.unlink(missing_ok=True)
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(database), str(path), str(workers or "auto")],
        capture_output=True,
        text=True,
        check=True,
    )
    importer, worker = out.stdout.split()
    return float(importer), float(worker)


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cards", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        help="worker processes for the import (default: the importer's own choice; 0: none)",
    )
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
        load_before = _load()
        # alternated, so that a machine busy with other work slows both alike
        parse: list[Timing] = []
        runs: list[tuple[Timing, int]] = []
        for run in range(args.runs):
            parse.append(time_vobject(path))
            runs.append(time_import(path, folder, run, args.workers))
        # every run should import the same number; differing counts are printed all
        imported = " / ".join(f"{n:,}" for n in sorted({count for _, count in runs}))
        bare = statistics.median(t.seconds for t in parse)
        full = statistics.median(t.seconds for t, _ in runs)
        bare_cpu = statistics.median(t.cpu for t in parse)
        full_cpu = statistics.median(t.cpu for t, _ in runs)
        print(f"vobject.readComponents alone: median {bare:.2f} s (processor {bare_cpu:.2f} s)")
        print(
            f"full import into a new book:  median {full:.2f} s (processor {full_cpu:.2f} s, "
            f"all processes; {imported} contacts)"
        )
        print(f"ratio import / bare parse:    {full / bare:.2f}")
        print(f"load average before / after:  {load_before} / {_load()}")
        if args.memory_cards:
            for count, seed in ((max(args.memory_cards // 10, 1), 3), (args.memory_cards, 2)):
                cards = folder / f"memory-{count}.vcf"
                cards.write_bytes(generate_cards(count, seed=seed))
                importer, worker = peak_memory_mib(cards, folder, args.workers)
                print(
                    f"peak memory, {count:,} cards: importer {importer:.0f} MiB, "
                    f"largest worker {worker:.0f} MiB"
                )
                cards.unlink()


if __name__ == "__main__":
    main()
