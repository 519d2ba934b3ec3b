"""The book's own settings as the window's settings dialog saves them: all or nothing."""

from __future__ import annotations

import pytest

from contactbook.domain.audit import AuditAction
from contactbook.domain.controller import ControllerDetails
from contactbook.services.book import Book
from contactbook.services.book_settings import (
    book_language,
    controller_details,
    default_region,
    save_settings,
    strict_generic,
)
from contactbook.storage.audit_log import events


def test_settings_are_saved_together_and_only_what_changed_is_logged(book: Book) -> None:
    details = ControllerDetails(company="Schildersbedrijf Jansen", email="info@jansen.nl")
    save_settings(book, controller=details, region="BE", strict=True)
    assert (controller_details(book), default_region(book), strict_generic(book)) == (
        details,
        "BE",
        True,
    )
    logged = [e.detail for e in events(book.database, actions=[AuditAction.SETTINGS_CHANGED])]
    assert "default_region" in logged
    assert "strict_generic" in logged
    assert "controller.company" in logged

    save_settings(book, controller=details, region="BE", strict=True)  # nothing changed
    again = [e.detail for e in events(book.database, actions=[AuditAction.SETTINGS_CHANGED])]
    assert again == logged
    assert book_language(book) == ""


def test_a_bad_value_leaves_every_setting_as_it_was(book: Book) -> None:
    details = ControllerDetails(company="Schildersbedrijf Jansen")
    with pytest.raises(ValueError, match="country code"):
        save_settings(book, controller=details, region="XX", strict=True)
    assert controller_details(book) == ControllerDetails()
    assert (default_region(book), strict_generic(book)) == ("NL", False)
