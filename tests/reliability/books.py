"""Shared pieces of the reliability tests: generated cards, snapshots of a book's file.

The checks read the file with the standard ``sqlite3`` module, not through contactbook, so a
bug in the app's own reading cannot hide damage from them.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
# Tables SQLite maintains itself, or the search index's shadow tables (rewritten on merges).
_SKIPPED_TABLES = ("sqlite_sequence",)
_SEARCH_PREFIX = "contact_search"


def vcard_file(path: Path, count: int, first: int = 0) -> Path:
    """Write ``count`` distinct vCard 3.0 cards (unique names, e-mail and mobile numbers).

    The people never match each other nor the people of another range of ``first``, so an
    import adds exactly ``count`` contacts.
    """
    with path.open("w", encoding="utf-8", newline="") as stream:
        for number in range(first, first + count):
            stream.write(
                "BEGIN:VCARD\r\nVERSION:3.0\r\n"
                f"FN:Joël Testpersoon {number}\r\nN:Testpersoon {number};Joël;;;\r\n"
                f"EMAIL;TYPE=INTERNET:joel.{number}@voorbeeld.nl\r\n"
                f"TEL;TYPE=CELL:+316{20_000_000 + number}\r\n"
                f"ADR;TYPE=HOME:;;Kerkstraat {number % 200 + 1};Utrecht;;3511 AB;Nederland\r\n"
                f"NOTE:Klant sinds {2000 + number % 25}\\; wil offertes per e-mail.\r\n"
                "END:VCARD\r\n"
            )
    return path


def run_cli(db: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``contactbook --db DB ARGS…`` in a child process, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "contactbook", "--db", str(db), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
        env=child_environment(),
        check=False,
    )


def child_environment() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(REPO)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def integrity(db: Path) -> list[str]:
    """``PRAGMA integrity_check`` and the search index's own check; ["ok"] when sound."""
    with sqlite3.connect(db) as connection:
        rows = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
        try:
            connection.execute(
                f"INSERT INTO {_SEARCH_PREFIX}({_SEARCH_PREFIX}) VALUES('integrity-check')"
            )
        except sqlite3.DatabaseError as error:
            rows.append(f"search index: {error}")
    connection.close()
    return rows


def contact_count(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        (count,) = connection.execute("SELECT count(*) FROM contacts").fetchone()
    connection.close()
    return int(count)


def data_tables(connection: sqlite3.Connection) -> list[str]:
    names = [
        str(row[0])
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
        )
    ]
    # sqlite_stat1 & co. are the query planner's statistics, rewritten by ANALYZE at close.
    return [
        n
        for n in names
        if n not in _SKIPPED_TABLES
        and not n.startswith(_SEARCH_PREFIX)
        and not n.startswith("sqlite_")
    ]


def max_rowids(db: Path) -> dict[str, int]:
    """The highest rowid of every data table: the rows that exist 'before'."""
    with sqlite3.connect(db) as connection:
        found = {
            table: int(connection.execute(f'SELECT max(rowid) FROM "{table}"').fetchone()[0] or 0)
            for table in data_tables(connection)
        }
    connection.close()
    return found


def digest(
    db: Path, up_to: dict[str, int], *, skip_contacts: Sequence[int] = (), skip: Sequence[str] = ()
) -> dict[str, str]:
    """A SHA-256 per table over the rows that existed before (rowid <= ``up_to``).

    Rows of the contacts in ``skip_contacts`` (the ones a test changes on purpose) and the
    tables in ``skip`` are left out.
    """
    result: dict[str, str] = {}
    with sqlite3.connect(db) as connection:
        for table, highest in sorted(up_to.items()):
            if table in skip:
                continue
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            key = "id" if table == "contacts" else "contact_id" if "contact_id" in columns else ""
            rows = connection.execute(
                f'SELECT rowid, * FROM "{table}" WHERE rowid <= ? ORDER BY rowid', (highest,)
            )
            hasher = hashlib.sha256()
            position = columns.index(key) + 1 if key else -1
            for row in rows:
                if key and row[position] in skip_contacts:
                    continue
                hasher.update(repr(row).encode())
            result[table] = hasher.hexdigest()
    connection.close()
    return result
