"""The window's rights actions: the erase confirmation, objection, retention, audit, backups."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind
from contactbook.services.backup import back_up
from contactbook.services.book import Book
from contactbook.storage import audit_log
from contactbook.storage.errors import NotFoundError
from contactbook.ui.rights.audit_dialog import AuditLogDialog
from contactbook.ui.rights.retention_dialog import RetentionDialog
from contactbook.ui.rights.rights_actions import install_rights_actions, open_erase, restore_from
from contactbook.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, mixed_book: Book) -> MainWindow:
    shown = MainWindow(mixed_book)
    qtbot.addWidget(shown)
    install_rights_actions(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def test_the_erase_confirmation_says_what_will_go_and_erases_on_click(
    qtbot: QtBot, window: MainWindow, jan: Contact
) -> None:
    assert jan.id is not None
    assert window.select_contact(jan.id)
    erase_action = window.findChild(type(window.contact_menu.actions()[0]), "eraseContact")
    assert erase_action is not None
    assert erase_action.isEnabled()

    dialog = open_erase(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown = dialog.details.toPlainText()
    for value in ("Jan van den Berg", "jan.vandenberg@berginstallatie.nl", "06 12345678"):
        assert value in shown
    assert "Dorpsstraat 12" in shown
    assert "Evidence of the legal basis" in shown
    # Cancel is the default: Enter does not erase
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault()

    with qtbot.waitSignal(dialog.erased):
        qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)

    with pytest.raises(NotFoundError):
        window.book.contacts.get(jan.id)
    assert window.model.row_of(jan.id) is None
    assert audit_log.events(window.book.database, jan.id, limit=1)[0].action is AuditAction.ERASED


def test_cancelling_the_erasure_keeps_the_contact(
    qtbot: QtBot, window: MainWindow, jan: Contact
) -> None:
    assert jan.id is not None
    window.select_contact(jan.id)
    dialog = open_erase(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), Qt.MouseButton.LeftButton
    )
    assert window.book.contacts.get(jan.id).legal_basis.note == "Onderhoudscontract 2024-118"


def test_the_audit_log_dialog_filters_and_exports_safe_csv(
    qtbot: QtBot, window: MainWindow, jan: Contact, tmp_path: Path
) -> None:
    audit_log.record_event(window.book.database, AuditAction.EXPORTED, None, "=HYPERLINK(1)")
    dialog = AuditLogDialog(window.book, window)
    qtbot.addWidget(dialog)
    everything = dialog.model.rowCount()
    assert everything >= 3
    dialog.action.setCurrentIndex(dialog.action.findData(AuditAction.EXPORTED.value))
    assert dialog.model.rowCount() == 1
    dialog.action.setCurrentIndex(0)
    qtbot.keyClicks(dialog.search, "HYPERLINK")
    assert dialog.model.rowCount() == 1
    target = tmp_path / "audit.csv"
    dialog.export_to(target)
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0] == ["at_utc", "action", "contact_id", "detail"]
    assert rows[1][3] == "'=HYPERLINK(1)"
    dialog.search.clear()
    dialog.use_dates.setChecked(True)
    dialog.since.setDate(dialog.since.date().addYears(5))
    assert dialog.model.rowCount() == 0


def test_past_retention_dialog_anonymises_the_selected(
    qtbot: QtBot, window: MainWindow, jan: Contact
) -> None:
    assert jan.id is not None
    stored = window.book.activities.get("Klantbeheer")
    window.book.activities.update(replace(stored, retention_months=1))
    with window.book.database.write_session() as session:
        from sqlalchemy import text

        session.execute(
            text("UPDATE contacts SET updated_at = :at WHERE id = :id"),
            {"at": datetime(2020, 1, 1), "id": jan.id},
        )
    dialog = RetentionDialog(window.book, window)
    qtbot.addWidget(dialog)
    assert [c.contact_id for c in dialog.cases] == [jan.id]
    assert not dialog.erase_button.isEnabled()
    dialog.view.selectRow(0)
    assert dialog.selected_ids() == [jan.id]
    assert dialog.anonymise_button.isEnabled()
    with qtbot.waitSignal(dialog.changed):
        dialog.apply(dialog.selected_ids(), erase=False)
    assert dialog.model.rowCount() == 0
    assert window.book.contacts.get(jan.id).display_name == "Anonymised"


def test_restore_from_the_window_puts_the_backup_back(
    qtbot: QtBot, window: MainWindow, jan: Contact, tmp_path: Path
) -> None:
    assert jan.id is not None
    target = back_up(window.book, tmp_path / "copy.sqlite")
    window.book.contacts.delete(jan.id)
    window.refresh()
    assert window.model.row_of(jan.id) is None

    assert restore_from(window, target, confirmed=True)

    assert window.book.contacts.get(jan.id).display_name == "Jan van den Berg"
    assert window.model.row_of(jan.id) is not None
    assert list(window.book.path.parent.glob("contactbook.before-restore-*.sqlite"))


def test_objection_action_is_recorded_for_all_addresses(
    qtbot: QtBot, window: MainWindow, jan: Contact, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from contactbook.ui.rights import rights_actions

    assert jan.id is not None
    window.select_contact(jan.id)
    asked: list[str] = []

    def answer_yes(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(rights_actions.QMessageBox, "question", answer_yes)
    rights_actions.ask_objection(window)
    assert "jan.vandenberg@berginstallatie.nl" in asked[0]
    kinds = window.book.consent.latest_kinds(e.address for e in jan.emails)
    assert set(kinds.values()) == {ConsentKind.OBJECTION}


def test_the_end_of_relationship_dialog_records_the_day(
    qtbot: QtBot, window: MainWindow, jan: Contact
) -> None:
    from datetime import date

    from PySide6.QtCore import QDate

    from contactbook.ui.rights.rights_actions import open_relationship

    assert jan.id is not None
    window.select_contact(jan.id)
    dialog = open_relationship(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.day.isEnabled()
    dialog.ended.setChecked(True)
    dialog.day.setDate(QDate(2024, 12, 31))
    with qtbot.waitSignal(dialog.accepted):
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert window.book.contacts.get(jan.id).end_of_relationship == date(2024, 12, 31)
