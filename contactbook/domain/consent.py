"""Consent records: an append-only history per e-mail address; the latest record decides."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from contactbook.domain.enums import ConsentKind

# Kinds that withdraw permission for direct marketing.
WITHDRAWALS: frozenset[ConsentKind] = frozenset({ConsentKind.OPT_OUT, ConsentKind.OBJECTION})
EXPRESS_OPT_INS: frozenset[ConsentKind] = frozenset({ConsentKind.OPT_IN, ConsentKind.DOUBLE_OPT_IN})


@dataclass(frozen=True)
class ConsentRecord:
    """One entry in the history of an address. Never edited; a later record supersedes it."""

    address: str
    kind: ConsentKind
    at: datetime
    source: str = ""
    wording: str = ""
    note: str = ""
    id: int | None = None


def latest_consent(records: Iterable[ConsentRecord]) -> ConsentRecord | None:
    """The record that decides: the latest by timestamp, the later-recorded one on a tie."""
    latest: ConsentRecord | None = None
    for record in records:
        if latest is None or record.at >= latest.at:
            latest = record
    return latest
