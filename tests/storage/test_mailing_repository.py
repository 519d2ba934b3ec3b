"""The mailing log: its migration, its repository, and the queries that feed the gate."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import ConsentKind, EmailClassification, Scope
from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import Mailing, MailingStatus, Outcome
from contactbook.domain.phone import Phone
from contactbook.services.book import Book, open_book
from contactbook.storage import mailing_schema
from contactbook.storage.errors import NotFoundError
from contactbook.storage.mail_gate_queries import mail_candidates
from contactbook.storage.migrate import alembic_config, current_revision, head_revision
from contactbook.storage.schema import Base

MAILING_TABLES = {"mailings", "mailing_recipients"}
NOON = datetime(2025, 3, 1, 12, 0)


# -- the migration ---------------------------------------------------------------------------


def test_revision_0003_follows_0002_and_a_fresh_book_reaches_head(book: Book) -> None:
    script = ScriptDirectory.from_config(alembic_config())
    revision = script.get_revision("0003_mailing_log")
    assert revision is not None
    assert revision.down_revision == "0002_vcard_fields"
    assert current_revision(book.database.engine) == head_revision()
    tables = set(sa.inspect(book.database.engine).get_table_names())
    assert tables >= MAILING_TABLES


def test_the_orm_tables_match_what_the_migrations_build(book: Book) -> None:
    assert set(Base.metadata.tables) >= MAILING_TABLES  # registered by mailing_schema
    assert mailing_schema.MailingRow.metadata is Base.metadata
    with book.database.engine.connect() as connection:
        diffs = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    # The full-text index is a virtual table the ORM does not map; nothing else may differ.
    unexplained = [
        diff
        for diff in diffs
        if not (diff[0] == "remove_table" and diff[1].name.startswith("contact_search"))
    ]
    assert unexplained == []


def test_the_log_downgrades_and_upgrades_again(db_path: Path) -> None:
    opened = open_book(db_path)
    engine = opened.database.engine
    try:
        config = alembic_config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0002_vcard_fields")
        assert not MAILING_TABLES & set(sa.inspect(engine).get_table_names())
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        assert set(sa.inspect(engine).get_table_names()) >= MAILING_TABLES
    finally:
        opened.close()


# -- the repository --------------------------------------------------------------------------


def _mailing(book: Book) -> Mailing:
    return book.mailings.create(
        Mailing("Nieuwe broden", "Hallo\n\n-- \nvoet", "Bos <info@bos.nl>", NOON, blocked_count=4),
        [
            (1, "jan@klant.nl", GateReason.SOFT_OPT_IN),
            (2, "info@bos.nl", GateReason.GENERIC_ADDRESS),
            (3, "emma@bos.nl", GateReason.OPT_IN),
        ],
    )


def test_a_new_mailing_has_every_recipient_pending(book: Book) -> None:
    mailing = _mailing(book)
    assert mailing.id is not None
    assert mailing.status is MailingStatus.PENDING
    counts = (mailing.recipient_count, mailing.pending_count, mailing.blocked_count)
    assert counts == (3, 3, 4)
    entries = book.mailings.recipients(mailing.id)
    assert [(e.contact_id, e.address, e.reason, e.outcome) for e in entries] == [
        (1, "jan@klant.nl", GateReason.SOFT_OPT_IN, Outcome.PENDING),
        (2, "info@bos.nl", GateReason.GENERIC_ADDRESS, Outcome.PENDING),
        (3, "emma@bos.nl", GateReason.OPT_IN, Outcome.PENDING),
    ]
    assert book.mailings.get(mailing.id) == mailing
    assert book.mailings.latest() == [mailing]


def test_outcomes_update_the_counts_and_the_unsent_list(book: Book) -> None:
    mailing = _mailing(book)
    assert mailing.id is not None
    first, second, third = book.mailings.recipients(mailing.id)
    assert first.id is not None
    assert second.id is not None
    assert third.id is not None
    book.mailings.record_outcome(first.id, Outcome.SENT, sent_at=NOON, message_id="<1@bos.nl>")
    book.mailings.record_outcome(second.id, Outcome.FAILED, error="550 no such user")
    stored = book.mailings.get(mailing.id)
    counts = (stored.sent_count, stored.failed_count, stored.pending_count)
    assert counts == (1, 1, 1)
    assert stored.unsent_count == 2
    assert [e.address for e in book.mailings.unsent(mailing.id)] == ["info@bos.nl", "emma@bos.nl"]
    book.mailings.record_outcome(
        third.id, Outcome.BLOCKED, reason=GateReason.OPTED_OUT, error="opted out since"
    )
    [*_, blocked] = book.mailings.recipients(mailing.id)
    assert (blocked.outcome, blocked.reason) == (Outcome.BLOCKED, GateReason.OPTED_OUT)
    assert book.mailings.get(mailing.id).unsent_count == 1
    sent = book.mailings.recipients(mailing.id, [Outcome.SENT])
    assert [(e.sent_at, e.message_id) for e in sent] == [(NOON, "<1@bos.nl>")]
    assert book.mailings.set_status(mailing.id, MailingStatus.INCOMPLETE).status is (
        MailingStatus.INCOMPLETE
    )


def test_a_persons_entries_are_found_and_erased_by_contact_id(book: Book) -> None:
    first, second = _mailing(book), _mailing(book)
    assert [m.id for m, _ in book.mailings.for_contact(2)] == [first.id, second.id]
    assert book.mailings.erase_contact(2) == 2
    assert book.mailings.for_contact(2) == []
    assert first.id is not None
    assert [e.contact_id for e in book.mailings.recipients(first.id)] == [1, 3]
    assert book.mailings.get(first.id).recipient_count == 3  # counts hold no personal data


def test_unknown_ids_are_reported(book: Book) -> None:
    with pytest.raises(NotFoundError):
        book.mailings.get(99)
    with pytest.raises(NotFoundError):
        book.mailings.record_outcome(99, Outcome.SENT)
    with pytest.raises(NotFoundError):
        book.mailings.set_status(99, MailingStatus.SENT)


# -- the facts the gate gets -----------------------------------------------------------------


def _contact(*addresses: str, **fields: object) -> Contact:
    values: dict[str, object] = {"given_name": "Jan", "family_name": "Jansen", **fields}
    return Contact(
        scope=Scope.BUSINESS,
        emails=[EmailAddress(a) for a in addresses],
        **values,  # type: ignore[arg-type]
    )


def test_candidates_carry_the_latest_consent_per_address_and_a_withdrawal_per_contact(
    book: Book,
) -> None:
    jan, kees = book.contacts.add_many(
        [
            _contact("jan@jansen.nl", "Jan.Prive@Gmail.com"),
            _contact("kees@kees.nl", given_name="Kees"),
        ]
    )
    same_moment = datetime(2025, 5, 5, 10, 0)
    book.consent.record_many(
        [
            ConsentRecord("jan@jansen.nl", ConsentKind.OPT_IN, datetime(2025, 1, 1)),
            ConsentRecord("jan.prive@gmail.com", ConsentKind.OPT_IN, same_moment),
            # same moment, recorded later: this one decides
            ConsentRecord("JAN.PRIVE@gmail.com", ConsentKind.OBJECTION, same_moment),
            ConsentRecord("kees@kees.nl", ConsentKind.OPT_OUT, datetime(2025, 1, 1)),
            ConsentRecord("kees@kees.nl", ConsentKind.DOUBLE_OPT_IN, datetime(2025, 2, 1)),
        ]
    )
    found = {c.address: c for c in mail_candidates(book.database, ContactFilter())}
    assert list(found) == ["jan@jansen.nl", "Jan.Prive@Gmail.com", "kees@kees.nl"]
    assert found["jan@jansen.nl"].facts.latest_consent is ConsentKind.OPT_IN
    assert found["Jan.Prive@Gmail.com"].facts.latest_consent is ConsentKind.OBJECTION
    assert found["Jan.Prive@Gmail.com"].address_key == "jan.prive@gmail.com"
    # Jan objected on his private address: that covers his work address too.
    assert found["jan@jansen.nl"].facts.contact_withdrew
    assert found["kees@kees.nl"].facts.latest_consent is ConsentKind.DOUBLE_OPT_IN
    assert not found["kees@kees.nl"].facts.contact_withdrew
    assert found["kees@kees.nl"].contact_id == kees.id != jan.id


def test_candidates_follow_the_filter_and_the_users_classification(book: Book) -> None:
    book.contacts.add_many(
        [
            _contact("info@jansen.nl"),
            Contact(
                given_name="Piet",
                scope=Scope.PRIVATE,
                emails=[EmailAddress("info@piet.nl", override=EmailClassification.PERSONAL)],
            ),
            _contact("hallo@bos.nl", categories=["demo"]),
        ]
    )
    business = mail_candidates(book.database, ContactFilter(scope=Scope.BUSINESS))
    assert [c.address for c in business] == ["info@jansen.nl", "hallo@bos.nl"]
    everyone = {c.address: c for c in mail_candidates(book.database, ContactFilter())}
    assert everyone["info@jansen.nl"].facts.classification is EmailClassification.GENERIC
    assert everyone["info@piet.nl"].facts.classification is EmailClassification.PERSONAL
    assert everyone["info@piet.nl"].facts.scope is Scope.PRIVATE
    flagged = mail_candidates(book.database, ContactFilter(), sample_category="demo")
    assert [c.sample for c in flagged] == [False, False, True]
    assert not any(c.sample for c in mail_candidates(book.database, ContactFilter()))


def test_an_erased_persons_address_or_number_marks_the_contact_suppressed(book: Book) -> None:
    erased = Contact(emails=[EmailAddress("piet@oud.nl")], phones=[Phone.parse("06 12345678")])
    book.suppression.add(book.suppression.digests_of(erased))
    book.contacts.add_many(
        [
            _contact("Piet@Oud.nl"),
            _contact("nieuw@piet.nl", phones=[Phone.parse("+31 6 1234 5678")]),
            _contact("ander@iemand.nl", phones=[Phone.parse("020 123 4567")]),
        ]
    )
    found = {c.address: c.facts.suppressed for c in mail_candidates(book.database, ContactFilter())}
    assert found == {"Piet@Oud.nl": True, "nieuw@piet.nl": True, "ander@iemand.nl": False}
