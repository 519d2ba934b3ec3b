"""Processing activities: the rows of the register of processing activities (Art. 30 GDPR)."""

from __future__ import annotations

from dataclasses import dataclass

from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest


@dataclass(frozen=True)
class ProcessingActivity:
    """One activity with the Art. 30(1) fields, plus basis and remarks as Dutch practice adds."""

    name: str
    purposes: str = ""
    data_subject_categories: str = ""
    personal_data_categories: str = ""
    recipients: str = ""
    processors: str = ""
    third_country_transfers: str = ""
    transfer_safeguards: str = ""
    retention_period: str = ""
    retention_months: int | None = None
    security_measures: str = ""
    default_legal_basis: LegalBasis = LegalBasis.NONE
    balancing_test: BalancingTest | None = None
    remarks: str = ""
    archived: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise ValueError("a processing activity needs a name")
        if self.retention_months is not None and self.retention_months < 0:
            raise ValueError("a retention period cannot be negative")
