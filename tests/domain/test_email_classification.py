"""PRIVACY-RULES.md §1, e-mail addresses: generic (role) addresses are not personal data.

Each parametrize id names the rule it checks. Every case checks both the classification and
the reason code the UI translates.
"""

from __future__ import annotations

import pytest

from contactbook.domain.enums import EmailClassification
from contactbook.domain.personal_data import (
    FREE_MAIL_DOMAINS,
    EmailReason,
    classify_email,
    is_role_local_part,
)

PERSONAL = EmailClassification.PERSONAL
GENERIC = EmailClassification.GENERIC

ROLE_WORDS_FROM_THE_RULES = [
    # English, as PRIVACY-RULES.md §1 lists them
    "info",
    "sales",
    "support",
    "contact",
    "office",
    "admin",
    "billing",
    "invoice",
    "noreply",
    "marketing",
    "hr",
    "jobs",
    # Dutch
    "verkoop",
    "inkoop",
    "klantenservice",
    "administratie",
    "boekhouding",
    "facturen",
    "receptie",
    "secretariaat",
    "planning",
    "logistiek",
]


@pytest.mark.parametrize(
    "word",
    ROLE_WORDS_FROM_THE_RULES,
    ids=[f"role_word_exact-{w}" for w in ROLE_WORDS_FROM_THE_RULES],
)
def test_role_word_exactly_is_generic(word: str) -> None:
    verdict = classify_email(f"{word}@acme.nl")
    assert verdict.classification is GENERIC
    assert verdict.reason is EmailReason.ROLE_ADDRESS


