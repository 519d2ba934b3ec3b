"""File › Import and Export of vCards, and .vcf files dropped on the window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox

from contactbook.services.vcard_export import export_vcards
from contactbook.ui.contacts.undo import ContactUndo
from contactbook.ui.importing.import_dialog import ImportDialog
from contactbook.ui.importing.recent_imports_dialog import RecentImportsDialog
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.translations import plural
from contactbook.ui.widgets.modal import open_owned


class ImportActions(QObject):
    """The translation context of this module's texts (``ImportActions.tr`` for counts)."""


def install_import_actions(window: MainWindow, undo: ContactUndo | None = None) -> None:
    """Add File › Import…, File › Recent imports…, File › Export as vCard… and drop-to-import
    to ``window``; with ``undo``, a finished import is the next step of Edit › Undo."""
    import_action = QAction(
        QCoreApplication.translate("ImportActions", "&Import from phone (vCard)…"), window
    )
    import_action.setShortcut(QKeySequence("Ctrl+I"))
    import_action.triggered.connect(lambda: choose_and_import(window, undo))
    window.add_file_action(import_action)
    recent_action = QAction(QCoreApplication.translate("ImportActions", "Recent i&mports…"), window)
    recent_action.triggered.connect(lambda: show_recent_imports(window))
    window.add_file_action(recent_action)
    export_action = QAction(
        QCoreApplication.translate("ImportActions", "&Export as vCard…"), window
    )
    export_action.triggered.connect(lambda: choose_and_export(window))
    window.add_file_action(export_action)
    window.files_dropped.connect(lambda paths: run_import(window, list(paths), undo))
    if undo is not None:
        undo.import_undone.connect(lambda _number: window.refresh())


def choose_and_import(window: MainWindow, undo: ContactUndo | None = None) -> None:
    names, _ = QFileDialog.getOpenFileNames(
        window,
        QCoreApplication.translate("ImportActions", "Import contacts"),
        str(Path.home()),
        QCoreApplication.translate("ImportActions", "vCard files (*.vcf *.vcard)"),
    )
    if names:
        run_import(window, [Path(name) for name in names], undo)


def run_import(
    window: MainWindow, paths: list[Path], undo: ContactUndo | None = None
) -> ImportDialog:
    """Open the import dialog for ``paths``; the list reloads when it is done, and the import
    becomes the next step of ``undo``."""
    dialog = ImportDialog(window.book, paths, window)

    def finished(_result: int) -> None:
        report = dialog.report
        if undo is not None and report is not None and report.import_id is not None:
            names = ", ".join(path.name for path in paths)
            undo.imported(
                report.import_id,
                QCoreApplication.translate("ImportActions", "Import of {files}").format(
                    files=names
                ),
            )
        window.refresh()

    dialog.finished.connect(finished)
    open_owned(dialog)
    return dialog


def show_recent_imports(window: MainWindow) -> RecentImportsDialog:
    """File › Recent imports: undo an import of the last days."""
    dialog = RecentImportsDialog(window.book, window)
    dialog.undone.connect(lambda _number: window.refresh())
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
    done = plural(ImportActions, "%Ln contact(s) written to {file}.", written)
    QMessageBox.information(
        window,
        QCoreApplication.translate("ImportActions", "Export finished"),
        done.format(file=name),
    )
