"""``import``, ``export vcard``, ``duplicates`` and ``merge`` on the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from contactbook.cli import main

CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:de Vries;Jan;;;\r\nFN:Jan de Vries\r\n"
    "ORG:Bakkerij Bos\r\nTEL;TYPE=CELL:06 12345678\r\nEMAIL:jan.devries@bakkerijbos.nl\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smit;Oma;;;\r\nFN:Oma Smit\r\nEMAIL:oma@ziggo.nl\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\n\r\nEND:VCARD\r\n"  # empty: nothing to import
)


def run(capsys: pytest.CaptureFixture[str], db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def phone_file(tmp_path: Path) -> Path:
    path = tmp_path / "phone.vcf"
    path.write_text(CARDS, encoding="utf-8")
    return path


def test_import_with_report_dry_run_and_idempotence(
    capsys: pytest.CaptureFixture[str], db_path: Path, phone_file: Path, tmp_path: Path
) -> None:
    code, out, _ = run(capsys, db_path, "import", str(phone_file), "--dry-run")
    assert code == 1  # one card could not be imported: needs attention
    assert "Dry run: nothing was changed." in out
    assert json.loads(run(capsys, db_path, "list", "--format", "json")[1]) == []

    report_path = tmp_path / "report.json"
    code, out, _ = run(capsys, db_path, "import", str(phone_file), "--report", str(report_path))
    assert code == 1
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert {k: report[k] for k in ("files", "cards", "imported", "merged")} == {
        "files": 1,
        "cards": 3,
        "imported": 2,
        "merged": 0,
    }
    [rejected] = report["rejected"]
    assert rejected["file"] == "phone.vcf"
    assert rejected["line"] == 15  # where its BEGIN:VCARD stands
    assert rejected["reason"]
    contacts = json.loads(run(capsys, db_path, "list", "--format", "json")[1])
    assert {c["scope"] for c in contacts} == {"unsorted"}

    code, out, _ = run(capsys, db_path, "import", str(phone_file))
    assert "0 were added" in out
    assert len(json.loads(run(capsys, db_path, "list", "--format", "json")[1])) == 2


def test_import_scope_and_activity(
    capsys: pytest.CaptureFixture[str], db_path: Path, phone_file: Path
) -> None:
    run(capsys, db_path, "activity", "add", "Klantbeheer")
    run(
        capsys,
        db_path,
        "import",
        str(phone_file),
        "--scope",
        "suggested",
        "--activity",
        "Klantbeheer",
    )
    contacts = {
        c["display_name"]: c
        for c in json.loads(run(capsys, db_path, "list", "--format", "json")[1])
    }
    assert contacts["Jan de Vries"]["scope"] == "business"
    assert contacts["Jan de Vries"]["activities"] == ["Klantbeheer"]
    assert contacts["Oma Smit"]["scope"] == "private"
    assert contacts["Oma Smit"]["activities"] == []


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "no such file", id="missing"),
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"PK\x03\x04" + bytes(100), "ZIP", id="zip"),
        pytest.param(bytes(range(256)) * 4, "not a vCard", id="binary"),
    ],
)
def test_unusable_files_exit_2_with_one_line(
    capsys: pytest.CaptureFixture[str],
    db_path: Path,
    tmp_path: Path,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / "input.vcf"
    if content is not None:
        path.write_bytes(content)
    code, _, err = run(capsys, db_path, "import", str(path))
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_export_vcard_round_trip(
    capsys: pytest.CaptureFixture[str], db_path: Path, phone_file: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "import", str(phone_file))
    out_file = tmp_path / "out.vcf"
    code, out, _ = run(capsys, db_path, "export", "vcard", "-o", str(out_file), "--search", "vries")
    assert code == 0
    assert "Exported 1 contacts" in out
    text = out_file.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1
    assert "VERSION:3.0" in text
    code, _, _ = run(capsys, db_path, "export", "vcard", "-o", str(out_file), "--version", "4.0")
    assert "VERSION:4.0" in out_file.read_text(encoding="utf-8")
    other_db = tmp_path / "other.sqlite"
    assert run(capsys, other_db, "import", str(out_file))[0] == 0
    names = sorted(
        c["display_name"] for c in json.loads(run(capsys, other_db, "list", "--format", "json")[1])
    )
    assert names == ["Jan de Vries", "Oma Smit"]


def test_duplicates_and_merge(
    capsys: pytest.CaptureFixture[str], db_path: Path, tmp_path: Path
) -> None:
    first = tmp_path / "a.vcf"
    first.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Post\r\nN:Post;Piet;;;\r\nUID:a\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    second = tmp_path / "b.vcf"
    second.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Piet Post\r\nN:Post;Piet;;;\r\n"
        "UID:b\r\nNOTE:Tweede kaart\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    run(capsys, db_path, "import", str(first), str(second))
    code, out, _ = run(capsys, db_path, "duplicates", "--format", "json")
    [pair] = json.loads(out)
    assert pair["reasons"] == ["same_name"]
    code, out, _ = run(capsys, db_path, "merge", str(pair["first_id"]), str(pair["second_id"]))
    assert code == 0
    [piet] = json.loads(run(capsys, db_path, "list", "--format", "json")[1])
    assert piet["id"] == pair["first_id"]
    assert json.loads(run(capsys, db_path, "duplicates", "--format", "json")[1]) == []


def test_merges_are_shown_by_a_dry_run_and_an_import_is_undone(
    capsys: pytest.CaptureFixture[str], db_path: Path, phone_file: Path, tmp_path: Path
) -> None:
    run(capsys, db_path, "import", str(phone_file))
    iphone = tmp_path / "iphone.vcf"
    iphone.write_text(
        "BEGIN:VCARD\r\nVERSION:3.0\r\nN:de Vries;Jan;;;\r\nFN:Jan de Vries\r\n"
        "TEL;type=CELL:+31 6 12345678\r\nBDAY:1975-06-01\r\nEND:VCARD\r\n",
        encoding="utf-8",
    )
    report_path = tmp_path / "preview.json"
    code, out, _ = run(
        capsys, db_path, "import", str(iphone), "--dry-run", "--report", str(report_path)
    )
    assert code == 0
    assert "would merge: iphone.vcf:1 Jan de Vries into Jan de Vries (id 1)" in out
    assert "because of same_mobile: adds birthday" in out
    [merge] = json.loads(report_path.read_text(encoding="utf-8"))["merges"]
    assert (merge["contact_id"], merge["evidence"], merge["added"]) == (
        1,
        ["same_mobile"],
        ["birthday"],
    )
    code, out, _ = run(capsys, db_path, "import", str(iphone))
    assert "Import number 2" in out
    assert json.loads(run(capsys, db_path, "show", "1", "--format", "json")[1])["birthday"]

    code, out, _ = run(capsys, db_path, "import", "list")
    assert code == 0
    assert out.splitlines()[0].split()[0] == "2"
    assert "iphone.vcf: 0 added, 1 merged into; can be undone" in out
    code, out, _ = run(capsys, db_path, "import", "undo")
    assert (code, out.strip()) == (
        0,
        "Undid import 2 (iphone.vcf): 0 contacts removed, 1 restored to what they were.",
    )
    assert json.loads(run(capsys, db_path, "show", "1", "--format", "json")[1])["birthday"] is None
    code, _, err = run(capsys, db_path, "import", "undo", "2")
    assert code == 2
    assert "undone already" in err
    code, _, err = run(capsys, db_path, "import", "undo", "x")
    assert code == 2


def test_no_merge_imports_every_card_on_its_own(
    capsys: pytest.CaptureFixture[str], db_path: Path, phone_file: Path
) -> None:
    run(capsys, db_path, "import", str(phone_file))
    code, out, _ = run(capsys, db_path, "import", str(phone_file), "--no-merge")
    assert code == 1  # the empty card again
    assert "2 were added, 0 merged" in out
    contacts = json.loads(run(capsys, db_path, "list", "--format", "json")[1])
    assert len(contacts) == 4
