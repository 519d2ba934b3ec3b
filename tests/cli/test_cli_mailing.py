"""``contactbook mailing``: check, export, send, retry, log and unsubscribe from the terminal."""

from __future__ import annotations

import argparse
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from contactbook.cli.mailing_commands import PASSWORD_VARIABLE, add_mailing_parser, cmd_mailing
from contactbook.cli.parser import UsageError, _Parser
from contactbook.domain.mailing import MailingStatus
from contactbook.services.book import Book
from tests.mailing_data import ALLOWED, BLOCKED, SAMPLE, MailingBook, fill_mailing_book
from tests.smtp_server import RecordingHandler, SmtpServer, smtp_server

GATE_KEYS = {"contact_id", "address", "decision", "reason"}


def parse(*argv: str) -> argparse.Namespace:
    parser = _Parser(prog="contactbook")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser)
    add_mailing_parser(commands)
    return parser.parse_args(["mailing", *argv])


def run(book: Book, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cmd_mailing(book, parse(*argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture
def data(book: Book) -> MailingBook:
    return fill_mailing_book(book)


@pytest.fixture
def server() -> Iterator[SmtpServer]:
    with smtp_server() as running:
        yield running


@pytest.fixture
def body_file(tmp_path: Path) -> Path:
    path = tmp_path / "tekst.txt"
    path.write_text("Beste klant,\n\nVerse croissants!\n", encoding="utf-8")
    return path


def smtp_args(server: SmtpServer) -> list[str]:
    return ["--smtp-host", server.host, "--smtp-port", str(server.port), "--security", "none"]


def test_check_as_json_lists_every_address_with_the_gates_reason(
    data: MailingBook, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(data.book, capsys, "check", "--format", "json")
    assert code == 0
    rows = json.loads(out)
    assert all(set(row) == GATE_KEYS for row in rows)
    found = {row["address"]: (row["decision"], row["reason"]) for row in rows}
    expected = {a: ("allowed", r) for a, r in ALLOWED.items()}
    expected |= {a: ("blocked", r) for a, r in BLOCKED.items()}
    expected[SAMPLE] = ("allowed", "opt_in")
    assert found == expected
    assert {row["contact_id"] for row in rows} == set(data.ids.values())
    assert [row["contact_id"] for row in rows] == sorted(row["contact_id"] for row in rows)


def test_check_strict_exits_with_1_when_anything_is_blocked(
    data: MailingBook, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(data.book, capsys, "check", "--strict")
    assert code == 1
    assert out.rstrip().endswith(
        "5 allowed, 7 blocked; 1 of the allowed belong to sample (demo) contacts and are left "
        "out of every mailing."
    )
    jan = str(data.ids["jan.devries@klant.nl"])
    code, out, _ = run(data.book, capsys, "check", "--strict", "--id", jan)
    assert code == 0
    assert "jan.devries@klant.nl  allowed   soft_opt_in" in out


def test_check_follows_the_filters_and_the_strict_generic_setting(
    data: MailingBook, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(data.book, capsys, "check", "--format", "json", "--scope", "private")
    assert [row["address"] for row in json.loads(out)] == ["sanne.bakker@gmail.com"]
    data.book.settings.set("strict_generic", "on")
    _, out, _ = run(data.book, capsys, "check", "--format", "json", "--search", "zoete")
    [row] = json.loads(out)
    assert (row["decision"], row["reason"]) == ("blocked", "generic_not_published")


def test_export_writes_only_the_deliverable_recipients(
    data: MailingBook, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    target = tmp_path / "mailchimp.csv"
    code, out, _ = run(data.book, capsys, "export", "-o", str(target))
    assert code == 0
    assert out.startswith(f"Wrote 4 recipients to {target}")
    text = target.read_text(encoding="utf-8-sig")
    assert all(address in text for address in ALLOWED)
    assert not any(address in text for address in (*BLOCKED, SAMPLE))


def test_send_with_yes_mails_the_allowed_and_logs_it(
    data: MailingBook,
    capsys: pytest.CaptureFixture[str],
    server: SmtpServer,
    body_file: Path,
) -> None:
    code, out, _ = run(
        data.book,
        capsys,
        "send",
        "--subject",
        "Croissants",
        "--body-file",
        str(body_file),
        "--yes",
        *smtp_args(server),
    )
    assert code == 0
    assert sorted(server.handler.recipients) == sorted(ALLOWED)
    assert "Mailing 1: 4 of 4 sent, 0 failed, 0 not tried (8 left out by the gate)." in out
    [mailing] = data.book.mailings.latest()
    assert mailing.status is MailingStatus.SENT
    code, out, _ = run(data.book, capsys, "log", "--format", "json")
    [logged] = json.loads(out)
    assert (logged["subject"], logged["sent"], logged["blocked"]) == ("Croissants", 4, 8)
    code, out, _ = run(data.book, capsys, "log", "1", "--format", "json")
    assert {e["address"] for e in json.loads(out)["recipients"]} == set(ALLOWED)
    code, out, _ = run(data.book, capsys, "log")
    assert "Croissants" in out


def test_send_asks_first_and_sends_nothing_without_a_yes(
    data: MailingBook,
    capsys: pytest.CaptureFixture[str],
    server: SmtpServer,
    body_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("n\n"))
    args = ["send", "--subject", "Croissants", "--body-file", str(body_file), *smtp_args(server)]
    code, out, _ = run(data.book, capsys, *args)
    assert code == 1
    assert "to 4 addresses (8 left out)" in out
    assert "Nothing sent." in out
    assert server.handler.recipients == []
    assert data.book.mailings.latest() == []
    monkeypatch.setattr("sys.stdin", io.StringIO("ja\n"))
    code, _, _ = run(data.book, capsys, *args)
    assert code == 0
    assert len(server.handler.recipients) == 4


def test_a_failed_send_exits_1_and_retry_sends_only_the_rest(
    data: MailingBook, capsys: pytest.CaptureFixture[str], body_file: Path
) -> None:
    refusing = RecordingHandler(refuse_rcpt={"emma.bos@bosadvies.nl": "550 5.1.1 Unknown"})
    with smtp_server(refusing) as server:
        code, out, err = run(
            data.book,
            capsys,
            *("send", "--subject", "S", "--body-file", str(body_file), "--yes"),
            *smtp_args(server),
        )
    assert code == 1
    assert "emma.bos@bosadvies.nl: failed (550 5.1.1 Unknown)" in err
    assert "contactbook mailing retry 1" in out
    with smtp_server() as server:
        code, out, _ = run(data.book, capsys, "retry", "1", "--yes", *smtp_args(server))
    assert code == 0
    assert server.handler.recipients == ["emma.bos@bosadvies.nl"]
    code, out, _ = run(data.book, capsys, "retry", "1", "--yes", "--smtp-host", "x.invalid")
    assert code == 0
    assert "nothing to send" in out


def test_the_password_comes_from_the_environment(
    data: MailingBook,
    capsys: pytest.CaptureFixture[str],
    body_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(PASSWORD_VARIABLE, "geheim")
    with smtp_server(login=("bos", "geheim")) as server:
        code, _, _ = run(
            data.book,
            capsys,
            *("send", "--subject", "S", "--body-file", str(body_file), "--yes"),
            *smtp_args(server),
            *("--smtp-user", "bos", "--id", str(data.ids["jan.devries@klant.nl"])),
        )
    assert code == 0
    assert server.logins == [("bos", "geheim")]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--smtp-host", "smtp.example.nl", "--security", "none"], "Refusing to send unencrypted"),
        (["--body-file", "missing.txt"], "--body-file: missing.txt does not exist"),
        (["--scope", "private"], "None of these contacts may receive a mailing"),
    ],
)
def test_a_mailing_that_cannot_go_ahead_is_a_one_line_error(
    data: MailingBook,
    capsys: pytest.CaptureFixture[str],
    body_file: Path,
    argv: list[str],
    message: str,
) -> None:
    args = ["send", "--subject", "S", "--body-file", str(body_file), "--yes", *argv]
    with pytest.raises(UsageError, match=message):
        run(data.book, capsys, *args)
    assert data.book.mailings.latest() == []


def test_unsubscribe_records_opt_outs_and_lists_the_unknown(
    data: MailingBook,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    replies = tmp_path / "afmeldingen.txt"
    replies.write_text("Jan <jan.devries@klant.nl>\nwie@onbekend.nl\n", encoding="utf-8")
    code, out, _ = run(data.book, capsys, "unsubscribe", str(replies))
    assert code == 1
    assert "Recorded an opt-out for 1 addresses." in out
    assert "  wie@onbekend.nl" in out
    monkeypatch.setattr("sys.stdin", io.StringIO("emma.bos@bosadvies.nl"))
    code, out, _ = run(data.book, capsys, "unsubscribe", "-")
    assert code == 0
    _, out, _ = run(data.book, capsys, "check", "--format", "json")
    reasons = {row["address"]: row["reason"] for row in json.loads(out)}
    assert reasons["jan.devries@klant.nl"] == reasons["emma.bos@bosadvies.nl"] == "opted_out"


def test_the_parser_refuses_unknown_actions_and_options() -> None:
    with pytest.raises(UsageError):
        parse("launch")
    with pytest.raises(UsageError):
        parse("send", "--subject", "S")  # no --body-file
    with pytest.raises(UsageError):
        parse("send", "--subject", "S", "--body-file", "x", "--security", "plain")
