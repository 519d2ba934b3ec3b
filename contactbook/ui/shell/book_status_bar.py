"""The status bar: what the search found on the left, the book's counts on the right."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from contactbook.ui.widgets.formatting import format_count


@dataclass(frozen=True)
class BookCounts:
    """How many contacts the book holds, in all and per scope."""

    total: int
    business: int
    private: int
    to_review: int


class BookStatusBar(QStatusBar):
    """Shows :class:`BookCounts` permanently and the search result while searching."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_label = QLabel(self)
        self.counts_label = QLabel(self)
        self.addWidget(self.search_label, 1)
        self.addPermanentWidget(self.counts_label)

    def show_counts(self, counts: BookCounts) -> None:
        """ "12,345 contacts · 5,000 business · 3,000 private · 800 to review"."""
        parts = (
            (
                self.tr("1 contact") if counts.total == 1 else self.tr("{count} contacts"),
                counts.total,
            ),
            (self.tr("{count} business"), counts.business),
            (self.tr("{count} private"), counts.private),
            (self.tr("{count} to review"), counts.to_review),
        )
        self.counts_label.setText(
            " · ".join(text.format(count=format_count(value)) for text, value in parts)
        )

    def show_search(self, search: str, matches: int) -> None:
        """How many contacts match ``search``; nothing while there is no search."""
        if not search:
            self.search_label.clear()
        elif matches == 0:
            self.search_label.setText(self.tr("No matches"))
        elif matches == 1:
            self.search_label.setText(self.tr("1 contact matches “{search}”").format(search=search))
        else:
            self.search_label.setText(
                self.tr("{count} contacts match “{search}”").format(
                    count=format_count(matches), search=search
                )
            )
