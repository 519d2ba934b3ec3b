"""A mailing's plain rules: one verdict per address, and the footer every message carries."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.mail_gate import GateReason, RecipientFacts
from contactbook.domain.mailing import (
    FOOTER_SEPARATOR,
    MailingCandidate,
    Recipient,
    SenderDetailsMissingError,
    footer_text,
    gate_candidates,
    message_text,
    unsubscribe_mailto,
)

CONTROLLER = ControllerDetails(
    company="Bakkerij Bos B.V.",
    street="Kerkstraat 1",
    postcode="1011 AB",
    city="Amsterdam",
    kvk_number="12345678",
    email="info@bakkerijbos.nl",
)


def candidate(contact_id: int, address: str, **changes: Any) -> MailingCandidate:
    facts = RecipientFacts(
        address=address,
        scope=Scope.BUSINESS,
        subject=Subject.ORGANISATION,
        deceased=False,
        basis=LegalBasis.NONE,
        classification=EmailClassification.GENERIC,
        published=False,
        latest_consent=None,
    )._replace(**changes)
    return MailingCandidate(contact_id, f"c{contact_id}", "", "", "", facts, address.lower())


def reasons(recipients: Sequence[Recipient]) -> list[tuple[int, str, str]]:
    return [(r.contact_id, r.address, r.decision.reason.value) for r in recipients]


def test_an_address_is_decided_once_and_keeps_its_first_place() -> None:
    allowed, blocked = gate_candidates(
        [
            candidate(1, "info@a.nl", scope=Scope.PRIVATE),  # a friend's card lists info@a.nl
            candidate(2, "info@b.nl", scope=Scope.UNSORTED),
            candidate(3, "INFO@A.nl"),  # the company's own card: allowed
            candidate(4, "info@b.nl", scope=Scope.PRIVATE),
            candidate(5, "sales@c.nl"),
        ]
    )
    assert reasons(allowed) == [
        (3, "INFO@A.nl", "generic_address"),
        (5, "sales@c.nl", "generic_address"),
    ]
    assert reasons(blocked) == [(2, "info@b.nl", "not_reviewed")]


def test_an_opt_out_on_any_card_blocks_the_shared_address() -> None:
    allowed, blocked = gate_candidates(
        [
            candidate(1, "info@a.nl"),
            candidate(2, "info@a.nl", latest_consent=ConsentKind.OBJECTION),
            candidate(3, "info@a.nl", scope=Scope.BUSINESS),
        ]
    )
    assert allowed == []
    assert reasons(blocked) == [(2, "info@a.nl", "opted_out")]


def test_strict_mode_reaches_the_gate() -> None:
    allowed, blocked = gate_candidates(
        [candidate(1, "info@a.nl"), candidate(2, "info@b.nl", published=True)], strict=True
    )
    assert reasons(allowed) == [(2, "info@b.nl", "generic_address")]
    assert [r.decision.reason for r in blocked] == [GateReason.GENERIC_NOT_PUBLISHED]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nl", ["Bakkerij Bos B.V., Kerkstraat 1, 1011 AB Amsterdam (KvK 12345678)", "afmelden"]),
        ("en", ["Bakkerij Bos B.V., Kerkstraat 1, 1011 AB Amsterdam", "Chamber of Commerce"]),
    ],
)
def test_the_footer_names_the_sender_and_how_to_opt_out(language: str, expected: list[str]) -> None:
    footer = footer_text(CONTROLLER, language)
    assert footer.startswith(FOOTER_SEPARATOR + "\n")
    for text in [*expected, "info@bakkerijbos.nl", '"unsubscribe"']:
        assert text in footer


def test_the_footer_needs_the_company_and_its_address() -> None:
    with pytest.raises(SenderDetailsMissingError) as raised:
        footer_text(ControllerDetails(company="Bos"))
    assert raised.value.missing == ["email"]
    assert "email" in str(raised.value)


def test_the_footer_follows_any_body_and_the_unsubscribe_link_mails_the_sender() -> None:
    footer = footer_text(CONTROLLER)
    for body in ("Hallo,\n\nNieuwe broden!\n\n\n", "", "-- \nfake footer"):
        assert message_text(body, footer).endswith("\n\n" + footer + "\n")
    assert (
        unsubscribe_mailto("info@bakkerijbos.nl")
        == "mailto:info@bakkerijbos.nl?subject=unsubscribe"
    )
