"""Dutch personal names: particles (tussenvoegsels), display form, sort order, folding."""

from __future__ import annotations

import pytest

from contactbook.domain.names import (
    FamilyName,
    display_name,
    fold,
    initials,
    sort_key,
    split_family_name,
)


@pytest.mark.parametrize(
    ("family", "particle", "main"),
    [
        pytest.param("van den Berg", "van den", "Berg", id="two_particles"),
        pytest.param("van der Meer", "van der", "Meer", id="van_der"),
        pytest.param("'t Hart", "'t", "Hart", id="apostrophe_t_particle"),
        pytest.param("ter Horst", "ter", "Horst", id="ter_particle"),
        pytest.param("de Vries", "de", "Vries", id="de_particle"),
        pytest.param("Van Dijk", "Van", "Dijk", id="capitalised_particle_kept_as_typed"),
        pytest.param("van 't Hek", "van 't", "Hek", id="van_apostrophe_t"),
        pytest.param("  van  den   Berg ", "van den", "Berg", id="extra_whitespace_collapsed"),
        pytest.param("Jansen", "", "Jansen", id="no_particle"),
        pytest.param("Van", "", "Van", id="particle_word_alone_stays_main"),
        pytest.param("de", "", "de", id="lowercase_particle_alone_stays_main"),
        pytest.param("van der", "van", "der", id="main_part_never_empty"),
        pytest.param("Jansen-de Vries", "", "Jansen-de Vries", id="double_name_not_split"),
        pytest.param("", "", "", id="empty"),
    ],
)
def test_split_family_name(family: str, particle: str, main: str) -> None:
    assert split_family_name(family) == FamilyName(particle, main)


@pytest.mark.parametrize(
    ("family", "full"),
    [
        pytest.param("van den Berg", "van den Berg", id="full_rejoins_particle"),
        pytest.param("Jansen", "Jansen", id="full_without_particle"),
    ],
)
def test_family_name_full(family: str, full: str) -> None:
    assert split_family_name(family).full == full


@pytest.mark.parametrize(
    ("given", "family", "organisation", "expected"),
    [
        pytest.param(
            "Jan", "Van den Berg", "", "Jan van den Berg", id="particle_lowered_after_given"
        ),
        pytest.param("Jan", "van den Berg", "", "Jan van den Berg", id="particle_already_lower"),
        pytest.param("Piet", "'t Hart", "", "Piet 't Hart", id="apostrophe_particle"),
        pytest.param("Jan", "Jansen", "", "Jan Jansen", id="no_particle"),
        pytest.param("", "Van den Berg", "", "Van den Berg", id="family_only_kept_as_typed"),
        pytest.param("Jan", "", "", "Jan", id="given_only"),
        pytest.param("", "", "Acme BV", "Acme BV", id="falls_back_to_organisation"),
        pytest.param("Jan", "Jansen", "Acme BV", "Jan Jansen", id="person_name_beats_organisation"),
        pytest.param("  Jan ", " Jansen ", "", "Jan Jansen", id="whitespace_trimmed"),
        pytest.param("", "", "", "", id="all_empty"),
    ],
)
def test_display_name(given: str, family: str, organisation: str, expected: str) -> None:
    assert display_name(given, family, organisation) == expected


def test_sort_key_main_family_part_first() -> None:
    assert sort_key("Jan", "van den Berg") == "berg jan van den"


@pytest.mark.parametrize(
    ("names", "expected_order"),
    [
        pytest.param(
            [("Piet", "Bos"), ("Jan", "van den Berg"), ("Kees", "Bakker")],
            ["Bakker", "van den Berg", "Bos"],
            id="particle_sorts_on_main_part_between_bakker_and_bos",
        ),
        pytest.param(
            [("Anna", "de Vries"), ("Bram", "Visser"), ("Carla", "Wit")],
            ["Visser", "de Vries", "Wit"],
            id="de_vries_under_v",
        ),
        pytest.param(
            [("Eva", "Ödeker"), ("Ed", "Oosterhout"), ("Els", "Nijland")],
            ["Nijland", "Ödeker", "Oosterhout"],
            id="diacritics_ignored",
        ),
        pytest.param(
            [("Jan", "berg"), ("Jan", "Bergman"), ("Jan", "BOS")],
            ["berg", "Bergman", "BOS"],
            id="case_ignored_and_shorter_main_first",
        ),
    ],
)
def test_sort_order(names: list[tuple[str, str]], expected_order: list[str]) -> None:
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [family for _, family in ordered] == expected_order


@pytest.mark.parametrize(
    ("a", "b"),
    [
        pytest.param(("Jan", "de Vries"), ("jan", "De Vries"), id="case_ignored"),
        pytest.param(("Zoë", "Jansen"), ("Zoe", "Jansen"), id="diacritics_ignored"),
    ],
)
def test_sort_key_equal(a: tuple[str, str], b: tuple[str, str]) -> None:
    assert sort_key(*a) == sort_key(*b)


@pytest.mark.parametrize(
    ("given", "family", "organisation", "expected"),
    [
        pytest.param("", "", "Acme BV", "acme bv", id="organisation_when_no_names"),
        pytest.param("Jan", "", "Acme BV", "jan", id="given_only"),
    ],
)
def test_sort_key_fallbacks(given: str, family: str, organisation: str, expected: str) -> None:
    assert sort_key(given, family, organisation) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Zoë", "zoe", id="diaeresis"),
        pytest.param("Émile", "emile", id="acute_upper"),
        pytest.param("Brüggemann", "bruggemann", id="umlaut"),
        pytest.param("François", "francois", id="cedilla"),
        pytest.param("Straße", "strasse", id="casefold_sharp_s"),
        pytest.param("ĲSSEL", "ijssel", id="ij_ligature"),
        pytest.param("JANSEN", "jansen", id="upper_case"),
        pytest.param("", "", id="empty"),
    ],
)
def test_fold(text: str, expected: str) -> None:
    assert fold(text) == expected


@pytest.mark.parametrize(
    ("given", "family", "organisation", "expected"),
    [
        pytest.param("Jan", "van den Berg", "", "JB", id="main_family_part_not_particle"),
        pytest.param("jan", "jansen", "", "JJ", id="upper_cased"),
        pytest.param("Jan", "", "", "J", id="given_only"),
        pytest.param("", "de Vries", "", "V", id="family_only"),
        pytest.param("", "", "Acme Trading BV", "AT", id="organisation_two_words"),
        pytest.param("", "", "Acme", "A", id="organisation_one_word"),
        pytest.param("Émile", "Ödeker", "", "ÉÖ", id="diacritics_kept"),
        pytest.param("", "", "", "", id="empty"),
    ],
)
def test_initials(given: str, family: str, organisation: str, expected: str) -> None:
    assert initials(given, family, organisation) == expected


def test_an_organisation_name_with_a_leading_apostrophe_files_under_its_letter() -> None:
    from contactbook.domain.contact import Contact
    from contactbook.domain.enums import Subject

    hart = Contact(organisation="'t Hart & Partners", subject=Subject.ORGANISATION)
    assert hart.sort_key.startswith("t hart")
