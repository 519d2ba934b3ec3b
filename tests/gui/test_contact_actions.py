"""The contact workflows in the real main window: menus, keys, modal dialogs, undo."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.services.book import Book, open_book
from contactbook.storage.audit_log import events
from contactbook.ui.contacts.basis_dialog import BASES, LegalBasisDialog
from contactbook.ui.contacts.consent_dialog import ConsentDialog
from contactbook.ui.contacts.contact_actions import ContactActions, install_contact_actions
from contactbook.ui.contacts.contact_dialog import ContactDialog
from contactbook.ui.contacts.contact_table_model import Column
from contactbook.ui.shell.main_window import MainWindow
from tests.gui.factories import person


@pytest.fixture
def window(qtbot: QtBot, mixed_book: Book, tmp_path: Path) -> MainWindow:
    shown = MainWindow(mixed_book)
    qtbot.addWidget(shown)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    install_contact_actions(shown, settings)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def actions_of(window: MainWindow) -> ContactActions:
    actions = window.feature(ContactActions)
    assert isinstance(actions, ContactActions)
    return actions


def when_shown(kind: type[QWidget], handle: Callable[[QWidget], None], seen: list[str]) -> None:
    """Run ``handle`` on the modal dialog of ``kind`` as soon as it is open."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind):
            QTimer.singleShot(10, poll)
            return
        seen.append(modal.windowTitle() if not isinstance(modal, QMessageBox) else modal.text())
        try:
            handle(modal)
        finally:
            if modal.isVisible():  # a failed step must not leave the test waiting forever
                modal.close()

    QTimer.singleShot(0, poll)


def click_button(text: str) -> Callable[[QWidget], None]:
    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == text]
        button.click()

    return click


def select(window: MainWindow, name: str) -> int:
    for row in range(window.model.rowCount()):
        if window.model.index(row, Column.NAME).data() == name:
            contact_id = window.model.contact_id(row)
            assert window.select_contact(contact_id)
            return contact_id
    raise AssertionError(f"{name} is not in the list")


def badge_of(window: MainWindow, contact_id: int) -> str:
    row = window.model.row_of(contact_id)
    assert row is not None
    return str(window.model.index(row, Column.BADGE).data())


def test_the_menus_hold_the_workflows(window: MainWindow) -> None:
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus.index("&Edit") == menus.index("&File") + 1
    contact_menu = [a.text() for a in window.contact_menu.actions() if not a.isSeparator()]
    for text in (
        "&New person…",
        "&Edit…",
        "&Delete…",
        "Move to &business…",
        "Set &legal basis…",
        "Record &consent or opt-out…",
        "Sort contacts to &review…",
    ):
        assert text in contact_menu
    actions = actions_of(window)
    assert actions.new_person.shortcut().toString() == "Ctrl+N"
    assert actions.new_organisation.shortcut().toString() == "Ctrl+Shift+N"
    assert actions.settings_action.shortcut().toString() == "Ctrl+,"


