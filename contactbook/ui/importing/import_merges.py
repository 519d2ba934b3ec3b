"""The merges an import proposes, shown before they happen, each with a check box."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactbook.services.import_report import ImportReport
from contactbook.ui.importing.import_texts import added_text, evidence_list
from contactbook.ui.translations import plural

_CARD, _INTO, _WHY, _ADDS = range(4)


class MergeChoices(QGroupBox):
    """Filled from a dry run of the import: a card whose box is cleared is imported as a
    contact of its own (``ImportOptions.keep_apart``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Cards that match a contact"), parent)
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Merge card"),
                self.tr("Into"),
                self.tr("Because of"),
                self.tr("Adds"),
            ]
        )
        self.table.setAccessibleName(self.tr("Proposed merges: clear a box to keep a card apart"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setVisible(False)
        layout.addWidget(self.table, 1)
        self._cards: list[tuple[str, int]] = []
        self.checking()

    def checking(self) -> None:
        self.status.setText(self.tr("Looking for these cards in your book…"))

    def failed(self, reason: str) -> None:
        self.status.setText(reason)

    def show_report(self, report: ImportReport) -> None:
        """The merges of a dry run, every box ticked."""
        merges = report.merges
        self._cards = [(m.file, m.line) for m in merges]
        self.table.setRowCount(len(merges))
        for row, merge in enumerate(merges):
            card = QTableWidgetItem(f"{merge.card_name or merge.name} ({merge.file}:{merge.line})")
            card.setFlags(card.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            card.setCheckState(Qt.CheckState.Checked)
            into = merge.name
            if merge.into_new:
                into = self.tr("{name} (a card above)").format(name=merge.name)
            values = (into, evidence_list(merge.evidence), added_text(merge.added))
            self.table.setItem(row, _CARD, card)
            for column, value in enumerate(values, start=_INTO):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self.table.setVisible(bool(merges))
        count = len(merges)
        if count:
            text = plural(
                self,
                "%n card(s) match a contact and will be merged into it. Clear a box to import "
                "that card as a contact of its own.",
                count,
            )
        else:
            text = self.tr("No card matches a contact: every card becomes a new contact.")
        likely = len(report.likely)
        if likely:
            text += " " + plural(
                self,
                "%n card(s) may be someone already in the book; they are added and listed "
                "after the import, for Find duplicates.",
                likely,
            )
        self.status.setText(text)

    def declined(self) -> frozenset[tuple[str, int]]:
        """The cards whose box was cleared."""
        return frozenset(
            card
            for row, card in enumerate(self._cards)
            if (item := self.table.item(row, _CARD)) is not None
            and item.checkState() != Qt.CheckState.Checked
        )
