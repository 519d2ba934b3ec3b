"""The list model: pages from the storage, plain data only, roles the view and readers need."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter, ContactOrder, ContactSummary
from contactbook.domain.enums import Scope, Subject
from contactbook.services.book import Book
from contactbook.ui.contacts.contact_table_model import Column, ContactIdRole, ContactTableModel
from tests.gui.factories import person

ROOT = QModelIndex()
Role = Qt.ItemDataRole


class CountingSource:
    """A stand-in for ``book.contacts`` that records what the model asks for."""

    def __init__(self, total: int) -> None:
        self.rows = [
            ContactSummary(
                id=number,
                display_name=f"Contact {number:04d}",
                organisation="",
                main_email="",
                main_phone="",
                badge=BadgeKind.CONTRACT,
                scope=Scope.BUSINESS,
                subject=Subject.PERSON,
                initials="C",
                has_photo=False,
            )
            for number in range(1, total + 1)
        ]
        self.pages: list[tuple[int, int]] = []
        self.counts = 0
        self.positions = 0
        self.id_lists = 0

    def page(
        self,
        contact_filter: ContactFilter = ContactFilter(),
        offset: int = 0,
        limit: int = 200,
        order: ContactOrder | None = None,
    ) -> list[ContactSummary]:
        self.pages.append((offset, limit))
        return self.rows[offset : offset + limit]

    def ids(
        self, contact_filter: ContactFilter = ContactFilter(), order: ContactOrder | None = None
    ) -> list[int]:
        self.id_lists += 1
        return [row.id for row in self.rows]

    def position(
        self,
        contact_id: int,
        contact_filter: ContactFilter = ContactFilter(),
        order: ContactOrder | None = None,
    ) -> int | None:
        self.positions += 1
        ids = [row.id for row in self.rows]
        return ids.index(contact_id) if contact_id in ids else None

    def count(self, contact_filter: ContactFilter = ContactFilter()) -> int:
        self.counts += 1
        return len(self.rows)


def names(model: ContactTableModel) -> list[str]:
    return [model.index(row, Column.NAME).data() for row in range(model.rowCount())]


def test_all_rows_are_counted_but_only_the_pages_looked_at_are_read(
    book: Book, qapp: object
) -> None:
    book.contacts.add_many([person("Klant", f"Nummer {n:03d}") for n in range(450)])
    model = ContactTableModel(book.contacts)

    assert model.total() == model.rowCount() == 450
    assert not model.canFetchMore(ROOT)
    assert model.cached_rows() == 200
    assert model.index(449, Column.NAME).data() == "Klant Nummer 449"
    assert model.cached_rows() == 250
    assert len(set(names(model))) == 450


def test_only_the_most_recent_pages_stay_in_memory(qapp: object) -> None:
    source = CountingSource(1000)
    model = ContactTableModel(source, page_size=100, cached_pages=3)

    for row in (0, 150, 250, 950, 10):
        assert model.contact_id(row) == row + 1
    assert model.cached_rows() == 300
    # pages 0, 1, 2 and 9 were read; page 0 again because it had been dropped
    assert source.pages == [(0, 100), (100, 100), (200, 100), (900, 100), (0, 100)]
    with pytest.raises(IndexError):
        model.summary(1000)
    assert model.index(1000, Column.NAME).data() is None


def test_data_reads_the_cache_not_the_storage(qapp: object) -> None:
    source = CountingSource(250)
    model = ContactTableModel(source)
    assert source.pages == [(0, 200)]

    for _ in range(2):
        for row in range(model.rowCount()):
            for column in Column:
                for role in (Role.DisplayRole, Role.DecorationRole, Role.ToolTipRole):
                    model.index(row, column).data(role)

    # each page was read once: the second pass came from memory
    assert source.pages == [(0, 200), (200, 200)]
    assert source.counts == 1
    assert all(isinstance(model.summary(row), ContactSummary) for row in range(model.rowCount()))


def test_order_is_the_storage_order_by_main_family_name(book: Book, qapp: object) -> None:
    book.contacts.add_many(
        [person("Kees", "Bos"), person("Jan", "van den Berg"), person("Anna", "Bakker")]
    )
    model = ContactTableModel(book.contacts)

    assert names(model) == ["Anna Bakker", "Jan van den Berg", "Kees Bos"]


def test_set_filter_resets_to_the_matching_contacts(book: Book, qapp: object) -> None:
    book.contacts.add_many([person("Jan", "van den Berg"), person("Kees", "Bos")])
    model = ContactTableModel(book.contacts)
    totals: list[int] = []
    model.total_changed.connect(totals.append)

    model.set_filter(ContactFilter(search="berg"))

    assert names(model) == ["Jan van den Berg"]
    assert model.total() == 1
    assert totals == [1]
    assert model.contact_id(0) == model.index(0, Column.BADGE).data(ContactIdRole)


def test_columns_show_the_summary(mixed_book: Book, jan: Contact, qapp: object) -> None:
    model = ContactTableModel(mixed_book.contacts)
    row = model.row_of(jan.id or 0)
    assert row is not None

    def cell(column: Column, role: Role = Role.DisplayRole) -> object:
        return model.index(row, column).data(role)

    assert cell(Column.NAME) == "Jan van den Berg"
    assert cell(Column.ORGANISATION) == "Berg Installatietechniek"
    assert cell(Column.EMAIL) == "jan.vandenberg@berginstallatie.nl"
    assert cell(Column.PHONE) == "06 12345678"
    assert cell(Column.BADGE) == "Contract"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Column] == [
        "Name",
        "Organisation",
        "E-mail",
        "Phone",
        "Badge",
    ]
    avatar = cell(Column.NAME, Role.DecorationRole)
    assert isinstance(avatar, QIcon)
    assert not avatar.isNull()


def test_badge_column_has_icon_tooltip_colours_and_accessible_text(
    mixed_book: Book, qapp: object
) -> None:
    model = ContactTableModel(mixed_book.contacts)
    badges = {model.index(row, Column.BADGE).data(): row for row in range(model.rowCount())}
    assert set(badges) == {"Private", "Organisation", "Contract", "Assessment missing", "To review"}
    index = model.index(badges["Assessment missing"], Column.BADGE)

    icon = index.data(Role.DecorationRole)
    assert isinstance(icon, QIcon)
    assert not icon.isNull()
    assert "balancing test" in index.data(Role.ToolTipRole)
    assert index.data(Role.AccessibleTextRole).startswith(
        "Legitimate interest — assessment missing."
    )
    assert isinstance(index.data(Role.BackgroundRole), QBrush)
    assert isinstance(index.data(Role.ForegroundRole), QBrush)


@pytest.mark.parametrize("page_size", [1, 2, 5])
def test_row_of_asks_the_storage_when_the_row_is_not_in_memory(
    page_size: int, qapp: object
) -> None:
    source = CountingSource(7)
    model = ContactTableModel(source, page_size=page_size)

    assert model.row_of(1, fetch=False) == 0
    assert source.positions == 0
    assert model.row_of(7, fetch=False) is None or page_size >= 7
    assert model.row_of(7) == 6
    assert model.row_of(99) is None


def test_clicking_a_header_sorts_in_sql(mixed_book: Book, qapp: object) -> None:
    model = ContactTableModel(mixed_book.contacts)

    model.sort(Column.ORGANISATION, Qt.SortOrder.AscendingOrder)
    organisations = [model.index(r, Column.ORGANISATION).data() for r in range(model.rowCount())]
    assert organisations[:2] == ["Bakkerij Het Zoete Broodje", "Berg Installatietechniek"]
    assert organisations[2:] == ["", "", ""]  # blanks last

    model.sort(Column.BADGE, Qt.SortOrder.AscendingOrder)
    badges = [model.index(r, Column.BADGE).data() for r in range(model.rowCount())]
    assert badges == ["Assessment missing", "To review", "Contract", "Organisation", "Private"]

    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model) == [
        "Pieter de Vries",
        "Emma Bos",
        "Jan van den Berg",
        "Bakkerij Het Zoete Broodje",
        "Sanne Bakker",
    ]


def test_a_search_reads_the_matching_ids_once_and_pages_by_id(book: Book, qapp: object) -> None:
    book.contacts.add_many(
        [person("Klant", f"Jansen {n:03d}") for n in range(250)]
        + [person("Klant", f"Bakker {n:03d}") for n in range(50)]
    )
    model = ContactTableModel(book.contacts, ContactFilter(search="jans"), page_size=100)

    assert model.total() == model.rowCount() == 250
    assert names(model)[0] == "Klant Jansen 000"
    assert names(model)[-1] == "Klant Jansen 249"
    last = model.contact_id(249)
    assert model.row_of(last, fetch=False) == 249

    model.sort(Column.NAME, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Klant Jansen 249"
    model.set_filter(ContactFilter())
    assert model.total() == 300
