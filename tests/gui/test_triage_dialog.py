"""Sorting "To review" contacts by keyboard in the real triage dialog."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from contactbook.domain.enums import LegalBasis, Scope
from contactbook.services.book import Book
from contactbook.ui.contacts.basis_dialog import BASES, LegalBasisDialog
from contactbook.ui.contacts.triage_dialog import TriageDialog
from contactbook.ui.contacts.undo import ContactUndo
from tests.gui.factories import person


def unsorted_book(book: Book) -> Book:
    book.contacts.add_many(
        [
            person("Anna", "Aalders", scope=Scope.UNSORTED, emails=["anna@gmail.com"]),
            person("Bram", "Bos", scope=Scope.UNSORTED, organisation="Bos Bouw"),
            person("Cor", "Claassen", scope=Scope.UNSORTED, emails=["cor@claassen-advies.nl"]),
            person("Dirk", "Dekker", scope=Scope.UNSORTED),
            person("Eva", "Evers", scope=Scope.BUSINESS),
        ]
    )
    return book


def open_triage(qtbot: QtBot, book: Book, ids: list[int] | None = None) -> TriageDialog:
    undo = ContactUndo(book)
    dialog = TriageDialog(book, undo, ids, today=date(2026, 11, 28))
    undo.setParent(dialog)  # deleted with the dialog, as the window's stack is with the window
    dialog.undo_for_test = undo  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.list.setFocus()
    return dialog


def scope_of(book: Book, given: str) -> Scope:
    [contact] = [c for c in book.contacts.get_many() if c.given_name == given]
    return contact.scope


def names_left(dialog: TriageDialog) -> list[str]:
    return [dialog.list.item(row).text() for row in range(dialog.list.count())]


def test_keys_sort_the_current_contact_and_move_on(qtbot: QtBot, book: Book) -> None:
    dialog = open_triage(qtbot, unsorted_book(book))
    assert names_left(dialog) == ["Anna Aalders", "Bram Bos", "Cor Claassen", "Dirk Dekker"]
    assert dialog.count_label.text() == "4 to review"
    assert "Suggestion: <b>Private (family and friends)</b>" in dialog.suggestion_label.text()

    qtbot.keyClick(dialog.list, Qt.Key.Key_P)
    assert scope_of(book, "Anna") is Scope.PRIVATE
    assert names_left(dialog) == ["Bram Bos", "Cor Claassen", "Dirk Dekker"]
    assert dialog.count_label.text() == "3 to review"
    assert "Bram Bos" in dialog.name_label.text()
    assert "The card names an organisation." in dialog.suggestion_label.text()
    assert "<b>Business</b>" in dialog.suggestion_label.text()

    qtbot.keyClick(dialog.list, Qt.Key.Key_S)  # skip Bram
    assert "Cor Claassen" in dialog.name_label.text()
    assert "company domain" in dialog.suggestion_label.text()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Right)  # skip Cor as well
    assert "Dirk Dekker" in dialog.name_label.text()

    qtbot.keyClick(dialog.list, Qt.Key.Key_B)
    assert scope_of(book, "Dirk") is Scope.BUSINESS
    assert scope_of(book, "Bram") is Scope.UNSORTED
    # business without a basis: the badge says so and the basis is offered right here
    assert "No legal basis" in dialog.status_label.text()
    assert dialog.basis_button.isEnabled()
    assert dialog.decided == 2


def test_several_selected_are_sorted_at_once(qtbot: QtBot, book: Book) -> None:
    dialog = open_triage(qtbot, unsorted_book(book))
    dialog.list.clearSelection()
    dialog.list.item(1).setSelected(True)
    dialog.list.item(2).setSelected(True)
    dialog.list.setCurrentRow(2, dialog.list.selectionModel().SelectionFlag.NoUpdate)
    qtbot.keyClick(dialog.list, Qt.Key.Key_B)
    assert scope_of(book, "Bram") is Scope.BUSINESS
    assert scope_of(book, "Cor") is Scope.BUSINESS
    assert scope_of(book, "Anna") is Scope.UNSORTED
    assert names_left(dialog) == ["Anna Aalders", "Dirk Dekker"]
    assert dialog.status_label.text().startswith("2 contacts sorted as business.")


def test_the_basis_can_be_set_from_triage_with_l(qtbot: QtBot, book: Book) -> None:
    dialog = open_triage(qtbot, unsorted_book(book))
    dialog.list.setCurrentRow(3)  # Dirk
    qtbot.keyClick(dialog.list, Qt.Key.Key_B)

    def contract() -> None:
        basis = QApplication.activeModalWidget()
        if not isinstance(basis, LegalBasisDialog):
            QTimer.singleShot(10, contract)
            return
        basis.basis_combo.setCurrentIndex(BASES.index(LegalBasis.CONTRACT))
        basis.contract_edit.setText("Offerte 88")
        basis.accept()

    QTimer.singleShot(0, contract)
    qtbot.keyClick(dialog.list, Qt.Key.Key_L)
    [dirk] = [c for c in book.contacts.get_many() if c.given_name == "Dirk"]
    assert (dirk.legal_basis.basis, dirk.legal_basis.note) == (LegalBasis.CONTRACT, "Offerte 88")
    assert not dialog.basis_button.isEnabled()


def test_triage_decisions_can_be_undone(qtbot: QtBot, book: Book) -> None:
    dialog = open_triage(qtbot, unsorted_book(book))
    qtbot.keyClick(dialog.list, Qt.Key.Key_P)
    undo: ContactUndo = dialog.undo_for_test  # type: ignore[attr-defined]
    assert undo.stack.undoText() == "Sort as private (family and friends)"
    undo.stack.undo()
    assert scope_of(book, "Anna") is Scope.UNSORTED


def test_triage_limited_to_the_selected_contacts(qtbot: QtBot, book: Book) -> None:
    unsorted_book(book)
    ids = [c.id for c in book.contacts.get_many() if c.given_name in ("Cor", "Eva")]
    dialog = open_triage(qtbot, book, [i for i in ids if i is not None])
    assert names_left(dialog) == ["Cor Claassen"]  # Eva is business already
    qtbot.keyClick(dialog.list, Qt.Key.Key_P)
    assert names_left(dialog) == []
    assert "Nothing left to review." in dialog.name_label.text()
    assert not dialog.private_button.isEnabled()
