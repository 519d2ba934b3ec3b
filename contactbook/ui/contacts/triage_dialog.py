"""Sorting the "To review" contacts by keyboard: P private, B business, S or → skip.

The suggestion of the domain (business when the card has an organisation, a job title or a
company-domain address) is shown with its reason; the owner decides. Several contacts
selected in the list are decided at once.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import badge_for
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import Scope
from contactbook.domain.errors import StorageError
from contactbook.domain.scope_change import change_scope
from contactbook.domain.triage import suggest_scope
from contactbook.services.book import Book
from contactbook.services.contact_changes import replace_contacts
from contactbook.services.contacts import contact_page, count_contacts, get_contact, get_contacts
from contactbook.ui.contacts.basis_dialog import LegalBasisDialog
from contactbook.ui.contacts.contact_dialog import basis_is_missing
from contactbook.ui.contacts.texts import scope_name, triage_reason_text
from contactbook.ui.contacts.undo import ContactUndo
from contactbook.ui.widgets.badge_chip import BadgeChip
from contactbook.ui.widgets.modal import run_modal

# how many unsorted contacts one triage session takes on (a phone import can bring thousands)
BATCH = 1000
_ID = Qt.ItemDataRole.UserRole


class TriageDialog(QDialog):
    """Walks through unsorted contacts; ``ids`` limits it to those (else all "To review")."""

    def __init__(
        self,
        book: Book,
        undo: ContactUndo,
        ids: list[int] | None = None,
        *,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._undo = undo
        self._today = today or date.today()
        self.decided = 0
        self._without_basis: list[int] = []
        self.setWindowTitle(self.tr("Sort contacts to review"))

        self.list = QListWidget(self)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setAccessibleName(self.tr("Contacts to review"))
        self.list.setMinimumWidth(220)
        self.name_label = QLabel(self)
        self.name_label.setWordWrap(True)
        self.name_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label = QLabel(self)
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.suggestion_label = QLabel(self)
        self.suggestion_label.setWordWrap(True)
        self.suggestion_label.setTextFormat(Qt.TextFormat.RichText)
        self.badge_chip = BadgeChip(self)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.private_button = QPushButton(self.tr("&Private (P)"), self)
        self.business_button = QPushButton(self.tr("&Business (B)"), self)
        self.skip_button = QPushButton(self.tr("&Skip (S)"), self)
        self.basis_button = QPushButton(self.tr("Set &legal basis… (L)"), self)
        self.basis_button.setEnabled(False)
        help_label = QLabel(
            self.tr(
                "P: private (family, friends) · B: business · S or →: skip. "
                "Select several in the list to decide them at once."
            ),
            self,
        )
        help_label.setWordWrap(True)

        details = QVBoxLayout()
        details.addWidget(self.name_label)
        details.addWidget(self.badge_chip, 0, Qt.AlignmentFlag.AlignLeft)
        details.addWidget(self.details_label)
        details.addWidget(self.suggestion_label)
        details.addStretch(1)
        buttons = QHBoxLayout()
        for button in (self.private_button, self.business_button, self.skip_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        details.addLayout(buttons)
        details.addWidget(self.status_label)
        details.addWidget(self.basis_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.basis_button.setAutoDefault(False)
        self.count_label = QLabel(self)
        left = QVBoxLayout()
        left.addWidget(self.count_label)
        left.addWidget(self.list, 1)
        top = QHBoxLayout()
        top.addLayout(left, 2)
        top.addLayout(details, 3)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(help_label)
        layout.addWidget(close)

        self.private_button.clicked.connect(lambda: self.decide(Scope.PRIVATE))
        self.business_button.clicked.connect(lambda: self.decide(Scope.BUSINESS))
        self.skip_button.clicked.connect(self.skip)
        self.basis_button.clicked.connect(self.set_missing_bases)
        self._keys: dict[int, Callable[[], None]] = {
            Qt.Key.Key_P: lambda: self.decide(Scope.PRIVATE),
            Qt.Key.Key_B: lambda: self.decide(Scope.BUSINESS),
            Qt.Key.Key_S: self.skip,
            Qt.Key.Key_Right: self.skip,
            Qt.Key.Key_L: self.set_missing_bases,
        }
        # The keys are read before the list sees them: its type-ahead search would take
        # letters, and a shortcut would depend on the window being active.
        self.list.installEventFilter(self)
        self.list.currentItemChanged.connect(self._show_current)

        self._load(ids)
        self.resize(760, 460)
        self.list.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            action = self._keys.get(event.key())
            if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
                action()
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self._keys.get(event.key())
        if action is not None and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            action()
            return
        super().keyPressEvent(event)

    # -- loading and showing -----------------------------------------------------------------

    def _load(self, ids: list[int] | None) -> None:
        wanted = ContactFilter(scope=Scope.UNSORTED, ids=tuple(ids or ()))
        summaries = contact_page(self._book, wanted, limit=BATCH)
        self._total = count_contacts(self._book, wanted)
        for summary in summaries:
            item = QListWidgetItem(summary.display_name or self.tr("(no name)"))
            item.setData(_ID, summary.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self._show_current()

    def remaining(self) -> int:
        return self.list.count()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(_ID)) if item is not None else None

    def _show_count(self) -> None:
        left = self.list.count()
        more = max(0, self._total - self.decided - left) if self._total > BATCH else 0
        text = self.tr("1 to review") if left == 1 else self.tr("{n} to review").format(n=left)
        if more:
            text += " " + self.tr("(and {more} more after these)").format(more=more)
        self.count_label.setText(text)

    def _show_current(self) -> None:
        self._show_count()
        contact_id = self.current_id()
        has_one = contact_id is not None
        for button in (self.private_button, self.business_button, self.skip_button):
            button.setEnabled(has_one)
        if contact_id is None:
            self.name_label.setText(
                "<b>" + html.escape(self.tr("Nothing left to review.")) + "</b>"
            )
            self.details_label.setText("")
            self.suggestion_label.setText("")
            self.badge_chip.hide()
            return
        try:
            contact = get_contact(self._book, contact_id)
        except StorageError as error:
            self.details_label.setText(str(error))
            return
        self.badge_chip.show()
        self.badge_chip.set_kind(badge_for(contact))
        self.name_label.setText(f"<b>{html.escape(contact.display_name)}</b>")
        self.details_label.setText(_details(contact))
        scope, reason = suggest_scope(contact)
        self.suggestion_label.setText(
            self.tr("Suggestion: <b>{scope}</b>. {reason}").format(
                scope=html.escape(scope_name(scope)), reason=html.escape(triage_reason_text(reason))
            )
        )

    # -- deciding ----------------------------------------------------------------------------

    def _chosen_items(self) -> list[QListWidgetItem]:
        selected = self.list.selectedItems()
        current = self.list.currentItem()
        if current is not None and current not in selected:
            return [current]
        return selected

    def decide(self, scope: Scope) -> None:
        """Put the selected contacts (or the current one) in ``scope`` and move on."""
        items = self._chosen_items()
        if not items:
            return
        try:
            befores = get_contacts(self._book, [int(item.data(_ID)) for item in items])
            changes = [(before, change_scope(before, scope)) for before in befores]
            saved = replace_contacts(self._book, changes)
        except (StorageError, ValueError) as error:
            self.status_label.setText(str(error))
            return
        text = (
            self.tr("Sort as {scope}") if len(saved) == 1 else self.tr("Sort {n} as {scope}")
        ).format(n=len(saved), scope=scope_name(scope).lower())
        self._undo.replaced(list(zip(befores, saved, strict=True)), text)
        self.decided += len(saved)
        rows = sorted((self.list.row(item) for item in items), reverse=True)
        del items  # the rows go below; their item wrappers must not outlive them
        # Removed through the model, so Qt deletes the items: takeItem() would hand them to
        # Python, and PySide's collector has crashed deleting such items afterwards.
        for taken in rows:
            self.list.model().removeRow(taken)
        row = rows[-1]
        self._without_basis = [c.id for c in saved if c.id is not None and basis_is_missing(c)]
        self._report(scope, len(saved))
        self.list.clearSelection()
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._show_current()

    def _report(self, scope: Scope, count: int) -> None:
        done = (
            self.tr("1 contact sorted as {scope}.")
            if count == 1
            else self.tr("{n} contacts sorted as {scope}.")
        ).format(n=count, scope=scope_name(scope).lower())
        if self._without_basis:
            done += " " + self.tr(
                "The badge now says “No legal basis”: press L to set the basis now, or do it "
                "later from the “No legal basis” view."
            )
        self.status_label.setText(done)
        self.basis_button.setEnabled(bool(self._without_basis))

    def skip(self) -> None:
        row = self.list.currentRow()
        if row + 1 < self.list.count():
            self.list.setCurrentRow(row + 1)

    def set_missing_bases(self) -> None:
        """Ask the basis of each contact just moved to business without one."""
        while self._without_basis:
            contact_id = self._without_basis[0]
            try:
                before = get_contact(self._book, contact_id)
            except StorageError:
                self._without_basis.pop(0)
                continue
            dialog = LegalBasisDialog(self._book, before, self._today, self)
            if run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.choice is None:
                break
            try:
                consent = dialog.choice.consent
                after = change_scope(before, Scope.BUSINESS, dialog.choice.record)
                [saved] = replace_contacts(
                    self._book, [(before, after)], consents=[consent] if consent else []
                )
            except (StorageError, ValueError) as error:
                self.status_label.setText(str(error))
                return
            self._undo.replaced([(before, saved)], self.tr("Set legal basis"))
            self._without_basis.pop(0)
        self.basis_button.setEnabled(bool(self._without_basis))
        if not self._without_basis:
            self.status_label.setText(self.tr("Legal basis recorded."))


def _details(contact: Contact) -> str:
    lines = [
        line
        for line in (
            " · ".join(part for part in (contact.job_title, contact.organisation) if part),
            *(email.address for email in contact.emails),
            *(phone.raw for phone in contact.phones),
            *(address.one_line() for address in contact.addresses),
        )
        if line
    ]
    return "\n".join(lines)
