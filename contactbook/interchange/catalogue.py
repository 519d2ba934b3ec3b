"""The texts of exported files in Dutch or English, from the window's translation catalogue.

Exported files (the register as XLSX, CSV, HTML and PDF; the access summary a person asks
for) are written in the language chosen for the file, not the window's. Their texts are
written in English in the code and marked ``QT_TRANSLATE_NOOP(context, text)``, so that Qt's
lupdate collects them into ``resources/translations/contactbook_nl.ts`` with every text of
the window: a translator works in that one file (docs/translations.md). The Dutch comes from
``catalogue_nl.py``, a table that packaging/update_translations.sh generates from the .ts
file, so this layer reads the catalogue without Qt.
"""

from __future__ import annotations

from typing import Literal

from contactbook.interchange.catalogue_nl import DUTCH

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """Marks ``text`` for pyside6-lupdate (which looks for this name); typed, unlike Qt's.

    The text is translated where it is used: with :func:`translate` in the exports, with
    ``QCoreApplication.translate(context, …)`` in the window.
    """
    return text


def translate(context: str, text: str, language: Language) -> str:
    """``text`` (English, as marked in ``context``) in ``language``.

    A text the catalogue has no Dutch for stays English, as in the window;
    tests/interchange/test_catalogue.py fails while any export text lacks its Dutch.
    """
    if language == "en":
        return text
    return DUTCH.get((context, text), text)
