"""Find duplicates in the book and merge a pair, choosing the conflicting fields."""

from __future__ import annotations

from datetime import datetime

import pytest

from contactbook.domain.birthday import Birthday
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.duplicates import DuplicateReason, conflicts
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, Scope, Subject
from contactbook.domain.phone import Phone
from contactbook.services.book import Book
from contactbook.services.duplicates import duplicate_pairs, merge_duplicates
from contactbook.storage.errors import NotFoundError


def add(book: Book, **fields: object) -> int:
    stored = book.contacts.add(Contact(**fields))  # type: ignore[arg-type]
    assert stored.id is not None
    return stored.id


def test_pairs_by_phone_personal_email_and_name(book: Book) -> None:
    a = add(book, given_name="Jan", family_name="Jansen", phones=[Phone.parse("0612345678")])
    b = add(book, given_name="J.", family_name="Jansen", phones=[Phone.parse("+31612345678")])
    c = add(book, given_name="Els", family_name="Bos", emails=[EmailAddress("els@bos.nl")])
    d = add(book, given_name="E.", family_name="Bos", emails=[EmailAddress("ELS@bos.nl")])
    e = add(book, given_name="Piet", family_name="de Wit")
    f = add(book, given_name="Piet", family_name="de Wit")
    # colleagues sharing a role address are not duplicates
    add(book, given_name="Kim", family_name="Smit", emails=[EmailAddress("info@smit.nl")])
    add(book, given_name="Ron", family_name="Smit", emails=[EmailAddress("info@smit.nl")])
    pairs = {(p.first_id, p.second_id): p.reasons for p in duplicate_pairs(book)}
    assert pairs == {
        (a, b): (DuplicateReason.SAME_PHONE,),
        (c, d): (DuplicateReason.SAME_EMAIL,),
        (e, f): (DuplicateReason.SAME_NAME,),
    }


def test_merging_a_pair_keeps_one_contact_with_everything(book: Book) -> None:
    keep = add(
        book,
        given_name="Jan",
        family_name="Jansen",
        scope=Scope.BUSINESS,
        phones=[Phone.parse("0612345678")],
        birthday=Birthday(1, 2, 1980),
        categories=["klant"],
    )
    other = add(
        book,
        given_name="Johannes",
        family_name="Jansen",
        organisation="Jansen BV",
        phones=[Phone.parse("+31612345678")],
        emails=[EmailAddress("jan@jansenbv.nl")],
        birthday=Birthday(2, 1, 1980),
        categories=["lead"],
    )
    book.consent.record(
        ConsentRecord("jan@jansenbv.nl", ConsentKind.OPT_IN, datetime(2024, 5, 1, 12, 0))
    )
    assert conflicts(book.contacts.get(keep), book.contacts.get(other)) == [
        "given_name",
        "birthday",
        "scope",
    ]
    merged = merge_duplicates(book, keep, other, frozenset({"birthday"}))
    assert merged.id == keep
    assert merged.given_name == "Jan"  # kept
    assert merged.birthday == Birthday(2, 1, 1980)  # taken from the other, as chosen
    assert merged.organisation == "Jansen BV"  # empty on the kept one: filled
    assert [e.address for e in merged.emails] == ["jan@jansenbv.nl"]
    assert len(merged.phones) == 1
    assert merged.categories == ["klant", "lead"]
    with pytest.raises(NotFoundError):
        book.contacts.get(other)
    assert book.consent.latest_kinds(["jan@jansenbv.nl"])["jan@jansenbv.nl"] is ConsentKind.OPT_IN
    assert duplicate_pairs(book) == []


def test_an_unknown_field_choice_is_refused(book: Book) -> None:
    keep = add(book, given_name="A")
    other = add(book, given_name="B")
    with pytest.raises(ValueError, match="not a field"):
        merge_duplicates(book, keep, other, frozenset({"uid"}))
    assert book.contacts.count() == 2


def test_a_merge_leaves_its_audit_events(book: Book) -> None:
    from contactbook.domain.audit import AuditAction
    from contactbook.storage import audit_log

    keep = add(book, given_name="Ann", family_name="Post")
    other = add(book, given_name="Ann", family_name="Post")
    merge_duplicates(book, keep, other)
    assert AuditAction.CONTACT_EDITED in {e.action for e in audit_log.events(book.database, keep)}
    assert AuditAction.CONTACT_DELETED in {e.action for e in audit_log.events(book.database, other)}


def test_colleagues_a_household_and_a_company_are_no_duplicates(book: Book) -> None:
    office, home = Phone.parse("020 123 4567"), Phone.parse("030 765 4321")
    add(book, given_name="Kim", family_name="Smit", phones=[office])
    add(book, given_name="Ron", family_name="Jansen", phones=[office])
    add(book, organisation="Smit B.V.", subject=Subject.ORGANISATION, phones=[office])
    add(book, given_name="Piet", family_name="Bos", phones=[home])
    add(book, given_name="Marie", family_name="Bos", phones=[home])
    a = add(book, given_name="Jan", family_name="de Vries", phones=[office])
    b = add(book, given_name="Jan", family_name="de Vries", phones=[office])
    # the same name and a shared line: likely, listed for the owner to decide
    assert [(p.first_id, p.second_id) for p in duplicate_pairs(book)] == [(a, b)]
