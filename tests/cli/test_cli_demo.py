"""The issue's acceptance: ``demo --contacts 300 && list --format json`` in the documented shape."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactbook.cli import main
from contactbook.domain.personal_data import FREE_MAIL_DOMAINS

GENERIC_LOCAL_PARTS = {"info", "verkoop", "administratie", "klantenservice", "inkoop"}


def test_demo_then_list_json(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "demo", "--contacts", "300", "--seed", "5"]) == 0
    assert "Added 300 sample contacts" in capsys.readouterr().out
    assert main(["--db", str(db_path), "list", "--format", "json"]) == 0
    contacts = json.loads(capsys.readouterr().out)
    assert len(contacts) == 300
    emails = [e for c in contacts for e in c["emails"]]
    for email in emails:
        local, domain = email["address"].split("@")
        if domain in FREE_MAIL_DOMAINS:
            assert email["classification"] == "personal", email
        elif local in GENERIC_LOCAL_PARTS:
            assert email["classification"] == "generic", email
        elif "." in local:  # voornaam.achternaam@ and v.achternaam@ at a company domain
            assert email["classification"] == "personal", email
    assert {e["classification"] for e in emails} == {"personal", "generic"}
    phones = [p for c in contacts for p in c["phones"]]
    valid = [p for p in phones if p["valid"]]
    assert len(valid) > 0.9 * len(phones)
    assert all(p["e164"].startswith("+31") for p in valid)
    assert all(p["e164"] is None for p in phones if not p["valid"])
    assert {c["scope"] for c in contacts} == {"private", "business", "unsorted"}
    assert {c["legal_basis"] for c in contacts} >= {"consent", "contract", "legitimate_interest"}


def test_demo_rejects_a_negative_count(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert main(["--db", str(db_path), "demo", "--contacts", "-5"]) == 2
    assert "cannot be negative" in capsys.readouterr().err
