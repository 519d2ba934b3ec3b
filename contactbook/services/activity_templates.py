"""Starter templates for the usual processing activities of a small business.

A template is a filled-in example, not an answer: the owner adapts purposes, recipients,
retention and security to the business before saving it. Each template exists in Dutch and
in English, with the same fields, so the register can be kept in either language.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest

Language = Literal["nl", "en"]


@dataclass(frozen=True)
class ActivityTemplate:
    """A named starting point; ``key`` is the same in both languages."""

    key: str
    language: Language
    activity: ProcessingActivity

    @property
    def title(self) -> str:
        return self.activity.name


_SECURITY_NL = (
    "Versleutelde laptop en back-ups; sterke wachtwoorden met tweestapsverificatie; "
    "toegang alleen voor medewerkers die het nodig hebben; verwerkersovereenkomsten"
)
_SECURITY_EN = (
    "Encrypted laptop and backups; strong passwords with two-factor authentication; "
    "access only for staff who need it; data processing agreements"
)

_DUTCH = (
    ActivityTemplate(
        "customers",
        "nl",
        ProcessingActivity(
            name="Klantbeheer",
            purposes="Uitvoeren van overeenkomsten met klanten: offertes, orders, levering, "
            "facturatie, service en garantie",
            data_subject_categories="Klanten; contactpersonen bij zakelijke klanten",
            personal_data_categories="Naam, e-mailadres, telefoonnummer, adres, functie, "
            "order- en factuurgegevens",
            recipients="Boekhouder; Belastingdienst (op verzoek); bezorgdienst",
            processors="Boekhoudpakket; e-maildienst",
            third_country_transfers="Geen",
            retention_period="7 jaar na het einde van de klantrelatie (fiscale bewaarplicht)",
            retention_months=84,
            security_measures=_SECURITY_NL,
            default_legal_basis=LegalBasis.CONTRACT,
            remarks="E-mail over eigen, soortgelijke producten alleen met soft opt-in.",
        ),
    ),
    ActivityTemplate(
        "leads",
        "nl",
        ProcessingActivity(
            name="Leadgeneratie",
            purposes="Werven van nieuwe zakelijke klanten: eerste contact en een offerte aanbieden",
            data_subject_categories="Contactpersonen bij mogelijke zakelijke klanten (leads)",
            personal_data_categories="Naam, functie, zakelijk e-mailadres en telefoonnummer, "
            "bedrijfsnaam, bron van het contact",
            recipients="Geen ontvangers buiten het bedrijf",
            processors="E-maildienst",
            third_country_transfers="Geen",
            retention_period="2 jaar na het laatste contact als er geen klantrelatie ontstaat",
            retention_months=24,
            security_measures=_SECURITY_NL,
            default_legal_basis=LegalBasis.LEGITIMATE_INTEREST,
            balancing_test=BalancingTest(
                purpose="Nieuwe zakelijke klanten vinden voor de eigen producten en diensten",
                necessity="Zonder naam en zakelijke contactgegevens is geen eerste contact "
                "mogelijk; er worden niet meer gegevens vastgelegd dan daarvoor nodig is",
                balance="Alleen zakelijke gegevens uit openbare bronnen of van de persoon zelf; "
                "bezwaar is altijd mogelijk en wordt direct verwerkt",
            ),
            remarks="Geen ongevraagde e-mail aan persoonlijke adressen zonder opt-in "
            "(Telecommunicatiewet art. 11.7).",
        ),
    ),
    ActivityTemplate(
        "newsletter",
        "nl",
        ProcessingActivity(
            name="Nieuwsbrief",
            purposes="Versturen van de nieuwsbrief met nieuws en aanbiedingen",
            data_subject_categories="Abonnees van de nieuwsbrief (klanten en geïnteresseerden)",
            personal_data_categories="Naam, e-mailadres, bewijs van toestemming (moment, bron, "
            "tekst)",
            recipients="Mailingdienst",
            processors="Mailingdienst (naam invullen)",
            third_country_transfers="Geen (of: land en mailingdienst invullen)",
            retention_period="Tot afmelding; bewijs van toestemming 5 jaar na afmelding",
            retention_months=60,
            security_measures=_SECURITY_NL,
            default_legal_basis=LegalBasis.CONSENT,
            remarks="Afmeldlink en afzendergegevens in elke nieuwsbrief.",
        ),
    ),
    ActivityTemplate(
        "suppliers",
        "nl",
        ProcessingActivity(
            name="Leverancierscontacten",
            purposes="Inkoop en contact met leveranciers: bestellingen, leveringen, betalingen",
            data_subject_categories="Contactpersonen bij leveranciers",
            personal_data_categories="Naam, functie, zakelijke contactgegevens",
            recipients="Boekhouder",
            processors="Boekhoudpakket",
            third_country_transfers="Geen",
            retention_period="7 jaar na de laatste inkoop (fiscale bewaarplicht)",
            retention_months=84,
            security_measures=_SECURITY_NL,
            default_legal_basis=LegalBasis.CONTRACT,
            remarks="Contactpersonen die de overeenkomst niet zelf sluiten: gerechtvaardigd "
            "belang, met afweging.",
        ),
    ),
)

_ENGLISH = (
    ActivityTemplate(
        "customers",
        "en",
        ProcessingActivity(
            name="Customer management",
            purposes="Performing contracts with customers: quotes, orders, delivery, "
            "invoicing, service and warranty",
            data_subject_categories="Customers; contact persons at business customers",
            personal_data_categories="Name, e-mail address, phone number, address, job title, "
            "order and invoice details",
            recipients="Accountant; tax authority (on request); delivery service",
            processors="Accounting software; e-mail service",
            third_country_transfers="None",
            retention_period="7 years after the customer relationship ends (tax records)",
            retention_months=84,
            security_measures=_SECURITY_EN,
            default_legal_basis=LegalBasis.CONTRACT,
            remarks="E-mail about our own similar products only with a soft opt-in.",
        ),
    ),
    ActivityTemplate(
        "leads",
        "en",
        ProcessingActivity(
            name="Lead generation",
            purposes="Finding new business customers: first contact and offering a quote",
            data_subject_categories="Contact persons at prospective business customers (leads)",
            personal_data_categories="Name, job title, business e-mail address and phone "
            "number, company name, source of the contact",
            recipients="No recipients outside the business",
            processors="E-mail service",
            third_country_transfers="None",
            retention_period="2 years after the last contact if no customer relationship follows",
            retention_months=24,
            security_measures=_SECURITY_EN,
            default_legal_basis=LegalBasis.LEGITIMATE_INTEREST,
            balancing_test=BalancingTest(
                purpose="Finding new business customers for our own products and services",
                necessity="A first contact is impossible without a name and business contact "
                "details; nothing more is recorded than that needs",
                balance="Only business details from public sources or from the person; "
                "objections are always possible and are handled at once",
            ),
            remarks="No unsolicited e-mail to personal addresses without opt-in "
            "(Dutch Telecommunications Act, art. 11.7).",
        ),
    ),
    ActivityTemplate(
        "newsletter",
        "en",
        ProcessingActivity(
            name="Newsletter",
            purposes="Sending the newsletter with news and offers",
            data_subject_categories="Newsletter subscribers (customers and interested people)",
            personal_data_categories="Name, e-mail address, proof of consent (when, source, "
            "wording)",
            recipients="Mailing service",
            processors="Mailing service (fill in the name)",
            third_country_transfers="None (or: fill in the country and mailing service)",
            retention_period="Until unsubscribed; proof of consent 5 years after that",
            retention_months=60,
            security_measures=_SECURITY_EN,
            default_legal_basis=LegalBasis.CONSENT,
            remarks="Every newsletter names the sender and has an unsubscribe link.",
        ),
    ),
    ActivityTemplate(
        "suppliers",
        "en",
        ProcessingActivity(
            name="Supplier contacts",
            purposes="Purchasing and contact with suppliers: orders, deliveries, payments",
            data_subject_categories="Contact persons at suppliers",
            personal_data_categories="Name, job title, business contact details",
            recipients="Accountant",
            processors="Accounting software",
            third_country_transfers="None",
            retention_period="7 years after the last purchase (tax records)",
            retention_months=84,
            security_measures=_SECURITY_EN,
            default_legal_basis=LegalBasis.CONTRACT,
            remarks="Contact persons who do not sign the contract themselves: legitimate "
            "interest, with an assessment.",
        ),
    ),
)

TEMPLATES: tuple[ActivityTemplate, ...] = _DUTCH + _ENGLISH


def templates(language: Language) -> tuple[ActivityTemplate, ...]:
    """The starter templates in ``language``, in the order a business usually needs them."""
    return tuple(template for template in TEMPLATES if template.language == language)


def template(key: str, language: Language) -> ActivityTemplate:
    """One template by key ("customers", "leads", "newsletter", "suppliers") and language."""
    for candidate in TEMPLATES:
        if candidate.key == key and candidate.language == language:
            return candidate
    raise KeyError(f"no activity template {key!r} in {language!r}")
