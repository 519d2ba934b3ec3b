"""Erase (right to be forgotten): the confirmation that says exactly what will go."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.errors import StorageError
from contactbook.services.book import Book
from contactbook.services.erasure import (
    ErasureResult,
    ErasureScope,
    erase_contacts,
    preview_erasure,
)
from contactbook.ui.translations import plural


class EraseDialog(QDialog):
    """Lists what erasing the contacts removes and what stays; erases only on "Erase"."""

    erased = Signal(object)  # ErasureResult

    def __init__(self, book: Book, contact_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eraseDialog")
        self._book = book
        self._ids = list(contact_ids)
        self.scopes = [preview_erasure(book, contact_id) for contact_id in self._ids]
        self.setWindowTitle(self.tr("Erase (right to be forgotten)"))
        self.resize(560, 460)
        intro = QLabel(
            self.tr(
                "This removes the person for good, from the book and from its files. "
                "It cannot be undone."
            )
            if len(self._ids) == 1
            else self.tr(
                "This removes these {count} people for good, from the book and from its "
                "files. It cannot be undone."
            ).format(count=len(self._ids))
        )
        intro.setWordWrap(True)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("eraseDetails")
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("What will be erased"))
        self.details.setPlainText("\n\n".join(self._describe(scope) for scope in self.scopes))
        stays = QLabel(
            self.tr(
                "What stays: a note in the audit log that a contact was erased (without any "
                "name or address), and a scrambled code of each e-mail address and phone "
                "number, so that an import later warns before adding them again."
            )
        )
        stays.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = self.buttons.addButton(
            self.tr("Erase for good"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.erase_button.setObjectName("eraseButton")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.erase_button.clicked.connect(self._erase)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(stays)
        layout.addWidget(self.buttons)

    def _describe(self, scope: ErasureScope) -> str:
        contact = scope.contact
        lines = [contact.display_name or self.tr("(no name)")]
        lines += [self.tr("E-mail: {value}").format(value=e.address) for e in contact.emails]
        lines += [self.tr("Phone: {value}").format(value=p.raw) for p in contact.phones]
        lines += [self.tr("Address: {value}").format(value=a.one_line()) for a in contact.addresses]
        if contact.photo:
            lines.append(self.tr("Photo"))
        if contact.notes.strip():
            lines.append(self.tr("Notes"))
        if contact.legal_basis.note.strip():
            lines.append(self.tr("Evidence of the legal basis"))
        # counts in plain names: lupdate skips plural texts counting anything else
        if records := scope.consent_records:
            lines.append(plural(self, "Consent history: %Ln record(s)", records))
        if entries := scope.mailing_entries:
            lines.append(plural(self, "Mailing log: %Ln entr(y/ies)", entries))
        if contact.activities:
            lines.append(self.tr("Links to: {names}").format(names=", ".join(contact.activities)))
        for address in scope.consent_addresses_kept:
            lines.append(
                self.tr(
                    "The consent history of {address} stays: another contact has that address."
                ).format(address=address)
            )
        return "\n".join(lines)

    def _erase(self) -> None:
        try:
            result: ErasureResult = erase_contacts(self._book, self._ids)
        except StorageError as error:
            QMessageBox.warning(self, self.windowTitle(), str(error))
            return
        self.erased.emit(result)
        self.accept()
