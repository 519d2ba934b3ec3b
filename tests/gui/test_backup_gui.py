"""The window's start makes the day's backup; a failure is told, and the window still opens."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from contactbook import app
from contactbook.services.book import Book
from contactbook.storage.backup import automatic_backups


def test_the_first_start_of_a_day_backs_up_once(qtbot: QtBot, book: Book) -> None:
    app._daily_backup(book)
    app._daily_backup(book)
    [made] = automatic_backups(book.path)
    assert made.parent.name == "backups"


def test_a_failed_daily_backup_is_reported(
    qtbot: QtBot, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    from contactbook.ui.shell import application

    told: list[str] = []
    monkeypatch.setattr(application, "show_error", lambda title, text, **_: told.append(text))
    blocker: Path = book.path.parent / "backups"
    blocker.write_text("a file where the folder should be")
    app._daily_backup(book)
    assert told
    assert "daily backup could not be made" in told[0]
