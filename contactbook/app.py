"""Composition root of the window: path → lock → database → services → Qt application.

Kept free of Qt itself: everything Qt lives in ``contactbook.ui``.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path

from contactbook.domain.errors import DamagedDatabaseError, StorageError
from contactbook.services.backup import daily_backup, restore
from contactbook.services.book import Book, open_book
from contactbook.services.book_access import WriterLock, damaged_book_error, health_problem
from contactbook.services.demo_data import generate_demo

# "Try with sample data" on the empty book: enough to look around, quick to make.
SAMPLE_CONTACTS = 300


def run_gui(
    path: Path,
    *,
    screenshot: Path | None = None,
    search: str = "",
    select: int | None = None,
    view: str | None = None,
    theme: str = "system",
    language: str | None = None,
) -> int:
    """Open the main window on the book at ``path``; returns the process exit code.

    Only one window writes a book at a time: a second one is told so and closes. A
    screenshot only reads, so it needs no lock.
    """
    problem = _prepare_platform(screenshot)
    if problem:
        print(f"contactbook: {problem}", file=sys.stderr)
        return 2
    # the window's health check runs while Qt and the window's modules load
    health = _HealthCheck(path.expanduser().resolve()) if screenshot is None else None
    from contactbook.ui.shell import application

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
            book = _open_or_restore(path, screenshot is None, health)
        except (StorageError, OSError) as error:
            if screenshot is not None:
                print(f"contactbook: {error}", file=sys.stderr)
            else:
                application.show_error("contactbook", str(error))
            return 2
        if book is None:
            return 2
        try:
            return application.run_main_window(
                book,
                screenshot=screenshot,
                search=search,
                select=select,
                view=view,
                theme=theme,
                on_sample_data=lambda: generate_demo(book, contacts=SAMPLE_CONTACTS),
                # today's backup once the contacts are on screen (seconds at 100,000)
                after_first_paint=lambda: _daily_backup(book),
            )
        finally:
            book.close()
    finally:
        lock.release()


class _HealthCheck:
    """Every page of the book checked on a thread of its own, started before Qt loads.

    At 100,000 contacts the check takes about a quarter of a second, and so does loading Qt
    and the window's modules; on a machine with two cores the one hides the other.
    """

    def __init__(self, path: Path) -> None:
        self._path = path
        self._problem: str | None = None
        self._checked = False
        self._thread = threading.Thread(target=self._run, name="health check", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._problem = health_problem(self._path)
            self._checked = True
        except (StorageError, OSError):
            pass  # missing, not a database, …: opening the usual way says what is wrong

    def outcome(self) -> tuple[bool, str | None]:
        """Waits for the check: whether it could run, and the problem it found (or None)."""
        self._thread.join()
        return self._checked, self._problem


def _open_or_restore(
    path: Path, interactive: bool, health: _HealthCheck | None = None
) -> Book | None:
    """Open the book, checking every page; a damaged one is offered its newest good backup.

    ``health`` is the check started at launch, if any; without it an interactive opening
    checks the pages itself. Returns None when the book is damaged and the user did not
    restore (or could not).
    """
    try:
        if health is not None:
            checked, problem = health.outcome()
            if problem is not None:
                raise damaged_book_error(path.expanduser().resolve(), problem)
            return open_book(path, check_health=interactive and not checked)
        return open_book(path, check_health=interactive)
    except DamagedDatabaseError as error:
        if not interactive:
            raise
        from contactbook.ui.shell.damaged_book import ask_to_restore

        agreed = ask_to_restore(error.path or path, str(error), error.backup)
        if error.backup is None or not agreed:
            return None
        restore(path, error.backup, lock_held=True)
        return open_book(path, check_health=True)


def _daily_backup(book: Book) -> None:
    """Today's automatic backup; a failure is reported but does not stop the window."""
    try:
        daily_backup(book)
    except (StorageError, OSError) as error:
        from contactbook.ui.shell import application

        application.show_error("contactbook", f"The daily backup could not be made: {error}")


def _prepare_platform(screenshot: Path | None) -> str:
    """Choose Qt's platform before Qt starts; returns a problem to report, or "".

    A screenshot needs no screen, so it renders offscreen unless told otherwise. Without a
    display on Linux, Qt would abort with a message meant for developers; say it plainly.
    """
    if screenshot is not None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return ""
    display_variables = ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not any(os.environ.get(v) for v in display_variables):
        return (
            "there is no screen to open the window on (DISPLAY is not set). "
            "The command line works without one: see 'contactbook --help'."
        )
    return ""
