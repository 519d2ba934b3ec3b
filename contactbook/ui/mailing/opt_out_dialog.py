"""Record an opt-out or an objection for one contact: all their addresses, or one."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.enums import ConsentKind
from contactbook.domain.errors import StorageError
from contactbook.services.book import Book
from contactbook.services.contacts import get_contact
from contactbook.services.mailing import MailingError
from contactbook.services.mailing_optout import record_opt_out


class OptOutDialog(QDialog):
    """One action: the kind (opt-out or objection), which address, and how it came in."""

    def __init__(self, book: Book, contact_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._contact_id = contact_id
        self.records: list[ConsentRecord] = []
        contact = get_contact(book, contact_id)
        self.setWindowTitle(self.tr("Record opt-out or objection"))
        name = QLabel(f"<b>{html.escape(contact.display_name)}</b>", self)

        self.opt_out_radio = QRadioButton(self.tr("Opt-o&ut: no more mailings"), self)
        self.objection_radio = QRadioButton(
            self.tr("O&bjection (Art. 21 GDPR): stop all direct marketing"), self
        )
        self.opt_out_radio.setChecked(True)
        kinds = QButtonGroup(self)
        kinds.addButton(self.opt_out_radio)
        kinds.addButton(self.objection_radio)

        self.address_combo = QComboBox(self)
        self.address_combo.addItem(self.tr("All addresses of this contact"), None)
        for email in contact.emails:
            self.address_combo.addItem(email.address, email.address)
        self.source_edit = QLineEdit(self)
        self.source_edit.setPlaceholderText(self.tr("e.g. by phone, by e-mail, in person"))
        self.note_edit = QLineEdit(self)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Address:"), self.address_combo)
        form.addRow(self.tr("&How it came in:"), self.source_edit)
        form.addRow(self.tr("&Note:"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Record"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if not contact.emails:
            self.error_label.setText(
                self.tr("This contact has no e-mail address, so there is nothing to opt out.")
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

        layout = QVBoxLayout(self)
        layout.addWidget(name)
        layout.addWidget(self.opt_out_radio)
        layout.addWidget(self.objection_radio)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

    @property
    def kind(self) -> ConsentKind:
        return ConsentKind.OBJECTION if self.objection_radio.isChecked() else ConsentKind.OPT_OUT

    def accept(self) -> None:
        address = self.address_combo.currentData()
        target: str | int = address if isinstance(address, str) else self._contact_id
        try:
            self.records = record_opt_out(
                self._book,
                target,
                self.kind,
                source=self.source_edit.text().strip(),
                note=self.note_edit.text().strip(),
            )
        except (MailingError, StorageError) as error:
            self.error_label.setText(str(error))
            return
        super().accept()
