"""The contact workflows in the main window: new, edit, delete, scope, legal basis, consent,
deceased, triage, undo/redo and settings.

Everything that changes a contact goes through the services (with its audit events) and onto
one undo stack per window; consent records are append-only and so are not undone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMessageBox

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.enums import Scope, Subject
from contactbook.domain.errors import StorageError
from contactbook.domain.scope_change import ScopeChangeError, change_scope
from contactbook.services.contact_changes import (
    ChangedElsewhereError,
    delete_contacts,
    replace_contacts,
)
from contactbook.services.contact_editing import ContactEdit, apply_edit
from contactbook.services.contacts import get_contact, get_contacts
from contactbook.ui.contacts.basis_dialog import BasisChoice, LegalBasisDialog
from contactbook.ui.contacts.consent_dialog import ConsentDialog
from contactbook.ui.contacts.contact_dialog import (
    ContactDialog,
    ask_reload,
    basis_is_missing,
)
from contactbook.ui.contacts.triage_dialog import TriageDialog
from contactbook.ui.contacts.undo import ContactUndo
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.shell.settings_dialog import SettingsDialog
from contactbook.ui.widgets.modal import run_modal

# names listed in a delete confirmation; more are counted
_NAMES_SHOWN = 8


def install_contact_actions(
    window: MainWindow, settings: QSettings | None = None
) -> ContactActions:
    """Add the contact workflows to ``window``; ``settings`` is where the language is kept."""
    return window.keep(ContactActions(window, settings))


class ContactActions(QObject):
    def __init__(self, window: MainWindow, settings: QSettings | None = None) -> None:
        super().__init__(window)
        self.window = window
        self._settings = settings
        self.undo = ContactUndo(window.book, self)
        self.undo.changed.connect(self._after_undo)
        self.undo.failed.connect(self._error)
        # an erased person's data must not come back through Undo
        window.contacts_erased.connect(self.undo.forget)
        self._build_actions()
        self._build_edit_menu()
        table = window.table
        table.doubleClicked.connect(self._double_clicked)
        self._return_filter = _ReturnOpens(self)
        table.installEventFilter(self._return_filter)
        table.selectionModel().selectionChanged.connect(self.update_actions)
        window.model.modelReset.connect(self.update_actions)
        self.update_actions()

    # -- building ----------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: str | QKeySequence = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _table_action(self, text: str, slot: object, key: QKeySequence) -> QAction:
        """An action whose key works in the list only (Del in the search field deletes text)."""
        action = self._action(text, slot, key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        return action

    def _build_actions(self) -> None:
        window = self.window
        self.new_person = self._action(self.tr("&New person…"), self.new_person_dialog, "Ctrl+N")
        self.new_organisation = self._action(
            self.tr("New &organisation…"), self.new_organisation_dialog, "Ctrl+Shift+N"
        )
        self.edit = self._table_action(self.tr("&Edit…"), self.edit_selected, QKeySequence("F2"))
        self.delete = self._table_action(
            self.tr("&Delete…"), self.delete_selected, QKeySequence(QKeySequence.StandardKey.Delete)
        )
        self.to_business = self._action(self.tr("Move to &business…"), self.move_to_business)
        self.to_private = self._action(self.tr("Move to &private"), self.move_to_private)
        self.set_basis = self._action(self.tr("Set &legal basis…"), self.set_basis_dialog)
        self.consent = self._action(self.tr("Record &consent or opt-out…"), self.consent_dialog)
        self.deceased = self._action(self.tr("Mar&k deceased"), self.toggle_deceased)
        self.triage = self._action(
            self.tr("Sort contacts to &review…"), self.triage_dialog, "Ctrl+T"
        )
        separator = QAction(window)
        separator.setSeparator(True)
        for action in (self.new_person, self.new_organisation, separator):
            window.add_file_action(action)
        window.add_contact_action(self.new_person)
        window.add_contact_action(self.new_organisation)
        window.add_contact_action(self.edit, separator_before=True)
        window.add_contact_action(self.delete)
        window.add_contact_action(self.to_business, separator_before=True)
        window.add_contact_action(self.to_private)
        window.add_contact_action(self.set_basis)
        window.add_contact_action(self.consent)
        window.add_contact_action(self.deceased)
        window.add_contact_action(self.triage, separator_before=True)

    def _build_edit_menu(self) -> None:
        window = self.window
        menu = QMenu(self.tr("&Edit"), window)
        # Edit comes right after File, where people look for it
        contact_menu = getattr(window, "contact_menu", None)
        if isinstance(contact_menu, QMenu):
            window.menuBar().insertMenu(contact_menu.menuAction(), menu)
        else:
            menu = window.add_menu(self.tr("&Edit"))
        self.edit_menu = menu
        self.undo_action = self.undo.stack.createUndoAction(window, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.redo_action = self.undo.stack.createRedoAction(window, self.tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Redo))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)
        window.addAction(self.undo_action)
        window.addAction(self.redo_action)
        menu.addSeparator()
        self.settings_action = self._action(
            self.tr("&Settings…"), self.settings_dialog, QKeySequence("Ctrl+,")
        )
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        menu.addAction(self.settings_action)

    # -- state -------------------------------------------------------------------------------

    def selected(self) -> list[int]:
        return self.window.selected_contact_ids()

    def _one(self) -> Contact | None:
        ids = self.selected()
        if len(ids) != 1:
            return None
        try:
            return get_contact(self.window.book, ids[0])
        except StorageError:
            return None

    def update_actions(self) -> None:
        ids = self.selected()
        one = self._one() if len(ids) == 1 else None
        person = one is not None and one.subject is Subject.PERSON
        self.edit.setEnabled(one is not None)
        self.delete.setEnabled(bool(ids))
        self.to_business.setEnabled(bool(ids))
        self.to_private.setEnabled(bool(ids))
        self.set_basis.setEnabled(person and one is not None and not one.deceased)
        self.consent.setEnabled(one is not None and bool(one.emails))
        self.deceased.setEnabled(person)
        dead = one is not None and one.deceased
        self.deceased.setText(self.tr("Mark as &alive") if dead else self.tr("Mar&k deceased"))

    def _double_clicked(self) -> None:
        self.edit_selected()

    def _today(self) -> date:
        return date.today()

    def _after_change(self, ids: list[int]) -> None:
        self.window.refresh()
        if ids:
            self.window.select_contact(ids[0])
        self.update_actions()

    def _after_undo(self, ids: list[int]) -> None:
        self._after_change(ids)

    def _error(self, message: str) -> None:
        QMessageBox.warning(self.window, self.tr("Not done"), message)

    def _save(
        self,
        changes: list[tuple[Contact, Contact]],
        text: str,
        consents: list[ConsentRecord] | None = None,
    ) -> bool:
        """Save the changes (and record the consents they rest on) in one transaction."""
        try:
            saved = replace_contacts(self.window.book, changes, consents=consents or [])
        except ChangedElsewhereError as error:
            if ask_reload(self.window, error.name):
                self.window.refresh()
                ids = [before.id for before, _ in changes if before.id is not None]
                self._after_change(ids)
            return False
        except (StorageError, ValueError) as error:
            self._error(str(error))
            return False
        self.undo.replaced(list(zip((b for b, _ in changes), saved, strict=True)), text)
        self._after_change([c.id for c in saved if c.id is not None])
        return True

    # -- workflows ---------------------------------------------------------------------------

    def new_person_dialog(self) -> ContactDialog:
        return self._new(Subject.PERSON)

    def new_organisation_dialog(self) -> ContactDialog:
        return self._new(Subject.ORGANISATION)

    def _new(self, subject: Subject) -> ContactDialog:
        dialog = ContactDialog(self.window.book, subject=subject, parent=self.window)
        if run_modal(dialog) == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.undo.added(dialog.saved, self.tr("New contact"))
            self._after_change([dialog.saved.id] if dialog.saved.id else [])
        return dialog

    def edit_selected(self) -> ContactDialog | None:
        """Edit the selected contact; when it was changed elsewhere meanwhile and the user
        chooses to reload, the editor opens again on the stored version."""
        contact = self._one()
        if contact is None:
            return None
        dialog = ContactDialog(self.window.book, contact, parent=self.window)
        result = run_modal(dialog)
        if result == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.undo.replaced([(contact, dialog.saved)], self.tr("Edit contact"))
            self._after_change([contact.id] if contact.id else [])
        elif dialog.reload_requested and contact.id is not None:
            self._after_change([contact.id])
            if self.window.selected_contact_ids() == [contact.id]:
                return self.edit_selected()
        return dialog

    def delete_selected(self) -> bool:
        ids = self.selected()
        if not ids:
            return False
        book = self.window.book
        try:
            names = [c.display_name for c in get_contacts(book, ids[:_NAMES_SHOWN])]
        except StorageError as error:
            self._error(str(error))
            return False
        if not self._confirm_delete(names, len(ids)):
            return False
        try:
            deleted = delete_contacts(book, ids)
        except StorageError as error:
            self._error(str(error))
            return False
        text = self.tr("Delete contact") if len(ids) == 1 else self.tr("Delete contacts")
        self.undo.deleted(deleted, text)
        self._after_change([])
        return True

    def _confirm_delete(self, names: list[str], count: int) -> bool:
        if count == 1:
            question = self.tr("Delete {name}?").format(name=names[0])
        else:
            shown = "\n".join(f"• {name}" for name in names)
            more = count - len(names)
            question = self.tr("Delete these {count} contacts?").format(count=count)
            question += "\n\n" + shown
            if more:
                question += "\n" + self.tr("…and {more} more").format(more=more)
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Delete"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self.window,
        )
        box.setObjectName("deleteBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setInformativeText(
            self.tr(
                "You can undo this (Edit › Undo) until you close contactbook. Someone who asked "
                "to be erased should be erased instead, so that a later import warns."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Delete"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return run_modal(box) == QMessageBox.StandardButton.Yes

    def _ask_basis(self, contact: Contact, intro: str) -> BasisChoice | None:
        dialog = LegalBasisDialog(
            self.window.book, contact, self._today(), self.window, intro=intro
        )
        if run_modal(dialog) != QDialog.DialogCode.Accepted:
            return None
        return dialog.choice

    def move_to_business(self) -> bool:
        """Private persons need a legal basis (asked for each); others just move."""
        book = self.window.book
        changes: list[tuple[Contact, Contact]] = []
        choices: list[BasisChoice] = []
        try:
            befores = get_contacts(book, self.selected())
        except StorageError as error:
            self._error(str(error))
            return False
        for before in befores:
            try:
                after = change_scope(before, Scope.BUSINESS)
            except ScopeChangeError:
                intro = self.tr(
                    "A private contact used for your business falls under the GDPR, so it "
                    "needs a legal basis. Choose the one that fits."
                )
                choice = self._ask_basis(before, intro)
                if choice is None:
                    return False  # nothing is saved when one of them is cancelled
                choices.append(choice)
                after = change_scope(before, Scope.BUSINESS, choice.record)
            if after != before:
                changes.append((before, after))
        consents = [choice.consent for choice in choices if choice.consent is not None]
        if not changes or not self._save(changes, self.tr("Move to business"), consents):
            return False
        missing = [after for _, after in changes if basis_is_missing(after)]
        if missing:
            self._offer_missing_bases(missing)
        return True

    def _offer_missing_bases(self, contacts: list[Contact]) -> None:
        answer = QMessageBox.question(
            self.window,
            self.tr("No legal basis yet"),
            (
                self.tr(
                    "This contact is now a business contact without a legal basis; the badge "
                    "says “No legal basis”. Set the basis now?"
                )
                if len(contacts) == 1
                else self.tr(
                    "{count} contacts are now business contacts without a legal basis; their "
                    "badge says “No legal basis”. Set the basis now, one by one?"
                ).format(count=len(contacts))
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        for contact in contacts:
            if contact.id is None:
                continue
            self.window.select_contact(contact.id)
            if not self.set_basis_dialog():
                return

    def move_to_private(self) -> bool:
        book = self.window.book
        try:
            befores = get_contacts(book, self.selected())
        except StorageError as error:
            self._error(str(error))
            return False
        changes = [(b, change_scope(b, Scope.PRIVATE)) for b in befores]
        changes = [(b, a) for b, a in changes if a != b]
        return bool(changes) and self._save(changes, self.tr("Move to private"))

    def set_basis_dialog(self) -> bool:
        before = self._one()
        if before is None:
            return False
        intro = ""
        if before.scope is not Scope.BUSINESS:
            intro = self.tr("Setting a legal basis also makes this a business contact.")
        choice = self._ask_basis(before, intro)
        if choice is None:
            return False
        after = change_scope(before, Scope.BUSINESS, choice.record)
        consents = [choice.consent] if choice.consent is not None else []
        return self._save([(before, after)], self.tr("Set legal basis"), consents)

    def consent_dialog(self) -> ConsentDialog | None:
        contact = self._one()
        if contact is None:
            return None
        dialog = ConsentDialog(self.window.book, contact, self.window)
        if run_modal(dialog) == QDialog.DialogCode.Accepted:
            self._after_change([contact.id] if contact.id else [])
        return dialog

    def toggle_deceased(self) -> bool:
        before = self._one()
        if before is None:
            return False
        after = apply_edit(before, ContactEdit(deceased=not before.deceased), self._today())
        text = self.tr("Mark as alive") if before.deceased else self.tr("Mark deceased")
        return self._save([(before, after)], text)

    def triage_dialog(self) -> TriageDialog:
        ids = self.selected()
        dialog = TriageDialog(
            self.window.book,
            self.undo,
            ids if len(ids) > 1 else None,
            today=self._today(),
            parent=self.window,
        )
        run_modal(dialog)
        if dialog.decided:
            self._after_change([])
        return dialog

    def settings_dialog(self) -> SettingsDialog:
        settings = self._settings if self._settings is not None else QSettings()
        dialog = SettingsDialog(self.window.book, settings, self.window)
        run_modal(dialog)
        return dialog


class _ReturnOpens(QObject):
    """Return or Enter on the list opens the selected contact (as double-click does)."""

    def __init__(self, actions: ContactActions) -> None:
        super().__init__(actions)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            plain = event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            )
            if plain and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._actions.edit_selected()
                return True
        return super().eventFilter(watched, event)
