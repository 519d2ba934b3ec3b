"""Numbers as the user reads them: grouped in the user's locale ("12,345" or "12.345")."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def format_count(value: int) -> str:
    """``value`` with the locale's digit grouping; the bare C locale falls back to English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # The C locale omits group separators, which makes large counts hard to read.
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(value)
