"""Crash safety: a contactbook process killed with SIGKILL at a random moment loses nothing.

A child process imports a large vCard file (``contactbook import``) or runs an edit-heavy
session (saves, consent records, scope changes through the services layer); the parent kills
it after a random delay. Then the file must pass SQLite's integrity check and the search
index's own check, the import must be there entirely or not at all, every edit the child had
reported as saved must be there, every row that existed before must be unchanged, and the
book must open (and take a write) again at once: the operating system released the locks.

CI runs a few kills of each kind; set ``CONTACTBOOK_CRASH_RUNS`` for more (each kind runs
that many times). The random delays come from ``CONTACTBOOK_CRASH_SEED`` (printed; default
a fixed seed) so that a failure can be repeated.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.enums import ConsentKind
from contactbook.services.book import open_book
from contactbook.storage.lock import WriterLock
from tests.reliability import books
from tests.reliability.edit_session import expected_states, read_states

pytestmark = pytest.mark.slow

RUNS = int(os.environ.get("CONTACTBOOK_CRASH_RUNS", "6"))
SEED = int(os.environ.get("CONTACTBOOK_CRASH_SEED", "20261128"))
BASE_CONTACTS = 300
IMPORT_CARDS = 3000
EDITED_CONTACTS = 40  # the edit session works on the first 40 contacts
EDIT_STEPS = 100_000  # more than a run lasts: the kill always comes first


@dataclass(frozen=True)
class Base:
    """A book with contacts, consent records and a scope change, and what it held."""

    path: Path
    count: int
    rowids: dict[str, int]
    digest: dict[str, str]


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Base:
    folder = tmp_path_factory.mktemp("crash-base")
    path = folder / "base.sqlite"
    cards = books.vcard_file(folder / "base.vcf", BASE_CONTACTS, first=0)
    result = books.run_cli(path, "import", str(cards))
    assert result.returncode == 0, result.stderr
    # history of the kinds the edit session writes, so that "unchanged" means something
    book = open_book(path)
    try:
        for number, kind in ((1, "opt_in"), (2, "opt_out"), (250, "objection")):
            address = f"joel.{number}@voorbeeld.nl"
            book.consent.record(ConsentRecord(address, ConsentKind(kind), datetime(2025, 5, 1)))
    finally:
        book.close()
    rowids = books.max_rowids(path)
    return Base(path, books.contact_count(path), rowids, books.digest(path, rowids))


@pytest.fixture(scope="module")
def import_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("crash-import")
    return books.vcard_file(folder / "import.vcf", IMPORT_CARDS, first=100_000)


def _delays(kind: str, low: float, high: float) -> Iterator[tuple[int, float]]:
    rng = random.Random(f"{SEED}-{kind}")
    for run in range(RUNS):
        yield run, round(rng.uniform(low, high), 3)


def _kill_after(process: subprocess.Popen[str], delay: float) -> bool:
    """SIGKILL the child after ``delay`` seconds; False when it had already finished."""
    try:
        process.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        return True
    return False


def _copy(base: Base, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(base.path, target)
    return target


def _opens_and_writes_again(path: Path) -> None:
    """The book opens at once and takes a write: the dead process holds no lock any more."""
    lock = WriterLock(path)
    lock.acquire()  # raises DatabaseInUseError if a lock survived the process
    lock.release()
    book = open_book(path, check_health=True)
    try:
        start = time.monotonic()
        with book.database.write_session() as session:
            session.connection().exec_driver_sql("PRAGMA user_version")
        assert time.monotonic() - start < 2, "the write had to wait for a lock"
        assert book.contacts.count() >= 0
    finally:
        book.close()


def _run_and_kill(path: Path, delay: float, *arguments: str) -> bool:
    """``contactbook --db PATH ARGUMENTS`` in a child, killed after ``delay`` seconds; False
    when it had finished by then (successfully: checked)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "contactbook", "--db", str(path), *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        cwd=books.REPO,
        env=books.child_environment(),
    )
    killed = _kill_after(process, delay)
    if not killed:
        assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    if process.stderr:
        process.stderr.close()
    return killed


