"""Shared fixtures: every test gets a fresh database built through the real migrations."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt renders without a screen in tests; set before any Qt module is imported.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The same results on every machine: English, whatever the developer's desktop speaks, and
# window settings (QSettings, the chosen language) in a folder of this test run, never the
# developer's own configuration.
os.environ["LANGUAGE"] = "en"
os.environ["LC_ALL"] = "C.UTF-8"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="contactbook-tests-config-")

from contactbook.services.book import Book, open_book

atexit.register(shutil.rmtree, os.environ["XDG_CONFIG_HOME"], ignore_errors=True)


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
