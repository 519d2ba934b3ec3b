"""Full-text search over contacts: what is indexed, and how a query becomes SQL.

The index (an FTS5 trigram table, see the initial migration) holds one row per contact with
folded text: lower case, accents removed, phone numbers as digits in every notation. A query
is folded the same way, so "zoe" finds "Zoë" and "0612" finds "+31 6 12…". How a query splits
into look-ups is in ``search_text`` (no SQLAlchemy there: ``quick_list`` uses it too).
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, Integer, column, text
from sqlalchemy.orm import Session

from contactbook.storage.contact_bulk_rows import index_text
from contactbook.storage.schema import ContactRow
from contactbook.storage.search_text import search_parts, search_terms

__all__ = ["index_text", "matching_ids_clause", "search_terms", "write_index"]

_ROWID = column("rowid", Integer)


def matching_ids_clause(query: str) -> ColumnElement[bool] | None:
    """A WHERE clause on ``contacts.id`` for the query, or None when the query is empty."""
    parts = search_parts(query)
    if parts is None:
        return None
    clauses: list[ColumnElement[bool]] = []
    if parts.fts is not None:
        clauses.append(
            ContactRow.id.in_(
                text("SELECT rowid FROM contact_search WHERE contact_search MATCH :fts")
                .bindparams(fts=parts.fts)
                .columns(_ROWID)
            )
        )
    for index, term in enumerate(parts.short_terms):
        name = f"short{index}"
        clauses.append(
            ContactRow.id.in_(
                text(f"SELECT rowid FROM contact_search WHERE instr(text, :{name}) > 0")
                .bindparams(**{name: term})
                .columns(_ROWID)
            )
        )
    result = clauses[0]
    for clause in clauses[1:]:
        result = result & clause
    return result


def write_index(
    connection: Session | Connection, rows: list[tuple[int, str]], *, replace_existing: bool
) -> None:
    """Write the index rows ``(contact_id, folded text)``, replacing old ones if asked."""
    if not rows:
        return
    driver = connection.connection() if isinstance(connection, Session) else connection
    if replace_existing:
        driver.exec_driver_sql(
            "DELETE FROM contact_search WHERE rowid = ?", [(cid,) for cid, _ in rows]
        )
    # straight to the driver: the rows are plain ints and strings already
    driver.exec_driver_sql("INSERT INTO contact_search(rowid, text) VALUES (?, ?)", rows)
