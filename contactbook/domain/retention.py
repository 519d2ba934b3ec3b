"""Who is past retention: each processing activity keeps data for a number of months.

Definitions (also in the user documentation):

* A contact's **retention period** is the longest ``retention_months`` of the processing
  activities it is linked to; a contact without such an activity has no period and is never
  listed (the register shows which activities still lack one).
* Its **last interaction** is the latest of: the last change to the contact (created or
  edited), the latest consent record of any of its e-mail addresses, and the latest mailing
  sent (or prepared) to it.
* Retention counts from the **end of the relationship** when one is recorded, otherwise from
  the last interaction. A contact is **past retention** when that date plus the period lies
  before today.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class RetentionFacts:
    """What the retention rule looks at for one contact, as plain values."""

    contact_id: int
    display_name: str
    retention_months: int
    activities: tuple[str, ...]
    last_interaction: date
    end_of_relationship: date | None = None


@dataclass(frozen=True)
class RetentionCase:
    """A contact whose data is kept longer than its activities allow."""

    facts: RetentionFacts
    counted_from: date
    due_on: date

    @property
    def contact_id(self) -> int:
        return self.facts.contact_id


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later; the month's last day when it is shorter (31 Jan + 1)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def retention_case(facts: RetentionFacts) -> RetentionCase:
    counted_from = facts.end_of_relationship or facts.last_interaction
    return RetentionCase(facts, counted_from, add_months(counted_from, facts.retention_months))


def past_retention(facts: list[RetentionFacts], today: date) -> list[RetentionCase]:
    """The contacts past retention on ``today``, longest overdue first."""
    cases = [retention_case(f) for f in facts]
    overdue = [case for case in cases if case.due_on < today]
    return sorted(overdue, key=lambda case: (case.due_on, case.contact_id))
