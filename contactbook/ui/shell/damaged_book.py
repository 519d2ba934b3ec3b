"""Opening a damaged book: say so plainly and offer the newest good backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QFileInfo, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from contactbook.ui.widgets.modal import run_modal


def _tr(text: str) -> str:
    return QCoreApplication.translate("DamagedBook", text)


def ask_to_restore(
    path: Path, problem: str, backup: Path | None, parent: QWidget | None = None
) -> bool:
    """Ask whether to put ``backup`` in place of the damaged book; True when the user agrees.

    Without a backup the user is only told; nothing is ever overwritten without a yes.
    """
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(_tr("The contact book is damaged"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        _tr("The contact book {path} is damaged and cannot be opened safely.").format(
            path=str(path)
        )
    )
    if backup is None:
        box.setInformativeText(_tr("There is no automatic backup of it. Nothing has been changed."))
        box.setDetailedText(problem)
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        run_modal(box)
        return False
    when = QFileInfo(str(backup)).lastModified()
    box.setInformativeText(
        _tr(
            "The newest good backup is from {when}. Put it back? The damaged book is kept "
            "beside it, and anything changed after the backup is not in it."
        ).format(when=QDateTime.toString(when, "d MMMM yyyy, HH:mm"))
    )
    box.setDetailedText(f"{problem}\n\n{backup}")
    restore = box.addButton(_tr("Restore the backup"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(_tr("Close"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    run_modal(box)  # deleted later, once control is back in the event loop
    return box.clickedButton() is restore
