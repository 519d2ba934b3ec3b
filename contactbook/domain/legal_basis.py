"""The legal basis of a business contact and the evidence the app keeps for it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from contactbook.domain.enums import LegalBasis


@dataclass(frozen=True)
class BalancingTest:
    """The legitimate-interest assessment (LIA): purpose, necessity, balance.

    A balancing test counts as recorded only when all three parts are written down.
    """

    purpose: str = ""
    necessity: str = ""
    balance: str = ""
    assessed_on: date | None = None

    @property
    def complete(self) -> bool:
        return all(part.strip() for part in (self.purpose, self.necessity, self.balance))


@dataclass(frozen=True)
class LegalBasisRecord:
    """The basis and its evidence.

    ``note`` holds the evidence text each basis asks for: for contract the contract or order
    reference, for a legal obligation which obligation, a note for the others. The evidence of
    consent is the consent history of the contact's addresses.
    """

    basis: LegalBasis = LegalBasis.NONE
    note: str = ""
    balancing_test: BalancingTest | None = None
    recorded_on: date | None = None

    @property
    def assessment_missing(self) -> bool:
        """Legitimate interest without a complete balancing test: the badge's warning state."""
        if self.basis is not LegalBasis.LEGITIMATE_INTEREST:
            return False
        return self.balancing_test is None or not self.balancing_test.complete
