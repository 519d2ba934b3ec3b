"""Hostile files fed to ``contactbook import``: each ends in a clear message and a usable
book, and memory stays bounded.

Specific cases run the real command line in a child process (its peak memory is measured
with ``wait4``): an empty file, binary garbage, a ZIP, a PDF, a 50 MB photo (the 5 MB cap),
a 10 MB line, very many tiny cards. A hypothesis run feeds damaged and random files through
the whole import service into a real book (``CONTACTBOOK_FUZZ_EXAMPLES``, default 40 here).
"""

from __future__ import annotations

import base64
import io
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contactbook.services.book import open_book
from contactbook.services.vcard_import import ImportFileError, import_files
from tests.interchange.test_vcard_fuzz import mutated_cards
from tests.reliability import books

MB = 1024 * 1024
EXAMPLES = max(1, int(os.environ.get("CONTACTBOOK_FUZZ_EXAMPLES", "200")) // 5)
PAGE_CACHE_MB = 64
TINY_CARDS = int(os.environ.get("CONTACTBOOK_TINY_CARDS", "20000"))


@dataclass(frozen=True)
class Run:
    exit_code: int
    stdout: str
    stderr: str
    peak_mb: float
    seconds: float


def run_measured(db: Path, *args: str) -> Run:
    """``contactbook --db DB ARGS…`` in a child; with the child's own peak memory (RSS)."""
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as scratch:
        peak_file = Path(scratch) / "peak"
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "tests.reliability.measured_cli",
                str(peak_file),
                "--db",
                str(db),
                *args,
            ],
            capture_output=True,
            text=True,
            errors="replace",
            cwd=books.REPO,
            env=books.child_environment(),
            timeout=900,
            check=False,
        )
        peak = int(peak_file.read_text()) / 1024 if peak_file.exists() else float("nan")
    return Run(result.returncode, result.stdout, result.stderr, peak, time.monotonic() - started)


@pytest.fixture
def book_file(tmp_path: Path) -> Path:
    path = tmp_path / "book" / "book.sqlite"
    cards = books.vcard_file(tmp_path / "base.vcf", 50)
    assert books.run_cli(path, "import", str(cards)).returncode == 0
    return path


def assert_unchanged_and_usable(path: Path, before: dict[str, str]) -> None:
    assert books.integrity(path) == ["ok"]
    assert books.digest(path, books.max_rowids(path), skip=("audit_events",)) == before
    listed = books.run_cli(path, "list", "--format", "json")
    assert listed.returncode == 0, listed.stderr


def _before(path: Path) -> dict[str, str]:
    return books.digest(path, books.max_rowids(path), skip=("audit_events",))


def _zip_file() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("contacts.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:In Zip\r\nEND:VCARD\r\n")
    return buffer.getvalue()


PDF = (
    b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
    b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
)
REFUSED = {
    "empty": (b"", "empty"),
    "garbage": (random.Random(9).randbytes(200_000), "not a vCard file"),
    "zip": (_zip_file(), "ZIP"),
    "pdf": (PDF, "PDF"),
    "text": (b"Dear Jan,\r\nhere are the addresses you asked for.\r\n" * 50, "no vCards"),
}


@pytest.mark.parametrize("kind", sorted(REFUSED))
def test_a_file_that_is_no_vcard_is_refused_in_one_line(
    kind: str, book_file: Path, tmp_path: Path
) -> None:
    content, words = REFUSED[kind]
    hostile = tmp_path / f"contacts-{kind}.vcf"
    hostile.write_bytes(content)
    before = _before(book_file)
    run = run_measured(book_file, "import", str(hostile))
    lines = run.stderr.strip().splitlines()
    assert run.exit_code == 2, run
    assert len(lines) == 1, run.stderr
    assert words in lines[0]
    assert "Traceback" not in run.stderr
    assert_unchanged_and_usable(book_file, before)


def _photo_card(path: Path, megabytes: int) -> Path:
    photo = b"\xff\xd8\xff\xe0" + random.Random(megabytes).randbytes(megabytes * MB)
    text = base64.b64encode(photo).decode()
    with path.open("w", encoding="ascii", newline="") as stream:
        stream.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Groot Portret\r\n")
        stream.write("EMAIL:groot.portret@voorbeeld.nl\r\nPHOTO;ENCODING=b;TYPE=JPEG:")
        for start in range(0, len(text), 74):  # folded as phones write it
            stream.write(("" if start == 0 else "\r\n ") + text[start : start + 74])
        stream.write("\r\nEND:VCARD\r\n")
    return path


def _stored_photo_size(path: Path, address: str) -> int | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT length(c.photo) FROM contacts c JOIN emails e ON e.contact_id = c.id "
            "WHERE e.address_key = ?",
            (address,),
        ).fetchone()
    connection.close()
    assert row is not None, "the card was not imported"
    return row[0]


