"""Recording consent for one address: opt-in, double opt-in, soft opt-in, opt-out, objection.

Consent is append-only history (PRIVACY-RULES.md §4): this dialog adds a record, it never
changes an earlier one; a later record supersedes it.
"""

from __future__ import annotations

import html
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.consent import ConsentRecord, latest_consent
from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind, LegalBasis
from contactbook.domain.errors import StorageError
from contactbook.services.book import Book
from contactbook.services.consent import consent_history
from contactbook.services.contact_changes import record_consent
from contactbook.ui.contacts.texts import consent_kind_name


class ConsentDialog(QDialog):
    """Kind, address, how it came in, the wording agreed to, the date and a note."""

    def __init__(
        self,
        book: Book,
        contact: Contact,
        parent: QWidget | None = None,
        *,
        kind: ConsentKind = ConsentKind.OPT_IN,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._contact = contact
        self.record: ConsentRecord | None = None
        self.setWindowTitle(self.tr("Record consent"))

        heading = QLabel(f"<b>{html.escape(contact.display_name)}</b>", self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setAccessibleName(self.tr("Kind"))
        for each in ConsentKind:
            self.kind_combo.addItem(consent_kind_name(each), each)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.address_combo = QComboBox(self)
        self.address_combo.setAccessibleName(self.tr("Address"))
        for email in contact.emails:
            self.address_combo.addItem(email.address)
        self.current_label = QLabel(self)
        self.current_label.setWordWrap(True)
        self.source_combo = QComboBox(self)
        self.source_combo.setEditable(True)
        self.source_combo.setAccessibleName(self.tr("How it came in"))
        for shown, stored in self._sources():
            self.source_combo.addItem(shown, stored)
        self.source_combo.setCurrentIndex(-1)
        line = self.source_combo.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. web form, by phone, business card"))
        self.wording_edit = QLineEdit(self)
        self.wording_edit.setAccessibleName(self.tr("Wording agreed to"))
        self.wording_edit.setPlaceholderText(self.tr("e.g. “Yes, send me the monthly newsletter”"))
        self.date_edit = QDateEdit(QDate.currentDate(), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd-MM-yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setAccessibleName(self.tr("Date"))
        self.note_edit = QLineEdit(self)
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)
        permanent = QLabel(
            self.tr(
                "A consent record cannot be changed or removed later: it is the proof. "
                "A later record for the same address takes its place."
            ),
            self,
        )
        permanent.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("&Address:"), self.address_combo)
        form.addRow("", self.current_label)
        form.addRow(self.tr("&How it came in:"), self.source_combo)
        form.addRow(self.tr("&Wording agreed to:"), self.wording_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(permanent)
        layout.addWidget(self.buttons)

        self.kind_combo.currentIndexChanged.connect(self._revalidate)
        self.address_combo.currentIndexChanged.connect(self._show_current)
        self.source_combo.currentTextChanged.connect(self._revalidate)
        self.wording_edit.textChanged.connect(self._revalidate)
        self._show_current()
        self.resize(520, self.sizeHint().height())

    def _sources(self) -> list[tuple[str, str]]:
        """Common channels: shown in the user's language, stored in English."""
        return [
            (self.tr("web form"), "web form"),
            (self.tr("e-mail"), "e-mail"),
            (self.tr("phone"), "phone"),
            (self.tr("business card"), "business card"),
            (self.tr("in person"), "in person"),
            (self.tr("order"), "order"),
        ]

    @property
    def kind(self) -> ConsentKind:
        return ConsentKind(self.kind_combo.currentData())

    def _show_current(self) -> None:
        address = self.address_combo.currentText()
        latest = latest_consent(consent_history(self._book, address)) if address else None
        if latest is None:
            self.current_label.setText(self.tr("Nothing recorded yet for this address."))
        else:
            self.current_label.setText(
                self.tr("Now: {kind}, {day}").format(
                    kind=consent_kind_name(latest.kind), day=f"{latest.at:%d-%m-%Y}"
                )
            )
        self._revalidate()

    def _source(self) -> str:
        index = self.source_combo.findText(self.source_combo.currentText())
        if index >= 0 and self.source_combo.itemData(index):
            return str(self.source_combo.itemData(index))
        return self.source_combo.currentText().strip()

    def _missing(self) -> str:
        if not self._contact.emails:
            return self.tr("This contact has no e-mail address yet. Add one first (Edit).")
        if not self._source():
            return self.tr("Say how it came in.")
        opt_in = self.kind in (ConsentKind.OPT_IN, ConsentKind.DOUBLE_OPT_IN)
        if opt_in and not self.wording_edit.text().strip():
            return self.tr("Write down what they agreed to: that is what makes consent provable.")
        return ""

    def _revalidate(self) -> None:
        missing = self._missing()
        hint = missing
        customer = self._contact.legal_basis.basis is LegalBasis.CONTRACT
        if not missing and self.kind is ConsentKind.SOFT_OPT_IN and not customer:
            hint = self.tr(
                "A soft opt-in only counts for existing customers (legal basis: contract), "
                "for mail about your own similar products, when they could say no at once."
            )
        self.hint_label.setText(hint)
        self.hint_label.setVisible(bool(hint))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)

    def accept(self) -> None:
        if self._missing():
            return
        chosen = self.date_edit.date()
        day = date(chosen.year(), chosen.month(), chosen.day())
        now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)
        at = now if day >= now.date() else datetime.combine(day, time(12, 0))
        try:
            self.record = record_consent(
                self._book,
                self.address_combo.currentText(),
                self.kind,
                at,
                source=self._source(),
                wording=self.wording_edit.text(),
                note=self.note_edit.text(),
            )
        except (StorageError, ValueError) as error:
            self.hint_label.setText(str(error))
            self.hint_label.show()
            return
        super().accept()
