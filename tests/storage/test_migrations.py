"""Upgrading books written by earlier versions, from committed old-schema files."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import ConsentKind, LegalBasis
from contactbook.services.book import open_book
from contactbook.storage.database import open_database
from contactbook.storage.migrate import (
    HEAD_REVISION,
    current_revision,
    head_revision,
    stored_revision,
)

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


def test_the_head_revision_constant_is_the_head_of_the_migrations_folder() -> None:
    # opening an up-to-date book trusts HEAD_REVISION instead of reading the scripts
    assert head_revision() == HEAD_REVISION


def test_opening_an_up_to_date_book_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "book.sqlite"
    open_book(path).close()  # created and migrated
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from contactbook.services.book import open_book\n"
        f"open_book(Path({str(path)!r})).close()\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_a_book_at_an_older_revision_still_loads_alembic_and_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "contactbook.sqlite"
    shutil.copy(DATA / "book-0001.sqlite", path)
    database = open_database(path, migrate_schema=False)
    try:
        assert stored_revision(database.engine) == "0001_initial"
    finally:
        database.close()
    book = open_book(path)
    try:
        assert stored_revision(book.database.engine) == HEAD_REVISION
    finally:
        book.close()
