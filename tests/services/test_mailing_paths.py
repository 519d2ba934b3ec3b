"""No way out of the app for a mailing's addresses bypasses the gate.

The test finds every public function of the ``contactbook.services.mailing*`` modules. Each
one is either a path that hands out or sends addresses — then it is run on a book with one
contact for every rule, and must hand out exactly the gate's deliverable addresses — or it
is listed, with the reason, as handing out none. A new function that is neither fails here.
"""

from __future__ import annotations

import ast
import csv
import importlib
import inspect
import pkgutil
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

import contactbook
import contactbook.services
from contactbook.domain.contact_query import ContactFilter
from contactbook.services.book import Book
from contactbook.services.mailing import clipboard_text, recipients_for
from contactbook.services.mailing_export import export_recipients_csv
from contactbook.services.mailing_send import create_mailing, send_mailing
from contactbook.services.mailing_smtp import Security, SmtpSettings
from tests.mailing_data import ALLOWED, BLOCKED, SAMPLE, MailingBook, fill_mailing_book
from tests.smtp_server import smtp_server

HandOut = Callable[[MailingBook, Path], set[str]]


def _recipients_for(data: MailingBook, _tmp: Path) -> set[str]:
    recipients = recipients_for(data.book, ContactFilter())
    # The gate's own verdicts are exact; what a mailing may use is the deliverable part.
    assert {r.address for r in recipients.blocked} == set(BLOCKED)
    assert {r.address for r in recipients.allowed} == {*ALLOWED, SAMPLE}
    return {r.address for r in recipients.deliverable}


def _clipboard_text(data: MailingBook, _tmp: Path) -> set[str]:
    return set(clipboard_text(data.book, ContactFilter()).split(", "))


def _export_recipients_csv(data: MailingBook, tmp: Path) -> set[str]:
    path = tmp / "ontvangers.csv"
    export_recipients_csv(data.book, ContactFilter(), path)
    with path.open(encoding="utf-8-sig", newline="") as stream:
        return {row["email"] for row in csv.DictReader(stream)}


def _create_mailing(data: MailingBook, _tmp: Path) -> set[str]:
    mailing = create_mailing(data.book, ContactFilter(), "Nieuws", "Hallo")
    assert mailing.id is not None
    return {entry.address for entry in data.book.mailings.recipients(mailing.id)}


def _send_mailing(data: MailingBook, _tmp: Path) -> set[str]:
    mailing = create_mailing(data.book, ContactFilter(), "Nieuws", "Hallo")
    assert mailing.id is not None
    with smtp_server() as server:
        send_mailing(data.book, mailing.id, SmtpSettings(server.host, server.port, Security.NONE))
    arrived = server.handler.recipients
    assert len(arrived) == len(set(arrived))
    return set(arrived)


HANDS_OUT_ADDRESSES: dict[str, HandOut] = {
    "mailing.recipients_for": _recipients_for,
    "mailing.clipboard_text": _clipboard_text,
    "mailing_export.export_recipients_csv": _export_recipients_csv,
    "mailing_send.create_mailing": _create_mailing,
    "mailing_send.send_mailing": _send_mailing,
}
HANDS_OUT_NONE = {
    "mailing_log.get_mailing": "reads one mailing's counts and subject from the log",
    "mailing_log.latest_mailings": "reads the log of mailings already made",
    "mailing_log.mailing_recipients": (
        "reads the log of a mailing create_mailing made: its recipients passed the gate then"
    ),
    "mailing_optout.record_opt_out": "records withdrawals; returns the consent records",
    "mailing_optout.addresses_in": "reads addresses out of text the user pasted",
    "mailing_optout.process_unsubscribes": "returns the pasted addresses it recorded or not",
    "mailing_smtp.check_settings": "checks the server settings",
    "mailing_smtp.connect": "opens a connection; sending goes through send_mailing",
    "mailing_smtp.disconnect": "closes a connection",
}


def mailing_modules() -> list[ModuleType]:
    names = [
        info.name
        for info in pkgutil.iter_modules(contactbook.services.__path__)
        if info.name == "mailing" or info.name.startswith("mailing_")
    ]
    return [importlib.import_module(f"contactbook.services.{name}") for name in sorted(names)]


def public_functions() -> set[str]:
    found = set()
    for module in mailing_modules():
        short = module.__name__.rpartition(".")[2]
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                found.add(f"{short}.{name}")
    return found


def test_every_public_function_of_the_mailing_services_is_accounted_for() -> None:
    assert public_functions() == set(HANDS_OUT_ADDRESSES) | set(HANDS_OUT_NONE)


@pytest.mark.parametrize("name", sorted(HANDS_OUT_ADDRESSES))
def test_each_path_hands_out_the_gates_deliverable_addresses_only(
    name: str, book: Book, tmp_path: Path
) -> None:
    data = fill_mailing_book(book)
    handed_out = HANDS_OUT_ADDRESSES[name](data, tmp_path)
    assert handed_out == data.deliverable
    assert not handed_out & data.never_mailed


def test_only_the_mailing_service_gathers_addresses_for_the_gate() -> None:
    """Nothing else reads the gate's raw candidates (which include the blocked ones)."""
    root = Path(contactbook.__file__).parent
    readers = set()
    for path in root.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module in (
                "contactbook.storage.mail_gate_queries",
                "contactbook.storage",
            ):
                names = {alias.name for alias in node.names}
                if node.module.endswith("mail_gate_queries") or "mail_gate_queries" in names:
                    readers.add(path.relative_to(root).as_posix())
    assert readers == {"services/mailing.py"}
