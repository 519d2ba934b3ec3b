"""Dutch and English words of the access summary a business owner sends to a person.

The summary is read by the person who asked, not by the window, so its words are a plain
table here (like ``register_labels``) rather than Qt translations.
"""

from __future__ import annotations

from contactbook.domain.audit import AuditAction
from contactbook.domain.enums import ConsentKind
from contactbook.domain.mailing import Outcome
from contactbook.interchange.register_labels import Language, pick

_WORDS: dict[str, tuple[str, str]] = {
    "title": ("Uw persoonsgegevens", "Your personal data"),
    "intro": (
        "Dit overzicht bevat alle gegevens die {company} over u bewaart, op {date}. "
        "U ontvangt het op uw verzoek (artikel 15 en 20 AVG). Bij dit overzicht horen een "
        "JSON-bestand (alle gegevens, leesbaar voor computers) en een vCard (contactkaart).",
        "This summary holds all the data {company} keeps about you, as of {date}. You "
        "receive it at your request (Articles 15 and 20 GDPR). It comes with a JSON file "
        "(all the data, readable by computers) and a vCard (contact card).",
    ),
    "we": ("ons bedrijf", "our business"),
    "details": ("Uw gegevens", "Your details"),
    "name": ("Naam", "Name"),
    "organisation": ("Organisatie", "Organisation"),
    "job_title": ("Functie", "Job title"),
    "emails": ("E-mailadressen", "E-mail addresses"),
    "phones": ("Telefoonnummers", "Phone numbers"),
    "addresses": ("Adressen", "Addresses"),
    "birthday": ("Geboortedatum", "Birthday"),
    "notes": ("Notities", "Notes"),
    "photo": ("Foto", "Photo"),
    "photo_kept": ("Er is een foto van u bewaard.", "A photo of you is kept."),
    "categories": ("Groepen", "Groups"),
    "other": ("Overige gegevens", "Other details"),
    "end_of_relationship": ("Einde relatie", "End of relationship"),
    "basis": ("Waarom wij uw gegevens gebruiken", "Why we use your data"),
    "basis_label": ("Grondslag", "Legal basis"),
    "evidence": ("Onderbouwing", "Evidence"),
    "recorded_on": ("Vastgelegd op", "Recorded on"),
    "lia": ("Afweging gerechtvaardigd belang", "Legitimate interest assessment"),
    "consent": ("Toestemming en bezwaar", "Consent and objection"),
    "no_consent": (
        "Er is geen toestemming of bezwaar van u vastgelegd.",
        "No consent or objection of yours is recorded.",
    ),
    "when": ("Wanneer", "When"),
    "what": ("Wat", "What"),
    "address": ("Adres", "Address"),
    "source": ("Hoe", "How"),
    "wording": ("Tekst", "Wording"),
    "activities": ("Waarvoor wij uw gegevens gebruiken", "What we use your data for"),
    "no_activities": ("Geen verwerkingen gekoppeld.", "No processing activities linked."),
    "purposes": ("Doel", "Purpose"),
    "retention": ("Bewaartermijn", "Retention period"),
    "recipients": ("Ontvangers", "Recipients"),
    "months": ("{n} maanden", "{n} months"),
    "mailings": ("E-mails die u van ons ontving", "E-mails you received from us"),
    "no_mailings": ("Geen.", "None."),
    "subject": ("Onderwerp", "Subject"),
    "outcome": ("Resultaat", "Outcome"),
    "history": ("Wat er met uw gegevens gebeurde", "What happened to your data"),
    "rights": ("Uw rechten", "Your rights"),
    "rights_text": (
        "U kunt ons vragen uw gegevens te verbeteren of te verwijderen, of bezwaar maken "
        "tegen het gebruik ervan voor reclame. Neem daarvoor contact op met {contact}. U kunt "
        "ook een klacht indienen bij de Autoriteit Persoonsgegevens.",
        "You can ask us to correct or erase your data, or object to its use for direct "
        "marketing. Contact {contact} for that. You can also complain to the Dutch data "
        "protection authority (Autoriteit Persoonsgegevens).",
    ),
    "yes": ("ja", "yes"),
    "none": ("—", "—"),
}

_CONSENT: dict[ConsentKind, tuple[str, str]] = {
    ConsentKind.OPT_IN: ("toestemming gegeven", "consent given"),
    ConsentKind.DOUBLE_OPT_IN: ("toestemming bevestigd", "consent confirmed"),
    ConsentKind.SOFT_OPT_IN: ("klant: mag aanbiedingen ontvangen", "customer: may get offers"),
    ConsentKind.OPT_OUT: ("afgemeld", "unsubscribed"),
    ConsentKind.OBJECTION: ("bezwaar tegen reclame", "objection to direct marketing"),
}

_OUTCOMES: dict[Outcome, tuple[str, str]] = {
    Outcome.PENDING: ("nog niet verstuurd", "not sent yet"),
    Outcome.SENT: ("verstuurd", "sent"),
    Outcome.FAILED: ("niet afgeleverd", "not delivered"),
    Outcome.BLOCKED: ("niet verstuurd", "not sent"),
}

_ACTIONS: dict[AuditAction, tuple[str, str]] = {
    AuditAction.CONTACT_CREATED: ("gegevens opgeslagen", "data stored"),
    AuditAction.CONTACT_EDITED: ("gegevens gewijzigd", "data changed"),
    AuditAction.SCOPE_CHANGED: ("soort contact gewijzigd", "kind of contact changed"),
    AuditAction.LEGAL_BASIS_CHANGED: ("grondslag gewijzigd", "legal basis changed"),
    AuditAction.CONSENT_RECORDED: ("toestemming of bezwaar vastgelegd", "consent recorded"),
    AuditAction.ACTIVITY_LINKED: ("aan een verwerking gekoppeld", "linked to an activity"),
    AuditAction.EXPORTED: ("gegevens uitgevoerd", "data exported"),
}


def word(key: str, language: Language) -> str:
    return pick(_WORDS[key], language)


def consent_label(kind: ConsentKind, language: Language) -> str:
    return pick(_CONSENT[kind], language)


def outcome_label(outcome: Outcome, language: Language) -> str:
    return pick(_OUTCOMES[outcome], language)


def action_label(action: AuditAction, language: Language) -> str:
    pair = _ACTIONS.get(action)
    return pick(pair, language) if pair else action.value.replace("_", " ")
