"""PRIVACY-RULES.md §3: the one badge every contact shows, and how serious it is."""

from __future__ import annotations

import itertools
from typing import Any

import pytest

from contactbook.domain.badge import BadgeKind, Severity, badge_for, badge_kind, severity
from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord

ALL_FACTS = list(
    itertools.product(Scope, Subject, [False, True], LegalBasis, [False, True]),
)


def _facts_id(facts: tuple[Scope, Subject, bool, LegalBasis, bool]) -> str:
    scope, subject, deceased, basis, missing = facts
    return (
        f"{subject.value}-{scope.value}-{'deceased' if deceased else 'living'}-"
        f"{basis.value}-{'lia_missing' if missing else 'lia_ok'}"
    )


def _expected(
    scope: Scope, subject: Subject, deceased: bool, basis: LegalBasis, missing: bool
) -> BadgeKind:
    """The rules of §3 written out once more, independently of badge.py."""
    if subject is Subject.ORGANISATION:
        return BadgeKind.ORGANISATION
    if deceased:
        return BadgeKind.DECEASED
    if scope is Scope.PRIVATE:
        return BadgeKind.PRIVATE
    if scope is Scope.UNSORTED:
        return BadgeKind.TO_REVIEW
    return {
        LegalBasis.CONSENT: BadgeKind.CONSENT,
        LegalBasis.CONTRACT: BadgeKind.CONTRACT,
        LegalBasis.LEGAL_OBLIGATION: BadgeKind.LEGAL_OBLIGATION,
        LegalBasis.VITAL_INTERESTS: BadgeKind.VITAL_INTERESTS,
        LegalBasis.PUBLIC_TASK: BadgeKind.PUBLIC_TASK,
        LegalBasis.LEGITIMATE_INTEREST: (
            BadgeKind.ASSESSMENT_MISSING if missing else BadgeKind.LEGITIMATE_INTEREST
        ),
        LegalBasis.NONE: BadgeKind.NO_LEGAL_BASIS,
    }[basis]


@pytest.mark.parametrize("facts", ALL_FACTS, ids=[_facts_id(f) for f in ALL_FACTS])
def test_every_combination_of_facts(
    facts: tuple[Scope, Subject, bool, LegalBasis, bool],
) -> None:
    assert badge_kind(*facts) is _expected(*facts)


@pytest.mark.parametrize(
    ("scope", "subject", "deceased", "basis", "missing", "expected"),
    [
        pytest.param(
            Scope.BUSINESS,
            Subject.ORGANISATION,
            True,
            LegalBasis.NONE,
            False,
            BadgeKind.ORGANISATION,
            id="organisation_wins_over_deceased_and_no_basis",
        ),
        pytest.param(
            Scope.PRIVATE,
            Subject.ORGANISATION,
            False,
            LegalBasis.CONSENT,
            False,
            BadgeKind.ORGANISATION,
            id="organisation_wins_over_private",
        ),
        pytest.param(
            Scope.UNSORTED,
            Subject.ORGANISATION,
            False,
            LegalBasis.LEGITIMATE_INTEREST,
            True,
            BadgeKind.ORGANISATION,
            id="organisation_wins_over_unsorted_and_missing_lia",
        ),
        pytest.param(
            Scope.PRIVATE,
            Subject.PERSON,
            True,
            LegalBasis.NONE,
            False,
            BadgeKind.DECEASED,
            id="deceased_wins_over_private",
        ),
        pytest.param(
            Scope.UNSORTED,
            Subject.PERSON,
            True,
            LegalBasis.NONE,
            False,
            BadgeKind.DECEASED,
            id="deceased_wins_over_unsorted",
        ),
        pytest.param(
            Scope.PRIVATE,
            Subject.PERSON,
            False,
            LegalBasis.NONE,
            False,
            BadgeKind.PRIVATE,
            id="private_no_basis_is_not_an_error",
        ),
        pytest.param(
            Scope.UNSORTED,
            Subject.PERSON,
            False,
            LegalBasis.CONSENT,
            False,
            BadgeKind.TO_REVIEW,
            id="unsorted_is_to_review_even_with_basis",
        ),
        pytest.param(
            Scope.BUSINESS,
            Subject.PERSON,
            False,
            LegalBasis.LEGITIMATE_INTEREST,
            True,
            BadgeKind.ASSESSMENT_MISSING,
            id="legitimate_interest_without_lia_warns",
        ),
        pytest.param(
            Scope.BUSINESS,
            Subject.PERSON,
            False,
            LegalBasis.LEGITIMATE_INTEREST,
            False,
            BadgeKind.LEGITIMATE_INTEREST,
            id="legitimate_interest_with_lia_ok",
        ),
        pytest.param(
            Scope.BUSINESS,
            Subject.PERSON,
            False,
            LegalBasis.CONTRACT,
            True,
            BadgeKind.CONTRACT,
            id="missing_lia_flag_ignored_for_other_bases",
        ),
        pytest.param(
            Scope.BUSINESS,
            Subject.PERSON,
            False,
            LegalBasis.NONE,
            False,
            BadgeKind.NO_LEGAL_BASIS,
            id="business_person_without_basis",
        ),
    ],
)
def test_named_precedence_rules(
    scope: Scope,
    subject: Subject,
    deceased: bool,
    basis: LegalBasis,
    missing: bool,
    expected: BadgeKind,
) -> None:
    assert badge_kind(scope, subject, deceased, basis, missing) is expected


COMPLETE_LIA = BalancingTest(
    purpose="find customers for our cleaning service",
    necessity="only name and business address, no alternative",
    balance="business contacts expect this; easy objection offered",
)


