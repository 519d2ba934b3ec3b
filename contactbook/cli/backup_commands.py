"""``contactbook backup -o FILE`` and ``contactbook restore FILE``, and what to say about damage.

``restore`` runs without opening the book first: the book may be the damaged file it
replaces.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contactbook.domain.errors import DamagedDatabaseError
from contactbook.services.backup import back_up, newest_good_backup, restore
from contactbook.services.book import Book


def add_backup_arguments(backup: argparse.ArgumentParser) -> None:
    """``backup -o FILE``."""
    backup.add_argument("-o", "--output", required=True, metavar="FILE")


def add_restore_arguments(restoring: argparse.ArgumentParser) -> None:
    """``restore FILE``."""
    restoring.description = (
        "Checks the backup first, keeps a copy of the book it replaces, and "
        "erases again anyone erased since the backup was made. Refused while the book is "
        "open in a contactbook window."
    )
    restoring.add_argument("file", metavar="FILE")


def cmd_backup(book: Book, args: argparse.Namespace) -> int:
    target = back_up(book, Path(args.output))
    print(f"Backed up to {target} (checked: intact).")
    return 0


def cmd_restore(path: Path, args: argparse.Namespace) -> int:
    result = restore(path, Path(args.file))
    print(f"Restored {path} from {args.file}.")
    print(f"The book it replaced is kept as {result.kept_copy}.")
    if result.erasures_reapplied:
        print(
            f"{result.erasures_reapplied} person(s) in the backup had been erased since; "
            "they were erased again."
        )
    return 0


def damage_message(path: Path, error: BaseException | None = None) -> str:
    """One paragraph for the terminal: what is wrong and which command puts a backup back."""
    backup = error.backup if isinstance(error, DamagedDatabaseError) else None
    backup = backup or newest_good_backup(path)
    detail = str(error) if isinstance(error, DamagedDatabaseError) else f"{path} is damaged."
    if backup is None:
        return f"{detail} There is no automatic backup of it; nothing was changed."
    return (
        f"{detail} The newest good backup is {backup}. To put it back (the damaged file is "
        f"kept beside it): contactbook --db {path} restore {backup}"
    )


def print_damage(path: Path, error: BaseException | None = None) -> None:
    print(f"contactbook: {damage_message(path, error)}", file=sys.stderr)
