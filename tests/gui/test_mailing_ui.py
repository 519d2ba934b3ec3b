"""The mailing dialogs and the Mailing menu, driven through their widgets."""

from __future__ import annotations

import asyncio
import csv
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import ConsentKind
from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import MailingStatus
from contactbook.services.book import Book
from contactbook.services.mailing import recipients_for
from contactbook.services.mailing_send import create_mailing, send_mailing
from contactbook.services.mailing_smtp import Security, SmtpSettings
from contactbook.ui.mailing import (
    ComposeDialog,
    MailingLogDialog,
    OptOutDialog,
    RecipientsDialog,
    SendDialog,
    SmtpDialog,
    UnsubscribeDialog,
)
from contactbook.ui.mailing.mailing_actions import install_mailing_actions
from contactbook.ui.mailing.texts import reason_explanation, reason_text, sample_text
from contactbook.ui.shell.main_window import MainWindow
from tests.mailing_data import ALLOWED, BLOCKED, SAMPLE, MailingBook, fill_mailing_book
from tests.smtp_server import RecordingHandler, smtp_server


@pytest.fixture
def data(book: Book) -> MailingBook:
    return fill_mailing_book(book)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


class MemoryKeyring(KeyringBackend):
    """A keychain in memory, so the tests never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.stored: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.stored.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.stored[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.stored.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(previous)


def rows(model: object) -> list[tuple[str, ...]]:
    return [model.row(n) for n in range(model.rowCount())]  # type: ignore[attr-defined]


def local(port: int) -> SmtpSettings:
    return SmtpSettings("127.0.0.1", port, Security.NONE, timeout=5)


# -- the recipients dialog -------------------------------------------------------------------


def test_the_recipients_dialog_shows_both_sides_with_reasons_and_counts(
    qtbot: QtBot, data: MailingBook, tmp_path: Path
) -> None:
    dialog = RecipientsDialog(data.book, ContactFilter(), description="Alle contacten.")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    allowed = {address: why for _name, address, why in rows(dialog.allowed_model)}
    assert allowed == {a: reason_text(GateReason(r)) for a, r in ALLOWED.items()}
    left_out = {address: why for _name, address, why in rows(dialog.blocked_model)}
    expected = {a: reason_text(GateReason(r)) for a, r in BLOCKED.items()}
    assert left_out == {**expected, SAMPLE: sample_text()}
    assert left_out["sanne.bakker@gmail.com"] == "Private contact"
    assert left_out["lead.persoon@prospect.nl"] == "Personal address, no opt-in"
    # the short reason has its explanation as tooltip
    [sanne] = [
        n
        for n in range(dialog.blocked_model.rowCount())
        if dialog.blocked_model.row(n)[1] == "sanne.bakker@gmail.com"
    ]
    tooltip = dialog.blocked_model.index(sanne, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip == reason_explanation(GateReason.PRIVATE_CONTACT)
    assert "household exemption" in tooltip
    assert dialog.allowed_box.title() == "Will receive it: 4"
    assert dialog.blocked_box.title() == "Left out: 8"
    names = [name for name, _address, _why in rows(dialog.allowed_model)]
    assert names == sorted(names, key=str.casefold)  # sorted by name for reading
    assert not dialog.strict_label.isVisible()
    assert dialog.grab().save(str(tmp_path / "recipients.png"))


def test_strict_mode_is_shown_and_moves_unpublished_company_addresses(
    qtbot: QtBot, data: MailingBook
) -> None:
    data.book.settings.set("strict_generic", "on")
    dialog = RecipientsDialog(data.book, ContactFilter())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.strict_label.isVisible()
    left_out = {address: why for _name, address, why in rows(dialog.blocked_model)}
    assert left_out["info@zoetebroodje.nl"] == reason_text(GateReason.GENERIC_NOT_PUBLISHED)


def test_copy_and_export_hand_out_the_allowed_addresses_only(
    qtbot: QtBot, data: MailingBook, tmp_path: Path
) -> None:
    dialog = RecipientsDialog(data.book, ContactFilter())
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert set(copied.split(", ")) == set(ALLOWED)
    assert dialog.feedback_label.text() == "4 addresses copied. Paste them into the Bcc field."
    target = tmp_path / "mailchimp.csv"
    assert dialog.export_to(target) == 4
    with target.open(encoding="utf-8-sig", newline="") as stream:
        assert {row["email"] for row in csv.DictReader(stream)} == set(ALLOWED)
    assert str(target) in dialog.feedback_label.text()


def test_nothing_can_leave_when_nobody_may_be_mailed(qtbot: QtBot, data: MailingBook) -> None:
    private = ContactFilter(ids=(data.ids["sanne.bakker@gmail.com"],))
    dialog = RecipientsDialog(data.book, private)
    qtbot.addWidget(dialog)
    buttons = (dialog.compose_button, dialog.export_button, dialog.copy_button)
    assert not any(button.isEnabled() for button in buttons)
    assert "None of these contacts" in dialog.feedback_label.text()


# -- compose and send ------------------------------------------------------------------------


def test_the_compose_dialog_previews_the_footer_it_will_add(
    qtbot: QtBot, data: MailingBook
) -> None:
    dialog = ComposeDialog(data.book, ContactFilter(), 4)
    qtbot.addWidget(dialog)
    footer = dialog.footer_preview.toPlainText()
    assert footer.startswith("-- \nDit bericht is verstuurd door Bakkerij Bos B.V.")
    assert "unsubscribe" in footer
    assert dialog.footer_preview.isReadOnly()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    assert "This message was sent by Bakkerij Bos B.V." in dialog.footer_preview.toPlainText()
    assert dialog.send_button.text() == "Send to 4 recipients…"
    dialog.send_button.click()  # no subject or text yet
    assert dialog.message_label.text() == "Write a subject and a text first."
    assert dialog.smtp_dialog is None


def test_without_business_details_there_is_no_footer_and_no_sending(
    qtbot: QtBot, book: Book
) -> None:
    dialog = ComposeDialog(book, ContactFilter(), 0)
    qtbot.addWidget(dialog)
    assert not dialog.send_button.isEnabled()
    assert "company, email" in dialog.message_label.text()


def test_sending_runs_in_a_worker_and_a_retry_sends_only_the_rest(
    qtbot: QtBot, data: MailingBook
) -> None:
    compose = ComposeDialog(data.book, ContactFilter(), 4)
    qtbot.addWidget(compose)
    compose.subject_edit.setText("Verse croissants")
    compose.body_edit.setPlainText("Beste klant,\n\nVanaf maandag!")
    refusing = RecordingHandler(refuse_rcpt={"emma.bos@bosadvies.nl": "550 5.1.1 Unknown user"})
    with smtp_server(refusing) as server:
        sender = compose.send_with(local(server.port))
        assert sender is not None
        with qtbot.waitSignal(sender.sending_finished, timeout=15000):
            pass
    assert sorted(server.handler.recipients) == sorted(set(ALLOWED) - {"emma.bos@bosadvies.nl"})
    assert sender.progress_bar.value() == sender.progress_bar.maximum() == 4
    assert sender.status_label.text() == "3 of 4 sent. Failed: 1."
    assert rows(sender.failed_model) == [("emma.bos@bosadvies.nl", "550 5.1.1 Unknown user")]
    assert sender.retry_button.isVisibleTo(sender)
    assert sender.retry_button.text() == "Send to the &rest (1)"

    with smtp_server(port=server.port) as again:  # the server is back
        sender.retry_button.click()
        with qtbot.waitSignal(sender.sending_finished, timeout=15000):
            pass
    assert again.handler.recipients == ["emma.bos@bosadvies.nl"]
    assert not sender.retry_button.isVisibleTo(sender)
    [mailing] = data.book.mailings.latest()
    assert mailing.status is MailingStatus.SENT


def test_an_unreachable_server_is_reported_and_nothing_is_marked_sent(
    qtbot: QtBot, data: MailingBook
) -> None:
    compose = ComposeDialog(data.book, ContactFilter(), 4)
    qtbot.addWidget(compose)
    compose.subject_edit.setText("S")
    compose.body_edit.setPlainText("T")
    with smtp_server() as server:
        port = server.port
    sender = compose.send_with(local(port))
    assert sender is not None
    with qtbot.waitSignal(sender.sending_finished, timeout=15000) as finished:
        pass
    assert "Cannot connect to the mail server" in str(finished.args[0])
    assert sender.status_label.text().startswith("Nothing was sent:")
    assert data.book.mailings.latest()[0].unsent_count == 4


class SlowHandler(RecordingHandler):
    """Takes a while over each message, so a test can act while sending goes on."""

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: Any, session: Any, envelope: Any
    ) -> str:
        await asyncio.sleep(0.3)
        return await super().handle_DATA(server, session, envelope)


def test_closing_while_sending_cancels_after_the_current_message(
    qtbot: QtBot, data: MailingBook
) -> None:
    mailing = create_mailing(data.book, ContactFilter(), "Croissants", "Vers!")
    assert mailing.id is not None
    with smtp_server(SlowHandler()) as server:
        dialog = SendDialog(data.book, mailing.id, local(server.port))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.progress_bar.value() >= 1, timeout=10000)
        dialog.close()
        assert dialog.isVisible()  # it waits for the message on its way
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    stored = data.book.mailings.get(mailing.id)
    assert stored.status is MailingStatus.CANCELLED
    assert 1 <= stored.sent_count < 4
    assert stored.sent_count == len(server.handler.recipients)


# -- the SMTP dialog and the keychain --------------------------------------------------------


def test_the_server_dialog_refuses_unencrypted_sending_to_another_computer(
    qtbot: QtBot, settings: QSettings
) -> None:
    dialog = SmtpDialog(settings)
    qtbot.addWidget(dialog)
    dialog.host_edit.setText("smtp.example.nl")
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("none"))
    dialog.accept()
    assert dialog.result() != SmtpDialog.DialogCode.Accepted
    assert "Refusing to send unencrypted" in dialog.error_label.text()


def test_the_password_is_kept_in_the_keychain_only_when_ticked(
    qtbot: QtBot, settings: QSettings, memory_keyring: MemoryKeyring
) -> None:
    dialog = SmtpDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.remember_box.isEnabled()
    dialog.host_edit.setText("smtp.bos.nl")
    dialog.user_edit.setText("bos")
    dialog.password_edit.setText("geheim")
    dialog.remember_box.setChecked(True)
    dialog.accept()
    assert memory_keyring.stored == {("contactbook-smtp", "bos@smtp.bos.nl"): "geheim"}
    settings.sync()
    assert "geheim" not in Path(settings.fileName()).read_text(encoding="utf-8")

    again = SmtpDialog(settings)  # the server is remembered, the password comes from the keychain
    qtbot.addWidget(again)
    assert (again.host_edit.text(), again.user_edit.text()) == ("smtp.bos.nl", "bos")
    assert again.password_edit.text() == "geheim"
    assert again.smtp_settings().security is Security.STARTTLS
    again.remember_box.setChecked(False)
    again.accept()
    assert memory_keyring.stored == {}


def test_without_a_keychain_the_box_is_off_and_nothing_is_stored(
    qtbot: QtBot, settings: QSettings
) -> None:
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        dialog = SmtpDialog(settings)
        qtbot.addWidget(dialog)
        assert not dialog.remember_box.isEnabled()
    finally:
        keyring.set_keyring(previous)


# -- opt-outs, unsubscribes and the log ------------------------------------------------------


def open_window(qtbot: QtBot, book: Book) -> MainWindow:
    window = MainWindow(book)
    qtbot.addWidget(window)
    install_mailing_actions(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def action(window: MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None, name
    return found


def test_the_mailing_menu_sits_before_help_and_follows_the_selection(
    qtbot: QtBot, data: MailingBook
) -> None:
    window = open_window(qtbot, data.book)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Mailing") == titles.index("&Help") - 1
    assert not action(window, "recordOptOut").isEnabled()
    assert not action(window, "newMailingFromSelection").isEnabled()
    window.select_contact(data.ids["emma.bos@bosadvies.nl"])
    assert action(window, "recordOptOut").isEnabled()
    action(window, "newMailingFromSelection").trigger()
    dialog = window.findChild(RecipientsDialog)
    assert dialog is not None
    assert [address for _n, address, _w in rows(dialog.allowed_model)] == ["emma.bos@bosadvies.nl"]


def test_the_opt_out_action_records_an_objection_for_the_selected_contact(
    qtbot: QtBot, data: MailingBook
) -> None:
    window = open_window(qtbot, data.book)
    emma = data.ids["emma.bos@bosadvies.nl"]
    assert window.select_contact(emma)
    action(window, "recordOptOut").trigger()
    dialog = window.findChild(OptOutDialog)
    assert dialog is not None
    dialog.objection_radio.click()
    dialog.source_edit.setText("telefoon")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == OptOutDialog.DialogCode.Accepted
    [*_, latest] = data.book.consent.history("emma.bos@bosadvies.nl")
    assert (latest.kind, latest.source) == (ConsentKind.OBJECTION, "telefoon")
    blocked = {
        r.address: r.decision.reason for r in recipients_for(data.book, ContactFilter()).blocked
    }
    assert blocked["emma.bos@bosadvies.nl"] is GateReason.OPTED_OUT


def test_process_unsubscribes_shows_the_recorded_and_the_unknown(
    qtbot: QtBot, data: MailingBook
) -> None:
    dialog = UnsubscribeDialog(data.book)
    qtbot.addWidget(dialog)
    dialog.paste_edit.setPlainText("Jan <jan.devries@klant.nl>\nvreemde@nergens.nl")
    with qtbot.waitSignal(dialog.recorded) as signal:
        dialog.process_button.click()
    assert signal.args == [1]
    assert dialog.recorded_list.toPlainText() == "jan.devries@klant.nl"
    assert dialog.unknown_list.toPlainText() == "vreemde@nergens.nl"
    assert dialog.unknown_box.title() == "Not in the book: 1"


def test_the_mailing_log_shows_each_mailing_and_each_address(
    qtbot: QtBot, data: MailingBook, settings: QSettings
) -> None:
    mailing = create_mailing(data.book, ContactFilter(), "Croissants", "Vers!")
    assert mailing.id is not None
    refusing = RecordingHandler(refuse_rcpt={"formule@klant.nl": "550 5.1.1 Unknown user"})
    with smtp_server(refusing) as server:
        send_mailing(data.book, mailing.id, local(server.port))
    dialog = MailingLogDialog(data.book, settings=settings)
    qtbot.addWidget(dialog)
    [row] = rows(dialog.mailings_model)
    assert row[1:] == ("Incomplete", "3", "1", "0", "8", "Croissants")
    entries = {r[0]: r for r in rows(dialog.recipients_model)}
    assert entries["formule@klant.nl"][2:] == ("Failed", "", "550 5.1.1 Unknown user")
    assert entries["jan.devries@klant.nl"][1:3] == ("Existing customer (soft opt-in)", "Sent")
    assert dialog.resume_button.isEnabled()


def test_dialogs_from_the_menus_are_deleted_once_closed(
    qtbot: QtBot, data: MailingBook, tmp_path: Path
) -> None:
    """A closed dialog must not live on as a hidden child of the window (PySide6 6.11 crashed
    collecting such dialogs); the compose and mail server dialogs inside are forgotten too."""
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QDialog

    from contactbook.ui.importing import import_actions
    from contactbook.ui.mailing import mailing_actions
    from contactbook.ui.register import register_actions

    window = open_window(qtbot, data.book)
    register_actions.install_register_actions(window)
    window.select_contact(data.ids["emma.bos@bosadvies.nl"])
    cards = tmp_path / "phone.vcf"
    cards.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jan\r\nEND:VCARD\r\n", encoding="utf-8")

    recipients = mailing_actions.open_mailing_for_list(window)
    compose = recipients.compose()
    assert recipients.compose_dialog is compose
    compose.reject()
    assert recipients.compose_dialog is None
    opened: list[QDialog | None] = [
        recipients,
        mailing_actions.open_mailing_for_selection(window),
        mailing_actions.open_opt_out(window),
        mailing_actions.open_unsubscribes(window),
        mailing_actions.open_mailing_log(window),
        register_actions.open_activities(window),
        register_actions.open_export(window),
        import_actions.run_import(window, [cards]),
    ]
    for dialog in opened:
        assert dialog is not None
        dialog.reject()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert window.findChildren(QDialog) == []
