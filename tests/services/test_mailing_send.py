"""Sending over SMTP to a real server on 127.0.0.1: who gets what, and retries after failures."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from email.utils import parsedate_to_datetime
from typing import Any

import pytest

from contactbook.domain.audit import AuditAction
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import Scope
from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import FOOTER_SEPARATOR, MailingStatus, Outcome
from contactbook.services.book import Book
from contactbook.services.mailing import MailingError
from contactbook.services.mailing_optout import record_opt_out
from contactbook.services.mailing_send import create_mailing, send_mailing
from contactbook.services.mailing_smtp import Security, SmtpSettings, check_settings
from contactbook.storage import audit_log
from tests.mailing_data import ALLOWED, BLOCKED, SAMPLE, MailingBook, fill_mailing_book
from tests.smtp_server import RecordingHandler, SmtpServer, free_port, smtp_server

BODY = "Beste klant,\n\nVanaf maandag hebben we weer verse croissants.\n\nGroet, Bos"
UNSUBSCRIBE = "<mailto:info@bakkerijbos.nl?subject=unsubscribe>"


@pytest.fixture
def mailing_book(book: Book) -> MailingBook:
    return fill_mailing_book(book)


def local(server: SmtpServer, **changes: Any) -> SmtpSettings:
    settings = SmtpSettings(server.host, server.port, Security.NONE, timeout=5)
    return replace(settings, **changes)


def new_mailing(book: Book, contact_filter: ContactFilter = ContactFilter()) -> int:
    mailing = create_mailing(book, contact_filter, "Verse croissants", BODY)
    assert mailing.id is not None
    return mailing.id


def test_every_allowed_address_gets_one_message_of_its_own_and_no_blocked_one_arrives(
    mailing_book: MailingBook,
) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book)
    with smtp_server() as server:
        result = send_mailing(book, mailing_id, local(server))

    arrived = server.handler.arrived
    assert Counter(server.handler.recipients) == Counter(list(ALLOWED))  # each exactly once
    assert not set(server.handler.recipients) & {*BLOCKED, SAMPLE}
    message_ids = set()
    for delivery in arrived:
        message = delivery.message
        [address] = delivery.rcpt_tos  # one recipient per message
        assert message["To"] == address
        assert message["Cc"] is None
        assert message["Bcc"] is None
        assert delivery.mail_from == "info@bakkerijbos.nl"
        assert message["From"].addresses[0].display_name == "Bakkerij Bos B.V."
        assert message["Subject"] == "Verse croissants"
        assert message["List-Unsubscribe"] == UNSUBSCRIBE
        assert parsedate_to_datetime(message["Date"]) is not None
        assert message["Message-ID"].endswith("@bakkerijbos.nl>")
        message_ids.add(message["Message-ID"])
        text = message.get_content().replace("\r\n", "\n")
        assert text.startswith("Beste klant,")
        footer = text[text.index(FOOTER_SEPARATOR + "\n") :]
        assert "Bakkerij Bos B.V., Kerkstraat 1, 1011 AB Amsterdam (KvK 12345678)" in footer
        assert '"unsubscribe" naar info@bakkerijbos.nl' in footer
    assert len(message_ids) == len(ALLOWED)

    assert (result.sent, result.failed, result.withdrawn, result.stopped_by) == (4, 0, 0, "")
    mailing = result.mailing
    assert mailing.status is MailingStatus.SENT
    assert (mailing.sent_count, mailing.unsent_count) == (4, 0)
    assert mailing.blocked_count == len(BLOCKED) + 1  # the demo contact is left out too
    log = book.mailings.recipients(mailing_id)
    assert {(e.address, e.reason.value) for e in log} == set(ALLOWED.items())
    assert {e.message_id for e in log} == message_ids
    assert all(e.outcome is Outcome.SENT and e.sent_at for e in log)
    [event] = audit_log.events(book.database)[:1]
    assert event.action is AuditAction.MAILING_SENT
    assert "@" not in event.detail  # no personal data in the audit log


def test_refused_recipients_are_logged_and_a_retry_sends_only_to_them(
    mailing_book: MailingBook,
) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book)
    failing = RecordingHandler(
        refuse_rcpt={"emma.bos@bosadvies.nl": "550 5.1.1 No such user"},
        refuse_data={"formule@klant.nl": "451 4.3.0 Try again later"},
    )
    with smtp_server(failing) as server:
        first = send_mailing(book, mailing_id, local(server))
    assert set(failing.recipients) == {"jan.devries@klant.nl", "info@zoetebroodje.nl"}
    assert (first.sent, first.failed) == (2, 2)
    assert first.mailing.status is MailingStatus.INCOMPLETE
    errors = {e.address: e.error for e in book.mailings.recipients(mailing_id, [Outcome.FAILED])}
    assert errors["emma.bos@bosadvies.nl"].startswith("550")
    assert errors["formule@klant.nl"].startswith("451")

    with smtp_server() as server:
        retry = send_mailing(book, mailing_id, local(server))
    assert sorted(server.handler.recipients) == ["emma.bos@bosadvies.nl", "formule@klant.nl"]
    assert retry.mailing.status is MailingStatus.SENT
    assert retry.mailing.sent_count == 4
    with smtp_server() as server:
        again = send_mailing(book, mailing_id, local(server))
    assert server.handler.recipients == []  # nothing left: nobody gets it twice
    assert again.sent == 0


def test_a_server_that_goes_away_midway_leaves_a_log_to_resume_from(
    mailing_book: MailingBook,
) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book)
    with smtp_server() as server:

        def stop_after_two(done: int, total: int, _outcome: object) -> None:
            if done == 2:
                server.stop()

        first = send_mailing(book, mailing_id, local(server), progress=stop_after_two)
    reached = list(server.handler.recipients)
    assert len(reached) == 2
    assert first.stopped_by.startswith("Cannot connect to the mail server 127.0.0.1")
    assert first.mailing.status is MailingStatus.INCOMPLETE
    assert (first.mailing.sent_count, first.mailing.unsent_count) == (2, 2)

    with smtp_server() as server:
        retry = send_mailing(book, mailing_id, local(server))
    assert sorted(server.handler.recipients) == sorted(set(ALLOWED) - set(reached))
    assert retry.mailing.status is MailingStatus.SENT


def test_cancelling_stops_before_the_next_message_and_a_retry_sends_the_rest(
    mailing_book: MailingBook,
) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book)
    progress: list[tuple[int, int]] = []
    with smtp_server() as server:
        result = send_mailing(
            book,
            mailing_id,
            local(server),
            progress=lambda done, total, _o: progress.append((done, total)),
            cancelled=lambda: len(progress) >= 1,
        )
    assert progress == [(1, 4)]
    assert len(server.handler.recipients) == 1
    assert result.cancelled
    assert result.mailing.status is MailingStatus.CANCELLED
    with smtp_server() as server:
        send_mailing(book, mailing_id, local(server))
    assert len(server.handler.recipients) == 3


def test_an_opt_out_that_comes_in_before_sending_is_obeyed(mailing_book: MailingBook) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book)
    record_opt_out(book, mailing_book.ids["emma.bos@bosadvies.nl"])
    with smtp_server() as server:
        result = send_mailing(book, mailing_id, local(server))
    assert "emma.bos@bosadvies.nl" not in server.handler.recipients
    assert len(server.handler.recipients) == 3
    assert result.withdrawn == 1
    [entry] = book.mailings.recipients(mailing_id, [Outcome.BLOCKED])
    assert (entry.address, entry.reason) == ("emma.bos@bosadvies.nl", GateReason.OPTED_OUT)
    assert result.mailing.status is MailingStatus.SENT


def test_the_user_name_and_password_are_used_to_log_in(mailing_book: MailingBook) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book, ContactFilter(ids=(mailing_book.ids["jan.devries@klant.nl"],)))
    with smtp_server(login=("bos", "geheim")) as server:
        with pytest.raises(MailingError, match="did not accept the user name and password"):
            send_mailing(book, mailing_id, local(server, user="bos", password="fout"))
        send_mailing(book, mailing_id, local(server, user="bos", password="geheim"))
    assert set(server.logins) == {("bos", "fout"), ("bos", "geheim")}
    assert server.logins[-1] == ("bos", "geheim")
    assert server.handler.recipients == ["jan.devries@klant.nl"]
    assert "geheim" not in repr(local(server, password="geheim"))


@pytest.mark.parametrize("host", ["localhost", "LOCALHOST.", "127.0.0.1", "::1", "[::1]"])
def test_unencrypted_sending_is_allowed_to_this_computer(host: str) -> None:
    check_settings(SmtpSettings(host, security=Security.NONE))


@pytest.mark.parametrize("host", ["smtp.bakkerijbos.nl", "192.168.1.10", "127.0.0.2", ""])
def test_unencrypted_sending_to_another_computer_is_refused(
    mailing_book: MailingBook, host: str
) -> None:
    mailing_id = new_mailing(mailing_book.book)
    with pytest.raises(MailingError):
        send_mailing(mailing_book.book, mailing_id, SmtpSettings(host, 2525, Security.NONE))
    assert mailing_book.book.mailings.get(mailing_id).status is MailingStatus.PENDING


def test_starttls_is_required_when_asked_for_and_nothing_is_sent_without_it(
    mailing_book: MailingBook,
) -> None:
    book = mailing_book.book
    mailing_id = new_mailing(book)
    with smtp_server() as server, pytest.raises(MailingError, match="does not offer STARTTLS"):
        send_mailing(book, mailing_id, local(server, security=Security.STARTTLS))
    assert server.handler.recipients == []
    assert book.mailings.get(mailing_id).unsent_count == len(ALLOWED)


def test_an_unreachable_server_is_reported_in_plain_words(mailing_book: MailingBook) -> None:
    mailing_id = new_mailing(mailing_book.book)
    settings = SmtpSettings("127.0.0.1", free_port(), Security.NONE, timeout=5)
    with pytest.raises(MailingError, match=r"Cannot connect to the mail server 127\.0\.0\.1"):
        send_mailing(mailing_book.book, mailing_id, settings)


def test_a_mailing_needs_a_sender_a_subject_a_text_and_someone_to_send_to(book: Book) -> None:
    with pytest.raises(MailingError, match="fill in the business details"):
        create_mailing(book, ContactFilter(), "Onderwerp", BODY)
    fill_mailing_book(book)
    with pytest.raises(MailingError, match="subject"):
        create_mailing(book, ContactFilter(), "  ", BODY)
    with pytest.raises(MailingError, match="single line"):
        create_mailing(book, ContactFilter(), "Onderwerp\nBcc: iedereen@x.nl", BODY)
    with pytest.raises(MailingError, match="text"):
        create_mailing(book, ContactFilter(), "Onderwerp", "\n")
    with pytest.raises(MailingError, match="None of these contacts"):
        create_mailing(book, ContactFilter(scope=Scope.PRIVATE), "Onderwerp", BODY)
    assert book.mailings.latest() == []


def test_the_english_footer_and_strict_mode_reach_the_mailing(mailing_book: MailingBook) -> None:
    book = mailing_book.book
    book.settings.set_controller(replace(book.settings.controller(), kvk_number=""))
    mailing = create_mailing(book, ContactFilter(), "Fresh bread", BODY, language="en", strict=True)
    assert "This message was sent by Bakkerij Bos B.V." in mailing.body
    assert "KvK" not in mailing.body
    assert mailing.id is not None
    addresses = {e.address for e in book.mailings.recipients(mailing.id)}
    assert "info@zoetebroodje.nl" not in addresses  # strict: not published