def business_person(basis: LegalBasisRecord, **kwargs: Any) -> Contact:
    return Contact(
        given_name="Jan", family_name="Jansen", scope=Scope.BUSINESS, legal_basis=basis, **kwargs
    )


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        pytest.param(
            LegalBasisRecord(LegalBasis.LEGITIMATE_INTEREST, balancing_test=COMPLETE_LIA),
            BadgeKind.LEGITIMATE_INTEREST,
            id="lia_complete",
        ),
        pytest.param(
            LegalBasisRecord(LegalBasis.LEGITIMATE_INTEREST),
            BadgeKind.ASSESSMENT_MISSING,
            id="lia_absent",
        ),
        pytest.param(
            LegalBasisRecord(LegalBasis.LEGITIMATE_INTEREST, balancing_test=BalancingTest()),
            BadgeKind.ASSESSMENT_MISSING,
            id="lia_all_parts_empty",
        ),
        pytest.param(
            LegalBasisRecord(
                LegalBasis.LEGITIMATE_INTEREST,
                balancing_test=BalancingTest("p", "n", ""),
            ),
            BadgeKind.ASSESSMENT_MISSING,
            id="lia_balance_empty",
        ),
        pytest.param(
            LegalBasisRecord(
                LegalBasis.LEGITIMATE_INTEREST,
                balancing_test=BalancingTest("p", "", "b"),
            ),
            BadgeKind.ASSESSMENT_MISSING,
            id="lia_necessity_empty",
        ),
        pytest.param(
            LegalBasisRecord(
                LegalBasis.LEGITIMATE_INTEREST,
                balancing_test=BalancingTest("", "n", "b"),
            ),
            BadgeKind.ASSESSMENT_MISSING,
            id="lia_purpose_empty",
        ),
        pytest.param(
            LegalBasisRecord(
                LegalBasis.LEGITIMATE_INTEREST,
                balancing_test=BalancingTest("p", "  ", "b"),
            ),
            BadgeKind.ASSESSMENT_MISSING,
            id="lia_whitespace_only_part_counts_as_empty",
        ),
        pytest.param(LegalBasisRecord(LegalBasis.CONSENT), BadgeKind.CONSENT, id="basis_a_consent"),
        pytest.param(
            LegalBasisRecord(LegalBasis.CONTRACT, note="order 2024-17"),
            BadgeKind.CONTRACT,
            id="basis_b_contract",
        ),
        pytest.param(
            LegalBasisRecord(LegalBasis.LEGAL_OBLIGATION, note="fiscal retention"),
            BadgeKind.LEGAL_OBLIGATION,
            id="basis_c_legal_obligation",
        ),
        pytest.param(
            LegalBasisRecord(LegalBasis.VITAL_INTERESTS),
            BadgeKind.VITAL_INTERESTS,
            id="basis_d_vital_interests",
        ),
        pytest.param(
            LegalBasisRecord(LegalBasis.PUBLIC_TASK),
            BadgeKind.PUBLIC_TASK,
            id="basis_e_public_task",
        ),
        pytest.param(LegalBasisRecord(), BadgeKind.NO_LEGAL_BASIS, id="default_is_no_basis"),
    ],
)
def test_badge_for_business_person(record: LegalBasisRecord, expected: BadgeKind) -> None:
    assert badge_for(business_person(record)) is expected


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        pytest.param(BadgeKind.CONSENT, Severity.OK, id="consent_ok"),
        pytest.param(BadgeKind.CONTRACT, Severity.OK, id="contract_ok"),
        pytest.param(BadgeKind.LEGAL_OBLIGATION, Severity.OK, id="legal_obligation_ok"),
        pytest.param(BadgeKind.VITAL_INTERESTS, Severity.OK, id="vital_interests_ok"),
        pytest.param(BadgeKind.PUBLIC_TASK, Severity.OK, id="public_task_ok"),
        pytest.param(BadgeKind.LEGITIMATE_INTEREST, Severity.OK, id="legitimate_interest_ok"),
        pytest.param(BadgeKind.ASSESSMENT_MISSING, Severity.WARNING, id="assessment_missing_warn"),
        pytest.param(BadgeKind.NO_LEGAL_BASIS, Severity.ERROR, id="no_legal_basis_error"),
        pytest.param(BadgeKind.PRIVATE, Severity.NEUTRAL, id="private_neutral"),
        pytest.param(BadgeKind.ORGANISATION, Severity.NEUTRAL, id="organisation_neutral"),
        pytest.param(BadgeKind.DECEASED, Severity.NEUTRAL, id="deceased_neutral"),
        pytest.param(BadgeKind.TO_REVIEW, Severity.ATTENTION, id="to_review_attention"),
    ],
)
def test_severity(kind: BadgeKind, expected: Severity) -> None:
    assert severity(kind) is expected


@pytest.mark.parametrize("kind", list(BadgeKind), ids=lambda k: f"severity_defined-{k.value}")
def test_severity_mapping_is_complete(kind: BadgeKind) -> None:
    assert isinstance(severity(kind), Severity)


@pytest.mark.parametrize(
    "basis", list(LegalBasis), ids=lambda b: f"every_basis_has_a_badge-{b.value}"
)
def test_every_legal_basis_has_a_badge(basis: LegalBasis) -> None:
    kind = badge_kind(Scope.BUSINESS, Subject.PERSON, False, basis, False)
    assert kind in set(BadgeKind)
    expected = Severity.ERROR if basis is LegalBasis.NONE else Severity.OK
    assert severity(kind) is expected