@pytest.mark.parametrize(
    ("address", "classification", "reason"),
    [
        pytest.param("info2@acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="role_word_digits"),
        pytest.param(
            "verkoop01@acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="role_word_digits_dutch"
        ),
        pytest.param(
            "sales-support@acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="role_dash_role"
        ),
        pytest.param("info.verkoop@acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="role_dot_role"),
        pytest.param(
            "klantenservice_planning@acme.nl",
            GENERIC,
            EmailReason.ROLE_ADDRESS,
            id="role_underscore_role",
        ),
        pytest.param(
            "info2.sales3@acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="role_digits_both_words"
        ),
        pytest.param(
            "no-reply@acme.nl",
            GENERIC,
            EmailReason.ROLE_ADDRESS,
            id="role_word_containing_separator_no-reply",
        ),
        pytest.param(
            "info.jan@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="role_then_non_role_word"
        ),
        pytest.param(
            "sales.x@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="role_then_single_letter"
        ),
        pytest.param("infoteam@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="role_glued_no_sep"),
        pytest.param("2info@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="digits_before_role"),
        pytest.param("info.2@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="separator_then_digits"),
        pytest.param("info-@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="trailing_separator"),
        pytest.param("info..sales@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="empty_word"),
        pytest.param("info+news@acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="plus_tag_dropped"),
        pytest.param(
            "jan+info@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="plus_tag_dropped_not_role"
        ),
        pytest.param("INFO@ACME.NL", GENERIC, EmailReason.ROLE_ADDRESS, id="upper_case_role"),
        pytest.param(
            "Sales-Support@Acme.nl", GENERIC, EmailReason.ROLE_ADDRESS, id="mixed_case_role"
        ),
        pytest.param(
            "  info@acme.nl  ", GENERIC, EmailReason.ROLE_ADDRESS, id="surrounding_space_ignored"
        ),
        pytest.param("xyz@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="undecided_is_personal"),
        pytest.param("jdv@acme.nl", PERSONAL, EmailReason.UNDECIDED, id="undecided_initials"),
    ],
)
def test_role_local_part_rules(
    address: str, classification: EmailClassification, reason: EmailReason
) -> None:
    verdict = classify_email(address)
    assert verdict.classification is classification
    assert verdict.reason is reason


@pytest.mark.parametrize(
    "domain",
    ["gmail.com", "outlook.com", "hotmail.com", "ziggo.nl", "kpnmail.nl"],
    ids=lambda d: f"free_mail_domain-{d}",
)
@pytest.mark.parametrize("local", ["info", "jan.jansen", "verkoop2"])
def test_free_mail_domain_is_always_personal(domain: str, local: str) -> None:
    verdict = classify_email(f"{local}@{domain}", "Jan", "Jansen")
    assert verdict.classification is PERSONAL
    assert verdict.reason is EmailReason.FREE_MAIL_DOMAIN


@pytest.mark.parametrize(
    "domain",
    ["gmail.com", "outlook.com", "hotmail.com", "ziggo.nl", "kpnmail.nl"],
    ids=lambda d: f"rules_free_mail_domain_listed-{d}",
)
def test_free_mail_domains_named_in_the_rules_are_listed(domain: str) -> None:
    assert domain in FREE_MAIL_DOMAINS


def test_free_mail_domain_upper_case() -> None:
    verdict = classify_email("Info@GMAIL.COM")
    assert verdict.classification is PERSONAL
    assert verdict.reason is EmailReason.FREE_MAIL_DOMAIN


@pytest.mark.parametrize(
    ("address", "given", "family", "classification", "reason"),
    [
        pytest.param(
            "jan@acme.nl", "Jan", "Jansen", PERSONAL, EmailReason.CONTAINS_NAME, id="given_exact"
        ),
        pytest.param(
            "jansen@acme.nl", "Jan", "Jansen", PERSONAL, EmailReason.CONTAINS_NAME, id="family"
        ),
        pytest.param(
            "jan.jansen@acme.nl",
            "Jan",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="firstname_dot_lastname",
        ),
        pytest.param(
            "j.jansen@acme.nl",
            "Jan",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="initial_dot_lastname",
        ),
        pytest.param(
            "info.jan@acme.nl",
            "Jan",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="role_then_given_name",
        ),
        pytest.param(
            "sales.jansen@acme.nl",
            "Jan",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="name_beats_role_word",
        ),
        pytest.param(
            "piet.jansen@acme.nl",
            "",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="family_only_known",
        ),
        pytest.param(
            "JAN.JANSEN@acme.nl",
            "Jan",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="name_upper_case",
        ),
        pytest.param(
            "jan.jansen+news@acme.nl",
            "Jan",
            "Jansen",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="name_with_plus_tag",
        ),
        # Dutch particles: the main part and the squashed whole name both count.
        pytest.param(
            "berg@acme.nl",
            "Piet",
            "van den Berg",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="particle_main_part",
        ),
        pytest.param(
            "j.vandenberg@acme.nl",
            "Jan",
            "van den Berg",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="particle_squashed_whole_name",
        ),
        pytest.param(
            "jvdberg@acme.nl",
            "Jan",
            "van den Berg",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="particle_vd_abbreviation",
        ),
        pytest.param(
            "p.thart@acme.nl",
            "Piet",
            "'t Hart",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="particle_apostrophe_squashed",
        ),
        pytest.param(
            "van@acme.nl",
            "Piet",
            "van den Berg",
            PERSONAL,
            EmailReason.UNDECIDED,
            id="particle_alone_is_not_the_name",
        ),
        # Diacritics are folded on both sides.
        pytest.param(
            "zoe.jansen@acme.nl",
            "Zoë",
            "",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="diacritics_in_name_plain_local",
        ),
        pytest.param(
            "zoë@acme.nl",
            "Zoë",
            "",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="diacritics_in_name_and_local",
        ),
        pytest.param(
            "zoë@acme.nl",
            "Zoe",
            "",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="diacritics_in_local_only",
        ),
        pytest.param(
            "r.bruggemann@acme.nl",
            "",
            "Brüggemann",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="diacritics_in_family_name",
        ),
        # Short names (under three letters) match only as a whole token.
        pytest.param(
            "jobs@acme.nl", "Jo", "", GENERIC, EmailReason.ROLE_ADDRESS, id="short_given_no_substr"
        ),
        pytest.param(
            "jo@acme.nl", "Jo", "", PERSONAL, EmailReason.CONTAINS_NAME, id="short_given_token"
        ),
        pytest.param(
            "jo.info@acme.nl",
            "Jo",
            "",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="short_given_token_with_role",
        ),
        pytest.param(
            "administratie@acme.nl",
            "Ad",
            "",
            GENERIC,
            EmailReason.ROLE_ADDRESS,
            id="short_given_inside_role_word",
        ),
        pytest.param(
            "hr@acme.nl",
            "Anna",
            "Li",
            GENERIC,
            EmailReason.ROLE_ADDRESS,
            id="unrelated_names_keep_role",
        ),
        pytest.param(
            "jan-willem@acme.nl",
            "Jan-Willem",
            "",
            PERSONAL,
            EmailReason.CONTAINS_NAME,
            id="hyphenated_given_name",
        ),
    ],
)
def test_contact_name_in_local_part_is_personal(
    address: str,
    given: str,
    family: str,
    classification: EmailClassification,
    reason: EmailReason,
) -> None:
    verdict = classify_email(address, given, family)
    assert verdict.classification is classification
    assert verdict.reason is reason


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("jan.jansen@acme.nl", id="firstname_lastname_company_domain_no_names"),
        pytest.param("j.jansen@acme.nl", id="initial_lastname_company_domain_no_names"),
    ],
)
def test_personal_pattern_without_known_names_is_personal_undecided(address: str) -> None:
    verdict = classify_email(address)
    assert verdict.classification is PERSONAL
    assert verdict.reason is EmailReason.UNDECIDED


@pytest.mark.parametrize(
    ("address", "override"),
    [
        pytest.param("info@acme.nl", PERSONAL, id="override_role_to_personal"),
        pytest.param("jan.jansen@acme.nl", GENERIC, id="override_personal_to_generic"),
        pytest.param("info@gmail.com", GENERIC, id="override_beats_free_mail"),
        pytest.param("xyz@acme.nl", GENERIC, id="override_beats_undecided"),
        pytest.param("info@acme.nl", GENERIC, id="override_same_as_auto"),
    ],
)
def test_user_override_wins(address: str, override: EmailClassification) -> None:
    verdict = classify_email(address, "Jan", "Jansen", override=override)
    assert verdict.classification is override
    assert verdict.reason is EmailReason.USER_OVERRIDE


@pytest.mark.parametrize(
    "address",
    [
        pytest.param("", id="invalid_empty"),
        pytest.param("info", id="invalid_no_at"),
        pytest.param("@acme.nl", id="invalid_no_local_part"),
        pytest.param("info@", id="invalid_no_domain"),
        pytest.param("info@acme", id="invalid_domain_without_dot"),
        pytest.param("info@@acme.nl", id="invalid_two_ats"),
        pytest.param("in fo@acme.nl", id="invalid_space_in_local_part"),
        pytest.param("info@acme..nl", id="invalid_empty_domain_label"),
    ],
)
def test_invalid_address_is_personal_with_reason_invalid(address: str) -> None:
    verdict = classify_email(address, "Jan", "Jansen")
    assert verdict.classification is PERSONAL
    assert verdict.reason is EmailReason.INVALID


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        pytest.param("info", True, id="role_exact"),
        pytest.param("info2", True, id="role_digits"),
        pytest.param("sales-support", True, id="role_separator_role"),
        pytest.param("info+news", True, id="plus_tag_dropped"),
        pytest.param("INFO", True, id="upper_case"),
        pytest.param("no-reply", True, id="role_word_containing_separator"),
        pytest.param("info.jan", False, id="role_then_non_role"),
        pytest.param("", False, id="empty"),
        pytest.param("123", False, id="digits_only"),
    ],
)
def test_is_role_local_part(local: str, expected: bool) -> None:
    assert is_role_local_part(local) is expected


def test_a_particle_inside_a_double_family_name_is_not_a_name_part() -> None:
    verdict = classify_email("info.de@bedrijf.nl", "Kim", "Jansen-de Vries")
    assert verdict.reason is not EmailReason.CONTAINS_NAME
    assert classify_email("k.vries@bedrijf.nl", "Kim", "Jansen-de Vries").reason is (
        EmailReason.CONTAINS_NAME
    )
