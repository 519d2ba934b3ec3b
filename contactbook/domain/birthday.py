"""Birthdays, with the year optional (phones often store only day and month)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_ISO = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")


@dataclass(frozen=True)
class Birthday:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 2000 is a leap year, so 29 February without a year is accepted.
        date(self.year if self.year is not None else 2000, self.month, self.day)

    def iso(self) -> str:
        """ "1980-04-12", or "--04-12" without a year (the vCard 4 / ISO 8601 form)."""
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def parse(cls, text: str) -> Birthday:
        """Read "1980-04-12", "19800412", "--0412" or "--04-12"; ValueError otherwise."""
        value = text.strip()
        if match := _ISO.match(value):
            year, month, day = (int(group) for group in match.groups())
            return cls(month=month, day=day, year=year)
        if match := _NO_YEAR.match(value):
            month, day = (int(group) for group in match.groups())
            return cls(month=month, day=day)
        raise ValueError(f"not a date: {text!r}")
