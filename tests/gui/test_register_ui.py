"""The register in the window: activities dialog, linking selected contacts, export, PDF."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest
from contactbook.domain.register import RegisterWarning, WarningReason
from contactbook.services.activity_templates import template
from contactbook.services.book import Book
from contactbook.services.register import RegisterFormat, build_register
from contactbook.ui.contacts.contact_table_model import Column
from contactbook.ui.register.activity_dialog import ActivitiesDialog, warning_text
from contactbook.ui.register.register_actions import (
    LinkToActivityDialog,
    install_register_actions,
    link_selected,
)
from contactbook.ui.register.register_export_dialog import RegisterExportDialog
from contactbook.ui.register.register_pdf import write_register_pdf
from contactbook.ui.shell.main_window import MainWindow

# English as the app shows it (with contactbook_en.qm: "1 contact", "2 contacts")
pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Modal boxes would wait for a click forever: record their texts instead.

    A question (unsaved changes, e.g. when a test's dialog is closed) is answered "Discard".
    """
    shown: list[str] = []

    def record(*args: object) -> QMessageBox.StandardButton:
        shown.append(str(args[2]))
        return QMessageBox.StandardButton.Discard

    for name in ("question", "information", "warning"):
        monkeypatch.setattr(QMessageBox, name, record)
    return shown


def open_activities(qtbot: QtBot, book: Book) -> ActivitiesDialog:
    dialog = ActivitiesDialog(book)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def listed(dialog: ActivitiesDialog) -> list[str]:
    return [dialog.table.item(row, 0).text() for row in range(dialog.table.rowCount())]


def type_into(qtbot: QtBot, widget: object, text: str) -> None:
    widget.setFocus()  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)


# --- the activities dialog --------------------------------------------------------------


def test_create_an_activity_from_a_template(qtbot: QtBot, book: Book) -> None:
    dialog = open_activities(qtbot, book)
    assert listed(dialog) == []
    menu = dialog.template_button.menu()
    [newsletter] = [a for a in menu.actions() if a.text() == "Nieuwsbrief"]
    newsletter.trigger()
    assert dialog.form.name.text() == "Nieuwsbrief"
    assert dialog.heading.text() == "New from template: Nieuwsbrief"
    type_into(qtbot, dialog.form.name, "Nieuwsbrief klanten")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = book.activities.get("Nieuwsbrief klanten")
    expected = template("newsletter", "nl").activity
    assert stored.purposes == expected.purposes
    assert stored.default_legal_basis is LegalBasis.CONSENT
    assert stored.retention_months == 60
    assert listed(dialog) == ["Nieuwsbrief klanten"]
    assert dialog.heading.text() == "Nieuwsbrief klanten"
    assert not dialog.form.is_modified()


def test_the_balancing_test_shows_for_legitimate_interest_only(qtbot: QtBot, book: Book) -> None:
    dialog = open_activities(qtbot, book)
    dialog.new_from_template(template("leads", "en"))
    assert dialog.form.lia_group.isVisibleTo(dialog)
    assert dialog.form.lia_boxes["purpose"].toPlainText().startswith("Finding new")
    contract = dialog.form.basis.findData(LegalBasis.CONTRACT.value)
    dialog.form.basis.setCurrentIndex(contract)
    assert not dialog.form.lia_group.isVisibleTo(dialog)
    assert dialog.save()
    assert book.activities.get("Lead generation").balancing_test is None


def test_a_recorded_balancing_test_is_kept_under_another_basis(qtbot: QtBot, book: Book) -> None:
    test = BalancingTest("Inkoop", "Contactpersoon nodig", "Alleen zakelijke gegevens")
    book.activities.add(
        ProcessingActivity(
            name="Leveranciers", default_legal_basis=LegalBasis.CONTRACT, balancing_test=test
        )
    )
    dialog = open_activities(qtbot, book)
    assert dialog.form.lia_group.isVisibleTo(dialog)
    type_into(qtbot, dialog.form.boxes["remarks"], "Ook gerechtvaardigd belang")
    assert dialog.save()
    stored = book.activities.get("Leveranciers")
    assert stored.balancing_test is not None
    assert stored.balancing_test.purpose == "Inkoop"


def test_a_complete_balancing_test_is_dated_when_saved(qtbot: QtBot, book: Book) -> None:
    dialog = open_activities(qtbot, book)
    dialog.new_from_template(template("leads", "nl"))
    assert dialog.save()
    test = book.activities.get("Leadgeneratie").balancing_test
    assert test is not None
    assert test.complete
    assert test.assessed_on is not None