def test_return_on_the_list_opens_the_editor_and_the_edit_survives_a_restart(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    jan_id = select(window, "Jan van den Berg")
    window.table.setFocus()
    seen: list[str] = []

    def change_job(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.job_title_edit.setText("Directeur")
        dialog.ok_button.click()

    when_shown(ContactDialog, change_job, seen)
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert seen == ["Edit Jan van den Berg"]
    assert "Directeur" in window.detail_pane.displayed_text()

    window.book.close()
    reopened = open_book(db_path)
    try:
        assert reopened.contacts.get(jan_id).job_title == "Directeur"
    finally:
        reopened.close()
    window.close()


def test_undo_and_redo_of_an_edit(qtbot: QtBot, window: MainWindow) -> None:
    actions = actions_of(window)
    jan_id = select(window, "Jan van den Berg")
    before = window.book.contacts.get(jan_id)

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.organisation_edit.setText("Van den Berg Techniek")
        dialog.ok_button.click()

    when_shown(ContactDialog, rename, [])
    actions.edit.trigger()
    assert window.book.contacts.get(jan_id).organisation == "Van den Berg Techniek"
    assert actions.undo_action.text() == "&Undo Edit contact"

    actions.undo_action.trigger()
    restored = window.book.contacts.get(jan_id)
    assert restored.organisation == "Berg Installatietechniek"
    assert restored.legal_basis == before.legal_basis
    assert restored.emails == before.emails
    actions.redo_action.trigger()
    assert window.book.contacts.get(jan_id).organisation == "Van den Berg Techniek"


def test_delete_asks_first_naming_the_contacts_and_can_be_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    total = window.book.contacts.count()
    sanne_id = select(window, "Sanne Bakker")
    window.table.setFocus()
    seen: list[str] = []

    when_shown(QMessageBox, click_button("Cancel"), seen)
    qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert seen == ["Delete Sanne Bakker?"]
    assert window.book.contacts.count() == total

    # several at once, named in the question
    window.table.selectAll()
    when_shown(QMessageBox, click_button("Delete"), seen)
    actions.delete.trigger()
    assert seen[1].startswith("Delete these 5 contacts?")
    assert "• Jan van den Berg" in seen[1]
    assert window.book.contacts.count() == 0
    assert events(window.book.database, sanne_id)[0].action == "contact_deleted"

    actions.undo_action.trigger()
    assert window.book.contacts.count() == total
    names = {c.display_name for c in window.book.contacts.get_many()}
    assert "Sanne Bakker" in names
    assert window.model.rowCount() == total


def test_undo_of_an_edit_after_undoing_a_delete_follows_the_new_id(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    select(window, "Pieter de Vries")
    actions.deceased.trigger()  # edit 1
    window.table.setFocus()
    when_shown(QMessageBox, click_button("Delete"), [])
    actions.delete.trigger()  # delete
    actions.undo_action.trigger()  # back, with a new id
    actions.undo_action.trigger()  # and the edit undone on that new id
    [pieter] = [c for c in window.book.contacts.get_many() if c.given_name == "Pieter"]
    assert not pieter.deceased


def test_private_to_business_asks_for_a_basis_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    sanne_id = select(window, "Sanne Bakker")
    seen: list[str] = []

    when_shown(LegalBasisDialog, lambda dialog: dialog.reject(), seen)
    assert actions.to_business.isEnabled()
    actions.to_business.trigger()
    assert seen == ["Legal basis"]
    assert window.book.contacts.get(sanne_id).scope is Scope.PRIVATE

    def contract(dialog: QWidget) -> None:
        assert isinstance(dialog, LegalBasisDialog)
        dialog.basis_combo.setCurrentIndex(BASES.index(LegalBasis.CONTRACT))
        dialog.contract_edit.setText("Opdracht 2026-7")
        dialog.accept()

    when_shown(LegalBasisDialog, contract, seen)
    actions.to_business.trigger()
    stored = window.book.contacts.get(sanne_id)
    assert (stored.scope, stored.legal_basis.basis) == (Scope.BUSINESS, LegalBasis.CONTRACT)
    assert badge_of(window, sanne_id) == "Contract"
    log = [(e.action, e.detail) for e in events(window.book.database, sanne_id)]
    assert ("scope_changed", "private -> business") in log
    assert ("legal_basis_changed", "none -> contract") in log

    actions.undo_action.trigger()
    assert window.book.contacts.get(sanne_id).scope is Scope.PRIVATE


def test_a_move_to_business_on_consent_that_fails_records_no_consent(
    qtbot: QtBot, window: MainWindow
) -> None:
    """The consent and the move are one transaction: when the move cannot be saved (the
    contact was changed elsewhere while the basis was asked), the consent is not kept."""
    actions = actions_of(window)
    sanne_id = select(window, "Sanne Bakker")
    seen: list[str] = []

    def consent_then_changed_elsewhere(dialog: QWidget) -> None:
        assert isinstance(dialog, LegalBasisDialog)
        _fill(LegalBasis.CONSENT)(dialog)
        elsewhere = open_book(window.book.path)  # the command line, meanwhile
        try:
            stored = elsewhere.contacts.get(sanne_id)
            elsewhere.contacts.save(replace(stored, notes="Gebeld"))
        finally:
            elsewhere.close()
        when_shown(QMessageBox, click_button("Cancel"), seen)
        dialog.accept()

    when_shown(LegalBasisDialog, consent_then_changed_elsewhere, seen)
    assert actions.move_to_business() is False
    assert seen[0] == "Legal basis"
    assert "was changed elsewhere" in seen[1]
    stored = window.book.contacts.get(sanne_id)
    assert (stored.scope, stored.notes) == (Scope.PRIVATE, "Gebeld")
    assert window.book.consent.history("sanne.bakker@gmail.com") == []
    assert "consent_recorded" not in [e.action for e in events(window.book.database, sanne_id)]


def _fill(basis: LegalBasis) -> Callable[[LegalBasisDialog], None]:
    def fill(dialog: LegalBasisDialog) -> None:
        dialog.basis_combo.setCurrentIndex(BASES.index(basis))
        if basis is LegalBasis.CONSENT:
            dialog.source_edit.setText("webformulier")
            dialog.wording_edit.setText("Ja, stuur mij de nieuwsbrief")
        elif basis is LegalBasis.LEGITIMATE_INTEREST:
            dialog.purpose_edit.setPlainText("Onderhoud aanbieden aan klanten van vorig jaar")
            dialog.necessity_edit.setPlainText("Alleen naam en adres")
            dialog.balance_edit.setPlainText("Verwacht het; kan makkelijk nee zeggen")
        elif basis is not LegalBasis.NONE:
            dialog._notes[basis].setText("Toelichting")

    return fill


@pytest.mark.parametrize(
    ("basis", "label"),
    [
        (LegalBasis.CONSENT, "Consent"),
        (LegalBasis.CONTRACT, "Contract"),
        (LegalBasis.LEGITIMATE_INTEREST, "Legitimate interest"),
        (LegalBasis.LEGAL_OBLIGATION, "Legal obligation"),
        (LegalBasis.VITAL_INTERESTS, "Vital interests"),
        (LegalBasis.PUBLIC_TASK, "Public task"),
    ],
)
def test_each_basis_shows_its_badge_text(
    qtbot: QtBot, window: MainWindow, basis: LegalBasis, label: str
) -> None:
    actions = actions_of(window)
    emma_id = select(window, "Emma Bos")  # legitimate interest without an assessment
    assert badge_of(window, emma_id) == "Assessment missing"
    fill = _fill(basis)

    def choose(dialog: QWidget) -> None:
        assert isinstance(dialog, LegalBasisDialog)
        fill(dialog)
        assert dialog.badge_chip.text() == label  # the preview says it before saving
        dialog.accept()

    when_shown(LegalBasisDialog, choose, [])
    actions.set_basis.trigger()
    assert badge_of(window, emma_id) == label
    assert window.detail_pane.badge_chip.text() == label
    stored = window.book.contacts.get(emma_id)
    assert stored.legal_basis.basis is basis
    if basis is LegalBasis.CONSENT:
        [record] = window.book.consent.history("emma@bosadvies.nl")
        assert (record.kind, record.wording) == (ConsentKind.OPT_IN, "Ja, stuur mij de nieuwsbrief")
        assert "emma@bosadvies.nl" in stored.legal_basis.note
    if basis is LegalBasis.LEGITIMATE_INTEREST:
        assert stored.legal_basis.balancing_test is not None
        assert stored.legal_basis.balancing_test.assessed_on is not None


def test_an_incomplete_balancing_test_gives_the_warning_badge(
    qtbot: QtBot, window: MainWindow
) -> None:
    jan_id = select(window, "Jan van den Berg")

    def half(dialog: QWidget) -> None:
        assert isinstance(dialog, LegalBasisDialog)
        dialog.basis_combo.setCurrentIndex(BASES.index(LegalBasis.LEGITIMATE_INTEREST))
        dialog.purpose_edit.setPlainText("Nieuwe producten laten zien")
        assert dialog.badge_chip.text() == "Legitimate interest — assessment missing"
        dialog.accept()

    when_shown(LegalBasisDialog, half, [])
    actions_of(window).set_basis.trigger()
    assert badge_of(window, jan_id) == "Assessment missing"


def test_evidence_is_required_before_a_basis_is_accepted(qtbot: QtBot, book: Book) -> None:
    from datetime import date

    contact = book.contacts.add(person("Jan", "Jansen", emails=["jan@jansen.nl"]))
    dialog = LegalBasisDialog(book, contact, date(2026, 11, 28))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    for basis in (
        LegalBasis.CONTRACT,
        LegalBasis.LEGAL_OBLIGATION,
        LegalBasis.VITAL_INTERESTS,
        LegalBasis.PUBLIC_TASK,
        LegalBasis.CONSENT,
    ):
        dialog.basis_combo.setCurrentIndex(BASES.index(basis))
        if basis is LegalBasis.CONTRACT:
            dialog.contract_edit.clear()
        assert not ok.isEnabled(), basis
        assert dialog.problem_label.text()
    dialog.source_edit.setText("telefoon")
    assert not ok.isEnabled()  # the wording is part of the proof
    dialog.wording_edit.setText("Mag gebeld worden over aanbiedingen")
    assert ok.isEnabled()


def test_recording_an_opt_out_and_marking_deceased(qtbot: QtBot, window: MainWindow) -> None:
    actions = actions_of(window)
    jan_id = select(window, "Jan van den Berg")

    def opt_out(dialog: QWidget) -> None:
        assert isinstance(dialog, ConsentDialog)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(ConsentKind.OPT_OUT))
        dialog.source_combo.setCurrentText("e-mail")
        dialog.accept()

    when_shown(ConsentDialog, opt_out, [])
    actions.consent.trigger()
    history = window.book.consent.history("jan.vandenberg@berginstallatie.nl")
    assert [(r.kind, r.source) for r in history] == [(ConsentKind.OPT_OUT, "e-mail")]

    assert actions.deceased.text() == "Mar&k deceased"
    actions.deceased.trigger()
    assert badge_of(window, jan_id) == "Deceased"
    assert window.book.contacts.get(jan_id).deceased_on is not None
    assert actions.deceased.text() == "Mark as &alive"
    actions.undo_action.trigger()
    assert badge_of(window, jan_id) == "Contract"


def test_new_person_from_the_menu_is_added_and_undo_removes_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    total = window.book.contacts.count()

    def fill(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.given_edit.setText("Fleur")
        dialog.family_edit.setText("Visser")
        dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(Scope.PRIVATE))
        dialog.ok_button.click()

    when_shown(ContactDialog, fill, [])
    actions.new_person.trigger()
    assert window.book.contacts.count() == total + 1
    assert window.detail_pane.contact is not None
    assert window.detail_pane.contact.display_name == "Fleur Visser"
    actions.undo_action.trigger()
    assert window.book.contacts.count() == total
    actions.redo_action.trigger()
    assert window.book.contacts.count() == total + 1


def test_moving_an_unsorted_contact_to_business_offers_the_basis(
    qtbot: QtBot, window: MainWindow
) -> None:
    pieter_id = select(window, "Pieter de Vries")
    seen: list[str] = []
    when_shown(QMessageBox, click_button("&No"), seen)
    actions_of(window).to_business.trigger()
    assert "without a legal basis" in seen[0]
    assert badge_of(window, pieter_id) == "No legal basis"


def contact_named(book: Book, given: str) -> Contact:
    [found] = [c for c in book.contacts.get_many() if c.given_name == given]
    return found


def test_undo_refuses_to_overwrite_a_change_made_elsewhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    from dataclasses import replace

    actions = actions_of(window)
    jan_id = select(window, "Jan van den Berg")
    actions.deceased.trigger()
    stored = window.book.contacts.get(jan_id)
    window.book.contacts.save(replace(stored, notes="Samengevoegd bij import"))  # elsewhere

    seen: list[str] = []
    when_shown(QMessageBox, click_button("OK"), seen)
    actions.undo_action.trigger()
    assert seen == [
        "“Mark deceased” cannot be undone or redone: Jan van den Berg was changed in the meantime."
    ]
    kept = window.book.contacts.get(jan_id)
    assert (kept.deceased, kept.notes) == (True, "Samengevoegd bij import")
    assert not actions.undo.stack.canUndo()  # the stale step is dropped


def test_double_click_and_f2_open_the_editor(qtbot: QtBot, window: MainWindow) -> None:
    select(window, "Emma Bos")
    seen: list[str] = []
    when_shown(ContactDialog, lambda dialog: dialog.close(), seen)
    index = window.table.currentIndex()
    rect = window.table.visualRect(index)
    # QTest's double click alone does not make a view's press; a click before it does
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert seen == ["Edit Emma Bos"]

    window.activateWindow()  # back from the dialog
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    when_shown(ContactDialog, lambda dialog: dialog.close(), seen)
    qtbot.keyClick(window.table, Qt.Key.Key_F2)
    assert seen == ["Edit Emma Bos", "Edit Emma Bos"]


def test_delete_key_in_the_search_field_deletes_text_not_contacts(
    qtbot: QtBot, window: MainWindow
) -> None:
    select(window, "Emma Bos")
    total = window.book.contacts.count()
    window.search_field.setText("bos")
    window.search_field.setFocus()
    window.search_field.setCursorPosition(0)
    qtbot.keyClick(window.search_field, Qt.Key.Key_Delete)
    assert window.search_field.text() == "os"
    assert window.book.contacts.count() == total
