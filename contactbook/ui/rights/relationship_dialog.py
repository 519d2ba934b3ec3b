"""End of relationship: the day a customer or business relationship ended (or that it goes on)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from contactbook.services.book import Book
from contactbook.services.contacts import get_contact
from contactbook.services.subject_relationship import set_end_of_relationship


class RelationshipDialog(QDialog):
    def __init__(self, book: Book, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("relationshipDialog")
        self._book = book
        self._contact_id = contact_id
        contact = get_contact(book, contact_id)
        self.setWindowTitle(self.tr("End of relationship"))
        intro = QLabel(
            self.tr(
                "When did the relationship with {name} end? The retention periods of their "
                "processing activities count from this day."
            ).format(name=contact.display_name)
        )
        intro.setWordWrap(True)
        self.ended = QCheckBox(self.tr("The relationship has ended on"), self)
        self.day = QDateEdit(self)
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("Day the relationship ended"))
        self.day.setDisplayFormat("yyyy-MM-dd")
        ended_on = contact.end_of_relationship
        self.ended.setChecked(ended_on is not None)
        self.day.setDate(
            QDate(ended_on.year, ended_on.month, ended_on.day) if ended_on else QDate.currentDate()
        )
        self.day.setEnabled(ended_on is not None)
        self.ended.toggled.connect(self.day.setEnabled)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.ended)
        layout.addWidget(self.day)
        layout.addWidget(buttons)

    def _save(self) -> None:
        chosen = self.day.date()
        day = date(chosen.year(), chosen.month(), chosen.day()) if self.ended.isChecked() else None
        set_end_of_relationship(self._book, self._contact_id, day)
        self.accept()
