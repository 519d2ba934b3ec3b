"""Where the contact book lives: ``--db``, else ``CONTACTBOOK_DB``, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from contactbook import APP_NAME

DB_ENVIRONMENT_VARIABLE = "CONTACTBOOK_DB"
DB_FILE_NAME = "contactbook.sqlite"


def default_database_path() -> Path:
    """The per-user data directory of this platform (e.g. ~/.local/share/contactbook)."""
    return platformdirs.user_data_path(APP_NAME, appauthor=False) / DB_FILE_NAME


def database_path(option: str | None) -> Path:
    """The database to use: the command-line option wins over the environment variable."""
    chosen = option or os.environ.get(DB_ENVIRONMENT_VARIABLE)
    return Path(chosen).expanduser() if chosen else default_database_path()
