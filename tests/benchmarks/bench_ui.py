"""How the main window feels with a big book: launch, search as you type, scroll, memory.

Run by hand on a demo book (not part of the test run)::

    .venv/bin/contactbook --db /tmp/100k.db demo --contacts 100000
    .venv/bin/python tests/benchmarks/bench_ui.py --db /tmp/100k.db

Prints ONE JSON line. ``first_rows_s`` is measured from outside: from starting a fresh
Python process to the moment the window has painted its first rows (interpreter start,
imports, opening the book, building the window with its features, first paint).
``search_median_ms`` / ``search_p95_ms`` time each keystroke (from the second letter on)
of realistic queries typed letter by letter as real key presses: from the key press to the
updated list painted, the typing pause (``search_delay_ms``: its minimum and maximum; it
adapts to how long the last search took) included. ``search_query_*`` is the work alone:
the same prefixes applied directly, to the list repainted. ``scroll_end_ms`` is End-of-list
to the last rows painted. ``rss_mb`` is the resident memory of that process at the end,
``rss_peak_mb`` its peak.
``screenshot_s`` is ``contactbook gui --screenshot`` as a whole process (median of runs).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

_MARKER = "FIRST_ROWS_PAINTED"

# What owners type: names, parts of names, cities, phone fragments, e-mail domains.
QUERIES = [
    "jansen",
    "de vries",
    "bakker",
    "berg",
    "ijk",
    "sanne",
    "utrecht",
    "amersfoort",
    "zwolle",
    "0612",
    "06 38",
    "020 12",
    "gmail.com",
    "kpnmail",
    "schildersbedrijf",
]


def _child(db: Path) -> None:
    """Runs in the measured process: open the window, report first paint, then measure."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QEvent, QObject
    from PySide6.QtTest import QTest

    from contactbook.services.book import open_book
    from contactbook.ui.contacts.contact_browser import SEARCH_DELAY_MAX_MS, SEARCH_DELAY_MS
    from contactbook.ui.shell.application import create_application, show_window
    from contactbook.ui.shell.main_window import MainWindow

    class PaintWatch(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.painted = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    app = create_application([sys.argv[0]])
    book = open_book(db)
    window = MainWindow(book)
    watch = PaintWatch()
    viewport = window.table.viewport()
    viewport.installEventFilter(watch)
    window.resize(1280, 800)
    menus_before = len(window.menuBar().actions())
    show_window(window)  # as the application does: the features come after the first paint

    def until_painted() -> None:
        while not watch.painted:
            QCoreApplication.processEvents()
        watch.painted = False

    until_painted()
    assert window.model.rowCount() > 0, "the book is empty"
    print(_MARKER, flush=True)
    plugged_in_by = time.perf_counter() + 10
    # the features plug in their menus after the first paint; measure the rest after that
    while len(window.menuBar().actions()) == menus_before and time.perf_counter() < plugged_in_by:
        QCoreApplication.processEvents()
    contacts = window.model.total()

    def timed(action: object) -> float:
        watch.painted = False
        start = time.perf_counter()
        action()  # type: ignore[operator]
        viewport.update()  # an unchanged list still counts as shown once it is repainted
        until_painted()
        return (time.perf_counter() - start) * 1000

    def typed(char: str, expected: str) -> float:
        """A real key press in the search field, until the list shows ``expected``'s result."""
        watch.painted = False
        start = time.perf_counter()
        QTest.keyClick(window.search_field, char)
        while window.model.contact_filter.search != expected or not watch.painted:
            QCoreApplication.processEvents()
        return (time.perf_counter() - start) * 1000

    # Warm up once, as a user's first keystroke after launch is not what we measure.
    timed(lambda: window.set_search("a"))
    timed(lambda: window.set_search(""))
    keystrokes: list[float] = []
    queries: list[float] = []
    for query in QUERIES:
        # the work alone: each prefix applied directly, as after the typing pause
        for end in range(2, len(query) + 1):
            queries.append(timed(lambda text=query[:end]: window.set_search(text)))
        timed(lambda: window.set_search(""))
        # what the user sees: key press to the updated list, the typing pause included
        for end in range(1, len(query) + 1):
            text = query[:end]
            if text.strip() == query[: end - 1].strip():
                QTest.keyClick(window.search_field, text[-1])  # a space changes nothing
                continue
            elapsed = typed(text[-1], text.strip())
            if end >= 2:
                keystrokes.append(elapsed)
        timed(lambda: window.set_search(""))

    scroll_end = timed(window.table.scrollToBottom)
    last_row = window.table.rowAt(viewport.height() - 2)
    sort_organisation = timed(lambda: window.table.sortByColumn(1, _ascending()))
    sort_back = timed(lambda: window.table.sortByColumn(0, _ascending()))
    view_business = timed(lambda: window.show_view("business"))
    view_opted_out = timed(lambda: window.show_view("opted_out"))
    refresh = timed(window.refresh)
    status = Path("/proc/self/status").read_text() if Path("/proc/self/status").exists() else ""
    memory = {
        key: int(line.split()[1]) / 1024
        for line in status.splitlines()
        for key in ("VmRSS", "VmHWM")
        if line.startswith(key + ":")
    }
    keystrokes.sort()
    queries.sort()
    result = {
        "contacts": contacts,
        "search_median_ms": round(statistics.median(keystrokes), 1),
        "search_p95_ms": round(keystrokes[int(0.95 * (len(keystrokes) - 1))], 1),
        "search_max_ms": round(keystrokes[-1], 1),
        "search_keystrokes": len(keystrokes),
        "search_delay_ms": [SEARCH_DELAY_MS, SEARCH_DELAY_MAX_MS],
        "search_query_median_ms": round(statistics.median(queries), 1),
        "search_query_p95_ms": round(queries[int(0.95 * (len(queries) - 1))], 1),
        "scroll_end_ms": round(scroll_end, 1),
        "scroll_end_row": last_row,
        "sort_organisation_ms": round(sort_organisation, 1),
        "sort_name_ms": round(sort_back, 1),
        "view_business_ms": round(view_business, 1),
        "view_opted_out_ms": round(view_opted_out, 1),
        "refresh_ms": round(refresh, 1),
        "rss_mb": round(memory.get("VmRSS", 0.0), 1),
        "rss_peak_mb": round(memory.get("VmHWM", 0.0), 1),
    }
    print(json.dumps(result), flush=True)
    window.close()
    book.close()
    app.processEvents()


def _ascending() -> object:
    from PySide6.QtCore import Qt

    return Qt.SortOrder.AscendingOrder


def _measure_window(db: Path) -> tuple[float, dict[str, object]]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.perf_counter()
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", "--db", str(db)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert child.stdout is not None
    first_rows = None
    result: dict[str, object] = {}
    for line in child.stdout:
        if line.strip() == _MARKER and first_rows is None:
            first_rows = time.perf_counter() - start
        elif line.startswith("{"):
            result = json.loads(line)
    if child.wait() != 0 or first_rows is None:
        raise SystemExit(f"the measured window failed (exit code {child.returncode})")
    return first_rows, result


def _screenshot_seconds(db: Path, runs: int) -> float:
    command = [str(Path(sys.executable).with_name("contactbook")), "--db", str(db), "gui"]
    timings = []
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(runs):
            start = time.perf_counter()
            subprocess.run(
                [*command, "--screenshot", str(Path(folder) / "shot.png")],
                check=True,
                stdout=subprocess.DEVNULL,
            )
            timings.append(time.perf_counter() - start)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a demo book to measure")
    parser.add_argument("--runs", type=int, default=3, help="launches to take the median of")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if not args.db.exists():
        parser.error(f"there is no book at {args.db}")
    if args.child:
        _child(args.db)
        return
    launches = [_measure_window(args.db) for _ in range(max(1, args.runs))]
    first_rows = statistics.median(seconds for seconds, _ in launches)
    # the run with the median search time stands for the others
    launches.sort(key=lambda launch: float(launch[1]["search_median_ms"]))  # type: ignore[arg-type]
    _, result = launches[len(launches) // 2]
    output = {
        "first_rows_s": round(first_rows, 3),
        **result,
        "screenshot_s": round(_screenshot_seconds(args.db, max(1, args.runs)), 3),
        "runs": len(launches),
    }
    print(json.dumps(output))


if __name__ == "__main__":
    main()
