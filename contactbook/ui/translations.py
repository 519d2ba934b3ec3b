"""The window's language: which one, and loading Qt's translators for it.

The language is, in this order: the one asked for (``--lang``), the one chosen in the
settings dialog (QSettings key ``ui/language``: "system", "nl" or "en"), else the system's.
Two translators are installed on the application: contactbook's own texts
(``contactbook/translations/contactbook_<lang>.qm``, compiled from ``resources/translations``)
and Qt's own (``qtbase_<lang>.qm``: the buttons of standard dialogs such as Cancel and Yes).
Dates and numbers follow the language's locale through ``QLocale.setDefault``.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTranslator,
)

# One marker for the window's texts and the exports' (which have no Qt): lupdate knows its name.
# A marked text is translated where it is shown, with QCoreApplication.translate(context, …).
from contactbook.interchange.catalogue import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

LANGUAGES = ("nl", "en")
# Read here, written by the settings dialog.
LANGUAGE_SETTING = "ui/language"
SYSTEM = "system"
FALLBACK = "en"
TRANSLATIONS_DIR = Path(__file__).resolve().parent.parent / "translations"
# Installed translators carry this name so that a change of language can find and replace them.
_TRANSLATOR_NAME = "contactbook-translator"
_LANGUAGE_PROPERTY = "contactbookLanguage"
# The locale for dates and numbers when the language differs from the system's.
_LOCALES = {"nl": "nl_NL", "en": "en_GB"}


def plural(context: QObject | type[QObject], text: str, n: int) -> str:
    """``text`` with the count ``n`` (``%n``, or ``%Ln`` for 1.000) in the plural form it needs.

    Every text with a count in ``ui/`` goes through here: ``plural(self, "%Ln event(s)", count)``
    in a method, ``plural(SomeTexts, "…", count)`` with a class as the context elsewhere. It
    is typed, unlike ``SomeClass.tr(text, None, n)`` (whose stub takes the text for ``self``).
    lupdate cannot see through a function, so packaging/wrapped_texts.py spells each call out
    for it as ``Context.tr(text, None, n)``; hence ``context`` is ``self`` or a class name,
    ``text`` a literal and ``n`` a plain name (tests/gui/test_translations_sources.py checks).
    """
    if isinstance(context, QObject):
        return context.tr(text, None, n)
    return QCoreApplication.translate(context.__name__, text, None, n)


def choose_language(requested: str | None = None, settings: QSettings | None = None) -> str:
    """The language to show: ``requested``, else the saved choice, else the system's."""
    if requested in LANGUAGES:
        return requested
    if settings is not None:
        saved = str(settings.value(LANGUAGE_SETTING, SYSTEM) or SYSTEM)
        if saved in LANGUAGES:
            return saved
    return system_language()


def system_language() -> str:
    """The first of the system's preferred languages that contactbook speaks, else English."""
    for name in QLocale.system().uiLanguages():
        language = name.replace("_", "-").split("-")[0].lower()
        if language in LANGUAGES:
            return language
    return FALLBACK


def locale_for(language: str) -> QLocale:
    """The system's own locale when it speaks ``language`` (keeping its region), else a default."""
    system = QLocale.system()
    if system.language() != QLocale.Language.C and system.name().split("_")[0] == language:
        return system
    return QLocale(_LOCALES.get(language, _LOCALES[FALLBACK]))


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"contactbook_{language}.qm"


def install_translations(app: QCoreApplication, language: str) -> list[Path]:
    """Show ``app`` in ``language`` from now on; returns the translation files loaded.

    Replaces translators installed by an earlier call, so the language can be changed at run
    time (texts already on screen keep their language until they are built again).
    """
    remove_translations(app)
    QLocale.setDefault(locale_for(language))
    app.setProperty(_LANGUAGE_PROPERTY, language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    loaded = []
    for path in (Path(qt_dir) / f"qtbase_{language}.qm", qm_path(language)):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        # A missing file is not an error: English needs no Qt translation, and the texts
        # are written in English, so the window is still usable.
        if path.is_file() and translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            loaded.append(path)
        else:
            translator.setParent(None)
            translator.deleteLater()
    return loaded


def remove_translations(app: QCoreApplication) -> None:
    """Undo :func:`install_translations`: the source texts again (the locale stays)."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        QCoreApplication.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    app.setProperty(_LANGUAGE_PROPERTY, None)


def current_language(app: QCoreApplication) -> str | None:
    """The language installed by :func:`install_translations`, or None before the first call."""
    value = app.property(_LANGUAGE_PROPERTY)
    return str(value) if value else None


def format_date(day: date, locale: QLocale | None = None) -> str:
    """``day`` in the locale's short numeric form ("12-03-2024" in Dutch, "12/03/2024" in UK)."""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)
