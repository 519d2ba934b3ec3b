"""Start-up of the window: the health check alongside Qt's loading, features after the paint."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from contactbook import app
from contactbook.services.backup import daily_backup
from contactbook.services.book import Book
from contactbook.services.demo_data import generate_demo
from contactbook.ui.shell.application import create_application, show_window
from contactbook.ui.shell.main_window import MainWindow


def _damage(path: Path) -> None:
    size = path.stat().st_size
    with path.open("r+b") as stream:
        for number in range(2, size // 4096 - 1, 3):
            stream.seek(number * 4096 + 100)
            stream.write(b"\xde\xad\xbe\xef" * 200)


def _close_the_question(seen: list[str]) -> None:
    def poll() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, poll)
            return
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == "Close"]
        button.click()

    QTimer.singleShot(0, poll)


def test_the_launch_check_finds_a_sound_book_sound(book: Book) -> None:
    generate_demo(book, contacts=50, seed=2)
    book.close()
    assert app._HealthCheck(book.path).outcome() == (True, None)


def test_the_launch_check_leaves_a_missing_book_to_the_usual_opening(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    assert app._HealthCheck(path).outcome() == (False, None)
    assert not path.exists()  # the check creates nothing
    opened = app._open_or_restore(path, True, app._HealthCheck(path))
    assert opened is not None
    opened.close()


def test_damage_found_by_the_launch_check_asks_to_restore(qtbot: QtBot, book: Book) -> None:
    generate_demo(book, contacts=150, seed=4)
    assert daily_backup(book, datetime(2026, 3, 2, 9, 0)) is not None
    path = book.path
    book.close()
    _damage(path)
    checked, problem = app._HealthCheck(path).outcome()
    assert checked
    assert problem
    before = path.read_bytes()
    seen: list[str] = []
    _close_the_question(seen)
    assert app._open_or_restore(path, True, app._HealthCheck(path)) is None
    assert "damaged" in seen[0]
    assert path.read_bytes() == before


def test_the_features_plug_in_after_the_first_paint(qtbot: QtBot, book: Book) -> None:
    generate_demo(book, contacts=30, seed=2)
    create_application(["contactbook"])
    window = MainWindow(book)
    qtbot.addWidget(window)
    menus = len(window.menuBar().actions())
    show_window(window)
    qtbot.waitUntil(lambda: len(window.menuBar().actions()) > menus, timeout=5000)
    titles = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert len(titles) > menus
    window.close()


def test_an_empty_book_gets_its_features_too(qtbot: QtBot, book: Book) -> None:
    create_application(["contactbook"])
    window = MainWindow(book)
    qtbot.addWidget(window)
    menus = len(window.menuBar().actions())
    show_window(window)
    qtbot.waitUntil(lambda: len(window.menuBar().actions()) > menus, timeout=5000)
    window.close()


def test_copying_a_book_while_it_is_checked_is_possible(book: Book, tmp_path: Path) -> None:
    # the check reads on its own read-only connection: other readers are not held up
    generate_demo(book, contacts=50, seed=2)
    check = app._HealthCheck(book.path)
    shutil.copy(book.path, tmp_path / "copy.sqlite")
    assert book.contacts.count() == 50
    assert check.outcome() == (True, None)


def test_after_the_features_the_given_work_runs_once(qtbot: QtBot, book: Book) -> None:
    # the window's daily backup runs here, once the contacts are on screen
    generate_demo(book, contacts=30, seed=2)
    create_application(["contactbook"])
    window = MainWindow(book)
    qtbot.addWidget(window)
    menus = len(window.menuBar().actions())
    calls: list[int] = []
    show_window(window, then=lambda: calls.append(len(window.menuBar().actions())))
    qtbot.waitUntil(lambda: bool(calls), timeout=5000)
    qtbot.wait(50)
    assert len(calls) == 1
    assert calls[0] > menus  # the features were in before it ran
    window.close()
