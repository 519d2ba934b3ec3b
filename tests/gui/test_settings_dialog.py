"""The settings dialog: controller details and general settings stored where they belong."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from contactbook.domain.controller import ControllerDetails
from contactbook.services.book import Book
from contactbook.storage.audit_log import events
from contactbook.ui.shell.settings_dialog import LANGUAGE_KEY, SettingsDialog
from contactbook.ui.translations import choose_language


def open_settings(qtbot: QtBot, book: Book, tmp_path: Path) -> tuple[SettingsDialog, QSettings]:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(book, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog, settings


def test_settings_are_saved_to_the_book_and_the_language_to_qsettings(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    dialog, settings = open_settings(qtbot, book, tmp_path)
    edits = dialog.controller_edits
    qtbot.keyClicks(edits["company"], "Berg Installatietechniek")
    qtbot.keyClicks(edits["email"], "info@berginstallatie.nl")
    qtbot.keyClicks(edits["postcode"], "3511 AB")
    qtbot.keyClicks(edits["kvk_number"], "12345678")
    dialog.region_combo.setCurrentText("BE")
    dialog.strict_check.setChecked(True)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("nl"))
    assert dialog.language_note.isVisible()
    dialog.accept()

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    controller = book.settings.controller()
    assert controller == ControllerDetails(
        company="Berg Installatietechniek",
        postcode="3511 AB",
        kvk_number="12345678",
        email="info@berginstallatie.nl",
    )
    assert book.settings.default_region() == "BE"
    assert book.settings.strict_generic()
    assert settings.value(LANGUAGE_KEY) == "nl"
    assert choose_language(None, settings) == "nl"  # what the next start will show
    changed = {e.detail for e in events(book.database) if e.action == "settings_changed"}
    assert {"default_region", "strict_generic", "controller.company"} <= changed


def test_bad_values_are_explained_and_block_saving(
    qtbot: QtBot, book: Book, tmp_path: Path
) -> None:
    dialog, _ = open_settings(qtbot, book, tmp_path)
    ok = dialog.buttons.buttons()[0]
    dialog.region_combo.setCurrentText("XX")
    assert not ok.isEnabled()
    assert "country code" in dialog.region_problem.text()
    dialog.region_combo.setCurrentText("NL")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.controller_edits["email"], "info@")
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.controller_edits["email"], "berg.nl")
    assert ok.isEnabled()
    qtbot.keyClicks(dialog.controller_edits["postcode"], "35111")
    assert not ok.isEnabled()
    dialog.accept()  # refused while something is wrong
    assert book.settings.controller().email == ""


def test_nothing_unchanged_is_written(qtbot: QtBot, book: Book, tmp_path: Path) -> None:
    before = len(events(book.database))
    dialog, settings = open_settings(qtbot, book, tmp_path)
    dialog.accept()
    assert len(events(book.database)) == before
    assert settings.value(LANGUAGE_KEY) == "system"  # follow the system, as before
