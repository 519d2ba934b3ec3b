"""How fast the command line starts: whole processes, as a user's shell runs them.

Run it by hand from the project root (a script, not a pytest test):

    .venv/bin/python tests/benchmarks/bench_cli.py [--runs 15] [--contacts 5000]

Makes a demo book of its own in a temporary folder (``contactbook demo --contacts 5000
--seed 1``), then times each command as a fresh process of the installed ``contactbook``
entry point (``python -m contactbook`` when there is none), and a bare ``python -c pass``
for scale. Prints one JSON object: per command the median and the fastest run in seconds,
the median's ratio to the bare interpreter, and the goal of issue 18 with whether it is met
(``--version``/``--help`` under 0.1 s; ``list``/``show`` in any format under 0.15 s).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_GOALS = {"--version": 0.1, "--help": 0.1, "list": 0.15, "show": 0.15}


def contactbook_command() -> list[str]:
    """The installed entry point next to this interpreter, else ``python -m contactbook``."""
    script = Path(sys.executable).with_name("contactbook")
    if script.is_file():
        return [str(script)]
    found = shutil.which("contactbook")
    return [found] if found else [sys.executable, "-m", "contactbook"]


def timed_runs(command: list[str], runs: int, environment: dict[str, str]) -> list[float]:
    """Wall seconds of each run (after one untimed run that warms the file cache)."""
    subprocess.run(command, check=True, capture_output=True, env=environment)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=environment)
        seconds.append(time.perf_counter() - started)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs per command")
    parser.add_argument("--contacts", type=int, default=5000, help="size of the demo book")
    parser.add_argument("--search", default="jan", help="the search of the list commands")
    parser.add_argument("--id", type=int, default=2500, help="the contact that show shows")
    arguments = parser.parse_args()

    program = contactbook_command()
    environment = dict(os.environ)
    environment.pop("CONTACTBOOK_DB", None)
    with tempfile.TemporaryDirectory(prefix="contactbook-bench-cli-") as directory:
        db = str(Path(directory) / "book.sqlite")
        subprocess.run(
            [*program, "--db", db, "demo", "--contacts", str(arguments.contacts), "--seed", "1"],
            check=True,
            stdout=subprocess.DEVNULL,
            env=environment,
        )
        book = ["--db", db]
        search = ["--search", arguments.search]
        cases: dict[str, tuple[str, list[str]]] = {
            "--version": ("--version", [*program, "--version"]),
            "--help": ("--help", [*program, "--help"]),
            "list --search (table)": ("list", [*program, *book, "list", *search]),
            "list --search --format json": (
                "list",
                [*program, *book, "list", *search, "--format", "json"],
            ),
            "show ID --format json": (
                "show",
                [*program, *book, "show", str(arguments.id), "--format", "json"],
            ),
        }
        bare = statistics.median(
            timed_runs([sys.executable, "-c", "pass"], arguments.runs, environment)
        )
        results: dict[str, object] = {}
        for name, (goal_key, command) in cases.items():
            seconds = timed_runs(command, arguments.runs, environment)
            median = statistics.median(seconds)
            results[name] = {
                "median_s": round(median, 4),
                "fastest_s": round(min(seconds), 4),
                "ratio_to_bare_python": round(median / bare, 2),
                "goal_s": _GOALS[goal_key],
                "goal_met": median < _GOALS[goal_key],
            }
    report = {
        "program": " ".join(Path(part).name for part in program),
        "python": sys.version.split()[0],
        "runs": arguments.runs,
        "contacts": arguments.contacts,
        "bare_python_median_s": round(bare, 4),
        "commands": results,
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
