"""Copies of a database file made with SQLite's online backup, readable by the owner only."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path


def backup_to(database_path: Path, target: Path) -> Path:
    """Copy a database with SQLite's online backup into ``target`` (mode 0600)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    os.close(fd)
    source = sqlite3.connect(database_path)
    try:
        destination = sqlite3.connect(target)
        try:
            source.backup(destination)
        finally:
            destination.close()
    finally:
        source.close()
    return target
