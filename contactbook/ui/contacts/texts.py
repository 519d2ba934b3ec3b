"""The words the contact dialogs show for the domain's codes (problems, bases, triage reasons).

English source strings; Dutch comes from the translation files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.triage import TriageReason
from contactbook.domain.validation import Problem
from contactbook.ui.translations import QT_TRANSLATE_NOOP

_CONTEXT = "ContactTexts"


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


_PROBLEMS: dict[Problem, str] = {
    Problem.NAME_MISSING: QT_TRANSLATE_NOOP(
        "ContactTexts", "Give a first name, a family name or an organisation."
    ),
    Problem.ORGANISATION_MISSING: QT_TRANSLATE_NOOP(
        "ContactTexts", "An organisation needs its name."
    ),
    Problem.EMAIL_NO_AT: QT_TRANSLATE_NOOP(
        "ContactTexts", "An e-mail address has exactly one @, as in name@example.nl."
    ),
    Problem.EMAIL_SPACE: QT_TRANSLATE_NOOP(
        "ContactTexts", "An e-mail address cannot contain spaces."
    ),
    Problem.EMAIL_NO_DOMAIN: QT_TRANSLATE_NOOP(
        "ContactTexts", "After the @ comes a domain with a dot, as in example.nl."
    ),
    Problem.EMAIL_INVALID: QT_TRANSLATE_NOOP("ContactTexts", "This is not a valid e-mail address."),
    Problem.PHONE_LETTERS: QT_TRANSLATE_NOOP(
        "ContactTexts", "A phone number has digits only (spaces, dashes and + are fine)."
    ),
    Problem.PHONE_TOO_SHORT: QT_TRANSLATE_NOOP(
        "ContactTexts", "Too few digits for a phone number."
    ),
    Problem.PHONE_TOO_LONG: QT_TRANSLATE_NOOP(
        "ContactTexts", "Too many digits for a phone number."
    ),
    Problem.PHONE_INVALID: QT_TRANSLATE_NOOP(
        "ContactTexts",
        "Not a valid phone number. A number abroad starts with its country code, e.g. +32.",
    ),
    Problem.POSTCODE_DUTCH_FORMAT: QT_TRANSLATE_NOOP(
        "ContactTexts", "A Dutch postcode is four digits and two letters, e.g. 1234 AB."
    ),
    Problem.BIRTHDAY_FORMAT: QT_TRANSLATE_NOOP(
        "ContactTexts", "Write the date as day-month-year (12-04-1980) or day-month (12-04)."
    ),
    Problem.BIRTHDAY_NO_SUCH_DAY: QT_TRANSLATE_NOOP("ContactTexts", "That day does not exist."),
    Problem.BIRTHDAY_IN_FUTURE: QT_TRANSLATE_NOOP("ContactTexts", "That date lies in the future."),
}

_BASES: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP("ContactTexts", "Consent"),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP("ContactTexts", "Contract"),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP("ContactTexts", "Legitimate interest"),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP("ContactTexts", "Legal obligation"),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP("ContactTexts", "Vital interests"),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP("ContactTexts", "Public task"),
    LegalBasis.NONE: QT_TRANSLATE_NOOP("ContactTexts", "No legal basis"),
}

_BASIS_HINTS: dict[LegalBasis, str] = {
    LegalBasis.CONSENT: QT_TRANSLATE_NOOP(
        "ContactTexts",
        "The person agreed to it. The proof is the consent record of one of their addresses.",
    ),
    LegalBasis.CONTRACT: QT_TRANSLATE_NOOP(
        "ContactTexts",
        "You need the data to carry out a contract or order with this person, or to prepare one.",
    ),
    LegalBasis.LEGITIMATE_INTEREST: QT_TRANSLATE_NOOP(
        "ContactTexts",
        "Your business has a real interest that outweighs the person's privacy. Write down "
        "why (the balancing test); until all three answers are there the badge warns.",
    ),
    LegalBasis.LEGAL_OBLIGATION: QT_TRANSLATE_NOOP(
        "ContactTexts", "A law obliges you to keep this, e.g. the tax administration rules."
    ),
    LegalBasis.VITAL_INTERESTS: QT_TRANSLATE_NOOP(
        "ContactTexts", "Needed to protect someone's life or health. Rare in a business."
    ),
    LegalBasis.PUBLIC_TASK: QT_TRANSLATE_NOOP(
        "ContactTexts", "Needed for a task in the public interest given to you by law. Rare."
    ),
    LegalBasis.NONE: QT_TRANSLATE_NOOP("ContactTexts", ""),
}

_SCOPES: dict[Scope, str] = {
    Scope.BUSINESS: QT_TRANSLATE_NOOP("ContactTexts", "Business"),
    Scope.PRIVATE: QT_TRANSLATE_NOOP("ContactTexts", "Private (family and friends)"),
    Scope.UNSORTED: QT_TRANSLATE_NOOP("ContactTexts", "To review"),
}

_CONSENT_KINDS: dict[ConsentKind, str] = {
    ConsentKind.OPT_IN: QT_TRANSLATE_NOOP("ContactTexts", "Opt-in"),
    ConsentKind.DOUBLE_OPT_IN: QT_TRANSLATE_NOOP(
        "ContactTexts", "Double opt-in (confirmed by e-mail)"
    ),
    ConsentKind.SOFT_OPT_IN: QT_TRANSLATE_NOOP(
        "ContactTexts", "Soft opt-in (existing customer, similar products)"
    ),
    ConsentKind.OPT_OUT: QT_TRANSLATE_NOOP("ContactTexts", "Opt-out (no more mailings)"),
    ConsentKind.OBJECTION: QT_TRANSLATE_NOOP(
        "ContactTexts", "Objection (stop all direct marketing)"
    ),
}

_TRIAGE_REASONS: dict[TriageReason, str] = {
    TriageReason.ORGANISATION_RECORD: QT_TRANSLATE_NOOP(
        "ContactTexts", "It is an organisation, not a person."
    ),
    TriageReason.HAS_ORGANISATION: QT_TRANSLATE_NOOP(
        "ContactTexts", "The card names an organisation."
    ),
    TriageReason.HAS_JOB_TITLE: QT_TRANSLATE_NOOP("ContactTexts", "The card has a job title."),
    TriageReason.COMPANY_DOMAIN: QT_TRANSLATE_NOOP(
        "ContactTexts", "An e-mail address is at a company domain."
    ),
    TriageReason.NOTHING_BUSINESS_LIKE: QT_TRANSLATE_NOOP(
        "ContactTexts", "Nothing on the card points to business."
    ),
}


def problem_text(problem: Problem) -> str:
    return _tr(_PROBLEMS[problem])


def basis_name(basis: LegalBasis) -> str:
    return _tr(_BASES[basis])


def basis_hint(basis: LegalBasis) -> str:
    return _tr(_BASIS_HINTS[basis]) if _BASIS_HINTS[basis] else ""


def scope_name(scope: Scope) -> str:
    return _tr(_SCOPES[scope])


def consent_kind_name(kind: ConsentKind) -> str:
    return _tr(_CONSENT_KINDS[kind])


def triage_reason_text(reason: TriageReason) -> str:
    return _tr(_TRIAGE_REASONS[reason])
