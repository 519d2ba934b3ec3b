"""The Telecommunicatiewet gate, rule by rule and in its order (PRIVACY-RULES.md section 4)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import pytest

from contactbook.domain.consent import ConsentRecord, latest_consent
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.mail_gate import GateReason, RecipientFacts, decide, prevails

ALLOWED_REASONS = {GateReason.GENERIC_ADDRESS, GateReason.OPT_IN, GateReason.SOFT_OPT_IN}


def facts(**changes: Any) -> RecipientFacts:
    """A personal address of a living business person on a contract, with no consent record."""
    base = RecipientFacts(
        address="jan.devries@bakkerijbos.nl",
        scope=Scope.BUSINESS,
        subject=Subject.PERSON,
        deceased=False,
        basis=LegalBasis.CONTRACT,
        classification=EmailClassification.PERSONAL,
        published=False,
        latest_consent=None,
    )
    return base._replace(**changes)


GENERIC = {"address": "info@bakkerijbos.nl", "classification": EmailClassification.GENERIC}
OPT_IN = {"latest_consent": ConsentKind.OPT_IN}


@dataclass(frozen=True)
class Case:
    name: str
    changes: dict[str, Any]
    expected: GateReason
    strict: bool = False


CASES = [
    # rule 1: not a valid address
    Case("no at sign", {"address": "jan.devries"}, GateReason.INVALID_ADDRESS),
    Case("empty address", {"address": ""}, GateReason.INVALID_ADDRESS),
    Case("space inside", {"address": "jan de vries@x.nl"}, GateReason.INVALID_ADDRESS),
    Case(
        "invalid before opted out (1 before 2)",
        {"address": "info@", "latest_consent": ConsentKind.OPT_OUT},
        GateReason.INVALID_ADDRESS,
    ),
    # rule 2: opted out, objected, suppressed
    Case("opted out", {"latest_consent": ConsentKind.OPT_OUT}, GateReason.OPTED_OUT),
    Case("objected", {"latest_consent": ConsentKind.OBJECTION}, GateReason.OPTED_OUT),
    Case("objected on another address", {"contact_withdrew": True}, GateReason.OPTED_OUT),
    Case("on the suppression list", {"suppressed": True}, GateReason.OPTED_OUT),
    Case(
        "opted-out info@ (2 before 6)",
        {**GENERIC, "latest_consent": ConsentKind.OPT_OUT},
        GateReason.OPTED_OUT,
    ),
    Case(
        "contact objected, generic address (2 before 6)",
        {**GENERIC, "contact_withdrew": True},
        GateReason.OPTED_OUT,
    ),
    Case(
        "opted-out private contact (2 before 3)",
        {"scope": Scope.PRIVATE, "latest_consent": ConsentKind.OBJECTION},
        GateReason.OPTED_OUT,
    ),
    Case(
        "suppressed deceased contact (2 before 5)",
        {"deceased": True, "suppressed": True},
        GateReason.OPTED_OUT,
    ),
    # rule 3: private contacts (household exemption)
    Case("private", {"scope": Scope.PRIVATE}, GateReason.PRIVATE_CONTACT),
    Case(
        "private with opt-in (3 before 7)",
        {"scope": Scope.PRIVATE, **OPT_IN},
        GateReason.PRIVATE_CONTACT,
    ),
    Case(
        "private generic (3 before 6)",
        {"scope": Scope.PRIVATE, **GENERIC},
        GateReason.PRIVATE_CONTACT,
    ),
    Case(
        "private and deceased (3 before 5)",
        {"scope": Scope.PRIVATE, "deceased": True},
        GateReason.PRIVATE_CONTACT,
    ),
    # rule 4: not reviewed
    Case("unsorted", {"scope": Scope.UNSORTED}, GateReason.NOT_REVIEWED),
    Case(
        "unsorted with opt-in (4 before 7)",
        {"scope": Scope.UNSORTED, **OPT_IN},
        GateReason.NOT_REVIEWED,
    ),
    Case(
        "unsorted generic (4 before 6)",
        {"scope": Scope.UNSORTED, **GENERIC},
        GateReason.NOT_REVIEWED,
    ),
    Case(
        "unsorted and deceased (4 before 5)",
        {"scope": Scope.UNSORTED, "deceased": True},
        GateReason.NOT_REVIEWED,
    ),
    # rule 5: deceased
    Case("deceased", {"deceased": True}, GateReason.DECEASED),
    Case("deceased with opt-in (5 before 7)", {"deceased": True, **OPT_IN}, GateReason.DECEASED),
    Case("deceased generic (5 before 6)", {"deceased": True, **GENERIC}, GateReason.DECEASED),
    Case(
        "deceased customer with soft opt-in (5 before 8)",
        {"deceased": True, "latest_consent": ConsentKind.SOFT_OPT_IN},
        GateReason.DECEASED,
    ),
    # rule 6: generic (role) addresses, and strict mode
    Case("generic", GENERIC, GateReason.GENERIC_ADDRESS),
    Case(
        "generic of an organisation",
        {**GENERIC, "subject": Subject.ORGANISATION, "basis": LegalBasis.NONE},
        GateReason.GENERIC_ADDRESS,
    ),
    Case("generic, strict, not published", GENERIC, GateReason.GENERIC_NOT_PUBLISHED, strict=True),
    Case(
        "generic, strict, published",
        {**GENERIC, "published": True},
        GateReason.GENERIC_ADDRESS,
        True,
    ),
    Case(
        "generic, strict, unpublished, with opt-in (6 before 7)",
        {**GENERIC, **OPT_IN},
        GateReason.GENERIC_NOT_PUBLISHED,
        strict=True,
    ),
    # rule 7: a valid opt-in
    Case("opt-in", OPT_IN, GateReason.OPT_IN),
    Case("double opt-in", {"latest_consent": ConsentKind.DOUBLE_OPT_IN}, GateReason.OPT_IN),
    Case("opt-in, no legal basis", {**OPT_IN, "basis": LegalBasis.NONE}, GateReason.OPT_IN),
    Case("opt-in, strict mode", OPT_IN, GateReason.OPT_IN, strict=True),
    Case(
        "opt-in at an organisation's personal address",
        {**OPT_IN, "subject": Subject.ORGANISATION},
        GateReason.OPT_IN,
    ),
    # rule 8: soft opt-in of an existing customer
    Case(
        "customer, soft opt-in", {"latest_consent": ConsentKind.SOFT_OPT_IN}, GateReason.SOFT_OPT_IN
    ),
    Case(
        "customer, soft opt-in, strict",
        {"latest_consent": ConsentKind.SOFT_OPT_IN},
        GateReason.SOFT_OPT_IN,
        strict=True,
    ),
    Case(
        "soft opt-in, but a lead (not a customer)",
        {"latest_consent": ConsentKind.SOFT_OPT_IN, "basis": LegalBasis.LEGITIMATE_INTEREST},
        GateReason.PERSONAL_NO_OPT_IN,
    ),
    Case(
        "soft opt-in, basis consent",
        {"latest_consent": ConsentKind.SOFT_OPT_IN, "basis": LegalBasis.CONSENT},
        GateReason.PERSONAL_NO_OPT_IN,
    ),
    # rule 9: everything else
    Case("customer without opt-in", {}, GateReason.PERSONAL_NO_OPT_IN),
    Case(
        "lead without opt-in",
        {"basis": LegalBasis.LEGITIMATE_INTEREST},
        GateReason.PERSONAL_NO_OPT_IN,
    ),
    Case("no basis, no opt-in", {"basis": LegalBasis.NONE}, GateReason.PERSONAL_NO_OPT_IN),
    Case(
        "organisation's personal address without opt-in",
        {"subject": Subject.ORGANISATION},
        GateReason.PERSONAL_NO_OPT_IN,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_the_gate_decides_by_the_first_matching_rule(case: Case) -> None:
    decision = decide(facts(**case.changes), strict=case.strict)
    assert decision.reason is case.expected
    assert decision.allowed is (case.expected in ALLOWED_REASONS)


def test_every_reason_code_is_reachable_and_named_as_in_the_rules() -> None:
    assert {case.expected for case in CASES} == set(GateReason)
    assert [reason.value for reason in GateReason] == [
        "invalid_address",
        "opted_out",
        "private_contact",
        "not_reviewed",
        "deceased",
        "generic_address",
        "generic_not_published",
        "opt_in",
        "soft_opt_in",
        "personal_no_opt_in",
    ]


def test_strict_mode_changes_only_unpublished_generic_addresses() -> None:
    for case in CASES:
        lenient = decide(facts(**case.changes), strict=False)
        strict = decide(facts(**case.changes), strict=True)
        if lenient.reason is GateReason.GENERIC_ADDRESS and not case.changes.get("published"):
            assert strict.reason is GateReason.GENERIC_NOT_PUBLISHED
        else:
            assert strict == lenient, case.name


def _latest(*kinds_and_days: tuple[ConsentKind, int]) -> ConsentKind | None:
    records = [
        ConsentRecord("jan@x.nl", kind, datetime(2025, 1, day)) for kind, day in kinds_and_days
    ]
    latest = latest_consent(records)
    return latest.kind if latest else None


@pytest.mark.parametrize(
    ("history", "expected"),
    [
        pytest.param(
            [(ConsentKind.OPT_IN, 1), (ConsentKind.OPT_OUT, 2)], "opted_out", id="withdrawn"
        ),
        pytest.param(
            [(ConsentKind.DOUBLE_OPT_IN, 1), (ConsentKind.OBJECTION, 5)], "opted_out", id="objected"
        ),
        pytest.param([(ConsentKind.OPT_OUT, 1), (ConsentKind.OPT_IN, 3)], "opt_in", id="back in"),
        pytest.param(
            [(ConsentKind.OPT_OUT, 9), (ConsentKind.OPT_IN, 3)], "opted_out", id="recorded late"
        ),
        pytest.param(
            [(ConsentKind.OPT_IN, 1), (ConsentKind.SOFT_OPT_IN, 2)], "soft_opt_in", id="soft latest"
        ),
    ],
)
def test_an_opt_in_counts_only_while_it_is_the_latest_record(
    history: list[tuple[ConsentKind, int]], expected: str
) -> None:
    assert decide(facts(latest_consent=_latest(*history))).reason.value == expected


def test_for_an_address_on_several_contacts_an_allowed_entry_wins_but_an_opt_out_wins_always() -> (
    None
):
    allowed = decide(facts(**GENERIC))
    private = decide(facts(**GENERIC, scope=Scope.PRIVATE))
    opted_out = decide(facts(**GENERIC, contact_withdrew=True))
    assert prevails(allowed, private)
    assert not prevails(private, allowed)
    assert prevails(opted_out, allowed)
    assert not prevails(allowed, opted_out)
    assert not prevails(decide(facts(scope=Scope.UNSORTED)), private)  # first reason stays
