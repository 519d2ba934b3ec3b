"""Dutch and English: complete translation sources, current compiled files, and a Dutch window."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu
from pytestqt.qtbot import QtBot

from contactbook.domain.register import RegisterWarning, WarningReason
from contactbook.services.book import Book
from contactbook.services.register import LinkOutcome
from contactbook.ui.register.activity_dialog import warning_text
from contactbook.ui.register.register_actions import link_summary
from contactbook.ui.shell.application import create_application, install_features
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.translations import (
    LANGUAGE_SETTING,
    TRANSLATIONS_DIR,
    choose_language,
    current_language,
    format_date,
    install_translations,
    remove_translations,
    system_language,
)

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"
SCRIPT = ROOT / "packaging" / "update_translations.sh"
PYSIDE_BIN = Path(sys.executable).parent
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%L?n")


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    messages = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            messages[(name, message.findtext("source") or "")] = message
    return messages


def _translations(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


def _problems(ts: Path) -> list[str]:
    """Unfinished, empty or placeholder-dropping entries of one .ts file."""
    problems = []
    for (context, source), message in _messages(ts).items():
        where = f"{ts.name} [{context or '<no context>'}] {source!r}"
        translation = message.find("translation")
        assert translation is not None
        if not context:
            problems.append(f"{where}: no context (a bare tr() call?)")
        elif "." in context:
            # lupdate misread a Class.tr() call inside another call's arguments: the code
            # asks for the class's own context and never finds this translation
            problems.append(f"{where}: a context with a dot (lupdate misread the call)")
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where}: {translation.get('type')}")
            continue
        for text in _translations(message):
            if source and not text.strip():
                problems.append(f"{where}: empty translation")
            if sorted(_PLACEHOLDER.findall(text)) != sorted(_PLACEHOLDER.findall(source)):
                problems.append(f"{where}: placeholders differ in {text!r}")
    return problems


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The translation sources as packaging/update_translations.sh makes them from the code now."""
    ts_dir = tmp_path_factory.mktemp("ts")
    for ts in TS_DIR.glob("*.ts"):
        shutil.copy(ts, ts_dir / ts.name)
    subprocess.run(
        ["bash", str(SCRIPT)],
        env={
            **os.environ,
            "TS_DIR": str(ts_dir),
            "QM_DIR": str(tmp_path_factory.mktemp("qm")),
            "CATALOGUE": str(tmp_path_factory.mktemp("catalogue") / "catalogue_nl.py"),
            "PYSIDE_BIN": str(PYSIDE_BIN),
        },
        check=True,
        capture_output=True,
        timeout=120,
    )
    return ts_dir


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_translation_sources_match_the_code(refreshed: Path, language: str) -> None:
    """Every text lupdate finds in the code now is in the .ts file, and nothing else is."""
    name = f"contactbook_{language}.ts"
    committed, current = set(_messages(TS_DIR / name)), set(_messages(refreshed / name))
    missing = sorted(current - committed)
    vanished = sorted(committed - current)
    assert not missing, f"new texts: run packaging/update_translations.sh and translate {missing}"
    assert not vanished, (
        f"texts gone from the code: run packaging/update_translations.sh {vanished}"
    )


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_text_is_translated(language: str) -> None:
    problems = _problems(TS_DIR / f"contactbook_{language}.ts")
    assert not problems, "\n".join(problems)


def test_english_carries_only_the_plural_texts() -> None:
    english = _messages(TS_DIR / "contactbook_en.ts")
    assert english, "the English plural forms are missing"
    assert all(message.get("numerus") == "yes" for message in english.values())
    # real forms: "1 contact", "2 contacts"; never the source's "contact(s)"
    written_out = [
        f"{source!r}: {_translations(message)}"
        for (_context, source), message in english.items()
        if any("(s)" in form or "(y/ies)" in form for form in _translations(message))
    ]
    assert not written_out, "\n".join(written_out)
    assert set(english) == {
        key
        for key, message in _messages(TS_DIR / "contactbook_nl.ts").items()
        if message.get("numerus") == "yes"
    }


