"""The Telecommunicatiewet gate (PRIVACY-RULES.md section 4): may this address be mailed?

Unsolicited commercial e-mail needs prior opt-in (Tw art. 11.7), with two exceptions: generic
company addresses, and the soft opt-in of existing customers. The gate decides per recipient
address and gives one reason code; the rules are tried in order and the first match wins.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from contactbook.domain.consent import EXPRESS_OPT_INS, WITHDRAWALS
from contactbook.domain.email_address import is_valid_address
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Scope, Subject


class GateReason(StrEnum):
    """Why an address is allowed or blocked; the UI translates these, the CLI prints them."""

    INVALID_ADDRESS = "invalid_address"
    OPTED_OUT = "opted_out"
    PRIVATE_CONTACT = "private_contact"
    NOT_REVIEWED = "not_reviewed"
    DECEASED = "deceased"
    GENERIC_ADDRESS = "generic_address"
    GENERIC_NOT_PUBLISHED = "generic_not_published"
    OPT_IN = "opt_in"
    SOFT_OPT_IN = "soft_opt_in"
    PERSONAL_NO_OPT_IN = "personal_no_opt_in"


@dataclass(frozen=True)
class Decision:
    allowed: bool
    reason: GateReason


class RecipientFacts(NamedTuple):
    """Everything the gate looks at for one address of one contact, as plain values.

    A named tuple rather than a frozen dataclass: the gate runs over every address of a
    book of 100,000 contacts within a second, and these are five times cheaper to make.

    ``latest_consent`` is the deciding (latest) record of this address's consent history.
    ``contact_withdrew`` is true when any address of the contact has an opt-out or objection
    as its latest record; ``suppressed`` when the address or the contact is on the
    suppression list of erased people.
    """

    address: str
    scope: Scope
    subject: Subject
    deceased: bool
    basis: LegalBasis
    classification: EmailClassification
    published: bool
    latest_consent: ConsentKind | None
    contact_withdrew: bool = False
    suppressed: bool = False


# The gate's answers. Decisions are values: one of each serves every address.
INVALID_ADDRESS = Decision(False, GateReason.INVALID_ADDRESS)
OPTED_OUT = Decision(False, GateReason.OPTED_OUT)
PRIVATE_CONTACT = Decision(False, GateReason.PRIVATE_CONTACT)
NOT_REVIEWED = Decision(False, GateReason.NOT_REVIEWED)
DECEASED = Decision(False, GateReason.DECEASED)
GENERIC_ADDRESS = Decision(True, GateReason.GENERIC_ADDRESS)
GENERIC_NOT_PUBLISHED = Decision(False, GateReason.GENERIC_NOT_PUBLISHED)
OPT_IN = Decision(True, GateReason.OPT_IN)
SOFT_OPT_IN = Decision(True, GateReason.SOFT_OPT_IN)
PERSONAL_NO_OPT_IN = Decision(False, GateReason.PERSONAL_NO_OPT_IN)

# Members the rules compare with, looked up once: the gate runs 100,000 times in a row.
_PRIVATE, _UNSORTED = Scope.PRIVATE, Scope.UNSORTED
_GENERIC = EmailClassification.GENERIC
_CONTRACT, _SOFT_OPT_IN = LegalBasis.CONTRACT, ConsentKind.SOFT_OPT_IN


def decide(facts: RecipientFacts, *, strict: bool = False) -> Decision:
    """The gate for one address: the rules in order, the first that matches decides.

    ``strict`` (a setting) allows a generic address only when the company published it
    for receiving such messages.
    """
    if not is_valid_address(facts.address):  # 1
        return INVALID_ADDRESS
    if facts.latest_consent in WITHDRAWALS or facts.contact_withdrew or facts.suppressed:  # 2
        return OPTED_OUT
    if facts.scope is _PRIVATE:  # 3: household exemption, never mailed for the business
        return PRIVATE_CONTACT
    if facts.scope is _UNSORTED:  # 4
        return NOT_REVIEWED
    if facts.deceased:  # 5
        return DECEASED
    if facts.classification is _GENERIC:  # 6
        if strict and not facts.published:
            return GENERIC_NOT_PUBLISHED
        return GENERIC_ADDRESS
    # 7. The latest record decides: an opt-in followed by an opt-out never gets this far.
    if facts.latest_consent in EXPRESS_OPT_INS:
        return OPT_IN
    if facts.basis is _CONTRACT and facts.latest_consent is _SOFT_OPT_IN:  # 8
        return SOFT_OPT_IN
    return PERSONAL_NO_OPT_IN  # 9: a personal address without opt-in


def prevails(new: Decision, current: Decision) -> bool:
    """Whether ``new`` replaces ``current`` as the verdict for an address on several contacts.

    An address is mailed at most once: allowed when one of its entries is allowed, unless
    another entry is blocked as ``opted_out`` (an opt-out or objection always wins). Between
    two blocked entries the first one's reason stays.
    """
    if current.reason is GateReason.OPTED_OUT:
        return False
    if new.reason is GateReason.OPTED_OUT:
        return True
    return new.allowed and not current.allowed
