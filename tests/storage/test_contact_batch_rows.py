"""The rows of a new contact are built without SQLAlchemy, and give what storage would give."""

from __future__ import annotations

import io
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.interchange.vcard_read import ReadCard, read_vcards
from contactbook.storage import contact_bulk_rows, search_index
from tests.benchmarks.vcard_samples import generate_cards
from tests.storage.test_contact_repository import full_contact

REPO = Path(__file__).resolve().parents[2]


def _contacts() -> list[Contact]:
    read = read_vcards(io.BytesIO(generate_cards(400, seed=7)), "sample.vcf")
    contacts = [item.contact for item in read if isinstance(item, ReadCard)]
    contacts.append(full_contact())
    contacts.append(
        Contact(
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
    )
    return contacts


def test_index_text_is_what_the_search_index_stores() -> None:
    contacts = _contacts()
    assert len(contacts) > 350
    for contact in contacts:
        assert contact_bulk_rows.index_text(contact) == search_index.index_text(contact)


def test_contact_rows_carry_the_search_text_of_the_stored_contact() -> None:
    contact = replace(full_contact(), uid="rows-1")
    rows = contact_bulk_rows.contact_rows(contact)
    assert rows.search_text == search_index.index_text(contact.with_classified_emails())


def test_the_card_reading_processes_do_not_load_sqlalchemy() -> None:
    """What a worker process of a large import imports: no ORM, no schema (start-up time)."""
    probe = (
        "import sys; import contactbook.services.import_workers; "
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy') "
        "or m == 'contactbook.storage.schema'))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=True
    )
    assert out.stdout.strip() == "[]"
