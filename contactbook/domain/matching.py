"""When two records are one person: the rules shared by the import, the duplicate finder and
every later way in (spreadsheets, sync).

A wrong merge is far worse than a missed duplicate: it mixes one person's data into another's
record, which an access export would then hand to the wrong person, and it cannot be seen
afterwards. A missed duplicate costs one click in "Find duplicates". So two records are
judged the *same* only on evidence that belongs to one person:

- the same UID (the record's own identity, kept by every address book and by our export);
- the same personal e-mail address, and names that do not contradict each other; at a
  free-mail provider (a family's shared gmail) the names must also agree;
- the same mobile number, and names that agree.

What a household or an office shares never identifies a person: a landline or switchboard,
a generic address (info@, verkoop@), an organisation's name. Such evidence, or a name alone,
makes a pair a *likely* duplicate at most, listed for the owner to decide. A person is never
merged into an organisation record. Different birthdays, or given or family names that
cannot be one person's, always keep two records apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum, StrEnum

from contactbook.domain import names
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.enums import EmailClassification, Subject
from contactbook.domain.personal_data import FREE_MAIL_DOMAINS
from contactbook.domain.phone import is_mobile_number


class Verdict(StrEnum):
    SAME = "same"  # one person: merge
    LIKELY = "likely"  # perhaps one person: kept apart, listed as a likely duplicate
    DIFFERENT = "different"


class Evidence(StrEnum):
    """What two records have in common; the codes are stable (reports, JSON)."""

    SAME_UID = "same_uid"
    SAME_PERSONAL_EMAIL = "same_personal_email"
    SAME_FREE_MAIL = "same_free_mail_address"
    SAME_MOBILE = "same_mobile"
    SAME_ORGANISATION = "same_organisation"
    SAME_NAME = "same_name"
    SHARED_PHONE = "shared_phone"  # a landline or switchboard: not one person's
    SHARED_GENERIC_EMAIL = "shared_generic_email"


@dataclass(frozen=True)
class Match:
    verdict: Verdict
    evidence: tuple[Evidence, ...] = ()

    @property
    def is_same(self) -> bool:
        return self.verdict is Verdict.SAME


DIFFERENT = Match(Verdict.DIFFERENT)


class _Names(Enum):
    AGREE = "agree"  # the names present on both say the same
    UNKNOWN = "unknown"  # too little on one side to tell
    CONFLICT = "conflict"  # cannot be one person


def judge(first: Contact, second: Contact, *, one_source: bool = False) -> Match:
    """Are ``first`` and ``second`` one person (or one organisation)? See the module's rules.

    ``one_source``: both come from one address book (one file) where each has a UID of its
    own; different UIDs there are two records the owner kept, so at most a likely duplicate.
    """
    if first.uid and first.uid == second.uid:
        return Match(Verdict.SAME, (Evidence.SAME_UID,))
    if one_source and first.uid and second.uid:
        match = judge(first, second)
        return Match(Verdict.LIKELY, match.evidence) if match.is_same else match
    first_org, second_org = is_organisation_record(first), is_organisation_record(second)
    if first_org != second_org:
        return DIFFERENT  # never a person into an organisation, nor the other way round
    shared = _shared_evidence(first, second)
    key = name_key(first)
    same_name = bool(key) and key == name_key(second)
    if first_org:
        return _judge_organisations(same_name, shared)
    return _judge_persons(_name_relation(first, second), shared, same_name)


def is_organisation_record(contact: Contact) -> bool:
    """An organisation record, or a card that names an organisation and no person."""
    if contact.subject is Subject.ORGANISATION:
        return True
    has_person = contact.given_name.strip() or contact.family_name.strip()
    return not has_person and bool(contact.organisation.strip())


def lookup_keys(contact: Contact) -> list[str]:
    """The keys under which records that may be the same as ``contact`` are looked up.

    ``uid:``, ``mail:`` (personal addresses), ``tel:`` (mobile numbers) can make a pair the
    same; so can ``name:`` for an organisation record (with a shared number or address). What
    cannot lead to a merge (a generic address, a landline, a person's name) is not looked up
    here: same-named persons are only ever likely duplicates, found once the cards are in
    (``name_key``).
    """
    keys = [f"uid:{contact.uid}"] if contact.uid else []
    keys.extend(
        f"mail:{normalise_address(e.address)}"
        for e in contact.emails
        if e.classification is EmailClassification.PERSONAL
    )
    keys.extend(f"tel:{p.e164}" for p in contact.phones if p.e164 and is_mobile_number(p.e164))
    if is_organisation_record(contact):
        name = name_key(contact)
        if name:
            keys.append(f"name:{name}")
    return list(dict.fromkeys(keys))


def name_key(contact: Contact) -> str:
    """The folded whole name for finding same-named records (the contact's sort key): a
    person's given and family name (both: "Jan" alone names too many), or an organisation
    record's name."""
    if is_organisation_record(contact):
        return contact.sort_key
    if contact.given_name.strip() and contact.family_name.strip():
        return contact.sort_key
    return ""


def best_match(judged: Iterable[tuple[Contact, Match]]) -> tuple[Contact, Match] | None:
    """Of the judged candidates, the one a record is merged into: the same UID first, then
    the oldest (lowest id) of those judged the same; None when none is."""
    same = [(contact, match) for contact, match in judged if match.is_same]
    if not same:
        return None
    return min(
        same,
        key=lambda pair: (Evidence.SAME_UID not in pair[1].evidence, pair[0].id or 0),
    )


# -- the rules -----------------------------------------------------------------------------


def _judge_persons(relation: _Names, shared: set[Evidence], same_name: bool) -> Match:
    """``same_name``: both have the same given and family name."""
    strong = shared & {Evidence.SAME_PERSONAL_EMAIL, Evidence.SAME_FREE_MAIL, Evidence.SAME_MOBILE}
    if relation is _Names.CONFLICT:
        # one person's own address or mobile under another name (Bob and Robert): the owner
        # decides; a shared landline, info@ or a family's free-mail address says nothing
        own = strong - {Evidence.SAME_FREE_MAIL}
        return Match(Verdict.LIKELY, _ordered(own)) if own else DIFFERENT
    if Evidence.SAME_PERSONAL_EMAIL in shared:
        return Match(Verdict.SAME, _ordered(shared))
    if relation is _Names.AGREE and strong:
        return Match(Verdict.SAME, _ordered(shared))
    if strong:  # a free-mail address or a mobile, with a name on one side only
        return Match(Verdict.LIKELY, _ordered(shared))
    if same_name:
        return Match(Verdict.LIKELY, _ordered(shared | {Evidence.SAME_NAME}))
    return DIFFERENT


def _judge_organisations(same_name: bool, shared: set[Evidence]) -> Match:
    if same_name and shared:
        return Match(Verdict.SAME, _ordered(shared | {Evidence.SAME_ORGANISATION}))
    if same_name:
        return Match(Verdict.LIKELY, (Evidence.SAME_ORGANISATION,))
    if shared:  # a holding and its subsidiary share a switchboard: the owner decides
        return Match(Verdict.LIKELY, _ordered(shared))
    return DIFFERENT


def _shared_evidence(first: Contact, second: Contact) -> set[Evidence]:
    found: set[Evidence] = set()
    theirs = {normalise_address(e.address): e for e in second.emails}
    for email in first.emails:
        other = theirs.get(normalise_address(email.address))
        if other is not None:
            found.add(_email_evidence(email, other))
    their_numbers = {p.e164 for p in second.phones if p.e164}
    for phone in first.phones:
        if phone.e164 and phone.e164 in their_numbers:
            mobile = is_mobile_number(phone.e164)
            found.add(Evidence.SAME_MOBILE if mobile else Evidence.SHARED_PHONE)
    return found


def _email_evidence(mine: EmailAddress, theirs: EmailAddress) -> Evidence:
    generic = EmailClassification.GENERIC
    if mine.classification is generic or theirs.classification is generic:
        return Evidence.SHARED_GENERIC_EMAIL
    domain = normalise_address(mine.address).rpartition("@")[2]
    return Evidence.SAME_FREE_MAIL if domain in FREE_MAIL_DOMAINS else Evidence.SAME_PERSONAL_EMAIL


def _name_relation(first: Contact, second: Contact) -> _Names:
    if first.birthday and second.birthday and first.birthday != second.birthday:
        return _Names.CONFLICT
    family = _part_relation(_family(first), _family(second), _same_family)
    given = _part_relation(_given(first), _given(second), _same_given)
    if _Names.CONFLICT in (family, given):
        return _Names.CONFLICT
    if _Names.AGREE in (family, given):
        return _Names.AGREE
    return _Names.UNKNOWN


def _part_relation(
    mine: tuple[str, ...], theirs: tuple[str, ...], same: Callable[[str, str], bool]
) -> _Names:
    """Compare a name part (as folded words) on both sides; the first words decide."""
    if not mine or not theirs:
        return _Names.UNKNOWN
    return (
        _Names.AGREE if same(mine[0], theirs[0]) and _rest_agrees(mine, theirs) else _Names.CONFLICT
    )


def _rest_agrees(mine: tuple[str, ...], theirs: tuple[str, ...]) -> bool:
    """Further words agree where both have them ("Jan Willem" and "Jan" do, "Jan Willem" and
    "Jan Peter" do not)."""
    return all(
        a == b or (a[0] == b[0] and min(len(a), len(b)) == 1)
        for a, b in zip(mine[1:], theirs[1:], strict=False)
    )


def _same_family(mine: str, theirs: str) -> bool:
    return mine == theirs


def _same_given(mine: str, theirs: str) -> bool:
    """Equal, or one is the other's initial ("J." and "Jan")."""
    if mine == theirs:
        return True
    return (len(mine) == 1 or len(theirs) == 1) and mine[0] == theirs[0]


def _words(text: str) -> tuple[str, ...]:
    cleaned = names.fold(text).replace("-", " ").replace(".", " ").replace(",", " ")
    return tuple(cleaned.split())


def _family(contact: Contact) -> tuple[str, ...]:
    """The main part of the family name ("Berg" of "van den Berg"), as folded words."""
    family = contact.family_name.strip()
    return _words(names.split_family_name(family).main) if family else ()


def _given(contact: Contact) -> tuple[str, ...]:
    return _words(contact.given_name)


_EVIDENCE_ORDER = {evidence: index for index, evidence in enumerate(Evidence)}


def _ordered(found: set[Evidence]) -> tuple[Evidence, ...]:
    return tuple(sorted(found, key=_EVIDENCE_ORDER.__getitem__))
