"""The audit log as a CSV file (for an accountant or the supervisory authority)."""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from contactbook.domain.audit import AuditEvent
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.spreadsheet_safety import safe_cell

HEADERS = ("at_utc", "action", "contact_id", "detail")


def write_audit_csv(events: Sequence[AuditEvent], target: Path) -> int:
    """Write the events to ``target`` (whole or not at all); returns how many rows."""
    with atomic_open(target, encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADERS)
        for event in events:
            writer.writerow(
                [
                    event.at.isoformat(sep=" ", timespec="seconds"),
                    event.action.value,
                    "" if event.contact_id is None else str(event.contact_id),
                    safe_cell(event.detail),
                ]
            )
    return len(events)