def test_edit_an_activity(qtbot: QtBot, book: Book) -> None:
    book.activities.add(ProcessingActivity(name="Klantbeheer", purposes="Orders"))
    book.activities.add(ProcessingActivity(name="Leads", purposes="Werven"))
    dialog = open_activities(qtbot, book)
    assert dialog.select_activity("Leads")
    assert dialog.form.boxes["purposes"].toPlainText() == "Werven"
    type_into(qtbot, dialog.form.boxes["purposes"], "Nieuwe klanten werven")
    type_into(qtbot, dialog.form.retention_period, "2 jaar na laatste contact")
    dialog.form.retention_months.setValue(24)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    stored = book.activities.get("Leads")
    assert stored.purposes == "Nieuwe klanten werven"
    assert stored.retention_period == "2 jaar na laatste contact"
    assert stored.retention_months == 24
    assert dialog.heading.text() == "Leads"


def test_archive_and_bring_back(qtbot: QtBot, book: Book) -> None:
    book.activities.add(ProcessingActivity(name="Beurs 2023", purposes="Leads van de beurs"))
    book.activities.add(ProcessingActivity(name="Klantbeheer", purposes="Orders"))
    dialog = open_activities(qtbot, book)
    dialog.select_activity("Beurs 2023")
    qtbot.mouseClick(dialog.archive_button, Qt.MouseButton.LeftButton)
    assert book.activities.get("Beurs 2023").archived
    assert listed(dialog) == ["Klantbeheer"]

    dialog.show_archived.setChecked(True)
    assert listed(dialog) == ["Beurs 2023 (archived)", "Klantbeheer"]
    dialog.select_activity("Beurs 2023")
    assert dialog.archive_button.text() == "Un&archive"
    dialog.archive_button.click()
    assert not book.activities.get("Beurs 2023").archived


def test_counts_and_warnings_are_listed(qtbot: QtBot, mixed_book: Book) -> None:
    dialog = open_activities(qtbot, mixed_book)
    assert listed(dialog) == ["Klantbeheer"]
    assert dialog.table.item(0, 1).text() == "1"  # Jan, linked by the fixture
    assert dialog.table.item(0, 2).text() == "1"
    assert dialog.table.item(0, 3).text() == "3"  # no purposes, retention, basis
    assert "The retention period is missing." in dialog.warnings_label.text()
    assert "The retention period is missing." in dialog.table.item(0, 3).toolTip()


def test_a_name_is_needed_and_must_be_unique(qtbot: QtBot, book: Book) -> None:
    book.activities.add(ProcessingActivity(name="Klantbeheer"))
    dialog = open_activities(qtbot, book)
    dialog.new_activity()
    assert not dialog.save()
    assert dialog.error_label.text() == "Give the processing activity a name."
    type_into(qtbot, dialog.form.name, "Klantbeheer")
    assert not dialog.save()
    assert "already a processing activity named “Klantbeheer”" in dialog.error_label.text()
    assert len(book.activities.list()) == 1


