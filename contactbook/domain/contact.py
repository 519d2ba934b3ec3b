"""The contact: a person or an organisation in the book, with everything kept about them."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from contactbook.domain import names
from contactbook.domain.birthday import Birthday
from contactbook.domain.email_address import EmailAddress
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.personal_data import classify_email
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress


@dataclass
class Contact:
    """A contact as the domain sees it: plain data, no database identity beyond ``id``."""

    given_name: str = ""
    family_name: str = ""
    middle_name: str = ""
    name_prefix: str = ""
    name_suffix: str = ""
    nickname: str = ""
    organisation: str = ""
    job_title: str = ""
    scope: Scope = Scope.UNSORTED
    subject: Subject = Subject.PERSON
    deceased: bool = False
    deceased_on: date | None = None
    emails: list[EmailAddress] = field(default_factory=list)
    phones: list[Phone] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    birthday: Birthday | None = None
    photo: bytes | None = None
    thumbnail: bytes | None = None
    notes: str = ""
    categories: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)
    legal_basis: LegalBasisRecord = field(default_factory=LegalBasisRecord)
    # Properties of an imported vCard that have no field here, as unfolded raw lines
    # ("URL;TYPE=work:https://…"), so that an export writes them back.
    extra_properties: list[str] = field(default_factory=list)
    # when the customer or business relationship ended; retention is counted from it too
    end_of_relationship: date | None = None
    uid: str = ""
    id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None

    @property
    def display_name(self) -> str:
        if self.subject is Subject.ORGANISATION:
            return self.organisation.strip() or names.display_name(
                self.given_name, self.family_name
            )
        return names.display_name(self.given_name, self.family_name, self.organisation)

    @property
    def sort_key(self) -> str:
        if self.subject is Subject.ORGANISATION and self.organisation.strip():
            # "'t Hart & Partners" files under H, not before A
            return names.fold(self.organisation.strip()).lstrip("'‘’\"`. ")
        return names.sort_key(self.given_name, self.family_name, self.organisation)

    @property
    def initials(self) -> str:
        if self.subject is Subject.ORGANISATION:
            return names.initials("", "", self.organisation)
        return names.initials(self.given_name, self.family_name, self.organisation)

    @property
    def main_email(self) -> str:
        return self.emails[0].address if self.emails else ""

    @property
    def main_phone(self) -> str:
        return self.phones[0].raw if self.phones else ""

    def with_classified_emails(self) -> Contact:
        """Re-run the automatic e-mail classification with this contact's names.

        The user's overrides are kept untouched; only the automatic verdict is refreshed.
        """
        classified = []
        for email in self.emails:
            verdict = classify_email(email.address, self.given_name, self.family_name)
            if verdict.classification is not email.auto_classification:
                email = replace(email, auto_classification=verdict.classification)
            classified.append(email)
        return replace(self, emails=classified)

    @property
    def basis(self) -> LegalBasis:
        return self.legal_basis.basis
