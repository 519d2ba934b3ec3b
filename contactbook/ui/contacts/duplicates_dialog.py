"""Contacts › Find duplicates: likely pairs, and a merge where the owner picks conflicts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import FIELDS_BY_NAME
from contactbook.domain.duplicates import DuplicatePair, DuplicateReason, conflicts
from contactbook.domain.enums import Subject
from contactbook.domain.errors import StorageError
from contactbook.services.book import Book
from contactbook.services.contacts import get_contact
from contactbook.services.duplicates import duplicate_pairs, merge_duplicates
from contactbook.ui.contacts.texts import scope_name
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.widgets.badges import badge_label
from contactbook.ui.widgets.field_labels import field_title
from contactbook.ui.widgets.modal import run_modal


def _tr(text: str) -> str:
    return QCoreApplication.translate("Duplicates", text)


def reason_text(reason: DuplicateReason) -> str:
    return {
        DuplicateReason.SAME_PHONE: _tr("same phone number"),
        DuplicateReason.SAME_EMAIL: _tr("same e-mail address"),
        DuplicateReason.SAME_NAME: _tr("same name"),
    }[reason]


def field_label(name: str) -> str:
    """A contact field's label: a declared field's own, or one of the owner's decisions."""
    spec = FIELDS_BY_NAME.get(name)
    if spec is not None:
        return field_title(spec)
    labels = {
        "scope": _tr("Private or business"),
        "subject": _tr("Person or organisation"),
        "legal_basis": _tr("Legal basis"),
        "deceased": _tr("Deceased"),
    }
    return labels.get(name, name)


def _value_text(contact: Contact, name: str) -> str:
    value = getattr(contact, name)
    if name == "birthday":
        return str(value.iso())
    if name == "photo":
        return _tr("photo ({size} kB)").format(size=len(value) // 1024)
    if name == "legal_basis":
        # the badge's words ("Contract"), never the stored code ("contract")
        label = badge_label(BadgeKind(value.basis.value))
        return f"{label}: {value.note}" if value.note else label
    if name == "deceased":
        return _tr("yes")
    if name == "scope":
        return scope_name(value)
    if name == "subject":
        return _tr("An organisation") if value is Subject.ORGANISATION else _tr("A person")
    return str(getattr(value, "value", value))


class DuplicatesDialog(QDialog):
    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._groups: dict[str, QButtonGroup] = {}
        self.merged_any = False
        self.setWindowTitle(self.tr("Find duplicates"))
        self.resize(900, 520)
        layout = QHBoxLayout(self)
        self.pairs = QListWidget()
        self.pairs.setAccessibleName(self.tr("Likely duplicate pairs"))
        self.pairs.currentItemChanged.connect(lambda *_: self._show_pair())
        layout.addWidget(self.pairs, 2)
        right = QVBoxLayout()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        right.addWidget(self.heading)
        self.choices = QWidget()
        self.choices_layout = QGridLayout(self.choices)
        right.addWidget(self.choices)
        explanation = QLabel(
            self.tr(
                "Everything else is combined: e-mail addresses, phone numbers, postal "
                "addresses, categories and activities. The consent history stays with each "
                "e-mail address. The second contact is removed after the merge."
            )
        )
        explanation.setWordWrap(True)
        right.addWidget(explanation)
        right.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.merge_button = QPushButton(self.tr("&Merge this pair"))
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.merge_button.clicked.connect(self.merge_current)
        buttons.rejected.connect(self.accept)
        right.addWidget(buttons)
        layout.addLayout(right, 3)
        self.reload()

    def reload(self) -> None:
        self.pairs.clear()
        for pair in duplicate_pairs(self._book):
            first = get_contact(self._book, pair.first_id)
            second = get_contact(self._book, pair.second_id)
            why = ", ".join(reason_text(r) for r in pair.reasons)
            item = QListWidgetItem(f"{first.display_name}  ↔  {second.display_name}\n{why}")
            item.setData(Qt.ItemDataRole.UserRole, pair)
            self.pairs.addItem(item)
        if self.pairs.count():
            self.pairs.setCurrentRow(0)
        else:
            self._show_pair()

    def current_pair(self) -> DuplicatePair | None:
        item = self.pairs.currentItem()
        if item is None:
            return None
        pair: DuplicatePair = item.data(Qt.ItemDataRole.UserRole)
        return pair

    def choose_other(self, field: str) -> None:
        """Take the second contact's value for ``field`` (used by keyboard users and tests)."""
        self._groups[field].button(1).setChecked(True)

    def _show_pair(self) -> None:
        while (item := self.choices_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self._groups = {}
        pair = self.current_pair()
        self.merge_button.setEnabled(pair is not None)
        if pair is None:
            self.heading.setText(self.tr("No likely duplicates were found."))
            return
        keep = get_contact(self._book, pair.first_id)
        other = get_contact(self._book, pair.second_id)
        self.heading.setText(
            self.tr(
                "Merge “{other}” into “{keep}”. Where they differ, choose what to keep:"
            ).format(other=other.display_name, keep=keep.display_name)
        )
        found = conflicts(keep, other)
        if not found:
            self.choices_layout.addWidget(QLabel(self.tr("They do not contradict each other.")))
        for row, name in enumerate(found):
            self.choices_layout.addWidget(QLabel(field_label(name)), row, 0)
            group = QButtonGroup(self.choices)
            for column, contact in enumerate((keep, other)):
                button = QRadioButton(_value_text(contact, name))
                group.addButton(button, column)
                self.choices_layout.addWidget(button, row, column + 1)
            group.button(0).setChecked(True)
            self._groups[name] = group

    def merge_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        take = frozenset(name for name, group in self._groups.items() if group.checkedId() == 1)
        try:
            merge_duplicates(self._book, pair.first_id, pair.second_id, take)
        except (StorageError, ValueError) as error:
            QMessageBox.warning(self, self.tr("Not merged"), str(error))
            return
        self.merged_any = True
        self.reload()


def install_duplicate_actions(window: MainWindow) -> QAction:
    """Contact › Find duplicates… (at the end of the Contact menu, not in the list's
    context menu: it works on the whole book, not on the selection)."""
    action = QAction(_tr("Find d&uplicates…"), window)
    action.triggered.connect(lambda: _open(window))
    window.contact_menu.addSeparator()
    window.contact_menu.addAction(action)
    return action


def _open(window: MainWindow) -> None:
    dialog = DuplicatesDialog(window.book, window)
    run_modal(dialog)
    if dialog.merged_any:
        window.refresh()
