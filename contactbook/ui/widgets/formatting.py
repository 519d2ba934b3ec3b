"""Numbers and moments as the user reads them: in the user's locale ("12,345" or "12.345")."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def format_count(value: int) -> str:
    """``value`` with the locale's digit grouping; the bare C locale falls back to English."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        # The C locale omits group separators, which makes large counts hard to read.
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return locale.toString(value)


def local_datetime_text(moment: datetime) -> str:
    """A stored moment (UTC, without time zone) in local time, in the locale's short form."""
    local = moment.replace(tzinfo=UTC).astimezone()
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return local.strftime("%Y-%m-%d %H:%M")
    when = QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second)
    )
    return locale.toString(when, QLocale.FormatType.ShortFormat)
