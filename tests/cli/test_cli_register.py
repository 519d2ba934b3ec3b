"""``contactbook register export``: parsed with its own parser, run against a real book."""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

import openpyxl
import pytest

from contactbook.cli.parser import UsageError
from contactbook.cli.register_commands import add_register_parser, cmd_register
from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.controller import ControllerDetails
from contactbook.domain.enums import LegalBasis
from contactbook.services.book import Book


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(message)


def parse(*argv: str) -> argparse.Namespace:
    """The arguments as the real parser would give them: global --lang, then the command."""
    parser = _Parser(prog="contactbook")
    parser.add_argument("--lang", choices=["nl", "en"])
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    add_register_parser(commands)
    return parser.parse_args(argv)


def run(book: Book, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cmd_register(book, parse(*argv))
    return code, capsys.readouterr().out


@pytest.fixture
def filled(book: Book) -> Book:
    book.settings.set_controller(ControllerDetails(company="Bakkerij Bos", city="Zwolle"))
    book.activities.add(
        ProcessingActivity(
            name="Klantbeheer",
            purposes="Orders",
            retention_period="7 jaar",
            default_legal_basis=LegalBasis.CONTRACT,
        )
    )
    book.activities.add(ProcessingActivity(name="Leads", purposes="=WEBSERVICE(1)"))
    return book


@pytest.fixture
def out(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


def test_xlsx_from_the_suffix_in_dutch_by_default(
    filled: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "register.xlsx"
    code, printed = run(filled, capsys, "register", "export", "-o", str(target))
    assert code == 0
    assert f"(2 activities, xlsx, nl) to {target}" in printed
    assert "1 activity needs attention: Leads" in printed
    sheet = openpyxl.load_workbook(target).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert "Doeleinden" in values
    assert "'=WEBSERVICE(1)" in values
    assert list(out.iterdir()) == [target]


def test_csv_in_english_uses_commas(
    filled: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "register.csv"
    code, _ = run(filled, capsys, "register", "export", "-o", str(target), "--lang", "en")
    assert code == 0
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:2] == ["Processing activity", "Purposes"]
    assert len(rows) == 3


def test_the_global_language_applies_when_export_has_none(
    filled: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "register.html"
    run(filled, capsys, "--lang", "en", "register", "export", "-o", str(target))
    assert "Register of processing activities" in target.read_text(encoding="utf-8")


def test_the_books_language_setting_applies_last(
    filled: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    filled.settings.set("language", "en")
    target = out / "register.html"
    run(filled, capsys, "register", "export", "-o", str(target))
    assert '<html lang="en">' in target.read_text(encoding="utf-8")


def test_format_option_wins_over_the_suffix(
    filled: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "register.txt"
    code, _ = run(filled, capsys, "register", "export", "-o", str(target), "--format", "html")
    assert code == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_pdf_is_rendered_without_a_window(
    filled: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = out / "register.pdf"
    code, printed = run(filled, capsys, "register", "export", "-o", str(target))
    assert code == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert "pdf" in printed


def test_an_unknown_suffix_without_format_is_a_usage_error(filled: Book, out: Path) -> None:
    with pytest.raises(UsageError, match="cannot tell the format"):
        cmd_register(filled, parse("register", "export", "-o", str(out / "register.txt")))
    assert list(out.iterdir()) == []


def test_a_missing_folder_is_a_usage_error(filled: Book, out: Path) -> None:
    with pytest.raises(UsageError, match="does not exist"):
        cmd_register(filled, parse("register", "export", "-o", str(out / "no" / "r.csv")))


def test_a_folder_as_output_is_a_usage_error(filled: Book, out: Path) -> None:
    with pytest.raises(UsageError, match="is a folder"):
        cmd_register(filled, parse("register", "export", "-o", str(out), "--format", "csv"))


def test_output_is_required() -> None:
    with pytest.raises(UsageError):
        parse("register", "export")


def test_bad_format_and_language_are_usage_errors() -> None:
    with pytest.raises(UsageError):
        parse("register", "export", "-o", "r.xlsx", "--format", "docx")
    with pytest.raises(UsageError):
        parse("register", "export", "-o", "r.xlsx", "--lang", "de")


def test_empty_business_details_get_a_note(
    book: Book, out: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, printed = run(book, capsys, "register", "export", "-o", str(out / "r.csv"))
    assert code == 0
    assert "(0 activities, csv, nl)" in printed
    assert "business details are empty" in printed
