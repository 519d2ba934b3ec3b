"""The rows of ``contactbook list`` read straight from the file, without SQLAlchemy.

Loading SQLAlchemy's ORM takes longer (about 0.3 s) than the whole list command should.
A book that is at the newest schema revision is read here with plain ``sqlite3`` on a
read-only connection, with the same criteria and order as ``ContactRepository.page``
(``contact_filters.apply`` and ``order_keys`` for the name order). Anything unusual (no file,
another schema revision, loose file permissions, an error from SQLite, a value the domain
does not know) returns None: the caller then opens the book the normal way, which upgrades,
repairs or explains. tests/cli/test_quick_list.py checks that both ways print the same bytes.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from contactbook.domain.badge import BadgeKind
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import Scope
from contactbook.storage.revision import HEAD_REVISION
from contactbook.storage.search_text import search_parts

# as long as the normal way waits for another program's write lock (database.BUSY_TIMEOUT_MS)
_BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"

ListRow = tuple[str, str, str, str, str, str, str]
"""id, name, organisation, e-mail, phone, scope, badge: the columns of ``contactbook list``."""

_SELECT = (
    "SELECT id, display_name, organisation, main_email, main_phone, scope, badge FROM contacts"
)
_IN_CATEGORY = (
    "id IN (SELECT contact_categories.contact_id FROM contact_categories"
    " JOIN categories ON categories.id = contact_categories.category_id"
    " WHERE categories.name = ?)"
)
_IN_ACTIVITY = (
    "id IN (SELECT contact_activities.contact_id FROM contact_activities"
    " JOIN processing_activities ON processing_activities.id = contact_activities.activity_id"
    " WHERE processing_activities.name = ?)"
)
_MATCHES_LONG_TERMS = "id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)"
_HOLDS_SHORT_TERM = "id IN (SELECT rowid FROM contact_search WHERE instr(text, ?) > 0)"
# contact_filters.order_keys for the default ContactOrder (by name)
_NAME_ORDER = " ORDER BY sort_key, id"


def quick_list_rows(path: Path, contact_filter: ContactFilter) -> list[ListRow] | None:
    """The list rows in name order, or None when the book must be opened the normal way."""
    if contact_filter.opted_out:
        return None  # needs the consent history: the normal way knows it
    path = path.expanduser().resolve()
    if not _plain_readable_book(path):
        return None
    try:
        connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        if _stored_revision(connection) != HEAD_REVISION:
            return None
        sql, parameters = _query(contact_filter)
        return [_list_row(values) for values in connection.execute(sql, parameters)]
    except (sqlite3.Error, ValueError, OverflowError):
        # damaged, locked, not a contact book, an id SQLite cannot hold, an unknown badge …:
        # the normal way gives the message for it
        return None
    finally:
        connection.close()


def _plain_readable_book(path: Path) -> bool:
    """An existing SQLite file that the normal way would not first change."""
    try:
        if not path.is_file():
            return False  # the normal way creates a new, empty book
        if os.name == "posix" and path.stat().st_mode & 0o077:
            return False  # the normal way makes it private to its owner first
        with path.open("rb") as stream:
            return stream.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def _stored_revision(connection: sqlite3.Connection) -> str | None:
    rows = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    return str(rows[0][0]) if len(rows) == 1 else None


def _query(contact_filter: ContactFilter) -> tuple[str, list[object]]:
    """The SELECT for the filter, criteria as ``contact_filters.apply`` gives them."""
    f = contact_filter
    where: list[str] = []
    parameters: list[object] = []
    for column, value in (
        ("scope", f.scope),
        ("legal_basis", f.basis),
        ("subject", f.subject),
        ("badge", f.badge),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            parameters.append(value.value)
    if f.ids:
        where.append(f"id IN ({', '.join('?' * len(f.ids))})")
        parameters.extend(f.ids)
    if f.category:
        where.append(_IN_CATEGORY)
        parameters.append(f.category)
    if f.activity:
        where.append(_IN_ACTIVITY)
        parameters.append(f.activity)
    parts = search_parts(f.search)
    if parts is not None:
        if parts.fts is not None:
            where.append(_MATCHES_LONG_TERMS)
            parameters.append(parts.fts)
        for term in parts.short_terms:
            where.append(_HOLDS_SHORT_TERM)
            parameters.append(term)
    condition = f" WHERE {' AND '.join(where)}" if where else ""
    return _SELECT + condition + _NAME_ORDER, parameters


def _list_row(values: tuple[object, ...]) -> ListRow:
    cid, name, organisation, email, phone, scope, badge = values
    texts = (name, organisation, email, phone, scope, badge)
    if not isinstance(cid, int) or not all(isinstance(text, str) for text in texts):
        raise ValueError("a list column holds what the schema does not allow")
    return (
        str(cid),
        str(name),
        str(organisation),
        str(email),
        str(phone),
        Scope(str(scope)).value,
        BadgeKind(str(badge)).value,
    )
