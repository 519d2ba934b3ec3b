"""Process unsubscribes: paste the replies to the opt-out line, record an opt-out for each."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.services.book import Book
from contactbook.services.mailing_optout import process_unsubscribes


class UnsubscribeDialog(QDialog):
    """Recorded addresses on the left, addresses no contact has on the right."""

    recorded = Signal(int)  # how many opt-outs were recorded

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.setWindowTitle(self.tr("Process unsubscribes"))
        self.resize(760, 520)
        intro = QLabel(
            self.tr(
                "Paste the unsubscribe replies, or just their addresses, in any form. Each "
                "address a contact has gets an opt-out, from now on blocked in every mailing."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.paste_edit = QPlainTextEdit(self)
        self.paste_edit.setPlaceholderText("jan@voorbeeld.nl\nEmma Bos <emma@voorbeeld.nl>")
        self.paste_edit.setAccessibleName(self.tr("Pasted unsubscribe replies"))

        self.recorded_box = QGroupBox(self.tr("Opted out"), self)
        self.recorded_list = QPlainTextEdit(self.recorded_box)
        self.unknown_box = QGroupBox(self.tr("Not in the book"), self)
        self.unknown_list = QPlainTextEdit(self.unknown_box)
        self.unknown_list.setToolTip(
            self.tr("No contact has these addresses; nothing was recorded for them.")
        )
        results = QHBoxLayout()
        for box, text in (
            (self.recorded_box, self.recorded_list),
            (self.unknown_box, self.unknown_list),
        ):
            text.setReadOnly(True)
            QVBoxLayout(box).addWidget(text)
            results.addWidget(box)
        self.summary_label = QLabel(self)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.process_button = QPushButton(self.tr("&Record opt-outs"), self)
        buttons.addButton(self.process_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.process_button.clicked.connect(self.process)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.paste_edit, 1)
        layout.addLayout(results, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(buttons)

    def process(self) -> tuple[list[str], list[str]]:
        """Record an opt-out for every known pasted address: (recorded, unknown)."""
        done, unknown = process_unsubscribes(self._book, self.paste_edit.toPlainText())
        self.recorded_list.setPlainText("\n".join(done))
        self.unknown_list.setPlainText("\n".join(unknown))
        self.recorded_box.setTitle(self.tr("Opted out: {count}").format(count=len(done)))
        self.unknown_box.setTitle(self.tr("Not in the book: {count}").format(count=len(unknown)))
        if not done and not unknown:
            self.summary_label.setText(self.tr("No e-mail addresses found in the pasted text."))
        else:
            self.summary_label.setText(
                self.tr("Opt-outs recorded: {count}.").format(count=len(done))
            )
            self.paste_edit.clear()
        self.recorded.emit(len(done))
        return done, unknown
