"""File › Import and Export of vCards, and .vcf files dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from contactbook.services.vcard_export import export_vcards
from contactbook.ui.import_dialog import ImportDialog
from contactbook.ui.main_window import MainWindow
from contactbook.ui.modal import open_owned


class ImportActions(QObject):
    """The translation context of this module's texts (``ImportActions.tr`` for counts)."""


def install_import_actions(window: MainWindow) -> None:
    """Add File › Import…, File › Export as vCard… and drop-to-import to ``window``."""
    import_action = QAction(
        QCoreApplication.translate("ImportActions", "&Import from phone (vCard)…"), window
    )
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: choose_and_import(window))
    window.add_file_action(import_action)
    export_action = QAction(
        QCoreApplication.translate("ImportActions", "&Export as vCard…"), window
    )
    export_action.triggered.connect(lambda: choose_and_export(window))
    window.add_file_action(export_action)
    window.files_dropped.connect(lambda paths: run_import(window, list(paths)))


def choose_and_import(window: MainWindow) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("ImportActions", "Import contacts"),
        str(Path.home()),
        QCoreApplication.translate("ImportActions", "vCard files (*.vcf *.vcard)"),
    )
    if names:
        run_import(window, [Path(name) for name in names])


def run_import(window: MainWindow, paths: list[Path]) -> ImportDialog:
    """Open the import dialog for ``paths``; the list reloads when it is done."""
    dialog = ImportDialog(window.book, paths, window)
    dialog.finished.connect(lambda _result: window.refresh())
    open_owned(dialog)
    return dialog


def choose_and_export(window: MainWindow) -> None:
    name, _ = QFileDialog.getSaveFileName(
        window,
        QCoreApplication.translate("ImportActions", "Export contacts"),
        "contacts.vcf",
        QCoreApplication.translate("ImportActions", "vCard files (*.vcf)"),
    )
    if not name:
        return
    try:
        written = export_vcards(window.book, Path(name), window.model.contact_filter)
    except OSError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("ImportActions", "Export failed"), str(error)
        )
        return
    # on a line of its own: inside the call below lupdate took the context for
    # "QCoreApplication.ImportActions"
    done = ImportActions.tr("%Ln contact(s) written to {file}.", None, written)
    QMessageBox.information(
        window,
        QCoreApplication.translate("ImportActions", "Export finished"),
        done.format(file=name),
    )
