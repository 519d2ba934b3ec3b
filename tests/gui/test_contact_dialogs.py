"""The contact dialogs driven through their widgets: type, read the problems, save, reopen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book, open_book
from contactbook.storage.audit_log import events
from contactbook.ui.contacts.contact_dialog import ContactDialog
from contactbook.ui.contacts.fields import CheckedLine
from tests.gui.factories import person

TODAY = date(2026, 11, 28)


def open_dialog(
    qtbot: QtBot, book: Book, contact: Contact | None = None, **kw: object
) -> ContactDialog:
    dialog = ContactDialog(book, contact, today=TODAY, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def line(dialog: ContactDialog, name: str, row: int = 0) -> QLineEdit:
    found = dialog.findChildren(QLineEdit, name)
    assert found, name
    return found[row]


def shown_problems(dialog: ContactDialog) -> list[str]:
    from contactbook.ui.contacts.fields import ProblemLabel

    return [label.text() for label in dialog.findChildren(ProblemLabel) if label.isVisible()]


def test_a_new_person_is_saved_with_every_field_and_survives_reopening(
    qtbot: QtBot, db_path: Path
) -> None:
    book = open_book(db_path)
    dialog = open_dialog(qtbot, book)
    assert not dialog.ok_button.isEnabled()  # no name yet
    assert shown_problems(dialog) == []  # but an empty form is not scolded

    qtbot.keyClicks(dialog.given_edit, "Jan")
    qtbot.keyClicks(dialog.particle_edit, "van den")
    qtbot.keyClicks(dialog.family_edit, "Berg")
    qtbot.keyClicks(dialog.organisation_edit, "Berg Installatietechniek")
    qtbot.keyClicks(dialog.job_title_edit, "Eigenaar")
    qtbot.keyClicks(line(dialog, "emailEdit"), "jan@berginstallatie.nl")
    qtbot.keyClicks(line(dialog, "phoneEdit"), "06 12345678")
    qtbot.mouseClick(dialog.address_rows.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(line(dialog, "streetEdit"), "Dorpsstraat")
    qtbot.keyClicks(line(dialog, "numberEdit"), "12")
    qtbot.keyClicks(line(dialog, "postcodeEdit"), "3511ab")
    qtbot.keyClicks(line(dialog, "cityEdit"), "Utrecht")
    qtbot.keyClicks(dialog.birthday_edit, "12-04")
    qtbot.keyClicks(dialog.categories_edit, "klant, lead")
    qtbot.keyClicks(dialog.notes_edit, "Via de beurs")
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(Scope.PRIVATE))
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.id is not None
    contact_id = dialog.saved.id
    book.close()

    reopened = open_book(db_path)
    try:
        stored = reopened.contacts.get(contact_id)
        assert stored.display_name == "Jan van den Berg"
        assert stored.family_name == "van den Berg"
        assert (stored.organisation, stored.job_title) == ("Berg Installatietechniek", "Eigenaar")
        assert [e.address for e in stored.emails] == ["jan@berginstallatie.nl"]
        assert [(p.raw, p.e164) for p in stored.phones] == [("06 12345678", "+31612345678")]
        assert stored.addresses == [PostalAddress("Dorpsstraat", "12", "3511 AB", "Utrecht")]
        assert stored.birthday == Birthday(4, 12)
        assert stored.categories == ["klant", "lead"]
        assert stored.notes == "Via de beurs"
        assert stored.scope is Scope.PRIVATE
        assert [e.action for e in events(reopened.database, contact_id)] == ["contact_created"]
    finally:
        reopened.close()


def test_an_edit_is_saved_audited_as_rectification_and_survives_reopening(
    qtbot: QtBot, db_path: Path
) -> None:
    book = open_book(db_path)
    jan = book.contacts.add(person("Jan", "Bakker", phones=["06 12345678"]))
    dialog = open_dialog(qtbot, book, jan)
    assert dialog.family_edit.text() == "Bakker"
    phone = line(dialog, "phoneEdit")
    phone.clear()
    qtbot.keyClicks(phone, "020 123 4567")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert jan.id is not None
    book.close()

    reopened = open_book(db_path)
    try:
        stored = reopened.contacts.get(jan.id)
        assert [(p.raw, p.e164) for p in stored.phones] == [("020 123 4567", "+31201234567")]
        assert stored.scope is Scope.BUSINESS  # untouched fields stay
        details = [(e.action, e.detail) for e in events(reopened.database, jan.id)]
        assert ("contact_edited", "rectified: phones") in details
        assert "020" not in " ".join(d for _, d in details)  # no personal data in the log
    finally:
        reopened.close()


def test_a_bad_phone_number_is_explained_and_blocks_saving(qtbot: QtBot, book: Book) -> None:
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Sanne")
    assert dialog.ok_button.isEnabled()
    phone = line(dialog, "phoneEdit")

    qtbot.keyClicks(phone, "06 123")
    assert not dialog.ok_button.isEnabled()
    assert shown_problems(dialog) == [
        "Not a valid phone number. A number abroad starts with its country code, e.g. +32."
    ]
    qtbot.keyClicks(phone, "45678")
    assert shown_problems(dialog) == []
    assert dialog.ok_button.isEnabled()
    qtbot.keyClicks(phone, "9")  # one digit too many for a Dutch mobile number
    assert not dialog.ok_button.isEnabled()
    phone.setText("06 1234 5678 9012 3456 78")
    assert shown_problems(dialog) == ["Too many digits for a phone number."]
    phone.setText("06 1234 abcd")
    assert shown_problems(dialog) == [
        "A phone number has digits only (spaces, dashes and + are fine)."
    ]
    assert not dialog.ok_button.isEnabled()
    # clicking Save does nothing while the number is wrong
    dialog.accept()
    assert dialog.saved is None
    assert book.contacts.count() == 0


def test_phone_numbers_follow_the_default_region(qtbot: QtBot, book: Book) -> None:
    book.settings.set("default_region", "BE")
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Lotte")
    qtbot.keyClicks(line(dialog, "phoneEdit"), "0470 12 34 56")  # a Belgian mobile
    assert dialog.ok_button.isEnabled()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.phones[0].e164 == "+32470123456"


def test_a_bad_dutch_postcode_is_explained_and_a_foreign_one_accepted(
    qtbot: QtBot, book: Book
) -> None:
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Piet")
    qtbot.mouseClick(dialog.address_rows.add_button, Qt.MouseButton.LeftButton)
    postcode = line(dialog, "postcodeEdit")
    qtbot.keyClicks(postcode, "12345")
    assert shown_problems(dialog) == [
        "A Dutch postcode is four digits and two letters, e.g. 1234 AB."
    ]
    assert not dialog.ok_button.isEnabled()
    country = line(dialog, "countryEdit")
    country.setText("DE")  # a German postcode is five digits
    assert shown_problems(dialog) == []
    assert dialog.ok_button.isEnabled()
    country.setText("NL")
    assert not dialog.ok_button.isEnabled()
    postcode.setText("1234 SS")  # SA, SD and SS are not issued
    assert not dialog.ok_button.isEnabled()
    postcode.setText("1234 AB")
    assert dialog.ok_button.isEnabled()


def test_a_bad_email_address_and_birthday_are_explained(qtbot: QtBot, book: Book) -> None:
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Emma")
    email = line(dialog, "emailEdit")
    qtbot.keyClicks(email, "emma.bos.nl")
    assert shown_problems(dialog) == ["An e-mail address has exactly one @, as in name@example.nl."]
    email.setText("emma@bos")
    assert shown_problems(dialog) == ["After the @ comes a domain with a dot, as in example.nl."]
    email.setText("emma@bos.nl")
    qtbot.keyClicks(dialog.birthday_edit, "31-02")
    assert shown_problems(dialog) == ["That day does not exist."]
    assert not dialog.ok_button.isEnabled()
    dialog.birthday_edit.setText("29-02")
    assert dialog.ok_button.isEnabled()


def test_removing_a_bad_row_makes_the_form_valid_again(qtbot: QtBot, book: Book) -> None:
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Emma")
    qtbot.keyClicks(line(dialog, "phoneEdit"), "12")
    assert not dialog.ok_button.isEnabled()
    [remove] = [
        b for b in dialog.phone_rows.findChildren(QPushButton, "removeButton") if b.isVisible()
    ]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert dialog.ok_button.isEnabled()
    assert dialog.phone_rows.values() == []


def test_an_organisation_needs_its_name_and_no_person_fields(qtbot: QtBot, book: Book) -> None:
    dialog = open_dialog(qtbot, book, subject=Subject.ORGANISATION)
    assert dialog.windowTitle() == "New organisation"
    assert not dialog.given_edit.isVisibleTo(dialog)
    qtbot.keyClicks(dialog.organisation_edit, "Bakkerij Het Zoete Broodje")
    qtbot.keyClicks(line(dialog, "emailEdit"), "info@zoetebroodje.nl")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.subject is Subject.ORGANISATION
    assert dialog.saved.display_name == "Bakkerij Het Zoete Broodje"


def answer_box(qtbot: QtBot, object_name: str, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the message box called ``object_name`` once it is shown."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or box.objectName() != object_name:
            QTimer.singleShot(10, click)
            return
        seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


def test_a_new_contact_on_the_suppression_list_is_added_only_after_confirming(
    qtbot: QtBot, book: Book
) -> None:
    erased = person("Karel", "de Groot", emails=["karel@degroot.nl"])
    book.suppression.add(book.suppression.digests_of(erased))
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "K.")
    qtbot.keyClicks(dialog.family_edit, "de Groot")
    qtbot.keyClicks(line(dialog, "emailEdit"), "Karel@DeGroot.nl")

    seen: list[str] = []
    answer_box(qtbot, "suppressedBox", "Do not add", seen)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "was erased from this book earlier" in seen[0]
    assert dialog.saved is None
    assert book.contacts.count() == 0
    assert dialog.isVisible()  # still open to change or cancel

    answer_box(qtbot, "suppressedBox", "Add anyway", seen)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert book.contacts.count() == 1


def test_a_contact_not_on_the_suppression_list_is_added_without_asking(
    qtbot: QtBot, book: Book
) -> None:
    erased = person("Karel", "de Groot", emails=["karel@degroot.nl"])
    book.suppression.add(book.suppression.digests_of(erased))
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Anna")
    qtbot.keyClicks(line(dialog, "emailEdit"), "anna@degroot.nl")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None


def test_private_to_business_in_the_edit_dialog_asks_for_a_basis(qtbot: QtBot, book: Book) -> None:
    sanne = book.contacts.add(person("Sanne", "Bakker", scope=Scope.PRIVATE))
    dialog = open_dialog(qtbot, book, sanne)
    dialog.scope_combo.setCurrentIndex(dialog.scope_combo.findData(Scope.BUSINESS))

    asked: list[str] = []

    def fill_basis() -> None:
        from contactbook.ui.contacts.basis_dialog import BASES, LegalBasisDialog

        basis_dialog = QApplication.activeModalWidget()
        if not isinstance(basis_dialog, LegalBasisDialog):
            QTimer.singleShot(10, fill_basis)
            return
        asked.append(basis_dialog.windowTitle())
        basis_dialog.basis_combo.setCurrentIndex(BASES.index(LegalBasis.CONTRACT))
        assert not basis_dialog.buttons.buttons()[0].isEnabled()
        basis_dialog.contract_edit.setText("Offerte 2026-31")
        basis_dialog.accept()

    QTimer.singleShot(0, fill_basis)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert asked == ["Legal basis"]
    assert dialog.saved is not None
    assert dialog.saved.scope is Scope.BUSINESS
    assert dialog.saved.legal_basis.basis is LegalBasis.CONTRACT
    assert dialog.saved.legal_basis.note == "Offerte 2026-31"


def test_label_choices_are_stored_untranslated(qtbot: QtBot, book: Book) -> None:
    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Sanne")
    qtbot.keyClicks(line(dialog, "phoneEdit"), "06 12345678")
    assert dialog.phone_rows.values()[0].label == "cell"
    assert isinstance(dialog.findChild(CheckedLine, "phoneEdit"), CheckedLine)


def test_a_stored_number_that_fails_the_check_does_not_block_other_edits(
    qtbot: QtBot, book: Book
) -> None:
    jan = book.contacts.add(person("Jan", "Bakker", phones=["06 12345678", "112"]))
    dialog = open_dialog(qtbot, book, jan)
    assert dialog.ok_button.isEnabled()
    assert shown_problems(dialog) == [
        "Too few digits for a phone number. Kept as it was stored; you can save other changes."
    ]
    stored = line(dialog, "phoneEdit", 1)
    stored.setText("1123")  # a changed number is checked strictly
    assert not dialog.ok_button.isEnabled()
    stored.setText("112")
    assert dialog.ok_button.isEnabled()
    dialog.job_title_edit.setText("Monteur")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert [p.raw for p in dialog.saved.phones] == ["06 12345678", "112"]


def test_a_company_address_can_be_marked_published_for_strict_mode(
    qtbot: QtBot, book: Book
) -> None:
    dialog = open_dialog(qtbot, book, subject=Subject.ORGANISATION)
    qtbot.keyClicks(dialog.organisation_edit, "Bakkerij Het Zoete Broodje")
    email = line(dialog, "emailEdit")
    from PySide6.QtWidgets import QCheckBox

    published = dialog.findChild(QCheckBox, "publishedCheck")
    assert published is not None
    qtbot.keyClicks(email, "bakker@gmail.com")
    assert not published.isVisible()  # a personal address cannot be published
    email.setText("info@zoetebroodje.nl")
    assert published.isVisible()
    published.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.id is not None
    assert book.contacts.get(dialog.saved.id).emails[0].published


def test_the_basis_button_sets_the_basis_of_a_new_business_contact(
    qtbot: QtBot, book: Book
) -> None:
    from contactbook.ui.contacts.basis_dialog import BASES, LegalBasisDialog

    dialog = open_dialog(qtbot, book)
    qtbot.keyClicks(dialog.given_edit, "Noor")
    assert dialog.basis_label.text() == "No legal basis"
    intros: list[bool] = []

    def obligation() -> None:
        basis = QApplication.activeModalWidget()
        if not isinstance(basis, LegalBasisDialog):
            QTimer.singleShot(10, obligation)
            return
        intros.append(any(label.text() == "False" for label in basis.findChildren(QLabel)))
        basis.basis_combo.setCurrentIndex(BASES.index(LegalBasis.LEGAL_OBLIGATION))
        basis.obligation_edit.setText("Fiscale bewaarplicht")
        basis.accept()

    QTimer.singleShot(0, obligation)
    qtbot.mouseClick(dialog.basis_button, Qt.MouseButton.LeftButton)
    assert intros == [False]
    assert dialog.basis_label.text() == "Legal obligation"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved is not None
    assert dialog.saved.legal_basis.basis is LegalBasis.LEGAL_OBLIGATION
    assert dialog.saved.legal_basis.note == "Fiscale bewaarplicht"
