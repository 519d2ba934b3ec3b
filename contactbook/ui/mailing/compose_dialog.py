"""Compose a mailing: subject and text, with a preview of the footer the app always adds."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.mailing import SenderDetailsMissingError, footer_text
from contactbook.services.book import Book
from contactbook.services.book_settings import book_language, controller_details
from contactbook.services.mailing import MailingError
from contactbook.services.mailing_send import create_mailing
from contactbook.services.mailing_smtp import SmtpSettings
from contactbook.ui.mailing.send_dialog import SendDialog
from contactbook.ui.mailing.smtp_dialog import SmtpDialog
from contactbook.ui.widgets.formatting import format_count
from contactbook.ui.widgets.modal import open_owned


class ComposeDialog(QDialog):
    """Subject, text and the fixed footer (sender and opt-out), then Send."""

    def __init__(
        self,
        book: Book,
        contact_filter: ContactFilter,
        recipient_count: int,
        *,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._filter = contact_filter
        self._settings = settings
        self.smtp_dialog: SmtpDialog | None = None
        self.send_dialog: SendDialog | None = None
        self.setWindowTitle(self.tr("Write the mailing"))
        self.resize(720, 640)

        self.subject_edit = QLineEdit(self)
        self.body_edit = QPlainTextEdit(self)
        self.body_edit.setPlaceholderText(self.tr("Your message…"))
        self.body_edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else
        self.language_combo = QComboBox(self)
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        language = book_language(book)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(language), 0))
        self.footer_preview = QPlainTextEdit(self)
        self.footer_preview.setReadOnly(True)
        self.footer_preview.setTabChangesFocus(True)
        self.footer_preview.setAccessibleName(self.tr("Footer added to every message"))
        self.footer_preview.setMaximumHeight(self.fontMetrics().lineSpacing() * 7)
        palette = self.footer_preview.palette()
        palette.setColor(QPalette.ColorRole.Base, palette.color(QPalette.ColorRole.Window))
        self.footer_preview.setPalette(palette)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&Subject:"), self.subject_edit)
        form.addRow(self.tr("&Text:"), self.body_edit)
        form.addRow(self.tr("&Footer language:"), self.language_combo)
        footer_note = QLabel(
            self.tr(
                "Added to every message, and cannot be left out: who sends it and how to "
                "opt out (Telecommunicatiewet)."
            ),
            self,
        )
        footer_note.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.send_button = QPushButton(
            self.tr("Send to 1 recipient…")
            if recipient_count == 1
            else self.tr("Send to {count} recipients…").format(count=format_count(recipient_count)),
            self,
        )
        self.send_button.setDefault(True)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.ask_server)

        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(footer_note)
        layout.addWidget(self.footer_preview)
        layout.addWidget(self.message_label)
        layout.addWidget(buttons)
        self.language_combo.currentIndexChanged.connect(self._show_footer)
        self._show_footer()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData())

    def ask_server(self) -> None:
        """Check the text, then ask for the mail server; sending starts when it is given."""
        if not self.subject_edit.text().strip() or not self.body_edit.toPlainText().strip():
            self.message_label.setText(self.tr("Write a subject and a text first."))
            return
        dialog = SmtpDialog(self._settings, self)
        # read while the dialog is still there (it is deleted once closed)
        dialog.accepted.connect(lambda: self.send_with(dialog.smtp_settings()))
        dialog.finished.connect(lambda _result: self._forget_smtp_dialog(dialog))
        self.smtp_dialog = open_owned(dialog)

    def send_with(self, smtp: SmtpSettings) -> SendDialog | None:
        """Store the mailing (the gate is asked again now) and start sending it."""
        try:
            mailing = create_mailing(
                self._book,
                self._filter,
                self.subject_edit.text(),
                self.body_edit.toPlainText(),
                language=self.language,
            )
        except MailingError as error:
            self.message_label.setText(str(error))
            return None
        assert mailing.id is not None
        sender = SendDialog(self._book, mailing.id, smtp, self)
        sender.accepted.connect(self.accept)
        sender.finished.connect(lambda _result: self._forget_send_dialog(sender))
        self.send_dialog = open_owned(sender)
        sender.start()
        return sender

    def _forget_smtp_dialog(self, dialog: SmtpDialog) -> None:
        if self.smtp_dialog is dialog:
            self.smtp_dialog = None

    def _forget_send_dialog(self, dialog: SendDialog) -> None:
        if self.send_dialog is dialog:
            self.send_dialog = None

    def _show_footer(self) -> None:
        try:
            footer = footer_text(controller_details(self._book), self.language)
        except SenderDetailsMissingError as error:
            self.footer_preview.setPlainText("")
            self.message_label.setText(
                self.tr(
                    "A mailing must say who sends it. Fill in your business details first "
                    "(missing: {fields})."
                ).format(fields=", ".join(error.missing))
            )
            self.send_button.setEnabled(False)
            return
        self.footer_preview.setPlainText(footer)
        self.send_button.setEnabled(True)
