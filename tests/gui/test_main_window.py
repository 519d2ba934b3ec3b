"""The main window, driven through its real widgets: type, click, read back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis
from contactbook.services.book import Book
from contactbook.ui.contacts.contact_table_model import Column
from contactbook.ui.shell.application import create_application, run_main_window, show_error
from contactbook.ui.shell.main_window import MainWindow
from tests.gui.factories import person


def open_window(qtbot: QtBot, book: Book, **kwargs: object) -> MainWindow:
    window = MainWindow(book, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    # The counts follow the first rows (they are not needed to paint them).
    qtbot.waitUntil(lambda: window.status_bar.counts_label.text() != "")
    return window


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_window_lists_the_contacts_with_their_badges(qtbot: QtBot, mixed_book: Book) -> None:
    window = open_window(qtbot, mixed_book)
    model = window.model

    assert window.windowTitle() == "contactbook — contactbook.sqlite"
    assert shown_names(window) == [
        "Sanne Bakker",
        "Bakkerij Het Zoete Broodje",
        "Jan van den Berg",
        "Emma Bos",
        "Pieter de Vries",
    ]
    badges = [model.index(row, Column.BADGE).data() for row in range(model.rowCount())]
    assert badges == ["Private", "Organisation", "Contract", "Assessment missing", "To review"]
    assert (
        window.status_bar.counts_label.text() == "5 contacts · 3 business · 1 private · 1 to review"
    )


def test_scrolling_to_the_end_reads_only_the_last_page(qtbot: QtBot, book: Book) -> None:
    book.contacts.add_many([person("Klant", f"Nummer {n:03d}") for n in range(450)])
    window = open_window(qtbot, book)
    model = window.model
    assert model.rowCount() == 450
    assert model.cached_rows() == 200

    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.table.rowAt(window.table.viewport().height() - 2) == 449)

    assert model.index(449, Column.NAME).data() == "Klant Nummer 449"
    # the first and the last page; nothing in between was read
    assert model.cached_rows() == 250
    assert window.status_bar.counts_label.text().startswith("450 contacts")


def test_typing_in_the_search_field_filters_and_esc_clears(qtbot: QtBot, mixed_book: Book) -> None:
    window = open_window(qtbot, mixed_book)

    qtbot.keyClicks(window.search_field, "berg")
    qtbot.waitUntil(lambda: shown_names(window) == ["Jan van den Berg"])
    assert window.status_bar.search_label.text() == "1 contact matches “berg”"

    qtbot.keyClick(window.search_field, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)

    # Esc also clears the search when the list has the focus (the window's shortcut).
    window.set_search("bos")
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert window.search_field.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 5)
    assert window.status_bar.search_label.text() == ""


def test_search_finds_phone_numbers_and_says_when_nothing_matches(
    qtbot: QtBot, mixed_book: Book
) -> None:
    window = open_window(qtbot, mixed_book)

    window.set_search("0612345678")
    assert shown_names(window) == ["Jan van den Berg"]

    window.set_search("xyzzy")
    assert window.model.rowCount() == 0
    assert window.no_matches_label.isVisible()
    assert "xyzzy" in window.no_matches_label.text()


def test_ctrl_f_focuses_the_search_field(qtbot: QtBot, mixed_book: Book) -> None:
    window = open_window(qtbot, mixed_book)
    # The offscreen platform activates a window on request, not through activateWindow().
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()

    qtbot.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)

    qtbot.waitUntil(window.search_field.hasFocus)


def test_selecting_a_row_fills_the_detail_pane(
    qtbot: QtBot, mixed_book: Book, jan: Contact
) -> None:
    window = open_window(qtbot, mixed_book)
    assert "Select a contact" in window.detail_pane.displayed_text()
    row = window.model.row_of(jan.id or 0)
    assert row is not None
    cell = window.table.visualRect(window.model.index(row, Column.EMAIL))

    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=cell.center())

    pane = window.detail_pane
    qtbot.waitUntil(lambda: pane.contact is not None)
    text = pane.displayed_text()
    assert pane.name_label.text() == "Jan van den Berg"
    assert pane.badge_chip.text() == "Contract"
    assert pane.badge_chip.accessibleDescription().startswith("Contract.")
    assert "Onderhoudscontract 2024-118" in text
    assert "Recorded on 2024-03-12." in text
    assert "jan.vandenberg@berginstallatie.nl (personal)" in text
    assert "info@berginstallatie.nl (generic)" in text
    assert "06 12345678 (+31612345678)" in text
    assert "12345 (invalid)" in text
    assert "Dorpsstraat 12, 3511 AB Utrecht" in text
    assert "klant" in pane.value_label("categories").text()
    assert pane.value_label("activities").text() == "Klantbeheer"


def test_assessment_missing_is_a_warning_in_the_detail_pane(qtbot: QtBot, book: Book) -> None:
    [emma] = book.contacts.add_many(
        [person("Emma", "Bos", basis=LegalBasis.LEGITIMATE_INTEREST, note="Beurs")]
    )
    window = open_window(qtbot, book)

    assert window.select_contact(emma.id or 0)

    pane = window.detail_pane
    assert pane.badge_chip.text() == "Legitimate interest — assessment missing"
    assert pane.basis_label.text().startswith("Assessment missing")
    assert window.table.currentIndex().row() == 0


def test_select_contact_reports_a_contact_outside_the_list(
    qtbot: QtBot, mixed_book: Book, jan: Contact
) -> None:
    window = open_window(qtbot, mixed_book)
    window.set_search("bakker")

    assert not window.select_contact(jan.id or 0)
    assert window.detail_pane.contact is None


def test_the_shown_contact_stays_selected_while_the_search_still_finds_it(
    qtbot: QtBot, mixed_book: Book, jan: Contact
) -> None:
    window = open_window(qtbot, mixed_book)
    window.select_contact(jan.id or 0)

    window.set_search("jan")
    assert window.detail_pane.contact is not None
    assert window.table.currentIndex().row() == 0

    window.set_search("bakker")
    assert window.detail_pane.contact is None


def test_an_empty_book_shows_a_friendly_message(qtbot: QtBot, book: Book) -> None:
    window = open_window(qtbot, book)

    assert window.empty_state.isVisible()
    assert not window.table.isVisible()
    text = window.empty_state.text()
    assert "Your contact book is empty" in text
    assert "contactbook demo" in text
    assert not window.search_field.isEnabled()
    assert window.empty_state.sample_button is None
    assert (
        window.status_bar.counts_label.text() == "0 contacts · 0 business · 0 private · 0 to review"
    )


def test_sample_data_button_fills_the_book_and_shows_the_list(qtbot: QtBot, book: Book) -> None:
    def fill() -> None:
        book.contacts.add(person("Jan", "van den Berg"))

    window = open_window(qtbot, book, on_sample_data=fill)
    button = window.empty_state.sample_button
    assert button is not None

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    assert window.table.isVisible()
    assert shown_names(window) == ["Jan van den Berg"]
    assert window.search_field.isEnabled()


def test_badge_legend_lists_every_badge(qtbot: QtBot, mixed_book: Book) -> None:
    window = open_window(qtbot, mixed_book)

    dialog = window.show_badge_legend()

    assert dialog.isVisible()
    assert len(dialog.chips) == 12
    assert dialog.chips[0].text() == "Consent"


def test_window_geometry_is_remembered(qtbot: QtBot, mixed_book: Book, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, mixed_book, settings=settings)
    window.resize(720, 520)
    window.close()
    settings.sync()

    again = open_window(qtbot, mixed_book, settings=settings)

    assert again.size().width() == 720
    assert again.size().height() == 520


def test_screenshot_writes_a_png_of_the_window(
    qapp: QApplication, mixed_book: Book, tmp_path: Path
) -> None:
    path = tmp_path / "shot.png"

    assert run_main_window(mixed_book, screenshot=path, search="berg") == 0

    image = QImage(str(path))
    assert path.stat().st_size > 10_000
    assert (image.width(), image.height()) == (1280, 800)


def test_screenshot_to_an_unwritable_place_returns_2(
    qapp: QApplication, mixed_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "missing-folder" / "shot.png"

    assert run_main_window(mixed_book, screenshot=path) == 2
    assert "cannot write the screenshot" in capsys.readouterr().err


def test_create_application_reuses_the_running_one(qapp: QApplication) -> None:
    app = create_application([])

    assert app is qapp
    assert app.applicationName() == "contactbook"
    assert app.desktopFileName() == "nl.contactbook.Contactbook"
    assert not app.windowIcon().isNull()


def test_show_error_shows_the_plain_message(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str, QMessageBox.Icon]] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append((box.windowTitle(), box.text(), box.icon()))
        return int(QMessageBox.StandardButton.Ok.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)

    show_error("Cannot open the contact book", "The file was made by a newer contactbook.")

    assert shown == [
        (
            "Cannot open the contact book",
            "The file was made by a newer contactbook.",
            QMessageBox.Icon.Critical,
        )
    ]


def test_a_closed_badge_legend_does_not_live_on_in_the_window(
    qtbot: QtBot, mixed_book: Book
) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from contactbook.ui.widgets.badge_legend import BadgeLegendDialog

    window = open_window(qtbot, mixed_book)
    first = window.show_badge_legend()
    assert window.show_badge_legend() is first  # one at a time
    first.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(BadgeLegendDialog) == []
    again = window.show_badge_legend()
    assert again.isVisible()
    assert len(window.findChildren(BadgeLegendDialog)) == 1
