"""The register as labelled text in Dutch or English, shared by the XLSX, CSV, HTML and PDF.

Files are read by an accountant or the Autoriteit Persoonsgegevens, not by the window, so
their words are a plain table of translations here rather than Qt translations. The Dutch
column names are the ones Dutch registers use (doeleinden, grondslag, bewaartermijn, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import LegalBasis
from contactbook.domain.register import (
    PersonalDataCategory,
    Register,
    RegisterEntry,
    RegisterWarning,
    WarningReason,
)

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")


@dataclass(frozen=True)
class Column:
    """One column of the register: its key, its headings and a width in characters."""

    key: str
    nl: str
    en: str
    width: int
    derived: bool = False  # computed from the contacts, not typed by the owner

    def heading(self, language: Language) -> str:
        return self.nl if language == "nl" else self.en


COLUMNS: tuple[Column, ...] = (
    Column("name", "Verwerking", "Processing activity", 18),
    Column("purposes", "Doeleinden", "Purposes", 22),
    Column("basis", "Grondslag", "Legal basis", 16),
    Column("data_subjects", "Categorieën van betrokkenen", "Categories of data subjects", 17),
    Column("personal_data", "Categorieën van persoonsgegevens", "Categories of personal data", 20),
    # Art. 30(1)(d): processors are recipients too; (e): a transfer with its safeguards
    Column("recipients", "Ontvangers", "Recipients", 20),
    Column("transfers", "Doorgifte", "Transfers to third countries", 19),
    Column("retention", "Bewaartermijn", "Retention period", 16),
    Column("security", "Beveiligingsmaatregelen", "Security measures", 22),
    Column("remarks", "Opmerkingen", "Remarks", 18),
    Column("held", "Gegevens in het bestand", "Personal data held", 18, derived=True),
    Column("subjects", "Aantal betrokkenen", "Number of data subjects", 11, derived=True),
    Column("bases", "Grondslagen in gebruik", "Legal bases in use", 16, derived=True),
    Column("warnings", "Aandachtspunten", "Points for attention", 20, derived=True),
)

_BASES: dict[LegalBasis, tuple[str, str]] = {
    LegalBasis.CONSENT: ("Toestemming", "Consent"),
    LegalBasis.CONTRACT: ("Overeenkomst", "Contract"),
    LegalBasis.LEGAL_OBLIGATION: ("Wettelijke verplichting", "Legal obligation"),
    LegalBasis.VITAL_INTERESTS: ("Vitaal belang", "Vital interests"),
    LegalBasis.PUBLIC_TASK: ("Algemeen belang / openbaar gezag", "Public task"),
    LegalBasis.LEGITIMATE_INTEREST: ("Gerechtvaardigd belang", "Legitimate interest"),
    LegalBasis.NONE: ("Geen grondslag", "No legal basis"),
}

_CATEGORIES: dict[PersonalDataCategory, tuple[str, str]] = {
    PersonalDataCategory.NAME: ("naam", "name"),
    PersonalDataCategory.PERSONAL_EMAIL: ("persoonlijk e-mailadres", "personal e-mail address"),
    PersonalDataCategory.PHONE: ("telefoonnummer", "phone number"),
    PersonalDataCategory.POSTAL_ADDRESS: ("adres (met huisnummer)", "postal address"),
    PersonalDataCategory.BIRTHDAY: ("geboortedatum", "birthday"),
    PersonalDataCategory.PHOTO: ("foto", "photo"),
    PersonalDataCategory.NOTES: ("notities", "notes"),
    PersonalDataCategory.JOB_TITLE: ("functie", "job title"),
}

_WARNINGS: dict[WarningReason, tuple[str, str]] = {
    WarningReason.NO_PURPOSES: ("Doeleinden ontbreken", "Purposes are missing"),
    WarningReason.NO_RETENTION_PERIOD: ("Bewaartermijn ontbreekt", "Retention period is missing"),
    WarningReason.NO_LEGAL_BASIS: ("Grondslag ontbreekt", "Legal basis is missing"),
    WarningReason.ACTIVITY_ASSESSMENT_MISSING: (
        "Gerechtvaardigd belang zonder vastgelegde belangenafweging",
        "Legitimate interest without a recorded balancing test",
    ),
    WarningReason.CONTACTS_ASSESSMENT_MISSING: (
        "{n} betrokkene(n) op gerechtvaardigd belang zonder belangenafweging",
        "{n} data subject(s) on legitimate interest without a balancing test",
    ),
    WarningReason.CONTACTS_WITHOUT_BASIS: (
        "{n} zakelijk(e) contact(en) zonder grondslag",
        "{n} business contact(s) without a legal basis",
    ),
    WarningReason.CONTACTS_NOT_REVIEWED: (
        "{n} contact(en) nog niet beoordeeld (privé of zakelijk)",
        "{n} contact(s) not reviewed yet (private or business)",
    ),
    WarningReason.PRIVATE_CONTACTS_LINKED: (
        "{n} privécontact(en) gekoppeld: niet zakelijk verwerken",
        "{n} private contact(s) linked: not to be processed for the business",
    ),
}

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Register van verwerkingsactiviteiten", "Register of processing activities"),
    "article": ("Artikel 30 AVG", "Article 30 GDPR"),
    "controller": ("Verwerkingsverantwoordelijke", "Controller"),
    "address": ("Adres", "Address"),
    "kvk": ("KvK-nummer", "Chamber of Commerce number"),
    "email": ("E-mail", "E-mail"),
    "phone": ("Telefoon", "Phone"),
    "dpo": ("Functionaris gegevensbescherming", "Data protection officer"),
    "date": ("Datum", "Date"),
    "page": ("Pagina {page} van {pages}", "Page {page} of {pages}"),
    "none": ("Geen", "None"),
    "processors": ("Verwerkers", "Processors"),
    "safeguards": ("Waarborgen", "Safeguards"),
    "no_entries": ("Er zijn nog geen verwerkingsactiviteiten.", "There are no activities yet."),
    "months": ("{n} maanden", "{n} months"),
    "assessed": ("belangenafweging vastgelegd", "balancing test recorded"),
    "assessed_on": ("belangenafweging vastgelegd op {date}", "balancing test recorded on {date}"),
    "assessment_missing": ("belangenafweging ontbreekt", "balancing test missing"),
    "summary": ("Overzicht", "Overview"),
    "derived_note": (
        "De kolommen {held}, {subjects} en {bases} zijn afgeleid uit het contactbestand op de "
        "datum hierboven. Alleen levende personen die zakelijk (of nog niet beoordeeld) zijn "
        "vastgelegd tellen mee: privécontacten, organisaties en overleden personen niet.",
        "The columns {held}, {subjects} and {bases} are derived from the contact book on the "
        "date above. Only living persons kept for the business (or not reviewed yet) count: "
        "private contacts, organisations and deceased persons do not.",
    ),
}


def pick(pair: tuple[str, str], language: Language) -> str:
    """The text for ``language`` of a (Dutch, English) pair."""
    return pair[0] if language == "nl" else pair[1]


def word(key: str, language: Language) -> str:
    """A fixed text of the register documents (title, header block labels, …)."""
    return pick(_WORDS[key], language)


def basis_label(basis: LegalBasis, language: Language) -> str:
    return pick(_BASES[basis], language)


def category_label(category: PersonalDataCategory, language: Language) -> str:
    return pick(_CATEGORIES[category], language)


def warning_label(warning: RegisterWarning, language: Language) -> str:
    return pick(_WARNINGS[warning.reason], language).format(n=warning.contacts)


def format_date(day: date, language: Language) -> str:
    """14-03-2025 in Dutch, 2025-03-14 (ISO 8601) in English."""
    return day.strftime("%d-%m-%Y") if language == "nl" else day.isoformat()


def controller_lines(controller: ControllerDetails, language: Language) -> list[tuple[str, str]]:
    """The header block: (label, value) for each detail of the controller that is filled."""
    place = " ".join(p for p in (controller.postcode, controller.city) if p.strip())
    address = ", ".join(p for p in (controller.street, place) if p.strip())
    if address and controller.country.strip() and controller.country.strip().upper() != "NL":
        address += f", {controller.country.strip()}"
    dpo = " — ".join(p for p in (controller.dpo_name, controller.dpo_email) if p.strip())
    lines = [
        ("controller", controller.company),
        ("address", address),
        ("kvk", controller.kvk_number),
        ("email", controller.email),
        ("phone", controller.phone),
        ("dpo", dpo),
    ]
    return [(word(key, language), value.strip()) for key, value in lines if value.strip()]


def basis_text(activity: ProcessingActivity, language: Language) -> str:
    """The activity's legal basis, and for legitimate interest the state of its assessment."""
    text = basis_label(activity.default_legal_basis, language)
    if activity.default_legal_basis is not LegalBasis.LEGITIMATE_INTEREST:
        return text
    test = activity.balancing_test
    if test is None or not test.complete:
        return f"{text} — {word('assessment_missing', language)}"
    if test.assessed_on is None:
        return f"{text} ({word('assessed', language)})"
    on = format_date(test.assessed_on, language)
    return f"{text} ({word('assessed_on', language).format(date=on)})"


