"""How a search query becomes what the full-text index is asked, without loading SQLAlchemy.

The index (an FTS5 trigram table, see the initial migration) holds one row per contact with
folded text (``contact_bulk_rows.index_text``). A query is folded the same way. Terms of three
characters or more go to the trigram index as one MATCH expression; shorter terms, which a
trigram index cannot look up, are found with ``instr`` on the indexed text. ``search_index``
turns these parts into SQLAlchemy clauses, ``quick_list`` into plain SQL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contactbook.domain.names import fold
from contactbook.storage.contact_bulk_rows import digits

_PHONE_QUERY = re.compile(r"^\+?[\d\s\-./()]+$")
TRIGRAM = 3
_CONTROLS = {code: " " for code in (*range(0x20), 0x7F)}


def search_terms(query: str) -> list[str]:
    """Split a user's query into folded terms; a phone-like query becomes one digit string.

    Control characters (a NUL pasted into the search field) separate terms: FTS5 cannot take
    them inside a quoted term.
    """
    stripped = query.translate(_CONTROLS).strip()
    if _PHONE_QUERY.match(stripped) and sum(ch.isdigit() for ch in stripped) >= TRIGRAM:
        return [digits(stripped)]
    return [term for term in fold(stripped).split() if term]


@dataclass(frozen=True)
class SearchParts:
    """A query as index look-ups, all of which must match.

    ``fts`` is the FTS5 MATCH expression of the long terms (None when there are none);
    ``short_terms`` must each occur in the indexed text.
    """

    fts: str | None
    short_terms: tuple[str, ...]


def search_parts(query: str) -> SearchParts | None:
    """The look-ups for a query, or None when the query has no terms (everything matches)."""
    terms = search_terms(query)
    if not terms:
        return None
    long_terms = [term for term in terms if len(term) >= TRIGRAM]
    short_terms = tuple(term for term in terms if len(term) < TRIGRAM)
    fts = " AND ".join('"' + term.replace('"', '""') + '"' for term in long_terms)
    return SearchParts(fts=fts or None, short_terms=short_terms)
