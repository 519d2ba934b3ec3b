"""The rows of a new contact are built without SQLAlchemy, and give what storage would give."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from pathlib import Path

from contactbook.storage import contact_bulk_rows, search_index
from tests.storage.test_contact_repository import full_contact

REPO = Path(__file__).resolve().parents[2]


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


def test_classified_emails_are_those_of_the_contact_method() -> None:
    from tests.storage.test_search_index_text import ZOE, _sample

    contacts = [*_sample(), ZOE, full_contact()]
    assert sum(len(c.emails) for c in contacts) > 100
    for contact in contacts:
        assert (
            contact_bulk_rows.classified_emails(contact) == contact.with_classified_emails().emails
        )
        stored = replace(contact, uid="rows-2")
        assert contact_bulk_rows.contact_rows(stored) == contact_bulk_rows.contact_rows(
            replace(stored, emails=contact_bulk_rows.classified_emails(stored)),
            emails_classified=True,
        )
