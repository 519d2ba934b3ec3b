"""Upgrading books written by earlier versions, from committed old-schema files."""

from __future__ import annotations

import shutil
from pathlib import Path

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import ConsentKind, LegalBasis
from contactbook.services.book import open_book
from contactbook.storage.migrate import current_revision, head_revision

DATA = Path(__file__).parent.parent / "data"


def test_a_book_of_schema_0001_upgrades_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "contactbook.sqlite"
    shutil.copy(DATA / "book-0001.sqlite", path)
    book = open_book(path)
    try:
        assert current_revision(book.database.engine) == head_revision()
        jan = book.contacts.get(1)
        assert jan.display_name == "Jan de Vries"
        assert jan.legal_basis.basis is LegalBasis.CONTRACT
        assert jan.phones[0].e164 == "+31612345678"
        assert (jan.nickname, jan.extra_properties, jan.thumbnail) == ("", [], None)
        assert book.contacts.count(ContactFilter(search="0612")) == 1
        assert book.consent.latest_kinds(["jan.devries@bakkerijbos.nl"]) == {
            "jan.devries@bakkerijbos.nl": ConsentKind.OPT_IN
        }
    finally:
        book.close()
    [copy] = tmp_path.glob("contactbook.before-upgrade-0001_initial-*.sqlite")
    assert copy.stat().st_size > 0
