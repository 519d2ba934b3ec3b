"""Files the app writes appear whole or not at all (``interchange.atomic_file``)."""

from __future__ import annotations

import errno
import stat
from pathlib import Path

import pytest

from contactbook.domain.contact_query import ContactFilter
from contactbook.interchange.atomic_file import atomic_open, atomic_path
from contactbook.interchange.mailing_csv import write_recipients_csv
from contactbook.interchange.register_csv import write_register_csv
from contactbook.interchange.register_html import write_register_html
from contactbook.interchange.register_xlsx import write_register_xlsx
from contactbook.services.book import Book
from contactbook.services.mailing import recipients_for
from contactbook.services.vcard_export import export_vcards
from tests.interchange.test_register_exports import plain_register
from tests.mailing_data import fill_mailing_book
from tests.reliability.conftest import SmallDisk

OLD = "the previous export, which must survive\n"


def test_the_file_appears_whole_with_no_temporary_left(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_open(target, encoding="utf-8", newline="") as stream:
        stream.write("a;b\r\n")
        assert not target.exists()  # nothing under the real name while writing
        stream.write("1;2\r\n")
    assert target.read_bytes() == b"a;b\r\n1;2\r\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600  # contact data: the owner's eyes only


def test_binary_mode_and_replacing_an_old_file(tmp_path: Path) -> None:
    target = tmp_path / "out.bin"
    target.write_text(OLD)
    with atomic_open(target, "wb") as stream:
        stream.write(b"\x00\x01new")
    assert target.read_bytes() == b"\x00\x01new"
    assert [p.name for p in tmp_path.iterdir()] == ["out.bin"]


def test_a_failure_halfway_leaves_the_old_file_and_no_litter(tmp_path: Path) -> None:
    target = tmp_path / "register.csv"
    target.write_text(OLD)

    def broken_writer() -> None:
        with atomic_open(target) as stream:
            stream.write("half of the new file" * 1000)
            raise RuntimeError("writer broke")

    with pytest.raises(RuntimeError, match="writer broke"):
        broken_writer()
    assert target.read_text() == OLD
    assert [p.name for p in tmp_path.iterdir()] == ["register.csv"]


def test_a_failing_path_writer_leaves_no_file_at_all(tmp_path: Path) -> None:
    target = tmp_path / "register.xlsx"

    def broken_writer() -> None:
        with atomic_path(target) as temporary:
            temporary.write_bytes(b"PK half a zip")
            raise ValueError("bad data")

    with pytest.raises(ValueError, match="bad data"):
        broken_writer()
    assert list(tmp_path.iterdir()) == []


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with (
        pytest.raises(FileNotFoundError, match="the folder does not exist"),
        atomic_open(tmp_path / "nowhere" / "out.csv"),
    ):
        pass


def test_only_new_files_are_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="writes new files only"), atomic_open(tmp_path / "x", "a"):
        pass


# --- on a full disk (a real, small file system: root only) --------------------------------


def test_a_full_disk_halfway_keeps_the_old_file(small_disk: SmallDisk) -> None:
    target = small_disk.root / "contacts.vcf"
    target.write_text(OLD)
    small_disk.fill(leave=64 * 1024)

    def big_export() -> None:
        with atomic_open(target, "wb") as stream:
            for _ in range(100):  # 6.4 MB into 64 kB of room
                stream.write(b"x" * 65536)

    with pytest.raises(OSError, match="No space left") as raised:
        big_export()
    assert raised.value.errno == errno.ENOSPC
    assert target.read_text() == OLD
    assert small_disk.files() == {"contacts.vcf"}


def _export_each_kind(book: Book, folder: Path) -> dict[str, object]:
    """Call every file writer of the app; returns what each raised (or None)."""
    register = plain_register()
    recipients = recipients_for(book, ContactFilter()).deliverable
    writers = {
        "register.xlsx": lambda p: write_register_xlsx(register, "nl", p),
        "register.csv": lambda p: write_register_csv(register, "nl", p),
        "register.html": lambda p: write_register_html(register, "en", p),
        "mailing.csv": lambda p: write_recipients_csv(p, recipients),
        "contacts.vcf": lambda p: export_vcards(book, p),
    }
    raised: dict[str, object] = {}
    for name, write in writers.items():
        try:
            write(folder / name)
            raised[name] = None
        except OSError as error:
            raised[name] = error.errno
    return raised


def test_every_export_on_a_full_disk_fails_whole(book: Book, small_disk: SmallDisk) -> None:
    fill_mailing_book(book)
    names = ("register.xlsx", "register.csv", "register.html", "mailing.csv", "contacts.vcf")
    for name in names:
        (small_disk.root / name).write_text(OLD)
    small_disk.fill(leave=0)
    raised = _export_each_kind(book, small_disk.root)
    assert raised == dict.fromkeys(names, errno.ENOSPC)
    for name in names:
        assert (small_disk.root / name).read_text() == OLD, name
    assert small_disk.files() == set(names)  # no temporary files left behind
    small_disk.empty()
    assert _export_each_kind(book, small_disk.root) == dict.fromkeys(names)
    assert all((small_disk.root / name).read_bytes() != OLD.encode() for name in names)
    assert small_disk.files() == set(names)
