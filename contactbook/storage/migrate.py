"""Alembic, driven from code: upgrade on open, copy aside first, refuse newer schemas.

Opening an up-to-date book (the usual case) reads ``alembic_version`` with one plain query
and does not load Alembic at all (about a quarter of a second of start-up); Alembic is
imported only when the stored revision is not ``HEAD_REVISION``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from contactbook.storage.backup import backup_to
from contactbook.storage.errors import DatabaseTooNewError
from contactbook.storage.revision import HEAD_REVISION as HEAD_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).with_name("migrations")

# HEAD_REVISION (in storage/revision.py, which list commands read without SQLAlchemy) is the
# newest revision in migrations/versions, so that opening an up-to-date book need not read the
# migration scripts.


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    """The head of the migrations folder, as Alembic reads it from the scripts."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revisions"
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision stored in the book (None for a new, empty file)."""
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def stored_revision(engine: Engine) -> str | None:
    """The single revision in ``alembic_version``, read with plain SQL; None if not one."""
    with engine.connect() as connection:
        has_table = connection.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).first()
        if has_table is None:
            return None
        rows = connection.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(rows[0][0]) if len(rows) == 1 else None


def upgrade_to_head(engine: Engine, path: Path) -> None:
    """Bring the schema to the newest revision this version knows."""
    if stored_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    from alembic.script import ScriptDirectory
    from sqlalchemy import inspect

    config = alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    head = script.get_current_head()
    if current == head:
        return
    known = {revision.revision for revision in script.walk_revisions()}
    if current is not None and current not in known:
        raise DatabaseTooNewError(
            f"{path} was saved by a newer version of contactbook (schema {current}). "
            "Install the newer version to open it; this version leaves it untouched."
        )
    with engine.connect() as connection:
        has_content = bool(inspect(connection).get_table_names())
    if has_content:
        _copy_aside(path, current or "base")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


def _copy_aside(path: Path, revision: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}")
    return backup_to(path, target)
