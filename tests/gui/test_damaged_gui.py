"""Opening a damaged book from the window: a clear question, and a restore only on yes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from contactbook import app
from contactbook.services.backup import daily_backup
from contactbook.services.book import Book
from contactbook.services.demo_data import generate_demo
from contactbook.ui.shell.damaged_book import ask_to_restore


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as stream:
        for number in range(2, size // 4096 - 1, 3):
            stream.seek(number * 4096 + 100)
            stream.write(b"\xde\xad\xbe\xef" * 200)


@pytest.fixture
def damaged(book: Book) -> tuple[Path, Path]:
    generate_demo(book, contacts=150, seed=4)
    backup = daily_backup(book, datetime(2026, 3, 2, 9, 0))
    assert backup is not None
    path = book.path
    book.close()
    _damage(path)
    return path, backup


def _answer(button_text: str, seen: list[str]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, poll)


def test_the_question_offers_the_newest_backup_and_close_changes_nothing(
    qtbot: QtBot, damaged: tuple[Path, Path]
) -> None:
    path, backup = damaged
    before = path.read_bytes()
    seen: list[str] = []
    _answer("Close", seen)
    assert app._open_or_restore(path, interactive=True) is None
    assert "damaged" in seen[0]
    assert "Put it back?" in seen[0]
    assert path.read_bytes() == before
    assert backup.exists()


def test_restore_the_backup_on_yes_and_open_it(qtbot: QtBot, damaged: tuple[Path, Path]) -> None:
    path, _backup = damaged
    seen: list[str] = []
    _answer("Restore the backup", seen)
    book = app._open_or_restore(path, interactive=True)
    assert book is not None
    try:
        assert book.contacts.count() == 150
    finally:
        book.close()
    assert list(path.parent.glob("contactbook.before-restore-*.sqlite"))


def test_without_a_backup_the_user_is_told_so(qtbot: QtBot, tmp_path: Path) -> None:
    seen: list[str] = []
    _answer("Close", seen)
    assert not ask_to_restore(tmp_path / "x.sqlite", "malformed", None)
    assert "no automatic backup" in seen[0]
