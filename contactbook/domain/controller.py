"""The controller: the owner's own business, named in the register and in every mailing."""

from __future__ import annotations

from dataclasses import dataclass, fields


@dataclass(frozen=True)
class ControllerDetails:
    company: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "NL"
    kvk_number: str = ""
    email: str = ""
    phone: str = ""
    dpo_name: str = ""
    dpo_email: str = ""

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in fields(cls)]

    def missing_for_mailing(self) -> list[str]:
        """Fields a mailing footer must show (sender identity) that are still empty."""
        return [name for name in ("company", "email") if not getattr(self, name).strip()]
