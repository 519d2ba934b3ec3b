"""Objection to direct marketing (Art. 21): one action, all addresses, the gate blocks them."""

from __future__ import annotations

from datetime import datetime

import pytest

from contactbook.cli import main
from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.mail_gate import GateReason
from contactbook.services.book import Book
from contactbook.services.mailing import recipients_for
from contactbook.services.objection import record_objection

ADDRESSES = ("petra.zuidema@zuidemabouw.nl", "p.zuidema@gmail.com")


def _petra(book: Book) -> int:
    contact = book.contacts.add(
        Contact(
            given_name="Petra",
            family_name="Zuidema",
            organisation="Zuidema Bouw",
            scope=Scope.BUSINESS,
            legal_basis=LegalBasisRecord(LegalBasis.CONSENT),
            emails=[EmailAddress(a) for a in ADDRESSES],
        ).with_classified_emails()
    )
    for address in ADDRESSES:
        book.consent.record(ConsentRecord(address, ConsentKind.OPT_IN, datetime(2025, 1, 1)))
    assert contact.id is not None
    return contact.id


def _decisions(book: Book, contact_id: int) -> dict[str, tuple[bool, GateReason]]:
    found = recipients_for(book, ContactFilter(ids=(contact_id,)), with_names=False)
    return {
        r.address: (r.decision.allowed, r.decision.reason) for r in (*found.allowed, *found.blocked)
    }


def test_the_gate_blocks_every_address_after_an_objection(book: Book) -> None:
    petra = _petra(book)
    assert all(allowed for allowed, _ in _decisions(book, petra).values())

    recorded = record_objection(book, petra, source="phone call")

    assert sorted(recorded) == sorted(ADDRESSES)
    assert _decisions(book, petra) == {
        address: (False, GateReason.OPTED_OUT) for address in ADDRESSES
    }
    history = book.consent.history(ADDRESSES[0])
    assert history[-1].kind is ConsentKind.OBJECTION
    assert history[-1].source == "phone call"


def test_a_contact_without_address_records_nothing(book: Book) -> None:
    contact = book.contacts.add(Contact(given_name="Alleen", family_name="Telefoon"))
    assert contact.id is not None
    assert record_objection(book, contact.id) == []


def test_the_command_line_records_an_objection(
    book: Book, capsys: pytest.CaptureFixture[str]
) -> None:
    petra = _petra(book)
    path = book.path
    book.close()
    assert main(["--db", str(path), "subject", "object", str(petra)]) == 0
    assert ADDRESSES[1] in capsys.readouterr().out
    assert main(["--db", str(path), "subject", "object", "9999"]) == 2
