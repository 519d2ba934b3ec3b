"""Long work off the GUI thread: a worker object in a QThread that reports through signals.

Only the GUI thread touches widgets; the work function gets a progress callback and a
cancel check, and must open its own database session (a Book of its own).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

ProgressCallback = Callable[[int, int], None]
CancelCheck = Callable[[], bool]
Work = Callable[[ProgressCallback, CancelCheck], Any]


class Worker(QObject):
    """Runs ``work(progress, is_cancelled)`` once in its thread."""

    progressed = Signal(int, int)  # done, total
    succeeded = Signal(object)  # the work's result
    failed = Signal(object)  # the exception

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancelled = False

    def cancel(self) -> None:
        # A plain flag: read by the worker between steps, written by the GUI thread.
        self._cancelled = True

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.progressed.emit, lambda: self._cancelled)
        except Exception as error:  # reported to the GUI, which shows a plain message
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def start_worker(worker: Worker, parent: QObject) -> QThread:
    """Move ``worker`` to a new thread owned by ``parent`` and start it; cleans up after."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.succeeded.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.start()
    return thread
