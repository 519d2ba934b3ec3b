"""The register gathered from a book: SQL counts, export, linking and starter templates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import EmailClassification, LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.domain.register import ActivityTally, WarningReason, activity_gaps, tally_contacts
from contactbook.services.activity_templates import TEMPLATES, template, templates
from contactbook.services.book import Book
from contactbook.services.demo_data import generate_demo
from contactbook.services.register import (
    RegisterFormat,
    build_register,
    export_register,
    format_from_suffix,
    link_business_contacts,
    register_entries,
    split_by_scope,
)
from contactbook.storage.errors import NotFoundError
from contactbook.storage.register_queries import activity_tallies

ACTIVITY = "Klantbeheer"


def domain_tally(book: Book, name: str) -> ActivityTally:
    return tally_contacts(book.contacts.get_many(ContactFilter(activity=name)))


def add(book: Book, *contacts: Contact) -> list[Contact]:
    for contact in contacts:
        contact.activities = [ACTIVITY]
    return book.contacts.add_many([c.with_classified_emails() for c in contacts])


@pytest.fixture
def activity(book: Book) -> ProcessingActivity:
    return book.activities.add(
        ProcessingActivity(
            name=ACTIVITY,
            purposes="Orders",
            retention_period="7 jaar",
            default_legal_basis=LegalBasis.CONTRACT,
        )
    )


# --- the SQL aggregates say what the domain says ----------------------------------------


def test_sql_tallies_match_the_domain_on_the_demo_data(book: Book) -> None:
    generate_demo(book, contacts=400, seed=11)
    tallies = activity_tallies(book.database)
    activities = book.activities.list()
    assert len(activities) == 4
    for stored in activities:
        assert stored.id is not None
        assert tallies[stored.id] == domain_tally(book, stored.name), stored.name


def test_sql_tallies_match_the_domain_on_edge_cases(
    book: Book, activity: ProcessingActivity
) -> None:
    lia = LegalBasis.LEGITIMATE_INTEREST
    add(
        book,
        Contact(given_name="  ", family_name="\t", scope=Scope.BUSINESS),  # no name really
        Contact(
            given_name="Jan",
            scope=Scope.BUSINESS,
            emails=[EmailAddress("info@bos.nl"), EmailAddress("sales@bos.nl")],
            addresses=[PostalAddress(postcode="1011 AB", city="Amsterdam")],
            photo=b"",
            notes=" \n ",
        ),
        Contact(
            given_name="Piet",
            scope=Scope.BUSINESS,
            emails=[EmailAddress("jan.bos@bos.nl", override=EmailClassification.GENERIC)],
            addresses=[PostalAddress(street="Damrak", house_number="1")],
            birthday=Birthday(2, 29),
            photo=b"\xff\xd8",
            job_title="Inkoper",
        ),
        Contact(
            given_name="Els",
            scope=Scope.BUSINESS,
            emails=[EmailAddress("info@els.nl", override=EmailClassification.PERSONAL)],
            addresses=[PostalAddress(house_number="3", city="Zwolle")],
            legal_basis=LegalBasisRecord(lia, balancing_test=BalancingTest("a", " ", "c")),
        ),
        Contact(
            given_name="Kees",
            scope=Scope.BUSINESS,
            legal_basis=LegalBasisRecord(lia, balancing_test=BalancingTest("a", "b", "c")),
        ),
        Contact(given_name="Oma", scope=Scope.PRIVATE, phones=[Phone.parse("06 12345678")]),
        Contact(given_name="Nieuw", scope=Scope.UNSORTED, phones=[Phone.parse("06 87654321")]),
        Contact(given_name="Opa", scope=Scope.BUSINESS, deceased=True, notes="overleden"),
        Contact(organisation="Bos BV", subject=Subject.ORGANISATION, scope=Scope.BUSINESS),
    )
    assert activity.id is not None
    sql = activity_tallies(book.database)[activity.id]
    assert sql == domain_tally(book, ACTIVITY)
    assert sql.linked == 9
    assert sql.data_subjects == 6
    assert sql.private == 1
    assert sql.not_reviewed == 1
    assert sql.assessment_missing == 1


def test_an_activity_without_contacts_has_an_empty_entry(
    book: Book, activity: ProcessingActivity
) -> None:
    [entry] = register_entries(book)
    assert entry.activity == activity
    assert (entry.linked_contacts, entry.data_subjects, entry.warnings) == (0, 0, ())


def test_archived_activities_are_left_out_of_the_register(
    book: Book, activity: ProcessingActivity
) -> None:
    book.activities.add(ProcessingActivity(name="Oud", archived=True))
    assert [e.activity.name for e in register_entries(book)] == [ACTIVITY]
    everything = register_entries(book, include_archived=True)
    assert [e.activity.name for e in everything] == [ACTIVITY, "Oud"]


def test_the_register_names_the_controller_and_the_day(book: Book, activity: object) -> None:
    book.settings.set_controller(ControllerDetails(company="Bakkerij Bos", city="Zwolle"))
    register = build_register(book, date(2025, 3, 14))
    assert register.controller.company == "Bakkerij Bos"
    assert register.drawn_up_on == date(2025, 3, 14)
    assert len(register.entries) == 1


# --- exporting: the whole file or nothing -----------------------------------------------


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """A folder of its own for the exports (the book lives in ``tmp_path`` too)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    return folder


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("r.xlsx", RegisterFormat.XLSX),
        ("R.CSV", RegisterFormat.CSV),
        ("r.pdf", RegisterFormat.PDF),
        ("r.html", RegisterFormat.HTML),
        ("r.htm", RegisterFormat.HTML),
        ("r.txt", None),
        ("register", None),
    ],
)
def test_format_from_suffix(name: str, fmt: RegisterFormat | None) -> None:
    assert format_from_suffix(Path(name)) is fmt


