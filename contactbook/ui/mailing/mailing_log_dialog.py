"""The mailing log: every mailing with its counts, and what became of each address."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.mailing import Mailing, MailingStatus, Outcome
from contactbook.services.book import Book
from contactbook.services.mailing_log import latest_mailings, mailing_recipients
from contactbook.services.mailing_smtp import SmtpSettings
from contactbook.ui.mailing.row_table_model import RowTableModel, table_view
from contactbook.ui.mailing.send_dialog import SendDialog
from contactbook.ui.mailing.smtp_dialog import SmtpDialog
from contactbook.ui.mailing.texts import outcome_text, reason_text, status_text
from contactbook.ui.widgets.modal import open_owned


class MailingLogDialog(QDialog):
    """Newest mailing first; select one to see its recipients, or send to the rest."""

    def __init__(
        self, book: Book, *, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._settings = settings
        self._mailings: list[Mailing] = []
        self.smtp_dialog: SmtpDialog | None = None
        self.send_dialog: SendDialog | None = None
        self.setWindowTitle(self.tr("Mailing log"))
        self.resize(980, 620)

        self.mailings_model = RowTableModel(
            [
                self.tr("Date"),
                self.tr("Status"),
                self.tr("Sent"),
                self.tr("Failed"),
                self.tr("Not sent yet"),
                self.tr("Left out"),
                self.tr("Subject"),
            ],
            self,
        )
        self.recipients_model = RowTableModel(
            [
                self.tr("E-mail address"),
                self.tr("Why allowed"),
                self.tr("Result"),
                self.tr("Sent at"),
                self.tr("Error"),
            ],
            self,
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.mailings_view = table_view(
            self.mailings_model,
            splitter,
            sortable=False,
            widths=(
                "2026-12-31 23:59",
                status_text(MailingStatus.SENDING),
                *[self.tr("Not sent yet")] * 4,
            ),
        )
        self.mailings_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.recipients_view = table_view(
            self.recipients_model,
            splitter,
            sortable=False,
            widths=(
                "jan.devries@bakkerijbos.nl",
                "Existing customer (soft opt-in)",
                outcome_text(Outcome.BLOCKED),
                "2026-12-31 23:59",
            ),
        )
        self.mailings_view.setAccessibleName(self.tr("Mailings"))
        self.recipients_view.setAccessibleName(self.tr("Addresses of the chosen mailing"))
        splitter.addWidget(self.mailings_view)
        splitter.addWidget(self.recipients_view)
        self.empty_label = QLabel(self.tr("No mailings have been sent from this book yet."), self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.resume_button = QPushButton(self.tr("&Send to the rest…"), self)
        self.resume_button.setToolTip(
            self.tr("Send this mailing to the addresses it did not reach yet; nobody gets it twice")
        )
        buttons.addButton(self.resume_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.resume_button.clicked.connect(self.ask_server)

        layout = QVBoxLayout(self)
        layout.addWidget(self.empty_label)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.mailings_view.selectionModel().currentRowChanged.connect(self._show_selected)
        self.reload()

    def reload(self) -> None:
        selected = self.selected_mailing()
        self._mailings = latest_mailings(self._book)
        self.mailings_model.set_rows(
            [
                (
                    f"{m.created_at:%Y-%m-%d %H:%M}",
                    status_text(m.status),
                    str(m.sent_count),
                    str(m.failed_count),
                    str(m.pending_count),
                    str(m.blocked_count),
                    m.subject,
                )
                for m in self._mailings
            ]
        )
        self.empty_label.setVisible(not self._mailings)
        ids = [m.id for m in self._mailings]
        row = ids.index(selected.id) if selected is not None and selected.id in ids else 0
        if self._mailings:
            self.mailings_view.selectRow(row)
        self._show_selected()

    def selected_mailing(self) -> Mailing | None:
        index = self.mailings_view.currentIndex()
        if not index.isValid() or index.row() >= len(self._mailings):
            return None
        return self._mailings[index.row()]

    def ask_server(self) -> None:
        if self.selected_mailing() is None:
            return
        dialog = SmtpDialog(self._settings, self)
        # read while the dialog is still there (it is deleted once closed)
        dialog.accepted.connect(lambda: self._resume_with_server(dialog.smtp_settings()))
        dialog.finished.connect(lambda _result: self._forget(dialog))
        self.smtp_dialog = open_owned(dialog)

    def _resume_with_server(self, smtp: SmtpSettings) -> None:
        mailing = self.selected_mailing()
        if mailing is None or mailing.id is None:
            return
        sender = SendDialog(self._book, mailing.id, smtp, self)
        sender.sending_finished.connect(lambda _result: self.reload())
        sender.finished.connect(lambda _result: self._forget(sender))
        self.send_dialog = open_owned(sender)
        sender.start()

    def _forget(self, dialog: SmtpDialog | SendDialog) -> None:
        """A closed dialog is deleted: stop pointing at it."""
        if self.smtp_dialog is dialog:
            self.smtp_dialog = None
        if self.send_dialog is dialog:
            self.send_dialog = None

    def _show_selected(self) -> None:
        mailing = self.selected_mailing()
        self.resume_button.setEnabled(mailing is not None and mailing.unsent_count > 0)
        if mailing is None or mailing.id is None:
            self.recipients_model.set_rows([])
            return
        self.recipients_model.set_rows(
            [
                (
                    entry.address,
                    reason_text(entry.reason),
                    outcome_text(entry.outcome),
                    f"{entry.sent_at:%Y-%m-%d %H:%M}" if entry.sent_at else "",
                    entry.error,
                )
                for entry in mailing_recipients(self._book, mailing.id)
            ]
        )
