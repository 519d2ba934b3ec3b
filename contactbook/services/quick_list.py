"""The contact list read straight from an up-to-date book, for ``contactbook list``.

Without SQLAlchemy (a quarter second less at start), so this module must not import
``services.book``. None means the book must be opened the normal way, which then upgrades
it or says what is wrong.
"""

from __future__ import annotations

from pathlib import Path

from contactbook.domain.contact_query import ContactFilter
from contactbook.storage import quick_list

ListRow = quick_list.ListRow


def quick_list_rows(path: Path, contact_filter: ContactFilter) -> list[ListRow] | None:
    """The list rows in name order, or None when the book must be opened the normal way."""
    return quick_list.quick_list_rows(path, contact_filter)
