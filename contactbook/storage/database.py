"""Opening a contact book file: permissions, SQLite pragmas, migrations, sessions."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from contactbook.storage import migrate
from contactbook.storage.errors import NotAContactBookError

BUSY_TIMEOUT_MS = 5000


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

    def close(self) -> None:
        self.engine.dispose()


def open_database(path: Path, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) the contact book at ``path`` and bring its schema up to date.

    A new file is created readable by its owner only. An existing database is copied aside
    before a migration runs; one written by a newer contactbook is refused.
    """
    path = path.expanduser().resolve()
    _create_private_file(path)
    engine = _make_engine(path)
    try:
        _check_is_sqlite(engine, path)
        if migrate_schema:
            migrate.upgrade_to_head(engine, path)
    except BaseException:
        engine.dispose()
        raise
    return Database(path, engine)


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
        raise NotAContactBookError(
            f"{path} is not a contact book: it is not a SQLite database file."
        ) from error
    if tables and "alembic_version" not in tables:
        raise NotAContactBookError(
            f"{path} is a SQLite database of another program, not a contact book."
        )
