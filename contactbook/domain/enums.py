"""The closed vocabularies of the domain; their values are the ones in CLI.md and the JSON."""

from __future__ import annotations

from enum import StrEnum


class Scope(StrEnum):
    """Whether a contact is kept for the household (outside the GDPR) or for the business."""

    PRIVATE = "private"
    BUSINESS = "business"
    UNSORTED = "unsorted"


class Subject(StrEnum):
    """A natural person, or an organisation (a legal person, which holds no personal data)."""

    PERSON = "person"
    ORGANISATION = "organisation"


class LegalBasis(StrEnum):
    """The six legal bases of Art. 6(1) GDPR, and the state of having none."""

    CONSENT = "consent"
    CONTRACT = "contract"
    LEGAL_OBLIGATION = "legal_obligation"
    VITAL_INTERESTS = "vital_interests"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    NONE = "none"


class EmailClassification(StrEnum):
    """A personal address is personal data; a generic (role) address such as info@ is not."""

    PERSONAL = "personal"
    GENERIC = "generic"


class ConsentKind(StrEnum):
    """The kinds of record in an address's append-only consent history."""

    OPT_IN = "opt_in"
    DOUBLE_OPT_IN = "double_opt_in"
    SOFT_OPT_IN = "soft_opt_in"
    OPT_OUT = "opt_out"
    OBJECTION = "objection"
