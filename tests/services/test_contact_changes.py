"""Creating, rectifying, deleting and restoring contacts, with their audit events."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.scope_change import ScopeChangeError
from contactbook.services.book import Book
from contactbook.services.contact_changes import (
    audit_events,
    create_contact,
    delete_contacts,
    record_consent,
    replace_contact,
    restore_contacts,
)
from contactbook.services.contact_editing import ContactEdit, apply_edit
from contactbook.storage.audit_log import events
from contactbook.storage.errors import NotFoundError


def jan() -> Contact:
    return Contact(
        given_name="Jan",
        family_name="de Vries",
        scope=Scope.BUSINESS,
        emails=[EmailAddress("jan@devries.nl", override=EmailClassification.GENERIC)],
        phones=[Phone.parse("06 12345678")],
        legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note="Order 7"),
        categories=["klant"],
    )


def test_audit_events_name_fields_not_values() -> None:
    before = replace(jan(), id=1)
    after = replace(before, family_name="de Vries-Bakker", notes="Verhuisd naar Utrecht")
    assert audit_events(before, after) == [
        ("contact_edited", "rectified: family_name, notes"),
    ]
    private = replace(after, scope=Scope.PRIVATE, legal_basis=LegalBasisRecord())
    assert audit_events(before, private)[:2] == [
        ("scope_changed", "business -> private"),
        ("legal_basis_changed", "contract -> none"),
    ]
    assert audit_events(before, before) == []


def test_create_parses_phones_with_the_books_region(book: Book) -> None:
    book.settings.set("default_region", "BE")
    stored = create_contact(
        book, Contact(given_name="Lotte", phones=[Phone("0470 12 34 56", label="cell")])
    )
    assert stored.id is not None
    assert book.contacts.get(stored.id).phones[0].e164 == "+32470123456"
    assert [e.action for e in events(book.database, stored.id)] == ["contact_created"]


def test_replace_keeps_overrides_and_logs_the_rectification(book: Book) -> None:
    before = book.contacts.add(jan())
    after = replace(before, phones=[Phone("020 123 4567")], job_title="Inkoper")
    saved = replace_contact(book, before, after)
    assert saved.phones[0].e164 == "+31201234567"
    assert before.id is not None
    stored = book.contacts.get(before.id)
    assert stored.emails[0].override is EmailClassification.GENERIC
    assert events(book.database, before.id)[0].detail == "rectified: job_title, phones"
    with pytest.raises(ValueError, match="same stored contact"):
        replace_contact(book, before, replace(after, id=None))


def test_delete_and_restore_keep_everything_but_the_id(book: Book) -> None:
    first = book.contacts.add(jan())
    second = book.contacts.add(Contact(given_name="Piet", scope=Scope.PRIVATE))
    record_consent(
        book, "jan@devries.nl", ConsentKind.OPT_IN, datetime(2026, 1, 5), wording="Nieuwsbrief"
    )
    assert first.id is not None
    assert second.id is not None
    deleted = delete_contacts(book, [first.id, second.id])
    assert book.contacts.count() == 0
    assert events(book.database, first.id)[0].action == "contact_deleted"

    restored = restore_contacts(book, deleted)
    assert {c.id for c in restored}.isdisjoint({first.id, second.id})  # ids are never reused
    again = book.contacts.get(restored[0].id or 0)
    assert again.uid == first.uid
    assert (again.display_name, again.legal_basis, again.categories) == (
        first.display_name,
        first.legal_basis,
        first.categories,
    )
    # consent lives with the address and survives the round trip
    assert [r.kind for r in book.consent.history("jan@devries.nl")] == [ConsentKind.OPT_IN]


def test_delete_is_all_or_nothing(book: Book) -> None:
    first = book.contacts.add(jan())
    assert first.id is not None
    with pytest.raises(NotFoundError):
        delete_contacts(book, [first.id, 9999])
    assert book.contacts.count() == 1


def test_record_consent_needs_a_known_address(book: Book) -> None:
    with pytest.raises(NotFoundError):
        record_consent(book, "nobody@example.nl", ConsentKind.OPT_IN, datetime(2026, 1, 1))
    book.contacts.add(jan())
    record = record_consent(
        book, " jan@devries.nl ", ConsentKind.OBJECTION, datetime(2026, 2, 1), source=" phone "
    )
    assert isinstance(record, ConsentRecord)
    assert (record.address, record.source) == ("jan@devries.nl", "phone")


def test_apply_edit_marks_deceased_with_a_date_and_enforces_a_basis() -> None:
    today = date(2026, 11, 28)
    dead = apply_edit(jan(), ContactEdit(deceased=True), today)
    assert (dead.deceased, dead.deceased_on) == (True, today)
    alive = apply_edit(dead, ContactEdit(deceased=False), today)
    assert (alive.deceased, alive.deceased_on) == (False, None)
    private = replace(jan(), scope=Scope.PRIVATE, legal_basis=LegalBasisRecord())
    with pytest.raises(ScopeChangeError):
        apply_edit(private, ContactEdit(scope=Scope.BUSINESS), today)
    moved = apply_edit(private, ContactEdit(scope=Scope.BUSINESS, basis=LegalBasis.CONSENT), today)
    assert (moved.scope, moved.basis) == (Scope.BUSINESS, LegalBasis.CONSENT)


def test_a_replace_from_a_stale_version_saves_nothing(book: Book, db_path: Path) -> None:
    from contactbook.services.book import open_book
    from contactbook.services.contact_changes import ChangedElsewhereError, replace_contacts

    before = book.contacts.add(jan())
    other = book.contacts.add(replace(jan(), given_name="Piet"))
    assert before.id is not None
    assert other.id is not None
    elsewhere = open_book(db_path)  # the command line, another window
    try:
        stored = elsewhere.contacts.get(before.id)
        elsewhere.contacts.save(replace(stored, notes="Via de opdrachtregel"))
    finally:
        elsewhere.close()

    with pytest.raises(ChangedElsewhereError, match="Jan de Vries was changed in the meantime"):
        replace_contact(book, before, replace(before, job_title="Inkoper"))
    # several at once: the fresh one is not saved either (all or none)
    with pytest.raises(ChangedElsewhereError):
        replace_contacts(
            book,
            [
                (other, replace(other, job_title="Chef")),
                (before, replace(before, job_title="Inkoper")),
            ],
        )
    kept = book.contacts.get(before.id)
    assert (kept.notes, kept.job_title) == ("Via de opdrachtregel", "")
    assert book.contacts.get(other.id).job_title == ""

    # from the stored version it goes through
    saved = replace_contact(book, kept, replace(kept, job_title="Inkoper"))
    assert (saved.notes, saved.job_title) == ("Via de opdrachtregel", "Inkoper")


def test_the_end_of_relationship_is_a_rectification(book: Book) -> None:
    before = book.contacts.add(jan())
    assert before.id is not None
    replace_contact(book, before, replace(before, end_of_relationship=date(2025, 6, 30)))
    assert events(book.database, before.id)[0].detail == "rectified: end_of_relationship"
    assert book.contacts.get(before.id).end_of_relationship == date(2025, 6, 30)


def test_a_move_on_consent_is_one_transaction_with_its_consent_record(
    book: Book, db_path: Path
) -> None:
    """Recording the consent and moving the person to business go together or not at all:
    when the save fails (the contact changed elsewhere), no consent record is left behind."""
    from contactbook.domain.scope_change import change_scope
    from contactbook.services.book import open_book
    from contactbook.services.contact_changes import ChangedElsewhereError, replace_contacts

    private = replace(jan(), scope=Scope.PRIVATE, legal_basis=LegalBasisRecord())
    before = book.contacts.add(private)
    assert before.id is not None
    consent = ConsentRecord(
        address="jan@devries.nl",
        kind=ConsentKind.OPT_IN,
        at=datetime(2026, 3, 1),
        source="webformulier",
        wording="Ja, stuur mij de nieuwsbrief",
    )
    after = change_scope(before, Scope.BUSINESS, LegalBasisRecord(LegalBasis.CONSENT))
    elsewhere = open_book(db_path)
    try:
        stored = elsewhere.contacts.get(before.id)
        elsewhere.contacts.save(replace(stored, notes="Via de opdrachtregel"))
    finally:
        elsewhere.close()

    with pytest.raises(ChangedElsewhereError):
        replace_contacts(book, [(before, after)], consents=[consent])
    assert book.consent.history("jan@devries.nl") == []
    assert book.contacts.get(before.id).scope is Scope.PRIVATE
    assert "consent_recorded" not in [e.action for e in events(book.database, before.id)]

    # an address no contact has fails the first part: the contact is not moved either
    stranger = replace(consent, address="nobody@example.nl")
    fresh = book.contacts.get(before.id)
    moved = change_scope(fresh, Scope.BUSINESS, LegalBasisRecord(LegalBasis.CONSENT))
    with pytest.raises(NotFoundError):
        replace_contacts(book, [(fresh, moved)], consents=[stranger])
    assert book.contacts.get(before.id).scope is Scope.PRIVATE

    [saved] = replace_contacts(book, [(fresh, moved)], consents=[consent])
    assert (saved.scope, saved.basis) == (Scope.BUSINESS, LegalBasis.CONSENT)
    assert [r.kind for r in book.consent.history("jan@devries.nl")] == [ConsentKind.OPT_IN]
    log = [e.action for e in events(book.database, before.id)]
    assert "consent_recorded" in log
    assert "scope_changed" in log


def test_a_new_or_edited_contact_and_its_consent_are_stored_together(book: Book) -> None:
    """The edit dialog saves the contact and the consent its basis rests on at once: a
    consent that cannot be recorded leaves no contact (pressing OK again made a second one)."""
    from contactbook.services.contact_changes import consent_record

    wrong = consent_record(" nobody@example.nl ", ConsentKind.OPT_IN, datetime(2026, 3, 1))
    with pytest.raises(NotFoundError):
        create_contact(book, jan(), consents=[wrong])
    assert book.contacts.count() == 0

    right = consent_record(" jan@devries.nl ", ConsentKind.OPT_IN, datetime(2026, 3, 1))
    created = create_contact(book, jan(), consents=[right])
    assert created.id is not None
    assert [e.action for e in events(book.database, created.id)] == [
        "consent_recorded",
        "contact_created",
    ]
    assert [r.address for r in book.consent.history("jan@devries.nl")] == ["jan@devries.nl"]

    added = replace(created, emails=[*created.emails, EmailAddress("jan@privé.nl")])
    with pytest.raises(NotFoundError):
        replace_contact(book, created, replace(added, notes="x"), consents=[wrong])
    assert book.contacts.get(created.id).notes == ""
    # an address the change adds can take its consent in the same transaction
    late = consent_record("jan@privé.nl", ConsentKind.OPT_IN, datetime(2026, 3, 2))
    saved = replace_contact(book, created, added, consents=[late])
    assert len(saved.emails) == 2
    assert len(book.consent.history("jan@privé.nl")) == 1
