"""Rights › Past retention: contacts kept longer than their activities allow; erase or anonymise."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.errors import StorageError
from contactbook.domain.retention import RetentionCase
from contactbook.services.activities import list_activities
from contactbook.services.book import Book
from contactbook.services.retention import anonymise, erase_for_retention, past_retention_cases
from contactbook.ui.mailing.row_table_model import RowTableModel, table_view
from contactbook.ui.translations import plural


class RetentionDialog(QDialog):
    changed = Signal()
    # ids of the contacts just erased or anonymised (their data is gone)
    erased = Signal(list)

    def __init__(self, book: Book, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("retentionDialog")
        self._book = book
        self.cases: list[RetentionCase] = []
        self.setWindowTitle(self.tr("Past retention"))
        self.resize(820, 480)
        intro = QLabel(
            self.tr(
                "These contacts are kept longer than the retention period of their processing "
                "activities. The period counts from the end of the relationship, or when none "
                "is recorded, from the last interaction (last change, consent or mailing). "
                "Erase them, or anonymise them: they then only count in the statistics."
            )
        )
        intro.setWordWrap(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("retentionMissing")
        self.missing.setWordWrap(True)
        self.model = RowTableModel(
            [
                self.tr("Name"),
                self.tr("Counted from"),
                self.tr("Months"),
                self.tr("Past since"),
                self.tr("Activities"),
            ],
            self,
        )
        self.view = table_view(
            self.model,
            self,
            sortable=False,
            widths=("Johannes van den Berg", "2026-01-01", "120", "2026-01-01"),
        )
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setAccessibleName(self.tr("Contacts past retention"))
        self.erase_button = QPushButton(self.tr("Erase…"), self)
        self.erase_button.setObjectName("retentionErase")
        self.anonymise_button = QPushButton(self.tr("Anonymise…"), self)
        self.anonymise_button.setObjectName("retentionAnonymise")
        self.erase_button.clicked.connect(lambda: self._act(erase=True))
        self.anonymise_button.clicked.connect(lambda: self._act(erase=False))
        self.count = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.anonymise_button)
        bottom.addWidget(self.erase_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.missing)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.view.selectionModel().selectionChanged.connect(self._follow_selection)
        self.reload()

    def reload(self) -> None:
        without = [
            a.name
            for a in list_activities(self._book, include_archived=False)
            if a.retention_months is None
        ]
        self.missing.setVisible(bool(without))
        self.missing.setText(
            self.tr(
                "Not checked: these activities have no retention period in months yet "
                "(set it under Register › Processing activities): {names}"
            ).format(names=", ".join(without))
        )
        self.cases = past_retention_cases(self._book)
        self.model.set_rows(
            [
                (
                    case.facts.display_name,
                    case.counted_from.isoformat(),
                    str(case.facts.retention_months),
                    case.due_on.isoformat(),
                    ", ".join(case.facts.activities),
                )
                for case in self.cases
            ]
        )
        count = len(self.cases)
        self.count.setText(plural(self, "%Ln contact(s) past retention", count))
        self._follow_selection()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.view.selectionModel().selectedRows()})
        return [self.cases[row].contact_id for row in rows]

    def _follow_selection(self) -> None:
        chosen = bool(self.selected_ids())
        self.erase_button.setEnabled(chosen)
        self.anonymise_button.setEnabled(chosen)

    def _act(self, *, erase: bool) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        count = len(ids)  # a plain name: lupdate skips plural texts counting anything else
        question = (
            plural(
                self,
                "Erase %Ln contact(s) for good? Everything about them is removed; "
                "this cannot be undone.",
                count,
            )
            if erase
            else plural(
                self,
                "Anonymise %Ln contact(s)? Names, addresses, numbers, notes, photo and "
                "consent history are removed; they stay only as a count per activity, scope "
                "and legal basis. This cannot be undone.",
                count,
            )
        )
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.apply(ids, erase=erase)

    def apply(self, ids: list[int], *, erase: bool) -> None:
        """Erase or anonymise ``ids`` (after the question), then show the list again."""
        try:
            if erase:
                erase_for_retention(self._book, ids)
            else:
                anonymise(self._book, ids)
        except StorageError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
        else:
            self.erased.emit(ids)
        self.reload()
        self.changed.emit()