def test_killed_import_is_all_or_nothing(
    base: Base, import_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outcomes: dict[str, int] = {"nothing": 0, "everything": 0, "finished before kill": 0}
    for run, delay in _delays("import", 0.3, 3.0):
        path = _copy(base, tmp_path / f"run{run}" / "book.sqlite")
        killed = _run_and_kill(path, delay, "import", str(import_file))
        label = f"import run {run} (seed {SEED}, kill after {delay} s)"
        assert books.integrity(path) == ["ok"], label
        count = books.contact_count(path)
        assert count in (base.count, base.count + IMPORT_CARDS), f"{label}: {count} contacts"
        assert books.digest(path, base.rowids) == base.digest, f"{label}: earlier data changed"
        _opens_and_writes_again(path)
        if not killed:
            outcomes["finished before kill"] += 1
        else:
            outcomes["nothing" if count == base.count else "everything"] += 1
        shutil.rmtree(path.parent)
    with capsys.disabled():
        print(f"\ncrash test, import: {RUNS} kills, seed {SEED}: {outcomes}")


def test_killed_edit_session_keeps_every_saved_edit(
    base: Base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    edited = range(1, EDITED_CONTACTS + 1)
    original = read_states(base.path, edited)
    saved_steps: list[int] = []
    for run, delay in _delays("edit", 0.8, 3.5):
        path = _copy(base, tmp_path / f"run{run}" / "book.sqlite")
        process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.reliability.edit_session",
                str(path),
                str(edited.start),
                str(len(edited)),
                str(EDIT_STEPS),
            ],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=books.REPO,
            env=books.child_environment(),
        )
        assert _kill_after(process, delay), "the edit session ended before it was killed"
        assert process.stdout is not None
        assert process.stderr is not None
        printed = process.stdout.read().split()
        errors = process.stderr.read()
        process.stdout.close()
        process.stderr.close()
        assert "Traceback" not in errors, errors
        reported = len(printed)  # steps 0 … reported-1 were committed and said so
        label = f"edit run {run} (seed {SEED}, kill after {delay} s, {reported} saves reported)"
        assert books.integrity(path) == ["ok"], label
        assert books.contact_count(path) == base.count, label
        actual = read_states(path, edited)
        # the kill can fall between a commit and its printed line: one more step may be saved
        candidates = [
            expected_states(original, edited.start, len(edited), n)
            for n in (reported, reported + 1)
        ]
        assert actual in candidates, f"{label}: saved edits lost or half-saved"
        others = books.digest(path, base.rowids, skip_contacts=edited)
        assert others == books.digest(base.path, base.rowids, skip_contacts=edited), (
            f"{label}: rows of other contacts changed"
        )
        _opens_and_writes_again(path)
        saved_steps.append(reported)
        shutil.rmtree(path.parent)
    with capsys.disabled():
        print(
            f"\ncrash test, edit session: {RUNS} kills, seed {SEED}; "
            f"saves reported before each kill: {saved_steps}"
        )


@pytest.fixture(scope="module")
def imported(base: Base, import_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Base:
    """The base book after the import, which the undo test takes back."""
    path = tmp_path_factory.mktemp("crash-undo") / "imported.sqlite"
    shutil.copy2(base.path, path)
    result = books.run_cli(path, "import", str(import_file))
    assert result.returncode == 0, result.stderr
    rowids = books.max_rowids(path)
    return Base(path, books.contact_count(path), rowids, books.digest(path, rowids))


def test_killed_import_undo_is_all_or_nothing(
    base: Base, imported: Base, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the kills fall between the start and a little after the end of an undo on this machine
    # (its whole run, start-up included, measured first)
    start = time.monotonic()
    finished = books.run_cli(
        _copy(imported, tmp_path / "measure" / "book.sqlite"), "import", "undo"
    )
    assert finished.returncode == 0, finished.stderr
    took = time.monotonic() - start
    outcomes: dict[str, int] = {"nothing": 0, "everything": 0, "finished before kill": 0}
    for run, fraction in _delays("undo", 0.3, 1.2):
        delay = round(fraction * took, 3)
        path = _copy(imported, tmp_path / f"run{run}" / "book.sqlite")
        killed = _run_and_kill(path, delay, "import", "undo")
        label = f"undo run {run} (seed {SEED}, kill after {delay} s)"
        assert books.integrity(path) == ["ok"], label
        count = books.contact_count(path)
        assert count in (base.count, imported.count), f"{label}: {count} contacts"
        if count == imported.count:
            assert books.digest(path, imported.rowids) == imported.digest, f"{label}: half undone"
        else:
            assert books.digest(path, base.rowids) == base.digest, f"{label}: earlier data changed"
        _opens_and_writes_again(path)
        if not killed:
            outcomes["finished before kill"] += 1
        else:
            outcomes["nothing" if count == imported.count else "everything"] += 1
        shutil.rmtree(path.parent)
    with capsys.disabled():
        print(
            f"\ncrash test, import undo ({took:.2f} s whole): {RUNS} kills, seed {SEED}: {outcomes}"
        )
