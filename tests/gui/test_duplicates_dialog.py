"""The duplicates dialog lists pairs and merges one with the owner's choice of conflicts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.phone import Phone
from contactbook.services.book import Book
from contactbook.ui.contacts.duplicates_dialog import DuplicatesDialog


def test_merge_a_pair_taking_one_field_from_the_other(qtbot: QtBot, book: Book) -> None:
    keep = book.contacts.add(
        Contact(
            given_name="Jan",
            family_name="Jansen",
            phones=[Phone.parse("0612345678")],
            birthday=Birthday(1, 2, 1980),
        )
    )
    other = book.contacts.add(
        Contact(
            given_name="Jan",
            family_name="Jansen",
            phones=[Phone.parse("+31612345678")],
            birthday=Birthday(2, 1, 1980),
            organisation="Jansen BV",
        )
    )
    dialog = DuplicatesDialog(book)
    qtbot.addWidget(dialog)
    assert dialog.pairs.count() == 1
    assert "same phone number" in dialog.pairs.item(0).text()
    assert "same name" in dialog.pairs.item(0).text()
    dialog.choose_other("birthday")
    dialog.merge_current()
    assert keep.id is not None
    merged = book.contacts.get(keep.id)
    assert merged.birthday == Birthday(2, 1, 1980)
    assert merged.organisation == "Jansen BV"
    assert book.contacts.count() == 1
    assert other.id not in [c.id for c in book.contacts.get_many()]
    assert dialog.pairs.count() == 0
    assert dialog.merged_any
    assert "No likely duplicates" in dialog.heading.text()


def test_find_duplicates_sits_in_the_contact_menu(qtbot: QtBot, book: Book) -> None:
    from contactbook.ui.contacts.duplicates_dialog import install_duplicate_actions
    from contactbook.ui.shell.main_window import MainWindow

    window = MainWindow(book)
    qtbot.addWidget(window)
    action = install_duplicate_actions(window)
    assert action in window.contact_menu.actions()
    assert action not in window.table.actions()  # not a selection action
    titles = [a.text() for a in window.menuBar().actions()]
    assert "&Contacts" not in titles  # no second, similar menu
