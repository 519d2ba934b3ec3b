"""The ``demo`` command: fill a book with realistic, made-up Dutch contacts.

Everything derives from one ``random.Random(seed)`` and a fixed reference moment, so the same
seed gives the same people, numbers and consent histories on every machine and every day.
"""

from __future__ import annotations

import calendar
import random
import re
import time
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from itertools import chain, count

from contactbook.domain.audit import AuditAction
from contactbook.domain.birthday import Birthday
from contactbook.domain.consent import WITHDRAWALS, ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.names import fold, split_family_name
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress, normalise_dutch_postcode
from contactbook.services import demo_vocabulary as vocab
from contactbook.services.book import Book
from contactbook.storage import audit_log

# Not "now": data made today and data made next year from the same seed must be equal.
REFERENCE_MOMENT = datetime(2026, 1, 1, 9, 0)
# Each batch is one add_many transaction. Measured on 100,000 contacts, 500 is as fast as
# 1,000 or 2,000 (the insert's RETURNING cost grows faster than linearly with the batch).
BATCH_SIZE = 2000
# Every sample contact carries this category, so an owner can find (and remove) them all
# and later features can keep made-up people out of real mailings.
DEMO_CATEGORY = "demo"

# Cumulative shares of private contacts, business persons, organisations and unsorted ones
# (27, 56, 8.5 and 8.5 per cent).
_KIND_SHARES = (0.27, 0.83, 0.915, 1.0)
_COMPANIES_PER_CONTACT = 0.08
_INVALID_PHONE_SHARE = 0.01
_DECEASED_SHARE = 0.01
_POSTCODE_LETTERS = "ABCDEFGHJKLMNPRTVWXZ"
_UNISSUED_POSTCODE_SERIES = ("SA", "SD", "SS")
_NOT_SLUG = re.compile(r"[^a-z0-9]")
# Letters that Unicode does not decompose into a base letter plus an accent, and "&".
_ASCII_FOLDS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "ß": "ss", "æ": "ae", "&": "en"})


@dataclass(frozen=True)
class DemoSummary:
    """What one ``generate_demo`` call added, and how long it took."""

    contacts: int
    activities: int
    consent_records: int
    seconds: float


def generate_demo(book: Book, contacts: int, seed: int = 1) -> DemoSummary:
    """Add ``contacts`` made-up contacts, their consent histories and the demo activities.

    The same seed gives the same contacts. Activities that already exist (by name) are
    reused, so ``activities`` counts the ones this call created. The controller details are
    filled with a demo company only when they are empty.
    """
    if contacts < 0:
        raise ValueError("the number of demo contacts cannot be negative")
    started = time.perf_counter()
    _ensure_controller(book)
    created = _ensure_activities(book)
    people = _DemoPeople(random.Random(seed), book.settings.default_region(), contacts)
    consent_records = 0
    for start in range(0, contacts, BATCH_SIZE):
        batch = [people.next_contact() for _ in range(min(BATCH_SIZE, contacts - start))]
        # Contacts first: a consent record is about an address some contact holds.
        book.contacts.add_many([contact for contact, _ in batch])
        records = [record for _, history in batch for record in history]
        book.consent.record_many(records)
        consent_records += len(records)
    # the window keeps the book open: give the planner statistics for the new size now
    book.database.refresh_statistics()
    detail = f"{contacts} contacts, seed {seed}"
    audit_log.record_event(book.database, AuditAction.DEMO_DATA_CREATED, None, detail)
    return DemoSummary(contacts, created, consent_records, time.perf_counter() - started)


def _ensure_controller(book: Book) -> None:
    current = asdict(book.settings.controller())
    # The country has a default of its own, so it does not count as filled in by the user.
    if not any(value.strip() for key, value in current.items() if key != "country"):
        book.settings.set_controller(vocab.DEMO_CONTROLLER)


def _ensure_activities(book: Book) -> int:
    existing = {activity.name for activity in book.activities.list()}
    missing = [a for a in vocab.DEMO_ACTIVITIES if a.name not in existing]
    for activity in missing:
        book.activities.add(activity)
    return len(missing)


def _slug(text: str) -> str:
    """ASCII letters and digits only, for mail local parts and domains ("'t Hart" → "thart")."""
    return _NOT_SLUG.sub("", fold(text).translate(_ASCII_FOLDS))


def _activities_for(basis: LegalBasis, role: str) -> list[str]:
    if role == "leverancier":
        return [vocab.SUPPLIER_ACTIVITY]
    if basis is LegalBasis.CONSENT:
        return [vocab.NEWSLETTER_ACTIVITY] + ([vocab.CUSTOMER_ACTIVITY] if role == "klant" else [])
    if basis is LegalBasis.LEGITIMATE_INTEREST:
        return [vocab.LEAD_ACTIVITY]
    return [vocab.CUSTOMER_ACTIVITY] if role == "klant" else []


