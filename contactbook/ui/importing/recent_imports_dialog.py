"""File › Recent imports: the imports of the last days, each of which can be undone whole."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.errors import StorageError
from contactbook.domain.import_history import IMPORT_UNDO_DAYS, ImportRecord
from contactbook.services.book import Book
from contactbook.services.import_undo import ImportUndoError, recent_imports, undo_import
from contactbook.ui.translations import plural
from contactbook.ui.widgets.formatting import local_datetime_text


class RecentImportsDialog(QDialog):
    """Lists the imports; "Undo import" takes the selected one back after a question."""

    undone = Signal(int)  # the import's number

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(self.tr("Recent imports"))
        self.resize(720, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            plural(
                self,
                "The imports of the last %n day(s). Undoing one removes the contacts it added "
                "and takes out what it added to contacts that were already there; changes made "
                "since stay.",
                IMPORT_UNDO_DAYS,
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Files"),
                self.tr("Added"),
                self.tr("Merged"),
                self.tr("State"),
            ]
        )
        self.table.setAccessibleName(self.tr("Recent imports"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("&Undo import…"))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self._undo)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.itemSelectionChanged.connect(self._update)
        self._records: list[ImportRecord] = []
        self.reload()

    def reload(self) -> None:
        self._records = recent_imports(self._book)
        self.table.setRowCount(len(self._records))
        locale = QLocale()
        for row, record in enumerate(self._records):
            state = (
                self.tr("can be undone")
                if record.can_undo
                else self.tr("undone {when}").format(
                    when=local_datetime_text(record.undone_at) if record.undone_at else ""
                )
            )
            values = (
                local_datetime_text(record.at),
                ", ".join(record.files),
                locale.toString(record.added),
                locale.toString(record.merged),
                state,
            )
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column in (2, 3):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        if self._records:
            self.table.selectRow(0)
        self._update()

    def selected(self) -> ImportRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self._records[rows[0].row()] if rows else None

    def _update(self) -> None:
        record = self.selected()
        self.undo_button.setEnabled(record is not None and record.can_undo)

    def _undo(self) -> None:
        record = self.selected()
        if record is None or not record.can_undo:
            return
        added = record.added
        answer = QMessageBox.question(
            self,
            self.tr("Undo import"),
            plural(
                self,
                "Undo the import of {files}? The %n contact(s) it added are removed. Contacts it "
                "merged cards into ({merged}) lose what it added.",
                added,
            ).format(files=", ".join(record.files), merged=record.merged),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.undo_selected()

    def undo_selected(self) -> None:
        """Undo the selected import without asking (the question was answered)."""
        record = self.selected()
        if record is None:
            return
        try:
            undo_import(self._book, record.id)
        except (ImportUndoError, StorageError) as error:
            QMessageBox.warning(self, self.tr("Not undone"), str(error))
            return
        self.undone.emit(record.id)
        self.reload()
