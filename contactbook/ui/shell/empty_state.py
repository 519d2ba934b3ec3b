"""What the main window shows instead of the table while the book has no contacts."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from contactbook.ui.shell.app_icon import app_icon


class EmptyBookWidget(QWidget):
    """A friendly message; with ``on_sample_data`` also a button that fills the book."""

    def __init__(
        self, on_sample_data: Callable[[], object] | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        # A column of limited width, centred: word-wrapped labels get their full height only
        # when they fill their layout's width, so the column, not the labels, is centred.
        column = QWidget(self)
        column.setMaximumWidth(540)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)

        picture = QLabel(column)
        picture.setPixmap(app_icon().pixmap(96, 96))
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(picture)

        self.title_label = QLabel(self.tr("Your contact book is empty"), column)
        font = QFont(self.title_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        layout.addWidget(self.title_label)

        self.message_label = QLabel(
            self.tr(
                "Import the contacts from your phone or add your first contact. "
                "To look around first, fill it with sample data: run “contactbook demo” "
                "in a terminal."
            ),
            column,
        )
        self.message_label.setWordWrap(True)
        self.message_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message_label)

        self.sample_button: QPushButton | None = None
        if on_sample_data is not None:
            self.sample_button = QPushButton(self.tr("Try with sample data"), column)
            self.sample_button.clicked.connect(on_sample_data)
            layout.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignHCenter)

        rows = QVBoxLayout()
        rows.addStretch(1)
        rows.addWidget(column)
        rows.addStretch(2)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 48, 48, 48)
        outer.addStretch(1)
        outer.addLayout(rows, 4)
        outer.addStretch(1)

    def text(self) -> str:
        """The message as shown, title first."""
        return f"{self.title_label.text()}\n{self.message_label.text()}"
