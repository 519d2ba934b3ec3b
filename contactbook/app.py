"""Composition root of the window: path → lock → database → services → Qt application.

Kept free of Qt itself: everything Qt lives in ``contactbook.ui``.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from contactbook.services.book import open_book
from contactbook.storage.errors import StorageError
from contactbook.storage.lock import WriterLock


def run_gui(
    path: Path,
    *,
    screenshot: Path | None = None,
    search: str = "",
    select: int | None = None,
    language: str | None = None,
) -> int:
    """Open the main window on the book at ``path``; returns the process exit code.

    Only one window writes a book at a time: a second one is told so and closes. A
    screenshot only reads, so it needs no lock.
    """
    from contactbook.ui import application

    application.create_application([sys.argv[0]], language=language)
    lock = WriterLock(path.expanduser().resolve())
    if screenshot is None:
        try:
            lock.acquire()
        except StorageError as error:
            application.show_error("contactbook", str(error), informational=True)
            return 1
    try:
        try:
            book = open_book(path)
        except (StorageError, sqlite3.Error, OSError) as error:
            if screenshot is not None:
                print(f"contactbook: {error}", file=sys.stderr)
            else:
                application.show_error("contactbook", str(error))
            return 2
        try:
            return application.run_main_window(
                book, screenshot=screenshot, search=search, select=select
            )
        finally:
            book.close()
    finally:
        lock.release()
