"""The import dialog: scope choice with suggestions, a worker with progress, the summary."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import Scope
from contactbook.services.book import Book
from contactbook.ui.import_dialog import ImportDialog, ImportSummaryDialog
from contactbook.ui.main_window import MainWindow

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:de Vries;Jan;;;\r\nFN:Jan de Vries\r\n"
    "ORG:Bakkerij Bos\r\nTEL;TYPE=CELL:06 12345678\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smit;Oma;;;\r\nFN:Oma Smit\r\n"
    "EMAIL:oma.smit@ziggo.nl\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Kapot\r\nBDAY:not a date at all\r\nTEL:06-1\r\n"
)


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
    from contactbook.ui.import_actions import install_import_actions

    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_import_actions(window)
    window.files_dropped.emit([path])
    dialogs = [w for w in window.findChildren(ImportDialog)]
    assert len(dialogs) == 1
    dialogs[0].reject()
