"""The text the search index holds for a contact is what a query is folded to find."""

from __future__ import annotations

import io

import pytest

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.names import fold
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.interchange.vcard_read import ReadCard, read_vcards
from contactbook.storage import contact_bulk_rows, search_index
from tests.benchmarks.vcard_samples import generate_cards

ZOE = Contact(
    given_name="Zoë",
    family_name="van 't Hoff-Çelik",
    organisation="Bakkerij Ærø & Zn.",
    emails=[EmailAddress("ZOË@Bakkerij.example")],
    phones=[
        Phone.parse("06 12345678"),
        Phone.parse("+32 470 12 34 56"),
        Phone.parse("not a number"),
        Phone.parse("0612"),
    ],
    addresses=[PostalAddress(street="Dorpsstraat", house_number="1", city="Ĳsselstein")],
)


def _queries(contact: Contact) -> list[str]:
    """What an owner types to find this contact."""
    queries = [contact.display_name, contact.given_name, contact.family_name, contact.organisation]
    queries += [email.address for email in contact.emails]
    queries += [address.city for address in contact.addresses]
    for phone in contact.phones:
        if sum(ch.isdigit() for ch in phone.raw) >= 3:
            queries.append(phone.raw)
        if phone.e164:
            queries += [phone.e164, "0" + phone.national_digits()[1:], phone.national_digits()]
    return [query for query in queries if query.strip()]


def _sample() -> list[Contact]:
    read = read_vcards(io.BytesIO(generate_cards(300, seed=7)), "sample.vcf")
    return [item.contact for item in read if isinstance(item, ReadCard)]


def test_search_index_uses_the_one_index_text() -> None:
    assert search_index.index_text is contact_bulk_rows.index_text


@pytest.mark.parametrize("contact", [*_sample()[::25], ZOE], ids=lambda c: c.display_name)
def test_every_term_of_a_query_for_the_contact_is_in_its_index_text(contact: Contact) -> None:
    text = search_index.index_text(contact)
    for query in _queries(contact):
        terms = search_index.search_terms(query)
        assert terms, query
        for term in terms:
            assert term in text, (query, term, text)


def test_folding_and_phone_notations() -> None:
    text = search_index.index_text(ZOE)
    assert search_index.search_terms("zoe") == ["zoe"]
    assert "zoe" in text
    assert fold("Bakkerij Ærø") in text
    for query in ("06-12345678", "+31 6 1234 5678", "470 12 34 56", "ijsselstein", "ÇELIK"):
        for term in search_index.search_terms(query):
            assert term in text, (query, term)
    assert "not a number" not in text  # a number that is no number gives no digits