@pytest.mark.parametrize("fmt", [RegisterFormat.XLSX, RegisterFormat.CSV, RegisterFormat.HTML])
def test_export_writes_the_file(
    book: Book, activity: object, out: Path, fmt: RegisterFormat
) -> None:
    target = out / f"register.{fmt.value}"
    register = export_register(book, target, fmt, "nl", today=date(2025, 1, 2))
    assert target.stat().st_size > 0
    assert register.drawn_up_on == date(2025, 1, 2)
    assert list(out.iterdir()) == [target]  # no temporary file left


def test_a_failed_export_leaves_no_half_file_and_keeps_the_old_one(
    book: Book, activity: object, out: Path
) -> None:
    target = out / "register.pdf"
    target.write_text("the previous register")

    def broken_renderer(*_args: object) -> None:
        Path(_args[2]).write_bytes(b"%PDF-1.4 half")  # type: ignore[arg-type]
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        export_register(book, target, RegisterFormat.PDF, "en", render_pdf=broken_renderer)
    assert target.read_text() == "the previous register"
    assert list(out.iterdir()) == [target]


def test_pdf_needs_a_renderer(book: Book, out: Path) -> None:
    with pytest.raises(ValueError, match="PDF"):
        export_register(book, out / "r.pdf", RegisterFormat.PDF, "nl")
    assert list(out.iterdir()) == []


# --- linking: business contacts only ----------------------------------------------------


def test_linking_takes_business_contacts_and_refuses_the_others(
    book: Book, activity: object
) -> None:
    business, other_business, private, unsorted = book.contacts.add_many(
        [
            Contact(given_name="Jan", scope=Scope.BUSINESS),
            Contact(given_name="Piet", scope=Scope.BUSINESS),
            Contact(given_name="Oma", scope=Scope.PRIVATE),
            Contact(given_name="Nieuw", scope=Scope.UNSORTED),
        ]
    )
    ids = [c.id for c in (business, other_business, private, unsorted) if c.id is not None]
    book.activities.link(ACTIVITY, [ids[1]])

    outcome = link_business_contacts(book, ACTIVITY, ids)

    assert (outcome.linked, outcome.already_linked) == (1, 1)
    assert outcome.private == (ids[2],)
    assert outcome.not_reviewed == (ids[3],)
    assert outcome.refused == 2
    linked = {c.id for c in book.contacts.get_many(ContactFilter(activity=ACTIVITY))}
    assert linked == {ids[0], ids[1]}


def test_split_by_scope_handles_large_selections(book: Book) -> None:
    stored = book.contacts.add_many(
        [Contact(given_name=f"K{n}", scope=Scope.BUSINESS) for n in range(1200)]
    )
    ids = [c.id for c in stored if c.id is not None]
    assert split_by_scope(book, [*ids, 999_999]).business == tuple(ids)


def test_linking_to_an_unknown_activity_is_an_error(book: Book) -> None:
    with pytest.raises(NotFoundError):
        link_business_contacts(book, "Bestaat niet", [])


def test_warnings_come_from_the_linked_contacts(book: Book, activity: object) -> None:
    [oma] = book.contacts.add_many([Contact(given_name="Oma", scope=Scope.PRIVATE)])
    assert oma.id is not None
    book.activities.link(ACTIVITY, [oma.id])
    [entry] = register_entries(book)
    assert entry.reasons == (WarningReason.PRIVATE_CONTACTS_LINKED,)


# --- starter templates ------------------------------------------------------------------


def test_templates_exist_in_dutch_and_english_with_the_same_keys() -> None:
    dutch = [t.key for t in templates("nl")]
    english = [t.key for t in templates("en")]
    assert dutch == english == ["customers", "leads", "newsletter", "suppliers"]
    assert [t.title for t in templates("nl")] == [
        "Klantbeheer",
        "Leadgeneratie",
        "Nieuwsbrief",
        "Leverancierscontacten",
    ]
    assert template("leads", "en").title == "Lead generation"


@pytest.mark.parametrize("starter", TEMPLATES, ids=lambda t: f"{t.language}-{t.key}")
def test_every_template_is_a_complete_register_entry(starter: object) -> None:
    activity = starter.activity  # type: ignore[attr-defined]
    assert activity_gaps(activity) == []
    assert activity.id is None
    assert not activity.archived


def test_a_template_can_be_saved_and_adapted(book: Book) -> None:
    saved = book.activities.add(template("newsletter", "nl").activity)
    assert book.activities.get("Nieuwsbrief") == saved


def test_unknown_template() -> None:
    with pytest.raises(KeyError):
        template("payroll", "nl")
