"""The recipients of a mailing as CSV for a mailing service (Mailchimp, Spotler, …).

UTF-8 with a byte-order mark (so Excel reads the accents right), comma-separated, one row
per address. Every cell goes through ``safe_cell``: a name like ``=HYPERLINK(…)`` stays text.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from pathlib import Path

from contactbook.domain.enums import Subject
from contactbook.domain.mailing import Recipient
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.spreadsheet_safety import safe_cell

HEADERS = ("email", "first_name", "last_name", "organisation")


def recipient_row(recipient: Recipient) -> tuple[str, str, str, str]:
    """The four columns for one recipient; an organisation has no first or last name."""
    candidate = recipient.candidate
    if candidate.facts.subject is Subject.ORGANISATION:
        first, last = "", ""
    else:
        first, last = candidate.given_name, candidate.family_name
    return recipient.address, first, last, candidate.organisation


def write_recipients_csv(path: Path, recipients: Iterable[Recipient]) -> int:
    """Write the recipients to ``path``; returns the number of rows.

    Refuses a recipient the gate did not allow: this file is meant for mailing. The file
    appears whole or not at all (:mod:`~contactbook.interchange.atomic_file`).
    """
    rows = []
    for recipient in recipients:
        if not recipient.decision.allowed:
            raise ValueError(f"{recipient.address} is blocked by the mail gate")
        rows.append([safe_cell(cell) for cell in recipient_row(recipient)])
    with atomic_open(path, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(HEADERS)
        writer.writerows(rows)
    return len(rows)
