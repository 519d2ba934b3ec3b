"""The sidebar of views and what the window remembers, driven through the real widgets."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.services.book import Book
from contactbook.ui.contacts.contact_table_model import Column
from contactbook.ui.shell.main_window import MainWindow
from tests.gui.factories import person


def open_window(qtbot: QtBot, book: Book, **kwargs: object) -> MainWindow:
    window = MainWindow(book, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.sidebar.count_text("all") != "")
    return window


def shown_names(window: MainWindow) -> list[str]:
    model = window.model
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


@pytest.fixture
def views_book(mixed_book: Book) -> Book:
    """The mixed book plus a category, a lead without basis, and an objection."""
    mixed_book.activities.add(ProcessingActivity(name="Nieuwsbrief"))
    kees = person("Kees", "Aap", basis=LegalBasis.NONE, emails=["kees@aap.nl"])
    kees.categories = ["lead"]
    kees.activities = ["Nieuwsbrief"]
    mixed_book.contacts.add(kees)
    mixed_book.consent.record(
        ConsentRecord("emma@bosadvies.nl", ConsentKind.OBJECTION, datetime(2025, 2, 1))
    )
    return mixed_book


def test_each_view_narrows_the_list_and_its_count_is_right(qtbot: QtBot, views_book: Book) -> None:
    window = open_window(qtbot, views_book)
    sidebar = window.sidebar
    expected = {
        "all": 6,
        "business": 4,
        "private": 1,
        "unsorted": 1,
        "no_basis": 1,
        "assessment_missing": 1,
        "opted_out": 1,
        "category:klant": 1,
        "category:lead": 1,
        "activity:Klantbeheer": 1,
        "activity:Nieuwsbrief": 1,
    }
    assert set(sidebar.view_names()) == set(expected)
    for name, count in expected.items():
        # a click on the entry, as a user would
        item_rect = sidebar.visualItemRect(sidebar._items[name])
        qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())
        assert window.current_view() == name
        assert window.model.rowCount() == count, name
        assert sidebar.count_text(name) == str(count)

    window.show_view("opted_out")
    assert shown_names(window) == ["Emma Bos"]
    window.show_view("no_basis")
    assert shown_names(window) == ["Kees Aap"]
    window.show_view("private")
    assert shown_names(window) == ["Sanne Bakker"]


def test_search_combines_with_the_view(qtbot: QtBot, views_book: Book) -> None:
    window = open_window(qtbot, views_book)
    assert window.show_view("business")

    qtbot.keyClicks(window.search_field, "ba")
    qtbot.waitUntil(lambda: shown_names(window) == ["Bakkerij Het Zoete Broodje"])
    # Sanne Bakker matches too, but she is private
    assert window.show_view("all")
    assert shown_names(window) == ["Sanne Bakker", "Bakkerij Het Zoete Broodje"]
    assert window.search_field.text() == "ba"

    window.show_view("unsorted")
    assert window.model.rowCount() == 0
    assert window.no_matches_label.isVisible()
    assert "in this view" in window.no_matches_label.text()


def test_unknown_views_are_refused_and_leave_the_list_alone(qtbot: QtBot, views_book: Book) -> None:
    window = open_window(qtbot, views_book)
    window.show_view("private")
    for name in ("nonsense", "category:onbekend", "activity:", "category:"):
        assert not window.show_view(name)
    assert window.current_view() == "private"
    assert window.model.rowCount() == 1


def test_counts_follow_refresh_and_a_vanished_category_falls_back_to_all(
    qtbot: QtBot, views_book: Book
) -> None:
    window = open_window(qtbot, views_book)
    assert window.show_view("category:lead")
    lead = next(c for c in views_book.contacts.get_many() if c.categories == ["lead"])
    assert lead.id is not None

    views_book.contacts.add(person("Nieuw", "Mens", scope=Scope.PRIVATE))
    views_book.contacts.delete(lead.id)
    window.refresh()

    assert window.sidebar.count_text("all") == "6"
    assert window.sidebar.count_text("private") == "2"
    assert "category:lead" not in window.sidebar.view_names()
    assert window.current_view() == "all"
    assert window.model.rowCount() == 6


def test_tab_goes_from_sidebar_to_search_to_list_to_detail(qtbot: QtBot, views_book: Book) -> None:
    window = open_window(qtbot, views_book)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus()
    qtbot.waitUntil(window.sidebar.hasFocus)

    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[0] is window.search_field
    assert order[1] is window.table
    assert window.detail_pane.isAncestorOf(order[2])

    # arrow keys in the sidebar change the view
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_view() == "business"


def test_panes_sort_order_and_geometry_are_remembered(
    qtbot: QtBot, views_book: Book, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = open_window(qtbot, views_book, settings=settings)
    window.resize(760, 540)
    window.splitter.setSizes([200, 260, 300])
    sizes = window.splitter.sizes()
    window.table.horizontalHeader().setSortIndicator(
        Column.ORGANISATION, Qt.SortOrder.DescendingOrder
    )
    window.close()
    settings.sync()

    again = open_window(qtbot, views_book, settings=settings)

    assert (again.width(), again.height()) == (760, 540)
    assert again.splitter.sizes() == sizes
    header = again.table.horizontalHeader()
    assert header.sortIndicatorSection() == Column.ORGANISATION
    assert again.model.order.descending
    organisations = [
        again.model.index(r, Column.ORGANISATION).data() for r in range(again.model.rowCount())
    ]
    assert organisations[:2] == ["Berg Installatietechniek", "Bakkerij Het Zoete Broodje"]


def test_a_screenshot_neither_reads_nor_writes_the_settings(
    qtbot: QtBot, views_book: Book, tmp_path: Path
) -> None:
    # without settings, the window starts at its designed size and sort order
    window = open_window(qtbot, views_book)
    assert window.model.order.sort_field.value == "name"
    assert window.splitter.sizes()[0] > 0


def test_the_contact_shown_in_the_detail_stays_while_switching_to_a_view_with_it(
    qtbot: QtBot, views_book: Book, jan: Contact
) -> None:
    window = open_window(qtbot, views_book)
    assert window.select_contact(jan.id or 0)
    window.show_view("business")
    assert window.detail_pane.contact is not None
    assert window.selected_contact_ids() == [jan.id]
    window.show_view("private")
    assert window.detail_pane.contact is None


def test_a_shown_contact_far_down_the_list_stays_selected_after_refresh(
    qtbot: QtBot, book: Book
) -> None:
    book.contacts.add_many([person("Klant", f"Nummer {n:03d}") for n in range(450)])
    window = open_window(qtbot, book)
    far = window.model.contact_id(420)
    assert window.select_contact(far)

    window.refresh()

    assert window.selected_contact_ids() == [far]
    assert window.detail_pane.contact is not None
    assert window.table.rowAt(window.table.viewport().height() // 2) > 300


def test_a_new_list_starts_at_its_top(qtbot: QtBot, book: Book) -> None:
    book.contacts.add_many([person("Klant", f"Nummer {n:03d}") for n in range(450)])
    window = open_window(qtbot, book)
    window.table.scrollToBottom()
    qtbot.waitUntil(lambda: window.table.rowAt(5) > 400)

    window.show_view("business")

    assert window.table.rowAt(5) == 0


def test_counts_come_after_the_first_rows_are_painted(qtbot: QtBot, views_book: Book) -> None:
    window = MainWindow(views_book)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 6
    assert window.sidebar.count_text("all") == ""  # not counted before anything is shown

    window.show()

    qtbot.waitUntil(lambda: window.sidebar.count_text("all") == "6")
    assert window.status_bar.counts_label.text().startswith("6 contacts")


def test_a_window_opened_on_a_search_without_matches_still_counts(
    qtbot: QtBot, views_book: Book
) -> None:
    window = MainWindow(views_book)
    qtbot.addWidget(window)
    window.set_search("xyzzy")
    window.show()

    qtbot.waitUntil(lambda: window.sidebar.count_text("business") == "4")
    assert window.no_matches_label.isVisible()


def test_selecting_everything_gives_every_id_in_list_order(qtbot: QtBot, book: Book) -> None:
    book.contacts.add_many([person("Klant", f"Nummer {n:03d}") for n in range(450)])
    window = open_window(qtbot, book)
    window.table.setFocus()

    window.table.selectAll()

    ids = window.selected_contact_ids()
    assert ids == book.contacts.ids()
    assert len(ids) == 450


def test_gui_view_option_opens_on_that_view(
    qtbot: QtBot, views_book: Book, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from contactbook.ui.shell.application import run_main_window

    assert run_main_window(views_book, screenshot=tmp_path / "a.png", view="category:lead") == 0
    assert run_main_window(views_book, screenshot=tmp_path / "b.png", view="nonsense") == 0
    assert "there is no view called 'nonsense'" in capsys.readouterr().err
    assert (tmp_path / "a.png").stat().st_size > 0