def _retention_text(activity: ProcessingActivity, language: Language) -> str:
    if activity.retention_period.strip():
        return activity.retention_period
    if activity.retention_months is not None:
        return word("months", language).format(n=activity.retention_months)
    return ""


def _with_part(main: str, label: str, part: str) -> str:
    """``main``, and ``part`` on a line of its own after ``label``, leaving out what is empty."""
    if not part.strip():
        return main
    addition = f"{label}: {part}"
    return f"{main}\n{addition}" if main.strip() else addition


def entry_cells(entry: RegisterEntry, language: Language) -> dict[str, str | int]:
    """The cells of one row, by column key; the number of data subjects stays a number."""
    activity = entry.activity
    held = ", ".join(category_label(c, language) for c in entry.categories_held)
    bases = "; ".join(f"{basis_label(b, language)}: {n}" for b, n in entry.bases_in_use)
    return {
        "name": activity.name,
        "purposes": activity.purposes,
        "basis": basis_text(activity, language),
        "data_subjects": activity.data_subject_categories,
        "personal_data": activity.personal_data_categories,
        "recipients": _with_part(
            activity.recipients, word("processors", language), activity.processors
        ),
        "transfers": _with_part(
            activity.third_country_transfers,
            word("safeguards", language),
            activity.transfer_safeguards,
        ),
        "retention": _retention_text(activity, language),
        "security": activity.security_measures,
        "remarks": activity.remarks,
        "held": held,
        "subjects": entry.data_subjects,
        "bases": bases,
        "warnings": "\n".join(warning_label(w, language) for w in entry.warnings),
    }


def register_rows(register: Register, language: Language) -> list[list[str | int]]:
    """The register as a table: one row per activity, in :data:`COLUMNS` order."""
    rows: list[list[str | int]] = []
    for entry in register.entries:
        cells = entry_cells(entry, language)
        rows.append([cells[column.key] for column in COLUMNS])
    return rows


def derived_note(language: Language) -> str:
    """Explains where the derived columns come from and who is counted."""
    headings = {c.key: c.heading(language) for c in COLUMNS}
    return word("derived_note", language).format(
        held=f"“{headings['held']}”",
        subjects=f"“{headings['subjects']}”",
        bases=f"“{headings['bases']}”",
    )
