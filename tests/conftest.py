"""Shared fixtures: every test gets a fresh database built through the real migrations."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt renders without a screen in tests; set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from contactbook.services.book import Book, open_book


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "book" / "contactbook.sqlite"


@pytest.fixture
def book(db_path: Path) -> Iterator[Book]:
    opened = open_book(db_path)
    try:
        yield opened
    finally:
        opened.close()
