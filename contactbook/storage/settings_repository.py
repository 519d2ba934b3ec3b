"""Settings kept in the database itself: they travel with the contact book and its backups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from contactbook.domain.audit import AuditAction
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.phone import DEFAULT_REGION, is_valid_region
from contactbook.storage.audit_log import add_event
from contactbook.storage.database import Database
from contactbook.storage.schema import SettingRow

_CONTROLLER_PREFIX = "controller."
DEFAULT_REGION_KEY = "default_region"
STRICT_GENERIC_KEY = "strict_generic"
LANGUAGE_KEY = "language"
SECRET_KEY = "suppression_secret"
BACKUPS_KEPT_KEY = "backups_kept"
DEFAULT_BACKUPS_KEPT = 7
# Settings a user may change by key (CLI ``settings set``); the secret is not among them.
USER_KEYS = (
    DEFAULT_REGION_KEY,
    STRICT_GENERIC_KEY,
    LANGUAGE_KEY,
    BACKUPS_KEPT_KEY,
    *(_CONTROLLER_PREFIX + name for name in ControllerDetails.field_names()),
)


class SettingsRepository:
    def __init__(self, database: Database) -> None:
        self._database = database

    def get(self, key: str, default: str = "") -> str:
        with self._database.session() as session:
            value = session.scalar(select(SettingRow.value).where(SettingRow.key == key))
            return default if value is None else value

    def all(self) -> dict[str, str]:
        with self._database.session() as session:
            return dict(session.execute(select(SettingRow.key, SettingRow.value)).all())

    def set(self, key: str, value: str) -> None:
        self.set_many({key: value})

    def set_many(self, values: Mapping[str, str]) -> None:
        """Store several settings in one transaction (all or none), an audit event each.

        Raises ``KeyError`` for a key a user may not set, ``ValueError`` for a bad value;
        nothing is stored then.
        """
        for key, value in values.items():
            _check_setting(key, value)
        if not values:
            return
        with self._database.write_session() as session:
            for key, value in values.items():
                row = session.get(SettingRow, key)
                if row is None:
                    session.add(SettingRow(key=key, value=value))
                else:
                    row.value = value
                add_event(session, AuditAction.SETTINGS_CHANGED, None, key)

    def default_region(self) -> str:
        return self.get(DEFAULT_REGION_KEY, DEFAULT_REGION).upper()

    def strict_generic(self) -> bool:
        return self.get(STRICT_GENERIC_KEY, "off") == "on"

    def backups_kept(self) -> int:
        """How many automatic daily backups are kept (the oldest go first)."""
        value = self.get(BACKUPS_KEPT_KEY, str(DEFAULT_BACKUPS_KEPT))
        return int(value) if value.isdigit() and int(value) >= 1 else DEFAULT_BACKUPS_KEPT

    def controller(self) -> ControllerDetails:
        stored = self.all()
        values = {
            name: stored[_CONTROLLER_PREFIX + name]
            for name in ControllerDetails.field_names()
            if _CONTROLLER_PREFIX + name in stored
        }
        return ControllerDetails(**values)

    def set_controller(self, details: ControllerDetails) -> None:
        self.set_many(controller_settings(details))

    def suppression_secret(self) -> bytes:
        with self._database.session() as session:
            return read_suppression_secret(session)


def controller_settings(details: ControllerDetails) -> dict[str, str]:
    """The controller's details as the settings they are stored under."""
    return {_CONTROLLER_PREFIX + name: value for name, value in asdict(details).items()}


def _check_setting(key: str, value: str) -> None:
    if key not in USER_KEYS:
        raise KeyError(key)
    if key == DEFAULT_REGION_KEY and not is_valid_region(value):
        raise ValueError(f"{value!r} is not a country code phone numbers know (e.g. NL, BE).")
    if key == STRICT_GENERIC_KEY and value not in ("on", "off"):
        raise ValueError("strict_generic is 'on' or 'off'.")
    if key == LANGUAGE_KEY and value not in ("nl", "en", ""):
        raise ValueError("language is 'nl' or 'en' (or empty to follow the system).")
    if key == BACKUPS_KEPT_KEY and not (value.isdigit() and 1 <= int(value) <= 365):
        raise ValueError("backups_kept is a number of daily backups from 1 to 365.")


def read_suppression_secret(session: Session) -> bytes:
    """The per-database secret that salts the suppression list (made by migration 0001)."""
    return bytes.fromhex(
        session.scalar(select(SettingRow.value).where(SettingRow.key == SECRET_KEY)) or ""
    )
