"""``contactbook activity`` and ``settings``, and the installed entry points."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contactbook import __version__
from contactbook.cli import main


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_activity_add_list_show_edit(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    code, out, _ = run(
        capsys,
        db_path,
        "activity",
        "add",
        "Leadgeneratie",
        "--purpose",
        "Nieuwe klanten vinden",
        "--basis",
        "legitimate_interest",
        "--retention",
        "2 jaar na laatste contact",
        "--retention-months",
        "24",
        "--lia-purpose",
        "Groei",
    )
    assert code == 0
    assert "Leadgeneratie" in out
    code, out, _ = run(capsys, db_path, "activity", "list", "--format", "json")
    [activity] = json.loads(out)
    assert activity["name"] == "Leadgeneratie"
    assert activity["purposes"] == "Nieuwe klanten vinden"
    assert activity["default_legal_basis"] == "legitimate_interest"
    assert activity["retention_months"] == 24
    assert activity["balancing_test"]["purpose"] == "Groei"
    assert activity["contacts"] == 0
    code, _, _ = run(
        capsys,
        db_path,
        "activity",
        "edit",
        "Leadgeneratie",
        "--rename",
        "Leads",
        "--lia-balance",
        "Afweging gemaakt",
        "--archive",
    )
    assert code == 0
    code, out, _ = run(capsys, db_path, "activity", "show", "Leads", "--format", "json")
    shown = json.loads(out)
    assert shown["archived"] is True
    assert shown["balancing_test"] == {
        "purpose": "Groei",
        "necessity": "",
        "balance": "Afweging gemaakt",
        "assessed_on": None,
    }


@pytest.mark.parametrize(
    ("args", "message"),
    [
        pytest.param(["activity", "show", "Geen"], "no processing activity", id="unknown"),
        pytest.param(["activity", "add", " "], "name cannot be empty", id="empty-name"),
        pytest.param(["activity", "edit", "Bestaat"], "nothing to change", id="no-change"),
        pytest.param(
            ["activity", "add", "Bestaat"], "already a processing activity", id="duplicate"
        ),
        pytest.param(["activity"], "required", id="missing-action"),
        pytest.param(
            ["settings", "set", "default_region", "XX"], "not a country code", id="bad-region"
        ),
        pytest.param(["settings", "set", "colour", "blue"], "unknown setting", id="bad-key"),
    ],
)
def test_activity_and_settings_errors(
    capsys: pytest.CaptureFixture[str], db_path: Path, args: list[str], message: str
) -> None:
    run(capsys, db_path, "activity", "add", "Bestaat")
    code, _, err = run(capsys, db_path, *args)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1


def test_settings_round_trip(capsys: pytest.CaptureFixture[str], db_path: Path) -> None:
    assert run(capsys, db_path, "settings", "set", "controller.company", "Bakkerij Bos")[0] == 0
    assert run(capsys, db_path, "settings", "set", "default_region", "be")[0] == 0
    _, out, _ = run(capsys, db_path, "settings", "show", "--format", "json")
    shown = json.loads(out)
    assert shown["controller.company"] == "Bakkerij Bos"
    assert shown["default_region"] == "BE"


def test_python_dash_m_and_the_version(tmp_path: Path) -> None:
    env = {**os.environ, "CONTACTBOOK_DB": str(tmp_path / "b.sqlite")}
    result = subprocess.run(
        [sys.executable, "-m", "contactbook", "--version"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"contactbook {__version__}"
    result = subprocess.run(
        [sys.executable, "-m", "contactbook", "list", "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert (result.returncode, result.stdout.strip()) == (0, "[]")
