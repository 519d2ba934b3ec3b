"""Retention on constructed dates; erasing and anonymising contacts past retention."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from contactbook.cli import main
from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import Mailing
from contactbook.domain.phone import Phone
from contactbook.domain.retention import add_months
from contactbook.services.book import Book
from contactbook.services.retention import anonymise, erase_for_retention, past_retention_cases

TODAY = date(2026, 6, 15)


def _contact(book: Book, name: str, activities: list[str], **extra: object) -> int:
    contact = book.contacts.add(
        Contact(
            given_name=name,
            family_name="Testpersoon",
            scope=Scope.BUSINESS,
            legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note="Order 1"),
            activities=activities,
            emails=[EmailAddress(f"{name.lower()}@voorbeeld-{name.lower()}.nl")],
            phones=[Phone.parse("06 55554444")],
            notes=f"notitie over {name}",
            categories=["klant"],
            **extra,  # type: ignore[arg-type]
        )
    )
    assert contact.id is not None
    return contact.id


def _set_updated(book: Book, contact_id: int, when: datetime) -> None:
    with book.database.write_session() as session:
        session.execute(
            text("UPDATE contacts SET updated_at = :at, created_at = :at WHERE id = :id"),
            {"at": when, "id": contact_id},
        )


@pytest.fixture
def dated(book: Book) -> dict[str, int]:
    book.activities.add(ProcessingActivity(name="Leads", retention_months=24))
    book.activities.add(ProcessingActivity(name="Klanten", retention_months=84))
    book.activities.add(ProcessingActivity(name="Zonder termijn"))
    ids = {
        # last edited 3 years ago, leads keep 2 years: past
        "old_lead": _contact(book, "Oud", ["Leads"]),
        # same age, but also a customer (7 years): the longest period counts
        "customer": _contact(book, "Klant", ["Leads", "Klanten"]),
        # old edit, but a consent record a year ago is a later interaction
        "consented": _contact(book, "Recent", ["Leads"]),
        # old edit, but a mailing half a year ago
        "mailed": _contact(book, "Gemaild", ["Leads"]),
        # customer whose relationship ended 8 years ago: past, whatever the edits
        "ended": _contact(book, "Gestopt", ["Klanten"], end_of_relationship=date(2018, 1, 1)),
        # no activity with a period: never listed
        "no_period": _contact(book, "Geen", ["Zonder termijn"]),
    }
    for contact_id in ids.values():
        _set_updated(book, contact_id, datetime(2023, 5, 1, 12, 0))
    _set_updated(book, ids["ended"], datetime(2026, 1, 1))
    book.consent.record(
        ConsentRecord("recent@voorbeeld-recent.nl", ConsentKind.OPT_IN, datetime(2025, 6, 1))
    )
    book.mailings.create(
        Mailing("Nieuws", "Beste klant", "info@ons.nl", datetime(2025, 12, 1)),
        [(ids["mailed"], "gemaild@voorbeeld-gemaild.nl", GateReason.OPT_IN)],
    )
    return ids


def test_the_list_follows_the_documented_rule(book: Book, dated: dict[str, int]) -> None:
    cases = past_retention_cases(book, TODAY)
    assert [c.contact_id for c in cases] == [dated["ended"], dated["old_lead"]]
    ended, old = cases
    assert (ended.counted_from, ended.due_on) == (date(2018, 1, 1), date(2025, 1, 1))
    assert (old.counted_from, old.due_on) == (date(2023, 5, 1), date(2025, 5, 1))
    # a day before it is due the lead is not listed yet
    assert dated["old_lead"] not in [
        c.contact_id for c in past_retention_cases(book, date(2025, 5, 1))
    ]
    # the consent and the mailing moved the last interaction
    later = past_retention_cases(book, date(2027, 12, 2))
    assert {dated["consented"], dated["mailed"]} <= {c.contact_id for c in later}


def test_add_months_keeps_to_the_end_of_short_months() -> None:
    assert add_months(date(2024, 1, 31), 1) == date(2024, 2, 29)
    assert add_months(date(2023, 11, 30), 3) == date(2024, 2, 29)
    assert add_months(date(2020, 5, 1), 84) == date(2027, 5, 1)


def test_anonymising_keeps_counts_and_drops_everything_identifying(
    book: Book, dated: dict[str, int]
) -> None:
    contact_id = dated["old_lead"]
    before = book.contacts.count(ContactFilter(activity="Leads"))

    anonymise(book, [contact_id])

    kept = book.contacts.get(contact_id)
    assert kept.display_name == "Anonymised"
    assert (kept.emails, kept.phones, kept.addresses, kept.notes) == ([], [], [], "")
    assert kept.legal_basis.basis is LegalBasis.CONTRACT
    assert kept.legal_basis.note == ""
    assert kept.activities == ["Leads"]
    assert kept.categories == ["klant"]
    assert book.contacts.count(ContactFilter(activity="Leads")) == before
    assert book.contacts.count(ContactFilter(search="voorbeeld-oud")) == 0
    assert contact_id not in [c.contact_id for c in past_retention_cases(book, date(2040, 1, 1))]
    data = b"".join(p.read_bytes() for p in book.path.parent.glob("contactbook.sqlite*"))
    assert b"voorbeeld-oud" not in data
    assert b"notitie over Oud" not in data
    assert not book.suppression.is_suppressed(
        Contact(emails=[EmailAddress("oud@voorbeeld-oud.nl")])
    )


def test_erasing_for_retention_leaves_no_suppression(book: Book, dated: dict[str, int]) -> None:
    erase_for_retention(book, [dated["ended"], dated["old_lead"]])
    assert past_retention_cases(book, TODAY) == []
    assert not book.suppression.has_entries()


def test_the_command_line_lists_them(
    book: Book, dated: dict[str, int], capsys: pytest.CaptureFixture[str]
) -> None:
    path: Path = book.path
    book.close()
    code = main(
        ["--db", str(path), "retention", "list", "--today", TODAY.isoformat(), "--format", "json"]
    )
    assert code == 1  # something needs attention
    out = capsys.readouterr().out
    assert f'"contact_id": {dated["ended"]}' in out
    assert '"due_on": "2025-05-01"' in out
    assert main(["--db", str(path), "retention", "list", "--today", "2020-01-01"]) == 0
    assert main(["--db", str(path), "retention", "list", "--today", "gisteren"]) == 2


def test_the_end_of_relationship_is_recorded_from_the_command_line(
    book: Book, dated: dict[str, int]
) -> None:
    from contactbook.storage import audit_log

    path = book.path
    customer = dated["customer"]
    assert main(["--db", str(path), "subject", "ended", str(customer), "--on", "2017-03-01"]) == 0
    assert book.contacts.get(customer).end_of_relationship == date(2017, 3, 1)
    assert customer in [c.contact_id for c in past_retention_cases(book, TODAY)]
    assert "end of relationship 2017-03-01" in audit_log.events(book.database, customer)[0].detail
    assert main(["--db", str(path), "subject", "ended", str(customer), "--clear"]) == 0
    assert book.contacts.get(customer).end_of_relationship is None
    assert main(["--db", str(path), "subject", "ended", str(customer), "--on", "x"]) == 2
