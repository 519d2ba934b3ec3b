"""Dialog lifetime: run modally and delete afterwards, or delete when closed.

Every dialog of the window either goes through :func:`run_modal` (``exec()``) or, when opened
with ``open()``/``show()``, through :func:`open_owned` (``WA_DeleteOnClose``).
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

_D = TypeVar("_D", bound=QDialog)


def run_modal(dialog: QDialog) -> int:
    """``dialog.exec()``, then delete the dialog once control is back in the event loop.

    A dialog parented to the main window would otherwise stay alive, hidden, as long as the
    window does. Worse, with PySide6 6.11 the garbage collector crashed (segfault) collecting
    the Python side of such a still-living dialog after its last reference went; deleting
    the C++ side first avoids that. Python attributes (results) stay readable afterwards.
    """
    try:
        return dialog.exec()
    finally:
        dialog.deleteLater()


def open_owned(dialog: _D) -> _D:
    """``dialog.open()`` (window-modal, not blocking); Qt deletes it once it is closed.

    For the same reason as :func:`run_modal`: a finished dialog must not stay alive as a
    hidden child of the main window.
    """
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
