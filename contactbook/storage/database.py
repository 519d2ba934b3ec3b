"""Opening a contact book file: permissions, SQLite pragmas, migrations, sessions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from contactbook.storage import migrate
from contactbook.storage.backup import newest_good_backup
from contactbook.storage.errors import (
    DamagedDatabaseError,
    NotAContactBookError,
    StorageError,
    plain_storage_error,
    sqlite_errors_as_storage_errors,
)

BUSY_TIMEOUT_MS = 5000
_CLOSE_BUSY_TIMEOUT_MS = 200  # closing does not wait long for another writer
_STATISTICS_FROM_CONTACTS = 1000  # below this, any plan is fast
# What SQLite (and Python's text decoding of what it reads) says about a damaged file.
_DAMAGE_WORDS = ("malformed", "not a database", "corrupt", "Could not decode to UTF-8")
_PROBLEM_CHARS = 160


class Database:
    """An open contact book: the engine and a factory for sessions.

    Read with ``session()``; write with ``write_session()``, which takes SQLite's write lock
    at the start (BEGIN IMMEDIATE) so two writers wait for each other instead of failing
    halfway, and commits or rolls back as a whole.
    """

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._read_sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(
            engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False
        )

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._read_sessions() as session:
            yield session

    @contextmanager
    def write_session(self) -> Iterator[Session]:
        with self._write_sessions() as session, session.begin():
            yield session

    def refresh_statistics(self) -> bool:
        """Gather the statistics SQLite's planner chooses indexes by (after bulk changes).

        Without them the Business view of 100,000 contacts sorted by organisation walks the
        scope index and sorts 50,000 rows (42 ms a page) instead of reading the organisation
        index (0.1 ms). A full ANALYZE takes about 0.2 s at 100,000 contacts; a sampled one
        (``analysis_limit``) is faster but misjudges the scope index as selective.

        Best effort, and says so with its result: only an optimisation, so a book that is busy
        or read-only at this moment is left as it is (False); closing tries again.
        """
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("ANALYZE")
                connection.commit()
        except (sqlite3.Error, SQLAlchemyError):
            return False
        return True

    def close(self) -> None:
        """Close the book; first refresh the planner's statistics if they went stale.

        Best effort: a busy, read-only or damaged book still closes.
        """
        try:
            if not self.path.exists():  # moved away or restored over: connecting recreates it
                return
            with self.engine.connect() as connection:
                connection.exec_driver_sql(f"PRAGMA busy_timeout = {_CLOSE_BUSY_TIMEOUT_MS}")
                if _statistics_stale(connection):
                    connection.exec_driver_sql("ANALYZE")
                connection.exec_driver_sql("PRAGMA optimize")  # other tables, SQLite's rules
                connection.commit()
        except (sqlite3.Error, SQLAlchemyError, StorageError):
            pass
        finally:
            self.engine.dispose()


def _statistics_stale(connection: Connection) -> bool:
    """Whether the contacts' statistics are missing or off by more than a factor of two.

    After an import or ``demo`` the book may have grown from nothing: SQLite's own PRAGMA
    optimize (3.40) only looks at tables its connection queried, so it is not enough here.
    Small books need no statistics. Costs one count (about 5 ms at 100,000 contacts).
    """
    count = int(connection.exec_driver_sql("SELECT count(*) FROM contacts").scalar_one())
    if count < _STATISTICS_FROM_CONTACTS:
        return False
    has_stats = connection.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'"
    ).first()
    if has_stats is None:
        return True
    stat = connection.exec_driver_sql(
        "SELECT stat FROM sqlite_stat1 WHERE tbl = 'contacts' AND idx IS NOT NULL LIMIT 1"
    ).scalar()
    estimate = int(str(stat).split()[0]) if stat else 0
    return not count / 2 <= estimate <= count * 2


@sqlite_errors_as_storage_errors()
def open_database(
    path: Path, *, migrate_schema: bool = True, check_health: bool = False
) -> Database:
    """Open (creating if needed) the contact book at ``path`` and bring its schema up to date.

    A new file is created readable by its owner only. An existing database is copied aside
    before a migration runs; one written by a newer contactbook is refused. A damaged file
    raises ``DamagedDatabaseError`` naming the newest good automatic backup; with
    ``check_health`` every page is checked first (``PRAGMA quick_check``, ~0.07 s per
    10,000 contacts), so damage is found at the start rather than halfway through a task.
    """
    path = path.expanduser().resolve()
    _create_private_file(path)
    engine = _make_engine(path)
    try:
        try:
            _check_is_sqlite(engine, path)
            if check_health:
                _quick_check(engine, path)
            if migrate_schema:
                migrate.upgrade_to_head(engine, path)
        except (sqlite3.DatabaseError, SQLAlchemyDatabaseError) as error:
            if is_damage(error):
                raise damaged(path, str(getattr(error, "orig", error))) from error
            raise
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)


def damaged(path: Path, problem: str) -> DamagedDatabaseError:
    """The error for a damaged book, with the newest good automatic backup when there is one."""
    # one line, and short: SQLite's check reports span lines and may quote stored text
    problem = " ".join(problem.split())
    if len(problem) > _PROBLEM_CHARS:
        problem = problem[: _PROBLEM_CHARS - 1] + "…"
    return DamagedDatabaseError(
        f"{path} is damaged and cannot be used safely ({problem}).",
        path=path,
        backup=newest_good_backup(path),
    )


def is_damage(error: BaseException) -> bool:
    """Whether an error raised while using a book means its file is damaged."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, DamagedDatabaseError):
            return True
        if isinstance(seen, sqlite3.DatabaseError) and any(
            words in str(seen) for words in _DAMAGE_WORDS
        ):
            return True
        seen = seen.__cause__ or getattr(seen, "orig", None)
    return False


