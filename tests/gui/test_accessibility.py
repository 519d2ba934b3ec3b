"""Every widget a keyboard user can reach has a name a screen reader can say.

Each main dialog is opened the way the window opens it (not blocking) on a demo book, and
every visible child that takes focus by Tab must expose a name through Qt's accessibility
interface: its accessibleName, a button's text, or the label it is the buddy of.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import ConsentKind, Scope, Subject
from contactbook.services.book import Book
from contactbook.services.demo_data import generate_demo
from contactbook.services.mailing_smtp import SmtpSettings
from contactbook.ui.shell.application import install_features
from contactbook.ui.shell.main_window import MainWindow
from contactbook.ui.translations import current_language, install_translations, remove_translations
from tests.gui.factories import person

TODAY = date(2026, 11, 28)

#: Widgets a user reaches with Tab: these must have a name.
_INTERACTIVE = (
    QAbstractButton,
    QScrollArea,  # a pane the keyboard can scroll
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QPlainTextEdit,
    QTextEdit,
    QTabBar,
)


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for ``widget`` (Qt's own accessibility interface)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return (name or widget.accessibleName()).replace("&", "").strip()


def _is_inner_part(widget: QWidget) -> bool:
    """The line edit inside an editable combo box or spin box: its owner carries the name."""
    parent = widget.parentWidget()
    return isinstance(parent, (QComboBox, QAbstractSpinBox)) or widget.focusProxy() is not None


def _access_key(text: str) -> str:
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).lower() if found else ""


def clashing_access_keys(top: QWidget) -> dict[str, list[str]]:
    """Access keys (Alt+letter) used twice among the visible buttons and labels of ``top``."""
    used: dict[str, list[str]] = {}
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.window() is not top:
            continue
        labelled = isinstance(widget, QLabel) and widget.buddy() is not None
        if isinstance(widget, QAbstractButton) or labelled:
            text = widget.text()
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            text = widget.title()
        else:
            continue
        if key := _access_key(text):
            used.setdefault(key, []).append(text)
    return {key: texts for key, texts in used.items() if len(texts) > 1}


def unnamed_widgets(top: QWidget) -> list[str]:
    """Every visible, focusable interactive child of ``top`` without an accessible name."""
    missing = []
    for widget in top.findChildren(QWidget):
        if not isinstance(widget, _INTERACTIVE) or not widget.isVisibleTo(top):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or _is_inner_part(widget):
            continue
        if accessible_name(widget):
            continue
        hint = getattr(widget, "placeholderText", lambda: "")()
        missing.append(
            f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()!r} "
            f"(placeholder {hint!r}, tooltip {widget.toolTip()!r})"
        )
    return missing


@pytest.fixture
def demo_book(book: Book) -> Book:
    generate_demo(book, 60)
    return book


@pytest.fixture
def window(qtbot: QtBot, demo_book: Book) -> MainWindow:
    window = MainWindow(demo_book)
    qtbot.addWidget(window)
    install_features(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _first(book: Book, scope: Scope) -> int:
    """The first person of ``scope`` with e-mail, phone and address rows (all fields show)."""
    for contact_id in book.contacts.ids(ContactFilter(scope=scope, subject=Subject.PERSON)):
        contact = book.contacts.get(contact_id)
        if contact.emails and contact.phones and contact.addresses:
            return contact_id
    raise AssertionError(f"the demo book has no full {scope} contact")


def test_the_main_window_names_everything_a_keyboard_reaches(window: MainWindow) -> None:
    window.select_contact(window.model.contact_id(0))
    assert unnamed_widgets(window) == []


def test_the_name_check_finds_an_unnamed_field(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    QLineEdit(dialog)  # no name
    named, labelled = QLineEdit(dialog), QLineEdit(dialog)
    named.setAccessibleName("Town")
    QLabel("&Street", dialog).setBuddy(labelled)
    dialog.show()
    assert unnamed_widgets(dialog) == ["QDialog: QLineEdit '' (placeholder '', tooltip '')"]
    assert accessible_name(labelled) == "Street"


def _dialogs() -> dict[str, Callable[[MainWindow], QDialog]]:
    """How to open each main dialog over the window, without blocking."""
    from contactbook.ui.contacts.basis_dialog import LegalBasisDialog
    from contactbook.ui.contacts.consent_dialog import ConsentDialog
    from contactbook.ui.contacts.contact_dialog import ContactDialog
    from contactbook.ui.contacts.duplicates_dialog import DuplicatesDialog
    from contactbook.ui.contacts.triage_dialog import TriageDialog
    from contactbook.ui.contacts.undo import ContactUndo
    from contactbook.ui.importing.import_dialog import ImportDialog, ImportSummaryDialog
    from contactbook.ui.mailing import (
        MailingLogDialog,
        OptOutDialog,
        RecipientsDialog,
        UnsubscribeDialog,
    )
    from contactbook.ui.mailing.compose_dialog import ComposeDialog
    from contactbook.ui.mailing.send_dialog import SendDialog
    from contactbook.ui.mailing.smtp_dialog import SmtpDialog
    from contactbook.ui.register.activity_dialog import ActivitiesDialog
    from contactbook.ui.register.register_actions import LinkToActivityDialog
    from contactbook.ui.register.register_export_dialog import RegisterExportDialog
    from contactbook.ui.rights.audit_dialog import AuditLogDialog
    from contactbook.ui.rights.erase_dialog import EraseDialog
    from contactbook.ui.rights.relationship_dialog import RelationshipDialog
    from contactbook.ui.rights.retention_dialog import RetentionDialog
    from contactbook.ui.rights.subject_export_dialog import SubjectExportDialog
    from contactbook.ui.shell.settings_dialog import SettingsDialog
    from contactbook.ui.widgets.badge_legend import BadgeLegendDialog

    def business(w: MainWindow) -> int:
        return _first(w.book, Scope.BUSINESS)

    def contact(w: MainWindow) -> object:
        return w.book.contacts.get(business(w))

    def settings() -> QSettings:
        return QSettings()

    def send_dialog(w: MainWindow) -> QDialog:
        from contactbook.services.mailing_send import create_mailing

        # sample contacts are never mailed: a real one who opted in
        address = "emma@bosadvies.nl"
        emma = w.book.contacts.add(person("Emma", "Bos", emails=[address]))
        assert emma.id is not None
        w.book.consent.record(ConsentRecord(address, ConsentKind.OPT_IN, datetime.now(UTC)))
        mailing = create_mailing(w.book, ContactFilter(ids=(emma.id,)), "S", "T")
        assert mailing.id is not None
        smtp = SmtpSettings(host="localhost", port=1)
        return SendDialog(w.book, mailing.id, smtp, w)

    def import_dialog(w: MainWindow) -> QDialog:
        from pathlib import Path

        folder = Path(w.book.path).parent
        path = folder / "phone.vcf"
        path.write_text(
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan de Vries\r\nORG:Bos\r\nEND:VCARD\r\n",
            encoding="utf-8",
        )
        return ImportDialog(w.book, [path], w)

    def summary(w: MainWindow) -> QDialog:
        from contactbook.services.import_report import ImportReport

        return ImportSummaryDialog(ImportReport(), w)

    def link(w: MainWindow) -> QDialog:
        from contactbook.services.register import split_by_scope

        names = [a.name for a in w.book.activities.list(include_archived=False)]
        return LinkToActivityDialog(w.book, split_by_scope(w.book, [business(w)]), names, w)

    return {
        "contact (new)": lambda w: ContactDialog(w.book, today=TODAY, parent=w),
        "contact (edit)": lambda w: ContactDialog(
            w.book,
            contact(w),
            today=TODAY,
            parent=w,  # type: ignore[arg-type]
        ),
        "settings": lambda w: SettingsDialog(w.book, settings(), w),
        "triage": lambda w: TriageDialog(w.book, ContactUndo(w.book), today=TODAY, parent=w),
        "legal basis": lambda w: LegalBasisDialog(w.book, contact(w), TODAY, w),  # type: ignore[arg-type]
        "consent": lambda w: ConsentDialog(w.book, contact(w), w),  # type: ignore[arg-type]
        "recipients": lambda w: RecipientsDialog(
            w.book, ContactFilter(), settings=settings(), parent=w
        ),
        "compose": lambda w: ComposeDialog(w.book, ContactFilter(), 3, parent=w),
        "mail server": lambda w: SmtpDialog(None, w),
        "sending": send_dialog,
        "opt-out": lambda w: OptOutDialog(w.book, business(w), w),
        "unsubscribes": lambda w: UnsubscribeDialog(w.book, w),
        "mailing log": lambda w: MailingLogDialog(w.book, parent=w),
        "activities": lambda w: ActivitiesDialog(w.book, w),
        "link to activity": link,
        "register export": lambda w: RegisterExportDialog(w.book, w),
        "import": import_dialog,
        "import summary": summary,
        "duplicates": lambda w: DuplicatesDialog(w.book, w),
        "erase": lambda w: EraseDialog(w.book, [business(w)], w),
        "end of relationship": lambda w: RelationshipDialog(w.book, business(w), w),
        "subject export": lambda w: SubjectExportDialog(w.book, business(w), w),
        "audit log": lambda w: AuditLogDialog(w.book, w),
        "retention": lambda w: RetentionDialog(w.book, w),
        "badge legend": lambda w: BadgeLegendDialog(w),
    }


@pytest.mark.parametrize(
    "name",
    [name for name in sorted(_dialogs())],
)
def test_each_dialog_names_everything_a_keyboard_reaches(
    qtbot: QtBot, window: MainWindow, name: str
) -> None:
    dialog = _dialogs()[name](window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    qtbot.waitExposed(dialog)
    try:
        missing = unnamed_widgets(dialog)
        assert not missing, "\n".join(missing)
        clashes = clashing_access_keys(dialog)
        assert not clashes, clashes
    finally:
        dialog.close()


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[QApplication]:
    """The window in Dutch; the language is put back after (other tests read English)."""
    language, default = current_language(qapp), QLocale()
    install_translations(qapp, "nl")
    try:
        yield qapp
    finally:
        if language:
            install_translations(qapp, language)
        else:
            remove_translations(qapp)
        QLocale.setDefault(default)  # the Dutch locale went with the language


@pytest.mark.parametrize("name", sorted(_dialogs()))
def test_each_dialog_has_distinct_access_keys_in_dutch(
    qtbot: QtBot, dutch: QApplication, window: MainWindow, name: str
) -> None:
    dialog = _dialogs()[name](window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    qtbot.waitExposed(dialog)
    try:
        clashes = clashing_access_keys(dialog)
        assert not clashes, clashes
    finally:
        dialog.close()
