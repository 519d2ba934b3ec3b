"""The import dialog: scope choice with suggestions, a worker with progress, the summary."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import Scope
from contactbook.services.book import Book
from contactbook.ui.importing.import_dialog import ImportDialog, ImportSummaryDialog
from contactbook.ui.shell.main_window import MainWindow

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:de Vries;Jan;;;\r\nFN:Jan de Vries\r\n"
    "ORG:Bakkerij Bos\r\nTEL;TYPE=CELL:06 12345678\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smit;Oma;;;\r\nFN:Oma Smit\r\n"
    "EMAIL:oma.smit@ziggo.nl\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kapot\r\nBDAY:not a date at all\r\nTEL:06-1\r\n"
)


def wait_for_the_merge_check(qtbot: QtBot, dialog: ImportDialog) -> None:
    """Import waits until the dialog has shown which cards would merge."""
    assert not dialog.import_button.isEnabled()
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=20_000)


def import_and_close_the_summary(qtbot: QtBot, dialog: ImportDialog) -> None:
    wait_for_the_merge_check(qtbot, dialog)
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.start()
    assert dialog.summary is not None
    dialog.summary.close()


def test_import_as_suggested_then_the_summary(qtbot: QtBot, book: Book, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    book.activities.add(ProcessingActivity("Klantbeheer"))
    window = MainWindow(book)
    qtbot.addWidget(window)
    dialog = ImportDialog(book, [path], window)
    qtbot.addWidget(dialog)
    suggestions = [dialog.preview.item(row, 3).text() for row in range(dialog.preview.rowCount())]
    assert suggestions[0].startswith("Business")
    assert suggestions[1].startswith("Private")
    dialog.scope_group.button(1).click()  # as suggested per card
    dialog.activity_choice.setCurrentIndex(dialog.activity_choice.findData("Klantbeheer"))
    assert dialog.chosen_activities() == ("Klantbeheer",)
    assert dialog.chosen_scope() is None
    wait_for_the_merge_check(qtbot, dialog)
    assert "every card becomes a new contact" in dialog.merges.status.text()
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.start()
    assert dialog.report is not None
    assert dialog.report.imported >= 2
    summary = dialog.summary
    assert isinstance(summary, ImportSummaryDialog)
    assert "added" in summary.counts.text()
    scopes = {c.display_name: c.scope for c in book.contacts.get_many()}
    assert scopes["Jan de Vries"] is Scope.BUSINESS
    assert scopes["Oma Smit"] is Scope.PRIVATE
    assert book.contacts.count(ContactFilter(activity="Klantbeheer")) == 1  # business only
    report_file = tmp_path / "report.json"
    summary.save_to(report_file)
    assert '"imported"' in report_file.read_text(encoding="utf-8")
    summary.close()


def test_dropping_vcards_on_the_window_opens_the_import(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    from contactbook.ui.importing.import_actions import install_import_actions

    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_import_actions(window)
    window.files_dropped.emit([path])
    dialogs = [w for w in window.findChildren(ImportDialog)]
    assert len(dialogs) == 1
    dialogs[0].reject()


@pytest.mark.usefixtures("english")
def test_a_proposed_merge_is_shown_and_can_be_declined(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    from contactbook.domain.contact import Contact
    from contactbook.domain.phone import Phone

    known = book.contacts.add(
        Contact(given_name="Jan", family_name="de Vries", phones=[Phone.parse("0612345678")])
    )
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    window = MainWindow(book)
    qtbot.addWidget(window)
    dialog = ImportDialog(book, [path], window)
    qtbot.addWidget(dialog)
    wait_for_the_merge_check(qtbot, dialog)
    table = dialog.merges.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "Jan de Vries (phone.vcf:1)"
    assert table.item(0, 2).text() == "the same mobile number"
    assert table.item(0, 3).text() == "organisation"
    assert "1 card matches a contact" in dialog.merges.status.text()
    table.item(0, 0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.merges.declined() == frozenset({("phone.vcf", 1)})
    with qtbot.waitSignal(dialog.finished, timeout=20_000):
        dialog.start()
    assert dialog.report is not None
    assert (dialog.report.imported, dialog.report.merged) == (3, 0)  # the declined card too
    assert [n.other_id for n in dialog.report.likely] == [known.id]
    assert known.id is not None
    assert book.contacts.get(known.id).organisation == ""  # nothing merged into him
    assert dialog.summary is not None
    kinds = {
        dialog.summary.details.item(r, 0).text() for r in range(dialog.summary.details.rowCount())
    }
    assert "Possible duplicate" in kinds
    dialog.summary.close()


def test_an_import_is_undone_with_edit_undo_and_from_recent_imports(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    from contactbook.ui.contacts.contact_actions import ContactActions
    from contactbook.ui.importing.import_actions import run_import, show_recent_imports
    from contactbook.ui.shell.application import install_features

    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_features(window)
    [actions] = window.findChildren(ContactActions)
    stack = actions.undo.stack
    for _ in range(2):
        import_and_close_the_summary(qtbot, run_import(window, [path], actions.undo))
    assert book.contacts.count() == 3  # the second import found every card in the book
    assert stack.undoText() == "Import of phone.vcf"
    stack.undo()  # the second import: it added nothing
    stack.undo()  # the first
    assert book.contacts.count() == 0
    assert not stack.canUndo()  # an undone import leaves the stack: no redo
    assert window.model.rowCount() == 0
    recent = show_recent_imports(window)
    qtbot.addWidget(recent)
    assert recent.table.rowCount() == 2
    assert not recent.undo_button.isEnabled()
    assert recent.table.item(0, 4).text().startswith("undone")
    # a third import, undone from the list
    import_and_close_the_summary(qtbot, run_import(window, [path], actions.undo))
    recent.reload()
    assert recent.undo_button.isEnabled()
    with qtbot.waitSignal(recent.undone, timeout=5_000):
        recent.undo_selected()
    assert book.contacts.count() == 0
    assert not recent.undo_button.isEnabled()
    recent.close()