@dataclass(frozen=True)
class _Company:
    name: str
    domain: str
    address: PostalAddress
    switchboard: Phone
    generic_addresses: tuple[str, ...]


class _DemoPeople:
    """Draws contacts one by one; all randomness comes from the one seeded generator."""

    def __init__(self, rng: random.Random, region: str, contacts: int) -> None:
        self._rng = rng
        self._region = region
        self._used_addresses: set[str] = set()
        self._used_domains: set[str] = set()
        self._origins = (None, *vocab.OTHER_ORIGINS)
        self._origin_weights = (vocab.DUTCH_ORIGIN_WEIGHT, *(o.weight for o in vocab.OTHER_ORIGINS))
        self._city_weights = [city.weight for city in vocab.CITIES]
        self._basis_weights = [profile.weight for profile in vocab.BASIS_PROFILES]
        # Each company gets one organisation record; the business persons work at them.
        size = max(1, round(contacts * _COMPANIES_PER_CONTACT))
        self._companies = [self._company() for _ in range(size)]
        self._organisations_made = 0

    def next_contact(self) -> tuple[Contact, list[ConsentRecord]]:
        """The next contact, e-mail classified by the domain rules, with its consent history."""
        rng = self._rng
        kinds = (self._private, self._business_person, self._organisation, self._unsorted)
        contact = rng.choices(kinds, cum_weights=_KIND_SHARES)[0]()
        if contact.subject is Subject.PERSON and rng.random() < _DECEASED_SHARE:
            deceased_on = self._moment().date() if rng.random() < 0.6 else None
            contact = replace(contact, deceased=True, deceased_on=deceased_on)
        contact = contact.with_classified_emails()
        history = self._consent_history(contact)
        return replace(contact, categories=[*contact.categories, DEMO_CATEGORY]), history

    # -- the kinds of contact ------------------------------------------------------------

    def _private(self) -> Contact:
        rng = self._rng
        given, family = self._person_name()
        city = rng.choices(vocab.CITIES, self._city_weights)[0]
        phones = [self._phone()]
        if rng.random() < 0.2:
            phones.append(self._phone(city.area_code, "home"))
        home = self._address(city, vocab.RESIDENTIAL_STREETS, "home")
        return Contact(
            given_name=given,
            family_name=family,
            scope=Scope.PRIVATE,
            emails=[self._free_mail(given, family)] if rng.random() < 0.7 else [],
            phones=phones,
            addresses=[home] if rng.random() < 0.5 else [],
            birthday=self._birthday(0.6),
            notes=rng.choice(vocab.PRIVATE_NOTES) if rng.random() < 0.15 else "",
            categories=[rng.choice(vocab.PRIVATE_CATEGORIES)],
        )

    def _business_person(self) -> Contact:
        rng = self._rng
        given, family = self._person_name()
        company = rng.choice(self._companies)
        profile = rng.choices(vocab.BASIS_PROFILES, self._basis_weights)[0]
        role = rng.choice(profile.roles)
        emails = [self._work_mail(company.domain, given, family)] if rng.random() < 0.85 else []
        if not emails or rng.random() < 0.15:
            emails.append(self._free_mail(given, family))
        if rng.random() < 0.15:
            emails.append(EmailAddress(rng.choice(company.generic_addresses), "work"))
        phones = [self._phone()] if rng.random() < 0.85 else []
        if not phones or rng.random() < 0.5:
            phones.append(company.switchboard)
        return Contact(
            given_name=given,
            family_name=family,
            organisation=company.name,
            job_title=rng.choice(vocab.JOB_TITLES),
            scope=Scope.BUSINESS,
            emails=emails,
            phones=phones,
            addresses=[company.address] if rng.random() < 0.4 else [],
            birthday=self._birthday(0.12),
            notes=rng.choice(vocab.BUSINESS_NOTES) if rng.random() < 0.2 else "",
            categories=[role],
            activities=_activities_for(profile.basis, role),
            legal_basis=self._legal_basis(profile),
        )

    def _organisation(self) -> Contact:
        if self._organisations_made < len(self._companies):
            company = self._companies[self._organisations_made]
        else:
            company = self._company()
        self._organisations_made += 1
        # Half the companies publish info@ for receiving offers (the gate's strict mode).
        published = self._rng.random() < 0.5
        return Contact(
            organisation=company.name,
            scope=Scope.BUSINESS,
            subject=Subject.ORGANISATION,
            emails=[
                EmailAddress(address, "work", published=published and address.startswith("info@"))
                for address in company.generic_addresses
            ],
            phones=[company.switchboard],
            addresses=[company.address],
            categories=[self._rng.choice(("klant", "leverancier"))],
        )

    def _unsorted(self) -> Contact:
        """A card as a phone import brings it: sometimes business-like, often a bare name."""
        rng = self._rng
        given, family = self._person_name()
        family = "" if rng.random() < 0.1 else family
        contact = Contact(given_name=given, family_name=family, birthday=self._birthday(0.2))
        if rng.random() < 0.35:
            company = rng.choice(self._companies)
            contact.organisation, contact.job_title = company.name, rng.choice(vocab.JOB_TITLES)
            contact.emails.append(self._work_mail(company.domain, given, family))
        elif rng.random() < 0.5:
            contact.emails.append(self._free_mail(given, family))
        contact.phones.append(self._phone())
        return contact

    # -- parts ---------------------------------------------------------------------------

    def _person_name(self) -> tuple[str, str]:
        rng = self._rng
        origin = rng.choices(self._origins, self._origin_weights)[0]
        if origin is None:
            particle = rng.random() < 0.4
            family = vocab.DUTCH_FAMILY_PARTICLE if particle else vocab.DUTCH_FAMILY_PLAIN
            return rng.choice(vocab.DUTCH_GIVEN), rng.choice(family)
        # Mixed families: some people carry a Dutch given name with a family name of elsewhere.
        given = rng.choice(origin.given if rng.random() < 0.8 else vocab.DUTCH_GIVEN)
        return given, rng.choice(origin.family)

    def _company(self) -> _Company:
        rng = self._rng
        trade = rng.choice(vocab.TRADES)
        family = rng.choice(vocab.DUTCH_FAMILY_PLAIN + vocab.DUTCH_FAMILY_PARTICLE)
        name = rng.choice(vocab.COMPANY_NAME_FORMS).format(
            trade=trade.word,
            brand=family[0].upper() + family[1:],  # a particle opening a name: "Van der Meer"
            service=trade.service,
            fancy=rng.choice(trade.fancy_names),
            suffix=rng.choice(vocab.FAMILY_COMPANY_SUFFIXES),
        )
        city = rng.choices(vocab.CITIES, self._city_weights)[0]
        domain = self._domain(_slug(name), _slug(city.name))
        extra = rng.sample(vocab.GENERIC_LOCAL_PARTS[1:], rng.randint(1, 2))
        return _Company(
            name=name + rng.choice(vocab.LEGAL_FORMS),
            domain=domain,
            address=self._address(city, vocab.BUSINESS_STREETS, "work"),
            switchboard=self._phone(city.area_code, "work"),
            generic_addresses=tuple(f"{local}@{domain}" for local in ("info", *extra)),
        )

    def _domain(self, base: str, city: str) -> str:
        # Namesakes in other towns put the town in the domain, as "bakkerijbos-zwolle.nl" does.
        names = chain((base, f"{base}-{city}"), (f"{base}{n}" for n in count(2)))
        domain = next(f"{n}.nl" for n in names if f"{n}.nl" not in self._used_domains)
        self._used_domains.add(domain)
        return domain

    def _work_mail(self, domain: str, given: str, family: str) -> EmailAddress:
        return self._mail(vocab.WORK_MAIL_FORMS, domain, "work", given, family)

    def _free_mail(self, given: str, family: str) -> EmailAddress:
        domain = self._rng.choice(vocab.FREE_MAIL_DOMAINS)
        return self._mail(vocab.FREE_MAIL_FORMS, domain, "home", given, family)

    def _mail(
        self, forms: tuple[str, ...], domain: str, label: str, given: str, family: str
    ) -> EmailAddress:
        """An address made from the names, in one of ``forms``: "jan.vandenberg", "j.berg"."""
        split = split_family_name(family)
        g, full, main = _slug(given), _slug(split.full), _slug(split.main)
        form = self._rng.choice(forms) if full else "{g}"
        local = form.format(g=g, i=g[:1], full=full, main=main, n=self._rng.randint(1, 99))
        return EmailAddress(self._unique(local, domain), label)

    def _unique(self, local: str, domain: str) -> str:
        # Namesakes at one domain get a number, as mail providers make them do.
        address, number = f"{local}@{domain}", 2
        while address in self._used_addresses:
            address, number = f"{local}{number}@{domain}", number + 1
        self._used_addresses.add(address)
        return address

    def _phone(self, area: str | None = None, label: str = "mobile") -> Phone:
        """A mobile number, or a landline in ``area``, in one of the ways people type them."""
        rng = self._rng
        # Nine digits after the 0 in all; subscriber numbers do not start with 0 or 1.
        lead = rng.randint(1, 5) if area is None else rng.randint(2, 9)
        area = area or "6"
        rest = 8 - len(area)
        s = f"{lead}{rng.randrange(10**rest):0{rest}d}"
        invalid = rng.random() < _INVALID_PHONE_SHARE
        notation = rng.choice(vocab.INVALID_PHONE_NOTATIONS if invalid else vocab.PHONE_NOTATIONS)
        raw = notation.format(a=area, s=s, head=s[:-4], tail=s[-4:], short=s[:4], cut=s[:-1])
        return Phone.parse(raw, label, region=self._region)

    def _address(self, city: vocab.City, streets: tuple[str, ...], label: str) -> PostalAddress:
        rng = self._rng
        number = str(rng.randint(1, 40) if rng.random() < 0.7 else rng.randint(41, 350))
        if rng.random() < 0.12:
            number += rng.choice(vocab.HOUSE_NUMBER_ADDITIONS)
        letters = _UNISSUED_POSTCODE_SERIES[0]
        while letters in _UNISSUED_POSTCODE_SERIES:
            letters = "".join(rng.choices(_POSTCODE_LETTERS, k=2))
        digits = rng.randint(city.postcode_low, city.postcode_high)
        postcode = normalise_dutch_postcode(f"{digits}{letters}")
        return PostalAddress(rng.choice(streets), number, postcode, city.name, "NL", label)

    def _birthday(self, share: float) -> Birthday | None:
        rng = self._rng
        if rng.random() >= share:
            return None
        year, month = rng.randint(1940, 2006), rng.randint(1, 12)
        day = rng.randint(1, calendar.monthrange(year, month)[1])
        # Phones often keep a birthday without the year.
        return Birthday(month, day, None if rng.random() < 0.25 else year)

    def _legal_basis(self, profile: vocab.BasisProfile) -> LegalBasisRecord:
        rng = self._rng
        recorded = self._moment().date()
        note = rng.choice(profile.notes).format(
            year=recorded.year, a=rng.randint(1, 250), b=rng.randint(1000, 9999)
        )
        test: BalancingTest | None = None
        if profile.basis is LegalBasis.LEGITIMATE_INTEREST:
            # Half have the assessment written down; the rest show "afweging ontbreekt",
            # with nothing recorded or with only the purpose filled in.
            draw = rng.random()
            if draw < 0.5:
                test = replace(vocab.LEAD_BALANCING_TEST, assessed_on=recorded)
            elif draw < 0.7:
                test = BalancingTest(purpose=vocab.LEAD_BALANCING_TEST.purpose)
        on = None if profile.basis is LegalBasis.NONE else recorded
        return LegalBasisRecord(profile.basis, note, test, on)

    def _moment(self, after: datetime | None = None) -> datetime:
        """A moment in the four years before the reference moment (and after ``after``)."""
        rng = self._rng
        if after is None:
            back = timedelta(days=rng.randint(1, 4 * 365), seconds=rng.randrange(86_400))
            return REFERENCE_MOMENT - back
        span = (REFERENCE_MOMENT - after).total_seconds()
        return after + timedelta(seconds=int(span * rng.uniform(0.1, 0.9)))

    def _consent_history(self, contact: Contact) -> list[ConsentRecord]:
        """Opt-ins for consent, soft opt-ins for customers, and now and then a withdrawal."""
        rng = self._rng
        personal = [
            e.address for e in contact.emails if e.classification is EmailClassification.PERSONAL
        ]
        basis, role = contact.basis, contact.categories[0] if contact.categories else ""
        if not personal or contact.scope is not Scope.BUSINESS or contact.deceased:
            return []
        if basis is LegalBasis.CONSENT:
            kind = ConsentKind.DOUBLE_OPT_IN if rng.random() < 0.4 else ConsentKind.OPT_IN
            source, wording = rng.choice(vocab.CONSENT_SOURCES), rng.choice(vocab.CONSENT_WORDINGS)
        elif basis is LegalBasis.CONTRACT and role == "klant" and rng.random() < 0.6:
            kind, wording = ConsentKind.SOFT_OPT_IN, vocab.SOFT_OPT_IN_WORDING
            source = rng.choice(vocab.SOFT_OPT_IN_SOURCES)
        elif basis is LegalBasis.LEGITIMATE_INTEREST and rng.random() < 0.05:
            kind, wording = ConsentKind.OBJECTION, ""
            source = rng.choice(vocab.WITHDRAWAL_SOURCES)
        else:
            return []
        start = self._moment()
        note = vocab.CONSENT_NOTES.get(kind, "")
        history = [ConsentRecord(personal[0], kind, start, source, wording, note)]
        if kind not in WITHDRAWALS and rng.random() < 0.12:
            kind = ConsentKind.OBJECTION if rng.random() < 0.25 else ConsentKind.OPT_OUT
            source, note = rng.choice(vocab.WITHDRAWAL_SOURCES), vocab.CONSENT_NOTES.get(kind, "")
            history.append(ConsentRecord(personal[0], kind, self._moment(start), source, note=note))
        return history
