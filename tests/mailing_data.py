"""A small book with one contact for every rule of the mail gate, for the mailing tests.

Each address says what the gate must answer for it, so the tests can check every path that
hands out addresses against the same expectations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.services.book import Book
from contactbook.services.demo_data import DEMO_CATEGORY

CONTROLLER = ControllerDetails(
    company="Bakkerij Bos B.V.",
    street="Kerkstraat 1",
    postcode="1011 AB",
    city="Amsterdam",
    kvk_number="12345678",
    email="info@bakkerijbos.nl",
)

# address → the gate's reason (allowed ones first)
ALLOWED = {
    "jan.devries@klant.nl": "soft_opt_in",
    "emma.bos@bosadvies.nl": "opt_in",
    "info@zoetebroodje.nl": "generic_address",
    "formule@klant.nl": "opt_in",
}
BLOCKED = {
    "info@afgemeld.nl": "opted_out",
    "anna.terug@klant.nl": "opted_out",
    "sanne.bakker@gmail.com": "private_contact",
    "pieter@devries.nl": "not_reviewed",
    "kees.overleden@firma.nl": "deceased",
    "lead.persoon@prospect.nl": "personal_no_opt_in",
    "geen-adres": "invalid_address",
}
# Allowed by the gate, but a made-up demo contact: left out of every mailing.
SAMPLE = "demo.persoon@example.nl"
# A name a spreadsheet would run as a formula.
FORMULA_NAME = '=HYPERLINK("http://evil.example","klik")'

_EARLIER = datetime(2025, 1, 10, 9, 0)
_LATER = datetime(2025, 6, 1, 9, 0)


@dataclass(frozen=True)
class MailingBook:
    book: Book
    ids: dict[str, int]  # address → contact id

    @property
    def deliverable(self) -> set[str]:
        return set(ALLOWED)

    @property
    def never_mailed(self) -> set[str]:
        return {*BLOCKED, SAMPLE}


def _person(
    given: str,
    family: str,
    address: str,
    *,
    scope: Scope = Scope.BUSINESS,
    basis: LegalBasis = LegalBasis.CONTRACT,
    deceased: bool = False,
    organisation: str = "",
    categories: Sequence[str] = (),
) -> Contact:
    return Contact(
        given_name=given,
        family_name=family,
        organisation=organisation,
        scope=scope,
        deceased=deceased,
        legal_basis=LegalBasisRecord(basis) if scope is Scope.BUSINESS else LegalBasisRecord(),
        emails=[EmailAddress(address)],
        categories=list(categories),
    )


def _organisation(name: str, address: str) -> Contact:
    return Contact(
        organisation=name,
        subject=Subject.ORGANISATION,
        scope=Scope.BUSINESS,
        emails=[EmailAddress(address)],
    )


def fill_mailing_book(book: Book) -> MailingBook:
    """Add the gate's test contacts and their consent histories to ``book``."""
    book.settings.set_controller(CONTROLLER)
    contacts = [
        _person("Jan", "de Vries", "jan.devries@klant.nl", organisation="Klant B.V."),
        _person("Emma", "Bos", "emma.bos@bosadvies.nl", basis=LegalBasis.LEGITIMATE_INTEREST),
        _organisation("Bakkerij Het Zoete Broodje", "info@zoetebroodje.nl"),
        _person(FORMULA_NAME, "Formule", "formule@klant.nl", organisation="@Kwaad"),
        _organisation("Afgemeld B.V.", "info@afgemeld.nl"),
        _person("Anna", "Terug", "anna.terug@klant.nl"),
        _person("Sanne", "Bakker", "sanne.bakker@gmail.com", scope=Scope.PRIVATE),
        _person("Pieter", "de Vries", "pieter@devries.nl", scope=Scope.UNSORTED),
        _person("Kees", "Overleden", "kees.overleden@firma.nl", deceased=True),
        _person("Lea", "Persoon", "lead.persoon@prospect.nl", basis=LegalBasis.LEGITIMATE_INTEREST),
        _person("Geen", "Adres", "geen-adres"),
        _person("Demo", "Persoon", SAMPLE, categories=[DEMO_CATEGORY]),
    ]
    stored = book.contacts.add_many(contacts)
    history = [
        ("jan.devries@klant.nl", ConsentKind.SOFT_OPT_IN, _EARLIER),
        ("emma.bos@bosadvies.nl", ConsentKind.DOUBLE_OPT_IN, _EARLIER),
        ("formule@klant.nl", ConsentKind.OPT_IN, _EARLIER),
        ("info@afgemeld.nl", ConsentKind.OPT_OUT, _EARLIER),
        ("anna.terug@klant.nl", ConsentKind.OPT_IN, _EARLIER),
        ("anna.terug@klant.nl", ConsentKind.OPT_OUT, _LATER),  # withdrawn: the latest decides
        ("sanne.bakker@gmail.com", ConsentKind.OPT_IN, _EARLIER),
        ("pieter@devries.nl", ConsentKind.OPT_IN, _EARLIER),
        ("kees.overleden@firma.nl", ConsentKind.OPT_IN, _EARLIER),
        (SAMPLE, ConsentKind.OPT_IN, _EARLIER),
    ]
    book.consent.record_many([ConsentRecord(a, kind, at) for a, kind, at in history])
    ids = {c.emails[0].address: c.id for c in stored if c.id is not None}
    return MailingBook(book, ids)