def test_unsaved_changes_are_offered_for_saving(
    qtbot: QtBot, book: Book, monkeypatch: pytest.MonkeyPatch
) -> None:
    # replaces the autouse "Discard" answer
    book.activities.add(ProcessingActivity(name="A"))
    book.activities.add(ProcessingActivity(name="B"))
    dialog = open_activities(qtbot, book)
    dialog.select_activity("A")
    type_into(qtbot, dialog.form.boxes["remarks"], "Nog nakijken")
    asked: list[str] = []

    def answer(*args: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Save

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog.select_activity("B")
    assert asked == ["Save the changes to this processing activity?"]
    assert book.activities.get("A").remarks == "Nog nakijken"
    assert dialog.heading.text() == "B"


def test_warning_texts_are_translated_with_counts(qapp: object) -> None:
    text = warning_text(RegisterWarning(WarningReason.PRIVATE_CONTACTS_LINKED, 2))
    assert text.startswith("2 private contacts linked")


# --- linking the selected contacts ------------------------------------------------------


def window_with_register(qtbot: QtBot, book: Book) -> MainWindow:
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_register_actions(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def select_rows(window: MainWindow, names: list[str]) -> None:
    model = window.model
    selection = window.table.selectionModel()
    selection.clearSelection()
    for row in range(model.rowCount()):
        if model.index(row, Column.NAME).data() in names:
            selection.select(
                model.index(row, Column.NAME),
                QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
            )


def test_the_register_menu_and_file_export(qtbot: QtBot, mixed_book: Book) -> None:
    window = window_with_register(qtbot, mixed_book)
    menus = {a.text(): a.menu() for a in window.menuBar().actions() if a.menu()}
    assert list(menus)[-2:] == ["&Register", "&Help"]
    texts = [a.text() for a in menus["&Register"].actions() if a.text()]
    assert texts == [
        "&Processing activities…",
        "&Link selected contacts to an activity…",
        "Export re&gister…",
    ]
    assert "Export re&gister…" in [a.text() for a in menus["&File"].actions()]


def test_link_several_selected_contacts_leaving_out_private_ones(
    qtbot: QtBot, mixed_book: Book
) -> None:
    mixed_book.activities.add(ProcessingActivity(name="Leadgeneratie"))
    window = window_with_register(qtbot, mixed_book)
    select_rows(window, ["Jan van den Berg", "Emma Bos", "Sanne Bakker", "Pieter de Vries"])
    dialog = link_selected(window)
    assert isinstance(dialog, LinkToActivityDialog)
    qtbot.addWidget(dialog)
    assert "1 private contact cannot be linked" in dialog.refused_label.text()
    assert "1 contact not reviewed yet" in dialog.refused_label.text()
    dialog.activity_box.setCurrentText("Leadgeneratie")
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)

    linked = mixed_book.contacts.get_many(ContactFilter(activity="Leadgeneratie"))
    assert sorted(c.display_name for c in linked) == ["Emma Bos", "Jan van den Berg"]
    assert dialog.outcome is not None
    assert dialog.outcome.linked == 2
    message = window.statusBar().currentMessage()
    assert message.startswith("Linked 2 contacts to “Leadgeneratie”.")
    assert "2 left out" in message


def test_only_private_contacts_selected_are_refused(
    qtbot: QtBot, mixed_book: Book, message_boxes: list[str]
) -> None:
    window = window_with_register(qtbot, mixed_book)
    select_rows(window, ["Sanne Bakker"])
    assert link_selected(window) is None
    [message] = message_boxes
    assert message.startswith("Only business contacts can be linked")
    assert "household" in message
    assert mixed_book.contacts.get_many(ContactFilter(activity="Klantbeheer"))[0].given_name == (
        "Jan"
    )


# --- exporting from the window ----------------------------------------------------------


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page\b", path.read_bytes()))


def test_export_dialog_writes_the_chosen_format(
    qtbot: QtBot,
    mixed_book: Book,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    message_boxes: list[str],
) -> None:
    dialog = RegisterExportDialog(mixed_book)
    qtbot.addWidget(dialog)
    dialog.format_box.setCurrentIndex(dialog.format_box.findData(RegisterFormat.PDF.value))
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("nl"))
    assert dialog.suggested_name().startswith("Register verwerkingsactiviteiten ")
    chosen = tmp_path / "mijn register"
    monkeypatch.setattr(
        "PySide6.QtWidgets.QFileDialog.getSaveFileName", lambda *args: (str(chosen), "")
    )
    dialog.choose_and_export()

    saved = tmp_path / "mijn register.pdf"
    assert saved.read_bytes().startswith(b"%PDF")
    assert message_boxes == [f"The register of processing activities is saved as:\n{saved}"]
    assert dialog.saved_path == saved


def test_a_failed_export_says_so_and_leaves_nothing(
    qtbot: QtBot, book: Book, tmp_path: Path, message_boxes: list[str]
) -> None:
    dialog = RegisterExportDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.export_to(tmp_path / "missing" / "register.xlsx") is None
    [warning] = message_boxes
    assert "could not be saved" in warning
    assert not (tmp_path / "missing").exists()


def test_pdf_is_a4_landscape_and_paged(qapp: object, book: Book, tmp_path: Path) -> None:
    book.settings.set_controller(ControllerDetails(company="Bakkerij Bos"))
    for n in range(3):
        book.activities.add(ProcessingActivity(name=f"Activiteit {n}", purposes="x\n" * 30))
    path = tmp_path / "register.pdf"
    write_register_pdf(build_register(book), "nl", path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF")
    assert pdf_pages(path) >= 4  # the overview, then every activity on a page of its own
    assert re.search(rb"/MediaBox \[0 0 842(\.0+)? 595(\.0+)?\]", data)  # A4 landscape