@pytest.mark.slow
def test_a_50_mb_photo_is_left_out_and_the_card_imports(
    book_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    baseline = run_measured(book_file, "list", "--format", "json").peak_mb
    run = run_measured(book_file, "import", str(_photo_card(tmp_path / "big.vcf", 50)))
    assert run.exit_code in (0, 1), run.stderr
    assert "larger than 5 MB and was left out" in run.stdout
    assert _stored_photo_size(book_file, "groot.portret@voorbeeld.nl") is None
    assert books.integrity(book_file) == ["ok"]
    with capsys.disabled():
        print(f"\n50 MB photo: peak {run.peak_mb:.0f} MB (a command alone: {baseline:.0f} MB)")
    assert run.peak_mb - baseline < 600  # hard bound: no blow-up beyond a few times the file


@pytest.mark.slow
def test_a_25_mb_photo_costs_no_more_memory_than_a_6_mb_one(
    book_file: Path, tmp_path: Path
) -> None:
    small = run_measured(book_file, "import", "--dry-run", str(_photo_card(tmp_path / "s.vcf", 6)))
    large = run_measured(book_file, "import", "--dry-run", str(_photo_card(tmp_path / "l.vcf", 25)))
    assert large.peak_mb < small.peak_mb + 30, (small.peak_mb, large.peak_mb)


@pytest.mark.slow
def test_a_10_mb_line_ends_clearly_and_the_book_stays_usable(
    book_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = tmp_path / "long-line.vcf"
    hostile.write_bytes(
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lange Regel\r\nEMAIL:lange.regel@voorbeeld.nl\r\n"
        + b"NOTE:"
        + b"abcdefghi " * MB
        + b"\r\nEND:VCARD\r\n"
    )
    run = run_measured(book_file, "import", str(hostile))
    assert run.exit_code in (0, 1, 2), run
    assert "Traceback" not in run.stderr
    assert run.stdout.strip() or len(run.stderr.strip().splitlines()) == 1
    assert books.integrity(book_file) == ["ok"]
    shown = run_measured(book_file, "list", "--search", "Regel", "--format", "json")
    assert shown.exit_code == 0, shown.stderr
    assert shown.seconds < 30
    with sqlite3.connect(book_file) as connection:
        kept = connection.execute(
            "SELECT length(notes) FROM contacts WHERE display_name = 'Lange Regel'"
        ).fetchone()
    connection.close()
    with capsys.disabled():
        print(
            f"\n10 MB line: exit {run.exit_code}, peak {run.peak_mb:.0f} MB, "
            f"{run.seconds:.1f} s; note kept: {kept[0] if kept else None} characters"
        )


def _tiny_cards(path: Path, count: int) -> Path:
    with path.open("w", encoding="ascii", newline="") as stream:
        for number in range(count):
            stream.write(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:K{number}\r\nEND:VCARD\r\n")
    return path


@pytest.mark.slow
def test_many_tiny_cards_keep_memory_flat(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Memory of an import of N tiny cards against one of N/10: it must not grow with N."""
    few = run_measured(
        tmp_path / "few.sqlite", "import", str(_tiny_cards(tmp_path / "f.vcf", TINY_CARDS // 10))
    )
    many_file = _tiny_cards(tmp_path / "m.vcf", TINY_CARDS)
    many = run_measured(tmp_path / "many.sqlite", "import", str(many_file))
    with capsys.disabled():
        print(
            f"\n{TINY_CARDS} tiny cards: peak {many.peak_mb:.0f} MB in {many.seconds:.0f} s; "
            f"{TINY_CARDS // 10}: {few.peak_mb:.0f} MB"
        )
    assert few.exit_code == 0, few.stderr
    assert many.exit_code == 0, many.stderr
    assert f"{TINY_CARDS} were added" in many.stdout
    assert books.contact_count(tmp_path / "many.sqlite") == TINY_CARDS
    # SQLite's page cache grows with the book up to its cap (storage/database.py: 64 MiB);
    # beyond that, memory must not grow with the number of cards
    assert many.peak_mb < few.peak_mb + PAGE_CACHE_MB + 30


@pytest.mark.slow
def test_damaged_and_random_files_through_the_whole_import(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    folder = tmp_path_factory.mktemp("fuzz-import")
    path = folder / "book.sqlite"
    book = open_book(path)
    counter = iter(range(10**9))

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.one_of(mutated_cards(), st.binary(max_size=3000)))
    def import_one(data: bytes) -> None:
        hostile = folder / f"in{next(counter)}.vcf"
        hostile.write_bytes(data)
        before = book.contacts.count()
        refusal = ""
        try:
            report = import_files(book, [hostile])
        except ImportFileError as error:
            refusal = str(error)
        if refusal:
            assert refusal.startswith(str(hostile))
            assert "\n" not in refusal
            assert book.contacts.count() == before
        else:
            assert book.contacts.count() == before + report.imported
            assert all(problem.reason for problem in report.rejected)
        hostile.unlink()

    try:
        with warnings.catch_warnings():
            # a failing example is a whole file: let hypothesis show it instead of warning
            warnings.filterwarnings("ignore", message="Generating overly large repr")
            import_one()
    finally:
        book.close()
    assert books.integrity(path) == ["ok"]


def test_a_photo_with_broken_metadata_costs_only_its_thumbnail() -> None:
    """Found by the fuzz run: a JPEG whose EXIF block claims more data than there is made
    Pillow warn ("Tag data larger than file"), which must not stop an import."""
    from contactbook.interchange.photo import thumbnail

    jpeg = io.BytesIO()
    from PIL import Image

    Image.new("RGB", (80, 60), "orange").save(jpeg, "JPEG")
    data = jpeg.getvalue()
    # an APP1 Exif segment whose one IFD entry (tag 274, orientation) points past the end
    tiff = b"MM\x00*\x00\x00\x00\x08\x00\x01\x01\x12\x00\x03\x00\x00\x00\x10\x00\x00\xff\xf0"
    exif = b"Exif\x00\x00" + tiff + b"\x00\x00\x00\x00"
    segment = b"\xff\xe1" + (len(exif) + 2).to_bytes(2, "big") + exif
    broken = data[:2] + segment + data[2:]
    small = thumbnail(broken)
    assert small is None or small.startswith(b"\xff\xd8")  # a JPEG thumbnail
    assert thumbnail(b"\xff\xd8\xff\xe0" + bytes(200)) is None