@sqlite_errors_as_storage_errors()
def health_problem(path: Path) -> str | None:
    """``PRAGMA quick_check`` of the file at ``path`` on a read-only connection of its own.

    Returns None when every page is sound, else what SQLite found (for :func:`damaged`).
    Raises ``StorageError`` or ``OSError`` when the file cannot be checked this way (missing,
    not a database, …): ``open_database`` then says what is wrong. SQLite lets go of
    Python's lock while it checks, so this can run on another thread while the window loads
    (about 0.27 s at 100,000 contacts).
    """
    if not path.is_file():
        raise FileNotFoundError(path)
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
    try:
        connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        rows = [str(row[0]) for row in connection.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as error:
        if is_damage(error) and _has_sqlite_header(path):  # too damaged to list what
            return str(error)
        raise
    finally:
        connection.close()
    return None if rows == ["ok"] else "; ".join(rows)


def _quick_check(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        rows = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check(5)")]
    if rows != ["ok"]:
        raise damaged(path, "; ".join(str(row) for row in rows))


def _create_private_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
    elif os.name == "posix" and path.stat().st_mode & 0o077:
        # Contact data is for the owner's eyes only (PRIVACY-RULES.md section 7).
        path.chmod(0o600)


def _make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite+pysqlite:///{path}")

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event decide how transactions start (see below).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        # 64 MiB of page cache (SQLite's default is 2 MiB): a book of 100,000 contacts has
        # indexes and a search index bigger than that, and bulk imports thrash a small cache.
        cursor.execute("PRAGMA cache_size = -65536")
        cursor.execute("PRAGMA temp_store = MEMORY")
        cursor.close()

    @event.listens_for(engine, "handle_error")
    def _on_error(context: Any) -> None:
        # A full disk or a book another program holds: one plain sentence, not a traceback.
        plain = plain_storage_error(context.original_exception)
        if plain is not None:
            raise plain from context.original_exception

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get("sqlite_begin", "DEFERRED")
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def _check_is_sqlite(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    except SQLAlchemyDatabaseError as error:
        if is_damage(error) and (_has_sqlite_header(path) or newest_good_backup(path)):
            raise damaged(path, str(error.orig)) from error
        if _has_sqlite_header(path):
            raise
        raise NotAContactBookError(
            f"{path} is not a contact book: it is not a SQLite database file."
        ) from error
    if tables and "alembic_version" not in tables:
        raise NotAContactBookError(
            f"{path} is a SQLite database of another program, not a contact book."
        )


def _has_sqlite_header(path: Path) -> bool:
    with path.open("rb") as stream:
        return stream.read(16) == b"SQLite format 3\x00"
