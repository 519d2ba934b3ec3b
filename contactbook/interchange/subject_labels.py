"""Dutch and English words of the access summary a business owner sends to a person.

The summary is read by the person who asked, in the language chosen for it. Its words are
written here in English, marked for the translation catalogue in the context "SubjectExport"
and translated with :func:`~contactbook.interchange.catalogue.translate` (like
``register_labels``; docs/translations.md).
"""

from __future__ import annotations

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_fields import FIELDS, SUMMARY_CONTEXT, FieldSpec
from contactbook.domain.enums import ConsentKind
from contactbook.domain.mailing import Outcome
from contactbook.interchange.catalogue import QT_TRANSLATE_NOOP, Language, translate

_CONTEXT = "SubjectExport"

_WORDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("SubjectExport", "Your personal data"),
    "intro": QT_TRANSLATE_NOOP(
        "SubjectExport",
        "This summary holds all the data {company} keeps about you, as of {date}. You "
        "receive it at your request (Articles 15 and 20 GDPR). It comes with a JSON "
        "file (all the data, readable by computers) and a vCard (contact card).",
    ),
    "we": QT_TRANSLATE_NOOP("SubjectExport", "our business"),
    "details": QT_TRANSLATE_NOOP("SubjectExport", "Your details"),
    "name": QT_TRANSLATE_NOOP("SubjectExport", "Name"),
    "photo_kept": QT_TRANSLATE_NOOP("SubjectExport", "A photo of you is kept."),
    "basis": QT_TRANSLATE_NOOP("SubjectExport", "Why we use your data"),
    "basis_label": QT_TRANSLATE_NOOP("SubjectExport", "Legal basis"),
    "evidence": QT_TRANSLATE_NOOP("SubjectExport", "Evidence"),
    "recorded_on": QT_TRANSLATE_NOOP("SubjectExport", "Recorded on"),
    "lia": QT_TRANSLATE_NOOP("SubjectExport", "Legitimate interest assessment"),
    "consent": QT_TRANSLATE_NOOP("SubjectExport", "Consent and objection"),
    "no_consent": QT_TRANSLATE_NOOP(
        "SubjectExport", "No consent or objection of yours is recorded."
    ),
    "when": QT_TRANSLATE_NOOP("SubjectExport", "When"),
    "what": QT_TRANSLATE_NOOP("SubjectExport", "What"),
    "address": QT_TRANSLATE_NOOP("SubjectExport", "Address"),
    "source": QT_TRANSLATE_NOOP("SubjectExport", "How"),
    "wording": QT_TRANSLATE_NOOP("SubjectExport", "Wording"),
    "activities": QT_TRANSLATE_NOOP("SubjectExport", "What we use your data for"),
    "no_activities": QT_TRANSLATE_NOOP("SubjectExport", "No processing activities linked."),
    "purposes": QT_TRANSLATE_NOOP("SubjectExport", "Purpose"),
    "retention": QT_TRANSLATE_NOOP("SubjectExport", "Retention period"),
    "recipients": QT_TRANSLATE_NOOP("SubjectExport", "Recipients"),
    "months": QT_TRANSLATE_NOOP("SubjectExport", "{n} months"),
    "mailings": QT_TRANSLATE_NOOP("SubjectExport", "E-mails you received from us"),
    "no_mailings": QT_TRANSLATE_NOOP("SubjectExport", "None."),
    "subject": QT_TRANSLATE_NOOP("SubjectExport", "Subject"),
    "outcome": QT_TRANSLATE_NOOP("SubjectExport", "Outcome"),
    "history": QT_TRANSLATE_NOOP("SubjectExport", "What happened to your data"),
    "rights": QT_TRANSLATE_NOOP("SubjectExport", "Your rights"),
    "rights_text": QT_TRANSLATE_NOOP(
        "SubjectExport",
        "You can ask us to correct or erase your data, or object to its use for "
        "direct marketing. Contact {contact} for that. You can also complain to the "
        "Dutch data protection authority (Autoriteit Persoonsgegevens).",
    ),
    "yes": QT_TRANSLATE_NOOP("SubjectExport", "yes"),
    "none": QT_TRANSLATE_NOOP("SubjectExport", "—"),
}

_CONSENT: dict[ConsentKind, str] = {
    ConsentKind.OPT_IN: QT_TRANSLATE_NOOP("SubjectExport", "consent given"),
    ConsentKind.DOUBLE_OPT_IN: QT_TRANSLATE_NOOP("SubjectExport", "consent confirmed"),
    ConsentKind.SOFT_OPT_IN: QT_TRANSLATE_NOOP("SubjectExport", "customer: may get offers"),
    ConsentKind.OPT_OUT: QT_TRANSLATE_NOOP("SubjectExport", "unsubscribed"),
    ConsentKind.OBJECTION: QT_TRANSLATE_NOOP("SubjectExport", "objection to direct marketing"),
}

_OUTCOMES: dict[Outcome, str] = {
    Outcome.PENDING: QT_TRANSLATE_NOOP("SubjectExport", "not sent yet"),
    Outcome.SENT: QT_TRANSLATE_NOOP("SubjectExport", "sent"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("SubjectExport", "not delivered"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("SubjectExport", "not sent"),
}

_ACTIONS: dict[AuditAction, str] = {
    AuditAction.CONTACT_CREATED: QT_TRANSLATE_NOOP("SubjectExport", "data stored"),
    AuditAction.CONTACT_EDITED: QT_TRANSLATE_NOOP("SubjectExport", "data changed"),
    AuditAction.SCOPE_CHANGED: QT_TRANSLATE_NOOP("SubjectExport", "kind of contact changed"),
    AuditAction.LEGAL_BASIS_CHANGED: QT_TRANSLATE_NOOP("SubjectExport", "legal basis changed"),
    AuditAction.CONSENT_RECORDED: QT_TRANSLATE_NOOP("SubjectExport", "consent recorded"),
    AuditAction.ACTIVITY_LINKED: QT_TRANSLATE_NOOP("SubjectExport", "linked to an activity"),
    AuditAction.EXPORTED: QT_TRANSLATE_NOOP("SubjectExport", "data exported"),
}


# The declared fields with a row of their own in the summary (the name parts make up "Name"),
# headed by their summary_label, marked for translation in the context "SubjectExport" where
# they are declared (contactbook/domain/contact_fields.py).
SUMMARY_FIELDS: tuple[FieldSpec, ...] = tuple(
    spec for spec in FIELDS if spec.summary_label is not None
)


def word(key: str, language: Language) -> str:
    return translate(_CONTEXT, _WORDS[key], language)


def field_word(spec: FieldSpec, language: Language) -> str:
    """A declared field's heading in the summary."""
    return translate(SUMMARY_CONTEXT, spec.summary_label or spec.label, language)


def consent_label(kind: ConsentKind, language: Language) -> str:
    return translate(_CONTEXT, _CONSENT[kind], language)


def outcome_label(outcome: Outcome, language: Language) -> str:
    return translate(_CONTEXT, _OUTCOMES[outcome], language)


def action_label(action: AuditAction, language: Language) -> str:
    text = _ACTIONS.get(action)
    return translate(_CONTEXT, text, language) if text else action.value.replace("_", " ")
