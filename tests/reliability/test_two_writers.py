"""Two writers on one book, as real processes: no corruption, no lost updates.

What is promised: two commands (or a window and a command) that save at the same time take
turns (SQLite's write lock, BEGIN IMMEDIATE, a 5 s busy timeout); each one's changes are all
there afterwards. A second window on the same book is refused with a plain message (the
writer lock file). A command that cannot get its turn within the timeout is told so in one
line and changes nothing.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from contactbook.storage.errors import DatabaseInUseError
from contactbook.storage.lock import WriterLock
from tests.reliability import books
from tests.reliability.edit_session import expected_states, read_states

pytestmark = pytest.mark.slow


@pytest.fixture
def shared_book(tmp_path: Path) -> Path:
    path = tmp_path / "book" / "shared.sqlite"
    cards = books.vcard_file(tmp_path / "base.vcf", 60)
    assert books.run_cli(path, "import", str(cards)).returncode == 0
    return path


def _start(*command: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=books.REPO,
        env=books.child_environment(),
    )


def test_two_imports_at_once_both_arrive_whole(shared_book: Path, tmp_path: Path) -> None:
    first = books.vcard_file(tmp_path / "first.vcf", 1500, first=10_000)
    second = books.vcard_file(tmp_path / "second.vcf", 1500, first=20_000)
    processes = [
        _start("-m", "contactbook", "--db", str(shared_book), "import", str(path))
        for path in (first, second)
    ]
    results = [(p.wait(timeout=120), *p.communicate()) for p in processes]
    count = books.contact_count(shared_book)
    assert books.integrity(shared_book) == ["ok"]
    for returncode, _out, errors in results:
        assert "Traceback" not in errors
        # either it got its turn, or it was told plainly in one line (and added nothing)
        assert returncode == 0 or (returncode == 2 and len(errors.strip().splitlines()) == 1)
    added = sum(1500 for returncode, _o, _e in results if returncode == 0)
    assert count == 60 + added
    assert added == 3000, f"an import was refused while the other ran: {results}"


def test_two_edit_sessions_at_once_lose_no_update(shared_book: Path) -> None:
    steps = 120
    ranges = (range(1, 21), range(21, 41))
    original = {r.start: read_states(shared_book, r) for r in ranges}
    processes = [
        _start(
            "-m",
            "tests.reliability.edit_session",
            str(shared_book),
            str(r.start),
            str(len(r)),
            str(steps),
        )
        for r in ranges
    ]
    for process in processes:
        out, errors = process.communicate(timeout=180)
        assert process.returncode == 0, errors
        assert len(out.split()) == steps
    assert books.integrity(shared_book) == ["ok"]
    for r in ranges:
        assert read_states(shared_book, r) == expected_states(
            original[r.start], r.start, len(r), steps
        )


def test_second_window_is_refused_plainly_until_the_first_ends(shared_book: Path) -> None:
    holder = _start(
        "-c",
        "import sys, time\n"
        "from pathlib import Path\n"
        "from contactbook.storage.lock import WriterLock\n"
        "lock = WriterLock(Path(sys.argv[1]))\n"
        "lock.acquire()\n"
        "print('held', flush=True)\n"
        "time.sleep(60)\n",
        str(shared_book),
    )
    try:
        assert holder.stdout is not None
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseInUseError, match="already open in another contactbook"):
            WriterLock(shared_book).acquire()
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    lock = WriterLock(shared_book)
    lock.acquire()  # the dead window's lock went with its process
    assert lock.held
    lock.release()


def _hold_write_lock(path: Path, seconds: float) -> subprocess.Popen[str]:
    """Another program in the middle of a long write (as a big import is)."""
    holder = _start(
        "-c",
        "import sqlite3, sys, time\n"
        "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "c.execute('BEGIN IMMEDIATE')\n"
        "c.execute(\"UPDATE contacts SET notes = 'long write' WHERE id = 2\")\n"
        "print('locked', flush=True)\n"
        f"time.sleep({seconds})\n"
        "c.execute('COMMIT')\n",
        str(path),
    )
    assert holder.stdout is not None
    assert holder.stdout.readline().strip() == "locked"
    return holder


def test_a_short_write_waits_for_its_turn(shared_book: Path) -> None:
    holder = _hold_write_lock(shared_book, 1.5)
    result = books.run_cli(
        shared_book, "consent", "joel.3@voorbeeld.nl", "--kind", "opt_in", "--source", "phone"
    )
    holder.communicate(timeout=30)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(shared_book) as connection:
        notes = connection.execute("SELECT notes FROM contacts WHERE id = 2").fetchone()[0]
        kinds = connection.execute(
            "SELECT kind FROM consent_records WHERE address_key = 'joel.3@voorbeeld.nl'"
        ).fetchall()
    connection.close()
    assert notes == "long write"  # both writers' changes are there
    assert kinds == [("opt_in",)]


def test_a_write_refused_after_the_timeout_says_so_plainly(shared_book: Path) -> None:
    before = books.digest(shared_book, books.max_rowids(shared_book))
    holder = _hold_write_lock(shared_book, 8)
    try:
        result = books.run_cli(
            shared_book, "consent", "joel.4@voorbeeld.nl", "--kind", "opt_in", "--source", "x"
        )
    finally:
        holder.kill()
        holder.communicate(timeout=30)
    assert books.digest(shared_book, books.max_rowids(shared_book)) == before
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr
    assert len(lines) == 1
    assert "busy" in lines[0]
