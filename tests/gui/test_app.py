"""Starting the window through the composition root: lock, refusals, screenshot from the CLI."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from contactbook.app import run_gui
from contactbook.services.book import Book
from contactbook.storage.lock import WriterLock
from contactbook.ui.translations import (
    current_language,
    install_translations,
    remove_translations,
)


@pytest.fixture(autouse=True)
def _source_texts_afterwards(qapp: QApplication) -> Iterator[None]:
    """run_gui installs the system's language: put back what the tests after these expect."""
    language, default = current_language(qapp), QLocale()
    yield
    if language:
        install_translations(qapp, language)
    else:
        remove_translations(qapp)
    QLocale.setDefault(default)


def _answer_next_message_box(seen: list[tuple[str, QMessageBox.Icon]]) -> None:
    """Read and close the modal box the code under test is about to show."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append((box.text(), box.icon()))
            box.accept()
        else:
            QTimer.singleShot(20, answer)

    QTimer.singleShot(20, answer)


def test_a_second_window_on_the_same_book_is_told_politely(
    qtbot: QtBot, book: Book, db_path: Path
) -> None:
    del qtbot
    book.close()
    seen: list[tuple[str, QMessageBox.Icon]] = []
    with WriterLock(db_path):
        _answer_next_message_box(seen)
        assert run_gui(db_path) == 1
    [(text, icon)] = seen
    assert "already open in another contactbook window" in text
    assert icon is QMessageBox.Icon.Information


def test_a_newer_book_is_refused_in_a_box_without_traceback(
    qtbot: QtBot, book: Book, db_path: Path
) -> None:
    del qtbot
    with book.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    book.close()
    seen: list[tuple[str, QMessageBox.Icon]] = []
    _answer_next_message_box(seen)
    assert run_gui(db_path) == 2
    [(text, icon)] = seen
    assert "newer version of contactbook" in text
    assert "Traceback" not in text
    assert icon is QMessageBox.Icon.Critical
    assert not WriterLock(db_path).held  # the lock was given back


@pytest.mark.slow
def test_gui_screenshot_from_the_command_line(book: Book, db_path: Path, tmp_path: Path) -> None:
    from contactbook.services.demo_data import generate_demo

    generate_demo(book, contacts=60, seed=3)
    book.close()
    shot = tmp_path / "shot.png"
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "contactbook",
            "--db",
            str(db_path),
            "gui",
            "--screenshot",
            str(shot),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1280, 800)
