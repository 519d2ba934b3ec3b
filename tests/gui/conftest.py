"""Contacts for the GUI tests, built as domain objects and stored through the repository."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book
from contactbook.ui.translations import current_language, install_translations, remove_translations
from tests.gui.factories import person


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """English as the app shows it (with contactbook_en.qm: "1 contact", "2 contacts"),
    whatever an earlier test left installed; put back afterwards."""
    language, default = current_language(qapp), QLocale()
    install_translations(qapp, "en")
    yield
    if language:
        install_translations(qapp, language)
    else:
        remove_translations(qapp)
    QLocale.setDefault(default)


@pytest.fixture
def jan(book: Book) -> Contact:
    """A business contact on a contract, with everything the detail pane shows."""
    book.activities.add(ProcessingActivity(name="Klantbeheer"))
    contact = person(
        "Jan",
        "van den Berg",
        organisation="Berg Installatietechniek",
        note="Onderhoudscontract 2024-118",
        emails=["jan.vandenberg@berginstallatie.nl", "info@berginstallatie.nl"],
        phones=["06 12345678", "12345"],
    )
    contact.addresses = [PostalAddress("Dorpsstraat", "12", "3511 AB", "Utrecht")]
    contact.categories = ["klant"]
    contact.activities = ["Klantbeheer"]
    contact.legal_basis = LegalBasisRecord(
        LegalBasis.CONTRACT, note="Onderhoudscontract 2024-118", recorded_on=date(2024, 3, 12)
    )
    return book.contacts.add(contact)


@pytest.fixture
def mixed_book(book: Book, jan: Contact) -> Book:
    """Jan plus one contact of each kind the status bar counts, in a known order."""
    book.contacts.add_many(
        [
            person("Sanne", "Bakker", scope=Scope.PRIVATE, emails=["sanne.bakker@gmail.com"]),
            person("Pieter", "de Vries", scope=Scope.UNSORTED, phones=["020 123 4567"]),
            person(
                "Emma",
                "Bos",
                basis=LegalBasis.LEGITIMATE_INTEREST,
                note="Lead van de beurs",
                emails=["emma@bosadvies.nl"],
            ),
            Contact(
                organisation="Bakkerij Het Zoete Broodje",
                subject=Subject.ORGANISATION,
                scope=Scope.BUSINESS,
                emails=[EmailAddress("info@zoetebroodje.nl")],
            ),
        ]
    )
    return book
