"""One writing window per database: an advisory lock file next to the database file.

The operating system releases the lock when the process ends, so a crash never leaves a
stale lock behind.
"""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

from filelock import FileLock, Timeout

from contactbook.storage.errors import DatabaseInUseError


class WriterLock:
    """Held by the GUI for as long as it has a database open for writing."""

    def __init__(self, database_path: Path) -> None:
        self.path = database_path.with_name(database_path.name + ".lock")
        self._lock = FileLock(self.path, timeout=0, mode=0o600, thread_local=False)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout as error:
            raise DatabaseInUseError(
                "This contact book is already open in another contactbook window. "
                "Switch to that window, or close it and try again."
            ) from error

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    @property
    def held(self) -> bool:
        return bool(self._lock.is_locked)

    def __enter__(self) -> WriterLock:
        self.acquire()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()
