"""The command line's contacts commands: JSON shapes of CLI.md, edits, consent, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactbook.cli import main
from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.audit import AuditAction
from contactbook.domain.contact import Contact
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress
from contactbook.services.book import Book
from contactbook.storage import audit_log

CONTACT_KEYS = {
    "id",
    "uid",
    "display_name",
    "given_name",
    "family_name",
    "organisation",
    "scope",
    "subject",
    "deceased",
    "legal_basis",
    "legal_basis_note",
    "assessment_missing",
    "emails",
    "phones",
    "addresses",
    "birthday",
    "categories",
    "activities",
}


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def jan(book: Book) -> int:
    book.activities.add(ProcessingActivity("Klantbeheer"))
    stored = book.contacts.add(
        Contact(
            given_name="Jan",
            family_name="de Vries",
            organisation="Bakkerij Bos",
            scope=Scope.BUSINESS,
            legal_basis=LegalBasisRecord(LegalBasis.CONTRACT, note="Order 4471"),
            emails=[
                EmailAddress("jan.devries@bakkerijbos.nl", "work"),
                EmailAddress("info@bakkerijbos.nl", "work"),
            ],
            phones=[Phone.parse("06 12345678", "cell")],
            addresses=[PostalAddress("Kerkstraat", "1", "1011 AB", "Amsterdam", "NL", "work")],
            categories=["klant"],
            activities=["Klantbeheer"],
        ).with_classified_emails()
    )
    assert stored.id is not None
    return stored.id


def test_show_json_has_the_documented_shape(
    capsys: pytest.CaptureFixture[str], db_path: Path, jan: int
) -> None:
    code, out, _ = run(capsys, db_path, "show", str(jan), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data.keys() >= CONTACT_KEYS
    assert data["display_name"] == "Jan de Vries"
    assert data["legal_basis"] == "contract"
    assert data["emails"] == [
        {
            "address": "jan.devries@bakkerijbos.nl",
            "label": "work",
            "classification": "personal",
            "consent": None,
        },
        {
            "address": "info@bakkerijbos.nl",
            "label": "work",
            "classification": "generic",
            "consent": None,
        },
    ]
    assert data["phones"] == [
        {"raw": "06 12345678", "e164": "+31612345678", "label": "cell", "valid": True}
    ]
    assert data["addresses"][0]["street"] == "Kerkstraat 1"
    assert data["addresses"][0]["postcode"] == "1011 AB"
    assert data["categories"] == ["klant"]
    assert data["activities"] == ["Klantbeheer"]


def test_list_json_is_an_array_of_the_same_objects(
    capsys: pytest.CaptureFixture[str], db_path: Path, jan: int
) -> None:
    code, out, _ = run(capsys, db_path, "list", "--format", "json", "--scope", "business")
    assert code == 0
    [item] = json.loads(out)
    assert item["id"] == jan
    assert item.keys() >= CONTACT_KEYS
    _, out, _ = run(capsys, db_path, "list", "--format", "json", "--scope", "private")
    assert json.loads(out) == []


def test_list_table_and_csv(capsys: pytest.CaptureFixture[str], db_path: Path, jan: int) -> None:
    code, out, _ = run(capsys, db_path, "list", "--search", "vries")
    assert code == 0
    assert "Jan de Vries" in out
    assert "contract" in out
    code, out, _ = run(capsys, db_path, "list", "--format", "csv")
    assert out.splitlines()[0] == "id,name,organisation,e-mail,phone,scope,badge"
    assert out.splitlines()[1].startswith(f"{jan},Jan de Vries,Bakkerij Bos,")


def test_consent_is_recorded_and_shown_as_the_latest_kind(
    capsys: pytest.CaptureFixture[str], db_path: Path, jan: int
) -> None:
    for kind, at in (("opt_in", "2024-01-01T10:00"), ("opt_out", "2025-06-01T10:00")):
        code, _, err = run(
            capsys,
            db_path,
            "consent",
            "Jan.DeVries@bakkerijbos.nl",
            "--kind",
            kind,
            "--source",
            "webformulier",
            "--at",
            at,
        )
        assert (code, err) == (0, "")
    _, out, _ = run(capsys, db_path, "show", str(jan), "--format", "json")
    assert json.loads(out)["emails"][0]["consent"] == "opt_out"


def test_moving_private_to_business_needs_a_legal_basis(
    capsys: pytest.CaptureFixture[str], db_path: Path, book: Book
) -> None:
    stored = book.contacts.add(Contact(given_name="Oma", family_name="Smit", scope=Scope.PRIVATE))
    code, _, err = run(capsys, db_path, "edit", str(stored.id), "--scope", "business")
    assert code == 2
    assert "needs a legal basis" in err
    assert len(err.strip().splitlines()) == 1
    code, _, _ = run(
        capsys,
        db_path,
        "edit",
        str(stored.id),
        "--scope",
        "business",
        "--basis",
        "consent",
        "--basis-note",
        "Aangemeld op de beurs",
    )
    assert code == 0
    _, out, _ = run(capsys, db_path, "show", str(stored.id), "--format", "json")
    data = json.loads(out)
    assert (data["scope"], data["legal_basis"]) == ("business", "consent")
    assert data["legal_basis_note"] == "Aangemeld op de beurs"
    actions = {event.action for event in audit_log.events(book.database, stored.id)}
    assert {AuditAction.SCOPE_CHANGED, AuditAction.LEGAL_BASIS_CHANGED} <= actions


def test_legitimate_interest_without_balancing_test_is_flagged(
    capsys: pytest.CaptureFixture[str], db_path: Path, jan: int
) -> None:
    code, out, _ = run(capsys, db_path, "edit", str(jan), "--basis", "legitimate_interest")
    assert code == 0
    assert "balancing test" in out
    _, out, _ = run(capsys, db_path, "show", str(jan), "--format", "json")
    assert json.loads(out)["assessment_missing"] is True
    run(
        capsys,
        db_path,
        "edit",
        str(jan),
        "--lia-purpose",
        "Klanten behouden",
        "--lia-necessity",
        "Alleen zakelijk contact",
        "--lia-balance",
        "Geringe inbreuk",
    )
    _, out, _ = run(capsys, db_path, "show", str(jan), "--format", "json")
    assert json.loads(out)["assessment_missing"] is False


def test_edit_subject_deceased_and_activity(
    capsys: pytest.CaptureFixture[str], db_path: Path, jan: int, book: Book
) -> None:
    book.activities.add(ProcessingActivity("Nieuwsbrief"))
    code, _, _ = run(capsys, db_path, "edit", str(jan), "--deceased", "--activity", "Nieuwsbrief")
    assert code == 0
    contact = book.contacts.get(jan)
    assert contact.deceased
    assert contact.activities == ["Klantbeheer", "Nieuwsbrief"]
    run(capsys, db_path, "edit", str(jan), "--alive", "--subject", "organisation")
    contact = book.contacts.get(jan)
    assert not contact.deceased
    assert contact.subject is Subject.ORGANISATION


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["show", "999"], "no contact with id 999", id="unknown-id"),
        pytest.param(["show", "abc"], "invalid int value", id="id-not-a-number"),
        pytest.param(["frobnicate"], "invalid choice", id="unknown-command"),
        pytest.param(["list", "--scope", "work"], "invalid choice", id="bad-scope"),
        pytest.param(["edit", "1"], "nothing to change", id="edit-without-changes"),
        pytest.param(["edit", "1", "--activity", "Onbekend"], "Onbekend", id="unknown-activity"),
        pytest.param(
            ["consent", "not-an-address", "--kind", "opt_in"],
            "not an e-mail",
            id="consent-bad-address",
        ),
        pytest.param(
            ["consent", "nobody@example.nl", "--kind", "opt_in"],
            "No contact has",
            id="consent-unknown-address",
        ),
        pytest.param(
            ["consent", "jan.devries@bakkerijbos.nl", "--kind", "opt_in", "--at", "yesterday"],
            "not an ISO date",
            id="consent-bad-date",
        ),
        pytest.param(
            ["consent", "x@y.nl", "--kind", "maybe"], "invalid choice", id="consent-bad-kind"
        ),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, jan: int, args: list[str], message: str
) -> None:
    del jan
    code, _, err = run(capsys, db_path, *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_a_newer_database_is_refused_with_exit_2(
    capsys: pytest.CaptureFixture[str], db_path: Path, book: Book
) -> None:
    with book.database.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    book.close()
    code, _, err = run(capsys, db_path, "list")
    assert code == 2
    assert "newer version of contactbook" in err
    assert len(err.strip().splitlines()) == 1


def test_the_environment_variable_chooses_the_database(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    db_path: Path,
    jan: int,
) -> None:
    monkeypatch.setenv("CONTACTBOOK_DB", str(db_path))
    assert main(["list", "--format", "json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)] == [jan]
