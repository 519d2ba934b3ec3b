"""Export personal data from the window: the dialog writes the files, the PDF included."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from contactbook.domain.contact import Contact
from contactbook.services.book import Book
from contactbook.ui.rights.rights_actions import install_rights_actions, open_subject_export
from contactbook.ui.shell.main_window import MainWindow


def test_the_access_export_writes_json_vcard_html_and_pdf(
    qtbot: QtBot, book: Book, jan: Contact, tmp_path: Path
) -> None:
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_rights_actions(window)
    window.show()
    assert jan.id is not None
    assert window.select_contact(jan.id)

    dialog = open_subject_export(window)
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert not dialog.export_button.isEnabled()  # no folder yet
    folder = tmp_path / "verzoek"
    qtbot.keyClicks(dialog.folder, str(folder))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    with qtbot.waitSignal(dialog.exported):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)

    names = sorted(p.name for p in folder.iterdir())
    stem = f"contact-{jan.id}"
    assert names == [f"{stem}.html", f"{stem}.json", f"{stem}.pdf", f"{stem}.vcf"]
    assert (folder / f"{stem}.pdf").read_bytes().startswith(b"%PDF")
    assert (folder / f"{stem}.pdf").stat().st_size > 2000
    data = json.loads((folder / f"{stem}.json").read_text(encoding="utf-8"))
    assert data["legal_basis"]["evidence"] == "Onderhoudscontract 2024-118"
    assert "Your personal data" in (folder / f"{stem}.html").read_text(encoding="utf-8")
    assert "exported" in window.statusBar().currentMessage()


def test_a_folder_that_cannot_be_made_is_reported_and_nothing_written(
    qtbot: QtBot, book: Book, jan: Contact, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from contactbook.ui.rights import subject_export_dialog

    warned: list[str] = []
    monkeypatch.setattr(
        subject_export_dialog.QMessageBox, "warning", lambda *a: warned.append(str(a[2]))
    )
    assert jan.id is not None
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    dialog = subject_export_dialog.SubjectExportDialog(book, jan.id)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(blocker / "sub"))
    dialog.pdf.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert warned
    assert dialog.written == []
