"""An open contact book: the database and the repositories over it, wired once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from contactbook.storage.activity_repository import ActivityRepository
from contactbook.storage.consent_repository import ConsentRepository
from contactbook.storage.contact_repository import ContactRepository
from contactbook.storage.database import Database, open_database
from contactbook.storage.import_history import ImportHistoryRepository
from contactbook.storage.mailing_repository import MailingRepository
from contactbook.storage.settings_repository import SettingsRepository
from contactbook.storage.suppression_repository import SuppressionRepository


@dataclass
class Book:
    """What the GUI and the CLI work on. Build one with :func:`open_book`; close it after."""

    database: Database
    contacts: ContactRepository
    activities: ActivityRepository
    consent: ConsentRepository
    settings: SettingsRepository
    suppression: SuppressionRepository
    mailings: MailingRepository
    imports: ImportHistoryRepository

    @property
    def path(self) -> Path:
        return self.database.path

    def close(self) -> None:
        self.database.close()


def open_book(path: Path, *, check_health: bool = False) -> Book:
    """Open (and if needed create or upgrade) the contact book at ``path``.

    Raises the storage errors (``DatabaseTooNewError``, ``NotAContactBookError``,
    ``DamagedDatabaseError``) whose messages are written for the user. ``check_health``
    reads every page first, so a damaged file is found now rather than halfway a task.
    """
    database = open_database(path, check_health=check_health)
    return Book(
        database=database,
        contacts=ContactRepository(database),
        activities=ActivityRepository(database),
        consent=ConsentRepository(database),
        settings=SettingsRepository(database),
        suppression=SuppressionRepository(database),
        mailings=MailingRepository(database),
        imports=ImportHistoryRepository(database),
    )
