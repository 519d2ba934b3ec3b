"""The register as labelled text in Dutch or English, shared by the XLSX, CSV, HTML and PDF.

Files are read by an accountant or the Autoriteit Persoonsgegevens, in the language chosen for
the file. Their words are written here in English, marked for the translation catalogue in
the context "RegisterExport" and translated with :func:`~contactbook.interchange.catalogue.
translate` (docs/translations.md). The Dutch column names are the ones Dutch registers use
(doeleinden, grondslag, bewaartermijn, …).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

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

# Language and LANGUAGES: the exports, services, window and CLI import them from here.
from contactbook.interchange.catalogue import LANGUAGES as LANGUAGES
from contactbook.interchange.catalogue import QT_TRANSLATE_NOOP, translate
from contactbook.interchange.catalogue import Language as Language

_CONTEXT = "RegisterExport"


@dataclass(frozen=True)
class Column:
    """One column of the register: its key, its heading (English) and a width in characters."""

    key: str
    text: str
    width: int
    derived: bool = False  # computed from the contacts, not typed by the owner

    def heading(self, language: Language) -> str:
        return translate(_CONTEXT, self.text, language)


COLUMNS: tuple[Column, ...] = (
    Column("name", QT_TRANSLATE_NOOP("RegisterExport", "Processing activity"), 18),
    Column("purposes", QT_TRANSLATE_NOOP("RegisterExport", "Purposes"), 22),
    Column("basis", QT_TRANSLATE_NOOP("RegisterExport", "Legal basis"), 16),
    Column("data_subjects", QT_TRANSLATE_NOOP("RegisterExport", "Categories of data subjects"), 17),
    Column("personal_data", QT_TRANSLATE_NOOP("RegisterExport", "Categories of personal data"), 20),
    # Art. 30(1)(d): processors are recipients too; (e): a transfer with its safeguards
    Column("recipients", QT_TRANSLATE_NOOP("RegisterExport", "Recipients"), 20),
    Column("transfers", QT_TRANSLATE_NOOP("RegisterExport", "Transfers to third countries"), 19),
    Column("retention", QT_TRANSLATE_NOOP("RegisterExport", "Retention period"), 16),
    Column("security", QT_TRANSLATE_NOOP("RegisterExport", "Security measures"), 22),
    Column("remarks", QT_TRANSLATE_NOOP("RegisterExport", "Remarks"), 18),
    Column("held", QT_TRANSLATE_NOOP("RegisterExport", "Personal data held"), 18, derived=True),
    Column(
        "subjects", QT_TRANSLATE_NOOP("RegisterExport", "Number of data subjects"), 11, derived=True
    ),
    Column("bases", QT_TRANSLATE_NOOP("RegisterExport", "Legal bases in use"), 16, derived=True),
    Column(
        "warnings", QT_TRANSLATE_NOOP("RegisterExport", "Points for attention"), 20, derived=True
    ),
)

_BASES: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("RegisterExport", "Consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("RegisterExport", "Contract"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("RegisterExport", "Legal obligation"),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP("RegisterExport", "Vital interests"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("RegisterExport", "Public task"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("RegisterExport", "Legitimate interest"),
    LegalBasis.NONE: QT_TRANSLATE_NOOP("RegisterExport", "No legal basis"),
}

_CATEGORIES: dict[PersonalDataCategory, str] = {
    PersonalDataCategory.NAME: QT_TRANSLATE_NOOP("RegisterExport", "name"),
    PersonalDataCategory.PERSONAL_EMAIL: QT_TRANSLATE_NOOP(
        "RegisterExport", "personal e-mail address"
    ),
    PersonalDataCategory.PHONE: QT_TRANSLATE_NOOP("RegisterExport", "phone number"),
    PersonalDataCategory.POSTAL_ADDRESS: QT_TRANSLATE_NOOP("RegisterExport", "postal address"),
    PersonalDataCategory.BIRTHDAY: QT_TRANSLATE_NOOP("RegisterExport", "birthday"),
    PersonalDataCategory.PHOTO: QT_TRANSLATE_NOOP("RegisterExport", "photo"),
    PersonalDataCategory.NOTES: QT_TRANSLATE_NOOP("RegisterExport", "notes"),
    PersonalDataCategory.JOB_TITLE: QT_TRANSLATE_NOOP("RegisterExport", "job title"),
}

_WARNINGS: dict[WarningReason, str] = {
    WarningReason.NO_PURPOSES: QT_TRANSLATE_NOOP("RegisterExport", "Purposes are missing"),
    WarningReason.NO_RETENTION_PERIOD: QT_TRANSLATE_NOOP(
        "RegisterExport", "Retention period is missing"
    ),
    WarningReason.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP("RegisterExport", "Legal basis is missing"),
    WarningReason.ACTIVITY_ASSESSMENT_MISSING: QT_TRANSLATE_NOOP(
        "RegisterExport", "Legitimate interest without a recorded balancing test"
    ),
    WarningReason.CONTACTS_ASSESSMENT_MISSING: QT_TRANSLATE_NOOP(
        "RegisterExport", "{n} data subject(s) on legitimate interest without a balancing test"
    ),
    WarningReason.CONTACTS_WITHOUT_BASIS: QT_TRANSLATE_NOOP(
        "RegisterExport", "{n} business contact(s) without a legal basis"
    ),
    WarningReason.CONTACTS_NOT_REVIEWED: QT_TRANSLATE_NOOP(
        "RegisterExport", "{n} contact(s) not reviewed yet (private or business)"
    ),
    WarningReason.PRIVATE_CONTACTS_LINKED: QT_TRANSLATE_NOOP(
        "RegisterExport", "{n} private contact(s) linked: not to be processed for the business"
    ),
}

_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("RegisterExport", "Register of processing activities"),
    "article": QT_TRANSLATE_NOOP("RegisterExport", "Article 30 GDPR"),
    "controller": QT_TRANSLATE_NOOP("RegisterExport", "Controller"),
    "address": QT_TRANSLATE_NOOP("RegisterExport", "Address"),
    "kvk": QT_TRANSLATE_NOOP("RegisterExport", "Chamber of Commerce number"),
    "email": QT_TRANSLATE_NOOP("RegisterExport", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("RegisterExport", "Phone"),
    "dpo": QT_TRANSLATE_NOOP("RegisterExport", "Data protection officer"),
    "date": QT_TRANSLATE_NOOP("RegisterExport", "Date"),
    "page": QT_TRANSLATE_NOOP("RegisterExport", "Page {page} of {pages}"),
    "none": QT_TRANSLATE_NOOP("RegisterExport", "None"),
    "processors": QT_TRANSLATE_NOOP("RegisterExport", "Processors"),
    "safeguards": QT_TRANSLATE_NOOP("RegisterExport", "Safeguards"),
    "no_entries": QT_TRANSLATE_NOOP("RegisterExport", "There are no activities yet."),
    "months": QT_TRANSLATE_NOOP("RegisterExport", "{n} months"),
    "assessed": QT_TRANSLATE_NOOP("RegisterExport", "balancing test recorded"),
    "assessed_on": QT_TRANSLATE_NOOP("RegisterExport", "balancing test recorded on {date}"),
    "assessment_missing": QT_TRANSLATE_NOOP("RegisterExport", "balancing test missing"),
    "summary": QT_TRANSLATE_NOOP("RegisterExport", "Overview"),
    "derived_note": QT_TRANSLATE_NOOP(
        "RegisterExport",
        "The columns {held}, {subjects} and {bases} are derived from the contact book "
        "on the date above. Only living persons kept for the business (or not "
        "reviewed yet) count: private contacts, organisations and deceased persons do "
        "not.",
    ),
}


def word(key: str, language: Language) -> str:
    """A fixed text of the register documents (title, header block labels, …)."""
    return translate(_CONTEXT, _WORDS[key], language)


def basis_label(basis: LegalBasis, language: Language) -> str:
    return translate(_CONTEXT, _BASES[basis], language)


def category_label(category: PersonalDataCategory, language: Language) -> str:
    return translate(_CONTEXT, _CATEGORIES[category], language)


def warning_label(warning: RegisterWarning, language: Language) -> str:
    return translate(_CONTEXT, _WARNINGS[warning.reason], language).format(n=warning.contacts)


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
