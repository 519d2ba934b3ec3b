"""Settings kept in the book itself (they travel with it and its backups): read and saved.

The window's own preferences (theme, window size) are Qt settings and live in ``ui``.
"""

from __future__ import annotations

from contactbook.domain.controller import ControllerDetails
from contactbook.services.book import Book
from contactbook.storage.settings_repository import (
    DEFAULT_REGION_KEY,
    LANGUAGE_KEY,
    STRICT_GENERIC_KEY,
    USER_KEYS,
    controller_settings,
)

__all__ = [
    "DEFAULT_REGION_KEY",
    "LANGUAGE_KEY",
    "STRICT_GENERIC_KEY",
    "USER_KEYS",
    "all_settings",
    "book_language",
    "change_setting",
    "controller_details",
    "default_region",
    "save_settings",
    "setting",
    "strict_generic",
]


def setting(book: Book, key: str, default: str = "") -> str:
    """The stored value of ``key``, or ``default`` when it was never set."""
    return book.settings.get(key, default)


def all_settings(book: Book) -> dict[str, str]:
    """Every stored setting by key (the suppression secret among them: do not show it)."""
    return book.settings.all()


def book_language(book: Book) -> str:
    """The language chosen for documents made from the book ("nl", "en" or "" for none)."""
    return book.settings.get(LANGUAGE_KEY, "")


def default_region(book: Book) -> str:
    """The country phone numbers without a country code belong to (e.g. "NL")."""
    return book.settings.default_region()


def strict_generic(book: Book) -> bool:
    """Whether role addresses (info@…) are treated as personal data too."""
    return book.settings.strict_generic()


def controller_details(book: Book) -> ControllerDetails:
    """Who is responsible for the processing (the register's and the mail footer's header)."""
    return book.settings.controller()


def change_setting(book: Book, key: str, value: str) -> None:
    """Store one setting (audited). ``KeyError``: not a user setting; ``ValueError``: bad value."""
    book.settings.set(key, value)


def save_settings(
    book: Book,
    *,
    controller: ControllerDetails,
    region: str,
    strict: bool,
) -> None:
    """Save the settings dialog's values in one transaction, each changed one audited.

    Only what differs from the stored values is written; a bad value (``ValueError``) leaves
    every setting as it was.
    """
    store = book.settings
    changed: dict[str, str] = {}
    if controller != store.controller():
        changed.update(controller_settings(controller))
    if region != store.default_region():
        changed[DEFAULT_REGION_KEY] = region
    if strict != store.strict_generic():
        changed[STRICT_GENERIC_KEY] = "on" if strict else "off"
    store.set_many(changed)
