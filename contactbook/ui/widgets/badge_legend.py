"""Help › Badge legend: every badge with its icon, label and meaning."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import BadgeKind
from contactbook.ui.widgets.badge_chip import BadgeChip
from contactbook.ui.widgets.badges import badge_tooltip


class BadgeLegendDialog(QDialog):
    """Lists all badges in the order of PRIVACY-RULES.md section 3."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Badge legend"))
        self.chips: list[BadgeChip] = []
        intro = QLabel(
            self.tr(
                "Every contact shows one badge: the legal basis on which a business contact "
                "is kept, or why the GDPR does not apply to it."
            ),
            self,
        )
        intro.setWordWrap(True)

        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        for row, kind in enumerate(BadgeKind):
            chip = BadgeChip(grid_widget)
            chip.set_kind(kind)
            self.chips.append(chip)
            meaning = QLabel(badge_tooltip(kind), grid_widget)
            meaning.setWordWrap(True)
            grid.addWidget(chip, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(meaning, row, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        # a Tab stop, so that the list can be scrolled with the arrow keys
        scroll.setAccessibleName(self.tr("Badges and what they mean"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(720, 560)
