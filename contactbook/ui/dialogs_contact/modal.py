"""Running a dialog modally and letting Qt delete it afterwards."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog


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
