"""New mailing: who will receive it and who is left out (with why), then send, export or copy."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.mailing import Recipient
from contactbook.services.book import Book
from contactbook.services.mailing import RecipientList, clipboard_text, recipients_for
from contactbook.services.mailing_export import export_recipients_csv
from contactbook.ui.mailing.compose_dialog import ComposeDialog
from contactbook.ui.mailing.row_table_model import Row, RowTableModel, table_view
from contactbook.ui.mailing.texts import (
    reason_explanation,
    reason_text,
    sample_explanation,
    sample_text,
)
from contactbook.ui.widgets.formatting import format_count
from contactbook.ui.widgets.modal import open_owned

# Typical values the name and address columns are sized for.
_WIDTHS = ("Jolanda van der Sluis", "jan.devries@bakkerijbos.nl")


def _name(recipient: Recipient) -> str:
    return recipient.candidate.display_name or recipient.address


class RecipientsDialog(QDialog):
    """The gate's answer for a list of contacts, side by side, and what to do with it.

    Every way out — Send, Export, Copy — asks the services, which take the gate's
    deliverable set only; this dialog never hands out addresses itself.
    """

    def __init__(
        self,
        book: Book,
        contact_filter: ContactFilter,
        *,
        description: str = "",
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._filter = contact_filter
        self._settings = settings
        self.compose_dialog: ComposeDialog | None = None
        self.setWindowTitle(self.tr("New mailing"))
        self.resize(1180, 620)

        self.description_label = QLabel(description, self)
        self.description_label.setVisible(bool(description))
        font = self.description_label.font()
        font.setBold(True)
        self.description_label.setFont(font)
        intro = QLabel(
            self.tr(
                "Only addresses that may receive commercial e-mail under the "
                "Telecommunicatiewet get it: opted in, existing customers (soft opt-in) and "
                "company addresses such as info@. The others are listed with the reason; "
                "point at a reason for more."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.strict_label = QLabel(self)
        self.strict_label.setWordWrap(True)

        self.allowed_model = RowTableModel(
            [self.tr("Name"), self.tr("E-mail address"), self.tr("Why allowed")], self
        )
        self.blocked_model = RowTableModel(
            [self.tr("Name"), self.tr("E-mail address"), self.tr("Why left out")], self
        )
        self.allowed_box = QGroupBox(self)
        self.blocked_box = QGroupBox(self)
        self.allowed_view = table_view(
            self.allowed_model, self.allowed_box, sortable=True, widths=_WIDTHS
        )
        self.blocked_view = table_view(
            self.blocked_model, self.blocked_box, sortable=True, widths=_WIDTHS
        )
        self.allowed_view.setAccessibleName(self.tr("Addresses that will receive the mailing"))
        self.blocked_view.setAccessibleName(self.tr("Addresses left out, with the reason"))
        for box, view in (
            (self.allowed_box, self.allowed_view),
            (self.blocked_box, self.blocked_view),
        ):
            box_layout = QVBoxLayout(box)
            box_layout.addWidget(view)
        lists = QHBoxLayout()
        lists.addWidget(self.allowed_box, 1)
        lists.addWidget(self.blocked_box, 1)

        self.feedback_label = QLabel(self)
        self.feedback_label.setWordWrap(True)
        self.feedback_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.compose_button = QPushButton(self.tr("&Write and send…"), self)
        self.compose_button.setDefault(True)
        self.export_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.export_button.setToolTip(
            self.tr(
                "For a mailing service such as Mailchimp or Spotler: e-mail, names, organisation"
            )
        )
        self.copy_button = QPushButton(self.tr("C&opy addresses"), self)
        self.copy_button.setToolTip(
            self.tr("Paste them into the Bcc field, so recipients do not see each other")
        )
        for button in (self.compose_button, self.export_button, self.copy_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.compose_button.clicked.connect(self.compose)
        self.export_button.clicked.connect(self._choose_export_file)
        self.copy_button.clicked.connect(self.copy_addresses)

        layout = QVBoxLayout(self)
        layout.addWidget(self.description_label)
        layout.addWidget(intro)
        layout.addWidget(self.strict_label)
        layout.addLayout(lists, 1)
        layout.addWidget(self.feedback_label)
        layout.addWidget(buttons)
        self.reload()
        self.compose_button.setFocus()

    @property
    def recipients(self) -> RecipientList:
        return self._recipients

    def reload(self) -> None:
        """Ask the gate again (e.g. after an opt-out) and show its answer."""
        self._recipients = recipients_for(self._book, self._filter)
        deliverable = self._recipients.deliverable
        self.allowed_model.set_rows(
            [(_name(r), r.address, reason_text(r.decision.reason)) for r in deliverable],
            [reason_explanation(r.decision.reason) for r in deliverable],
        )
        blocked, samples = self._recipients.blocked, self._recipients.samples
        left_out: list[Row] = [
            *((_name(r), r.address, reason_text(r.decision.reason)) for r in blocked),
            *((_name(r), r.address, sample_text()) for r in samples),
        ]
        self.blocked_model.set_rows(
            left_out,
            [
                *(reason_explanation(r.decision.reason) for r in blocked),
                *(sample_explanation() for _ in samples),
            ],
        )
        for view in (self.allowed_view, self.blocked_view):
            view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.allowed_box.setTitle(
            self.tr("Will receive it: {count}").format(count=format_count(len(deliverable)))
        )
        self.blocked_box.setTitle(
            self.tr("Left out: {count}").format(count=format_count(len(left_out)))
        )
        self.strict_label.setVisible(self._recipients.strict)
        self.strict_label.setText(
            self.tr(
                "Strict mode is on: a company address counts only when the company published "
                "it for receiving offers."
            )
        )
        for button in (self.compose_button, self.export_button, self.copy_button):
            button.setEnabled(bool(deliverable))
        if not deliverable:
            self.feedback_label.setText(self.tr("None of these contacts may receive a mailing."))

    # -- the three ways out --------------------------------------------------------------

    def copy_addresses(self) -> str:
        """Put the deliverable addresses on the clipboard; returns the text."""
        text = clipboard_text(self._book, self._filter)
        QGuiApplication.clipboard().setText(text)
        count = len(text.split(", ")) if text else 0
        self.feedback_label.setText(
            (
                self.tr("1 address copied.")
                if count == 1
                else self.tr("{count} addresses copied.").format(count=format_count(count))
            )
            + " "
            + self.tr("Paste them into the Bcc field.")
        )
        return text

    def export_to(self, path: Path) -> int:
        """Write the deliverable recipients as CSV to ``path``; returns how many."""
        try:
            result = export_recipients_csv(self._book, self._filter, path)
        except OSError as error:
            self.feedback_label.setText(
                self.tr("Could not write {path}: {reason}").format(
                    path=path, reason=error.strerror or error
                )
            )
            return 0
        self.feedback_label.setText(
            (
                self.tr("1 recipient written to {path}.")
                if result.written == 1
                else self.tr("{count} recipients written to {path}.")
            ).format(count=format_count(result.written), path=path)
        )
        return result.written

    def compose(self) -> ComposeDialog:
        """Open the compose dialog for these recipients."""
        dialog = ComposeDialog(
            self._book,
            self._filter,
            len(self._recipients.deliverable),
            settings=self._settings,
            parent=self,
        )
        dialog.finished.connect(lambda _result: self._forget_compose_dialog(dialog))
        self.compose_dialog = open_owned(dialog)
        return dialog

    def _forget_compose_dialog(self, dialog: ComposeDialog) -> None:
        # a closed dialog is deleted: stop pointing at it
        if self.compose_dialog is dialog:
            self.compose_dialog = None

    def _choose_export_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export recipients"),
            str(Path.home() / self.tr("recipients.csv")),
            self.tr("CSV files (*.csv)"),
        )
        if name:
            self.export_to(Path(name))
