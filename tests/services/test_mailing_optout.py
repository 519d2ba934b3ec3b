"""Opt-outs and objections: one action from a contact, and the pasted list of replies."""

from __future__ import annotations

import pytest

from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, Scope
from contactbook.services.book import Book
from contactbook.services.mailing import MailingError, recipients_for
from contactbook.services.mailing_optout import addresses_in, process_unsubscribes, record_opt_out
from contactbook.storage.errors import NotFoundError
from tests.mailing_data import fill_mailing_book


def blocked_reasons(book: Book) -> dict[str, str]:
    return {
        r.address: r.decision.reason.value for r in recipients_for(book, ContactFilter()).blocked
    }


def test_an_objection_from_a_contact_covers_all_their_addresses(book: Book) -> None:
    [jan] = book.contacts.add_many(
        [
            Contact(
                given_name="Jan",
                scope=Scope.BUSINESS,
                emails=[EmailAddress("jan@werk.nl"), EmailAddress("Jan@Thuis.nl")],
            )
        ]
    )
    assert jan.id is not None
    records = record_opt_out(book, jan.id, ConsentKind.OBJECTION, source="telefoon", note="boos")
    assert [(r.address, r.kind, r.source) for r in records] == [
        ("jan@werk.nl", ConsentKind.OBJECTION, "telefoon"),
        ("jan@thuis.nl", ConsentKind.OBJECTION, "telefoon"),
    ]
    assert book.consent.history("jan@thuis.nl")[-1].note == "boos"
    assert blocked_reasons(book) == {"jan@werk.nl": "opted_out", "Jan@Thuis.nl": "opted_out"}


def test_an_opt_out_by_address_is_appended_to_its_history(book: Book) -> None:
    data = fill_mailing_book(book)
    [record] = record_opt_out(book, "Emma.Bos@BosAdvies.nl")
    assert record.kind is ConsentKind.OPT_OUT
    kinds = [r.kind for r in book.consent.history("emma.bos@bosadvies.nl")]
    assert kinds == [ConsentKind.DOUBLE_OPT_IN, ConsentKind.OPT_OUT]
    assert blocked_reasons(book)["emma.bos@bosadvies.nl"] == "opted_out"
    assert data.ids["emma.bos@bosadvies.nl"]


def test_opting_out_needs_a_withdrawal_kind_and_something_known(book: Book) -> None:
    fill_mailing_book(book)
    with pytest.raises(ValueError, match="not an opt-out"):
        record_opt_out(book, "emma.bos@bosadvies.nl", ConsentKind.OPT_IN)
    with pytest.raises(NotFoundError):
        record_opt_out(book, "vreemde@nergens.nl")
    with pytest.raises(NotFoundError):
        record_opt_out(book, 999)
    [nobody] = book.contacts.add_many([Contact(given_name="Zonder", scope=Scope.BUSINESS)])
    assert nobody.id is not None
    with pytest.raises(MailingError, match="no e-mail address"):
        record_opt_out(book, nobody.id)


def test_addresses_are_found_in_whatever_was_pasted() -> None:
    pasted = (
        "Jan de Vries <Jan.DeVries@klant.nl>; emma.bos@bosadvies.nl,\n"
        "> mailto:info@zoetebroodje.nl\n"
        "Re: afmelden (jan.devries@klant.nl). Geen adres: @bos, bos@, a@b\n"
        "\tlaatste@adres.nl."
    )
    assert addresses_in(pasted) == [
        "jan.devries@klant.nl",
        "emma.bos@bosadvies.nl",
        "info@zoetebroodje.nl",
        "laatste@adres.nl",
    ]


def test_processing_unsubscribes_records_the_known_and_reports_the_unknown(book: Book) -> None:
    fill_mailing_book(book)
    recorded, unknown = process_unsubscribes(
        book, "JAN.DEVRIES@klant.nl\nonbekend@elders.nl\ninfo@zoetebroodje.nl\n"
    )
    assert recorded == ["jan.devries@klant.nl", "info@zoetebroodje.nl"]
    assert unknown == ["onbekend@elders.nl"]
    reasons = blocked_reasons(book)
    assert reasons["jan.devries@klant.nl"] == reasons["info@zoetebroodje.nl"] == "opted_out"
    [record] = book.consent.history("info@zoetebroodje.nl")
    assert record.source.startswith("e-mail")
    assert book.consent.history("onbekend@elders.nl") == []
    assert process_unsubscribes(book, "geen adressen hier") == ([], [])
