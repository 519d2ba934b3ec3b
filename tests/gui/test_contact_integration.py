"""The contact workflows together with the rights actions in one window: dialog lifetime,
the window's features, undo after an erasure, saves over a version changed elsewhere, and
the end of the relationship in the editor and the detail pane."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QLocale,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from contactbook.domain.enums import LegalBasis, Scope
from contactbook.services.book import Book, open_book
from contactbook.services.erasure import erase_contacts
from contactbook.storage.audit_log import events
from contactbook.ui.contacts.basis_dialog import BASES, LegalBasisDialog
from contactbook.ui.contacts.contact_actions import ContactActions, install_contact_actions
from contactbook.ui.contacts.contact_dialog import ContactDialog
from contactbook.ui.rights.audit_dialog import AuditLogDialog
from contactbook.ui.rights.relationship_dialog import RelationshipDialog
from contactbook.ui.rights.rights_actions import (
    RightsActions,
    install_rights_actions,
    open_audit_log,
    open_erase,
    open_relationship,
    open_retention,
)
from contactbook.ui.shell.main_window import MainWindow
from tests.gui import test_contact_actions as helpers
from tests.gui.factories import person


@pytest.fixture
def window(qtbot: QtBot, mixed_book: Book, tmp_path: Path) -> MainWindow:
    shown = MainWindow(mixed_book)
    qtbot.addWidget(shown)
    install_contact_actions(
        shown, QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    )
    install_rights_actions(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def actions_of(window: MainWindow) -> ContactActions:
    actions = window.feature(ContactActions)
    assert actions is not None
    return actions


def on_next_modal(
    kind: type[QWidget], handle: Callable[[QWidget], None], seen: list[str], *, skip: list[QWidget]
) -> None:
    """Like ``when_shown``, but not for the dialogs in ``skip`` (one still closing)."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if not isinstance(modal, kind) or any(modal is old for old in skip):
            QTimer.singleShot(10, poll)
            return
        seen.append(modal.text() if isinstance(modal, QMessageBox) else modal.windowTitle())
        try:
            handle(modal)
        finally:
            if modal.isVisible():
                modal.close()

    QTimer.singleShot(0, poll)


def deleted_later() -> None:
    """Deliver the pending deleteLater()s, as the event loop does when it gets back."""
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def undo_texts(actions: ContactActions) -> list[str]:
    stack = actions.undo.stack
    return [stack.command(i).text() for i in range(stack.count())]


def held_by_undo(actions: ContactActions) -> str:
    """Everything the undo steps keep in memory, as text."""
    stack = actions.undo.stack
    return "\n".join(str(vars(stack.command(i))) for i in range(stack.count()))


# -- dialog lifetime and features --------------------------------------------------------------


def test_dialogs_do_not_stay_alive_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    helpers.select(window, "Jan van den Berg")
    helpers.when_shown(ContactDialog, lambda dialog: dialog.close(), [])
    actions_of(window).edit.trigger()
    audit = open_audit_log(window)
    relationship = open_relationship(window)
    assert relationship is not None
    for dialog in (audit, relationship):
        assert dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.close()
    deleted_later()
    assert window.findChildren(ContactDialog) == []
    assert window.findChildren(AuditLogDialog) == []
    assert window.findChildren(RelationshipDialog) == []


def test_the_window_keeps_its_features(window: MainWindow) -> None:
    actions = window.feature(ContactActions)
    rights = window.feature(RightsActions)
    assert isinstance(actions, ContactActions)
    assert isinstance(rights, RightsActions)
    assert rights.erase.objectName() == "eraseContact"
    assert window.keep(actions) is actions
    assert window.feature(QDialog) is None


# -- undo after an erasure ---------------------------------------------------------------------


def erase_selected(qtbot: QtBot, window: MainWindow) -> None:
    dialog = open_erase(window)
    assert dialog is not None
    with qtbot.waitSignal(dialog.erased):
        dialog.erase_button.click()