def test_the_compiled_translations_are_current() -> None:
    result = subprocess.run(
        ["bash", str(SCRIPT), "--check"],
        env={**os.environ, "PYSIDE_BIN": str(PYSIDE_BIN)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_the_checker_catches_unfinished_and_dropped_placeholders(tmp_path: Path) -> None:
    ts = tmp_path / "bad.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl">\n'
        "<context><name>Ctx</name>\n"
        "<message><source>Saved {count}</source><translation>Opgeslagen</translation></message>\n"
        '<message><source>Open</source><translation type="unfinished"></translation></message>\n'
        "<message><source>Fine {x}</source><translation>Goed {x}</translation></message>\n"
        "</context></TS>\n",
        encoding="utf-8",
    )
    problems = _problems(ts)
    assert len(problems) == 2
    assert "placeholders differ" in problems[0]
    assert problems[1].endswith("unfinished")


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    """Put the language and locale back as they were: other tests read English texts."""
    language, default = current_language(qapp), QLocale()
    try:
        yield qapp
    finally:
        if language:
            install_translations(qapp, language)
        else:
            remove_translations(qapp)
        QLocale.setDefault(default)


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_window_speaks_dutch_with_lang_nl(
    qtbot: QtBot, book: Book, english_afterwards: QApplication
) -> None:
    app = create_application(["contactbook"], "nl")
    assert app is english_afterwards
    assert current_language(app) == "nl"
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_features(window)
    titles = _menu_titles(window)
    assert "&Bestand" in titles
    assert "&Help" in titles
    assert "&Mailing" in titles
    assert "&Register" in titles
    assert "&File" not in titles
    # Qt's own texts (standard buttons) come from qtbase_nl.qm.
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None
    assert cancel.text().replace("&", "") == "Annuleren"
    # Dates and numbers in the Dutch way.
    assert format_date(date(2024, 3, 12)) == "12-03-2024"
    assert QLocale().toString(12345) == "12.345"


def test_a_later_start_without_lang_keeps_the_language(english_afterwards: QApplication) -> None:
    create_application(["contactbook"], "nl")
    create_application(["contactbook"])  # as show_error and run_main_window do
    assert current_language(english_afterwards) == "nl"
    assert QCoreApplication.translate("MainWindow", "&File") == "&Bestand"
    install_translations(english_afterwards, "en")
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"


def test_plural_texts_in_dutch_and_english(english_afterwards: QApplication) -> None:
    install_translations(english_afterwards, "nl")
    one = LinkOutcome(activity="Klantbeheer", linked=1, already_linked=0)
    three = LinkOutcome(activity="Klantbeheer", linked=3, already_linked=2)
    assert link_summary(one) == "1 contact gekoppeld aan “Klantbeheer”."
    assert link_summary(three) == ("3 contacten gekoppeld aan “Klantbeheer”. 2 waren al gekoppeld.")
    warning = RegisterWarning(WarningReason.CONTACTS_WITHOUT_BASIS, contacts=4)
    assert warning_text(warning) == "4 zakelijke contacten zonder grondslag."
    plain = RegisterWarning(WarningReason.NO_PURPOSES, contacts=0)
    assert warning_text(plain) == "De doelen ontbreken."
    # English has its own singular and plural (contactbook_en.ts), not "contact(s)".
    install_translations(english_afterwards, "en")
    assert link_summary(one) == "Linked 1 contact to “Klantbeheer”."
    assert link_summary(three) == "Linked 3 contacts to “Klantbeheer”. 2 were linked already."
    alone = LinkOutcome(activity="Klantbeheer", linked=2, already_linked=1)
    assert link_summary(alone) == "Linked 2 contacts to “Klantbeheer”. 1 was linked already."


def test_the_language_comes_from_lang_then_settings_then_system(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert choose_language("en", settings) == "en"
    assert choose_language(None, settings) == system_language()
    settings.setValue(LANGUAGE_SETTING, "nl")
    assert choose_language(None, settings) == "nl"
    assert choose_language("en", settings) == "en"
    settings.setValue(LANGUAGE_SETTING, "system")
    assert choose_language(None, settings) == system_language()
    settings.setValue(LANGUAGE_SETTING, "klingon")
    assert choose_language(None, settings) == system_language()
    assert system_language() in ("nl", "en")


def test_the_compiled_files_sit_inside_the_package() -> None:
    assert sorted(p.name for p in TRANSLATIONS_DIR.glob("*.qm")) == [
        "contactbook_en.qm",
        "contactbook_nl.qm",
    ]


def _reason_texts() -> list[tuple[str, object, Callable[[], str]]]:
    """Every domain reason code with the function that puts it into words."""
    from contactbook.domain.badge import BadgeKind
    from contactbook.domain.mail_gate import GateReason
    from contactbook.domain.mailing import MailingStatus, Outcome
    from contactbook.ui.mailing.texts import (
        outcome_text,
        reason_explanation,
        reason_text,
        status_text,
    )
    from contactbook.ui.widgets.badges import badge_label, badge_tooltip

    texts: list[tuple[str, object, Callable[[], str]]] = []
    for kind in BadgeKind:
        texts.append(("badge", kind, lambda kind=kind: badge_label(kind)))
        texts.append(("badge tooltip", kind, lambda kind=kind: badge_tooltip(kind)))
    for gate in GateReason:
        texts.append(("gate", gate, lambda gate=gate: reason_text(gate)))
        texts.append(("gate explanation", gate, lambda gate=gate: reason_explanation(gate)))
    for outcome in Outcome:
        texts.append(("outcome", outcome, lambda outcome=outcome: outcome_text(outcome)))
    for status in MailingStatus:
        texts.append(("status", status, lambda status=status: status_text(status)))
    for reason in WarningReason:
        warning = RegisterWarning(reason, contacts=2)
        texts.append(("register", reason, lambda warning=warning: warning_text(warning)))
    return texts


def test_every_reason_code_is_shown_in_dutch_words(english_afterwards: QApplication) -> None:
    texts = _reason_texts()
    english = {(kind, code): show() for kind, code, show in texts}
    install_translations(english_afterwards, "nl")
    untranslated = []
    for kind, code, show in texts:
        source, dutch = english[(kind, code)], show()
        if not dutch or dutch == str(code) or (dutch == source and len(source) > 12):
            untranslated.append(f"{kind} {code}: {dutch!r}")
    assert not untranslated, "\n".join(untranslated)


def _clashing_access_keys(actions: list[QAction]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for action in actions:
        found = re.search(r"&([^&])", action.text())
        if found and not action.isSeparator():
            keys.setdefault(found.group(1).lower(), []).append(action.text())
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def _menus(window: MainWindow) -> dict[str, list[QAction]]:
    """The menu bar's items and each menu's, by title."""
    bar = window.menuBar().actions()
    menus = {"menu bar": bar}
    for action in bar:
        menu = action.menu()
        if isinstance(menu, QMenu):
            menus[action.text()] = menu.actions()
    return menus


@pytest.mark.parametrize("language", ["nl", "en"])
def test_menus_have_no_two_alike_access_keys(
    qtbot: QtBot, book: Book, english_afterwards: QApplication, language: str
) -> None:
    install_translations(english_afterwards, language)
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_features(window)
    clashes = {where: _clashing_access_keys(items) for where, items in _menus(window).items()}
    assert not {where: found for where, found in clashes.items() if found}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_menu_item_has_an_access_key(
    qtbot: QtBot, book: Book, english_afterwards: QApplication, language: str
) -> None:
    install_translations(english_afterwards, language)
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_features(window)
    without = [
        f"{where}: {action.text()!r}"
        for where, items in _menus(window).items()
        for action in items
        if not action.isSeparator() and not re.search(r"&[^&]", action.text())
    ]
    assert not without, "\n".join(without)


def test_the_access_key_check_sees_a_clash(qtbot: QtBot) -> None:
    menu = QMenu()
    qtbot.addWidget(menu)
    actions = [menu.addAction(text) for text in ("&Export", "&Erase", "E&xit", "Save &&Quit")]
    assert _clashing_access_keys(actions) == {"e": ["&Export", "&Erase"]}
