"""A child process for the crash tests: an owner editing contacts, saving after each change.

Usage: ``python -m tests.reliability.edit_session DB FIRST_ID COUNT STEPS``

Step ``k`` works on contact ``FIRST_ID + k % COUNT`` and does one of three things, each a
transaction of its own through the services layer: change the note (``book.contacts.save``),
record a consent or opt-out for the contact's e-mail address (``book.consent.record``), or
move the contact between private and not-yet-sorted (``edit_contact``). After each commit
it prints the step's number, so the parent knows which steps were saved before its kill.
"""

from __future__ import annotations

import sqlite3
import sys
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from contactbook.domain.consent import ConsentRecord
from contactbook.domain.enums import ConsentKind, Scope
from contactbook.services.book import Book, open_book
from contactbook.services.contact_editing import ContactEdit, edit_contact

MARK = "edit step "


@dataclass(frozen=True)
class ContactState:
    """What the steps leave behind for one contact."""

    notes: str
    scope: Scope
    consent_notes: tuple[str, ...]


def step_contact(step: int, first_id: int, count: int) -> int:
    return first_id + step % count


def expected_states(
    original: dict[int, ContactState], first_id: int, count: int, steps: int
) -> dict[int, ContactState]:
    """The states of the edited contacts after the first ``steps`` steps were saved."""
    states = dict(original)
    for step in range(steps):
        contact_id = step_contact(step, first_id, count)
        state = states[contact_id]
        kind = step % 3
        if kind == 0:
            states[contact_id] = replace(state, notes=f"{MARK}{step}")
        elif kind == 1:
            states[contact_id] = replace(
                state, consent_notes=(*state.consent_notes, f"{MARK}{step}")
            )
        else:
            scope = Scope.PRIVATE if state.scope is not Scope.PRIVATE else Scope.UNSORTED
            states[contact_id] = replace(state, scope=scope)
    return states


def read_states(path: Path, contact_ids: range) -> dict[int, ContactState]:
    """The stored states of the contacts, read with plain ``sqlite3``."""
    states: dict[int, ContactState] = {}
    with sqlite3.connect(path) as connection:
        for contact_id in contact_ids:
            notes, scope, key = connection.execute(
                "SELECT c.notes, c.scope, e.address_key FROM contacts c JOIN emails e "
                "ON e.contact_id = c.id AND e.position = 0 WHERE c.id = ?",
                (contact_id,),
            ).fetchone()
            consent_notes = tuple(
                str(row[0])
                for row in connection.execute(
                    "SELECT note FROM consent_records WHERE address_key = ? AND note LIKE ? "
                    "ORDER BY id",
                    (key, MARK + "%"),
                )
            )
            states[contact_id] = ContactState(str(notes), Scope(scope), consent_notes)
    connection.close()
    return states


def run_step(book: Book, step: int, first_id: int, count: int) -> None:
    contact_id = step_contact(step, first_id, count)
    contact = book.contacts.get(contact_id)
    kind = step % 3
    if kind == 0:
        book.contacts.save(replace(contact, notes=f"{MARK}{step}"))
    elif kind == 1:
        book.consent.record(
            ConsentRecord(
                address=contact.emails[0].address,
                kind=ConsentKind.OPT_IN if step % 2 else ConsentKind.OPT_OUT,
                at=datetime(2026, 1, 1, tzinfo=UTC),
                source="crash test",
                note=f"{MARK}{step}",
            )
        )
    else:
        scope = Scope.PRIVATE if contact.scope is not Scope.PRIVATE else Scope.UNSORTED
        edit_contact(book, contact_id, ContactEdit(scope=scope), date(2026, 1, 1))


def main(argv: list[str]) -> int:
    db, first_id, count, steps = Path(argv[0]), int(argv[1]), int(argv[2]), int(argv[3])
    book = open_book(db)
    try:
        for step in range(steps):
            run_step(book, step, first_id, count)
            print(step, flush=True)
    finally:
        book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