def test_an_erasure_drops_the_undo_steps_about_the_person(qtbot: QtBot, window: MainWindow) -> None:
    actions = actions_of(window)
    emma_id = helpers.select(window, "Emma Bos")
    actions.deceased.trigger()
    jan_id = helpers.select(window, "Jan van den Berg")

    def rename(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        dialog.organisation_edit.setText("Van den Berg Techniek")
        dialog.ok_button.click()

    helpers.when_shown(ContactDialog, rename, [])
    actions.edit.trigger()
    actions.deceased.trigger()
    assert undo_texts(actions) == ["Mark deceased", "Edit contact", "Mark deceased"]
    assert "van den Berg" in held_by_undo(actions)

    erase_selected(qtbot, window)

    assert undo_texts(actions) == ["Mark deceased"]
    assert "van den Berg" not in held_by_undo(actions)
    assert "Berg Installatietechniek" not in held_by_undo(actions)
    assert actions.undo_action.text() == "&Undo Mark deceased"
    actions.undo_action.trigger()  # the step about Emma still works
    assert not window.book.contacts.get(emma_id).deceased
    assert not actions.undo.stack.canUndo()
    assert jan_id not in [c.id for c in window.book.contacts.get_many()]


def test_a_step_about_several_keeps_the_others_after_one_is_erased(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    jan_id = helpers.select(window, "Jan van den Berg")
    emma_id = helpers.select(window, "Emma Bos")
    window.table.selectionModel().clearSelection()
    for contact_id in (jan_id, emma_id):
        row = window.model.row_of(contact_id)
        assert row is not None
        window.table.selectionModel().select(
            window.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
        )
    assert sorted(window.selected_contact_ids()) == sorted([jan_id, emma_id])
    actions.to_private.trigger()
    assert undo_texts(actions) == ["Move to private"]

    window.table.selectionModel().clearSelection()
    assert window.select_contact(jan_id)
    assert window.selected_contact_ids() == [jan_id]
    erase_selected(qtbot, window)

    assert undo_texts(actions) == ["Move to private"]
    assert "van den Berg" not in held_by_undo(actions)
    actions.undo_action.trigger()  # Emma goes back to business; nothing comes back for Jan
    assert window.book.contacts.get(emma_id).scope is Scope.BUSINESS
    assert jan_id not in [c.id for c in window.book.contacts.get_many()]


def test_an_undone_delete_cannot_bring_back_an_erased_person(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    helpers.select(window, "Sanne Bakker")
    helpers.when_shown(QMessageBox, helpers.click_button("Delete"), [])
    actions.delete.trigger()
    actions.undo_action.trigger()  # Sanne is back, with a new id
    helpers.select(window, "Sanne Bakker")
    assert actions.undo.stack.canRedo()

    erase_selected(qtbot, window)

    assert not actions.undo.stack.canUndo()
    assert not actions.undo.stack.canRedo()
    assert "Bakker" not in held_by_undo(actions)
    assert "Sanne" not in {c.given_name for c in window.book.contacts.get_many()}


def test_undo_of_a_delete_is_refused_once_the_person_was_erased_elsewhere(
    qtbot: QtBot, window: MainWindow
) -> None:
    actions = actions_of(window)
    helpers.select(window, "Sanne Bakker")
    helpers.when_shown(QMessageBox, helpers.click_button("Delete"), [])
    actions.delete.trigger()
    # Sanne is imported again and then erased at her request (say, from another window)
    again = window.book.contacts.add(
        person("Sanne", "Bakker", scope=Scope.PRIVATE, emails=["sanne.bakker@gmail.com"])
    )
    assert again.id is not None
    erase_contacts(window.book, [again.id])

    seen: list[str] = []
    helpers.when_shown(QMessageBox, helpers.click_button("OK"), seen)
    actions.undo_action.trigger()
    assert seen == [
        "“Delete contact” cannot be undone or redone: Sanne Bakker was erased in the meantime "
        "(right to be forgotten)."
    ]
    assert "Sanne" not in {c.given_name for c in window.book.contacts.get_many()}


def test_anonymising_past_retention_drops_the_undo_steps(qtbot: QtBot, window: MainWindow) -> None:
    actions = actions_of(window)
    jan_id = helpers.select(window, "Jan van den Berg")
    actions.deceased.trigger()
    assert actions.undo.stack.canUndo()
    activity = window.book.activities.get("Klantbeheer")
    window.book.activities.update(replace(activity, retention_months=1))
    with window.book.database.write_session() as session:
        session.execute(
            text("UPDATE contacts SET updated_at = :at WHERE id = :id"),
            {"at": datetime(2020, 1, 1), "id": jan_id},
        )
    dialog = open_retention(window)
    assert [case.contact_id for case in dialog.cases] == [jan_id]
    with qtbot.waitSignal(dialog.erased):
        dialog.apply([jan_id], erase=False)
    dialog.close()
    assert window.book.contacts.get(jan_id).display_name == "Anonymised"
    assert not actions.undo.stack.canUndo()
    assert "van den Berg" not in held_by_undo(actions)


# -- saves over a version changed elsewhere ----------------------------------------------------


def write_elsewhere(db_path: Path, contact_id: int, notes: str) -> None:
    """A real second write to the book file, as the command line would make it."""
    other = open_book(db_path)
    try:
        other.contacts.save(replace(other.contacts.get(contact_id), notes=notes))
    finally:
        other.close()


def test_the_editor_does_not_overwrite_a_change_made_elsewhere(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    actions = actions_of(window)
    jan_id = helpers.select(window, "Jan van den Berg")
    seen: list[str] = []
    first: list[QWidget] = []

    def edit_while_changed(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        first.append(dialog)
        write_elsewhere(db_path, jan_id, "Via de opdrachtregel")
        dialog.job_title_edit.setText("Directeur")
        helpers.when_shown(QMessageBox, helpers.click_button("Cancel"), seen)
        dialog.ok_button.click()
        assert dialog.isVisible()  # Cancel: back to the editor, nothing saved
        on_next_modal(QMessageBox, reload, seen, skip=[])
        dialog.ok_button.click()

    def reload(box: QWidget) -> None:
        helpers.click_button("Reload")(box)
        on_next_modal(ContactDialog, check_fresh, seen, skip=first)

    def check_fresh(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.notes_edit.toPlainText() == "Via de opdrachtregel"
        assert dialog.job_title_edit.text() == ""
        dialog.reject()

    helpers.when_shown(ContactDialog, edit_while_changed, seen)
    actions.edit.trigger()

    assert len(seen) == 4
    assert seen[0] == "Edit Jan van den Berg"
    assert seen[1].startswith("Jan van den Berg was changed elsewhere")
    assert "Nothing was saved" in seen[1]
    assert seen[2] == seen[1]
    assert seen[3] == "Edit Jan van den Berg"
    stored = window.book.contacts.get(jan_id)
    assert (stored.notes, stored.job_title) == ("Via de opdrachtregel", "")
    assert "Via de opdrachtregel" in window.detail_pane.displayed_text()
    assert not actions.undo.stack.canUndo()


def test_setting_the_basis_does_not_overwrite_a_change_made_elsewhere(
    qtbot: QtBot, window: MainWindow, db_path: Path
) -> None:
    actions = actions_of(window)
    sanne_id = helpers.select(window, "Sanne Bakker")
    seen: list[str] = []

    def contract_while_changed(dialog: QWidget) -> None:
        assert isinstance(dialog, LegalBasisDialog)
        write_elsewhere(db_path, sanne_id, "Nieuwe klant sinds maart")
        dialog.basis_combo.setCurrentIndex(BASES.index(LegalBasis.CONTRACT))
        dialog.contract_edit.setText("Opdracht 2026-7")
        helpers.when_shown(QMessageBox, helpers.click_button("Reload"), seen)
        dialog.accept()

    helpers.when_shown(LegalBasisDialog, contract_while_changed, seen)
    assert not actions.set_basis_dialog()
    assert seen[1].startswith("Sanne Bakker was changed elsewhere")
    stored = window.book.contacts.get(sanne_id)
    assert (stored.scope, stored.notes) == (Scope.PRIVATE, "Nieuwe klant sinds maart")
    assert "Nieuwe klant sinds maart" in window.detail_pane.displayed_text()
    assert not actions.undo.stack.canUndo()


# -- end of the relationship -------------------------------------------------------------------


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), "d MMMM yyyy")


def test_the_end_of_relationship_is_edited_and_shown(qtbot: QtBot, window: MainWindow) -> None:
    actions = actions_of(window)
    jan_id = helpers.select(window, "Jan van den Berg")
    assert not window.detail_pane.value_label("end_of_relationship").isVisibleTo(window.detail_pane)
    problems: dict[str, str] = {}

    def set_end(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.ended_edit.text() == ""  # none yet
        for typed in ("31-12", "31-02-2024", "01-01-2999", "gisteren"):
            dialog.ended_edit.setText(typed)
            assert not dialog.ok_button.isEnabled()
            problems[typed] = dialog.ended_problem.text()
        dialog.ended_edit.setText("31-12-2024")
        assert dialog.ok_button.isEnabled()
        dialog.ok_button.click()

    helpers.when_shown(ContactDialog, set_end, [])
    actions.edit.trigger()
    assert problems == {
        "31-12": "Write the date as day-month-year, e.g. 31-12-2025.",
        "31-02-2024": "That day does not exist.",
        "01-01-2999": (
            "That date lies in the future; record the end once the relationship has ended."
        ),
        "gisteren": "Write the date as day-month-year, e.g. 31-12-2025.",
    }
    assert window.book.contacts.get(jan_id).end_of_relationship == date(2024, 12, 31)
    assert events(window.book.database, jan_id)[0].detail == "rectified: end_of_relationship"
    pane = window.detail_pane
    assert pane.value_label("end_of_relationship").isVisibleTo(pane)
    assert pane.value_label("end_of_relationship").text() == long_date(date(2024, 12, 31))

    def clear_end(dialog: QWidget) -> None:
        assert isinstance(dialog, ContactDialog)
        assert dialog.ended_edit.text() == "31-12-2024"
        dialog.ended_edit.clear()  # empty: the relationship goes on
        dialog.ok_button.click()

    helpers.when_shown(ContactDialog, clear_end, [])
    actions.edit.trigger()
    assert window.book.contacts.get(jan_id).end_of_relationship is None
    assert not pane.value_label("end_of_relationship").isVisibleTo(pane)
    actions.undo_action.trigger()
    assert window.book.contacts.get(jan_id).end_of_relationship == date(2024, 12, 31)
