"""The tables. Every change here comes with an Alembic revision in ``migrations/versions``."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    ColumnElement,
    Computed,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


contact_categories = Table(
    "contact_categories",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column("category_id", ForeignKey("categories.id", ondelete="CASCADE"), primary_key=True),
    # the members of a category view, and deleting a category (0005)
    Index("ix_contact_categories_category", "category_id"),
)

contact_activities = Table(
    "contact_activities",
    Base.metadata,
    Column("contact_id", ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True),
    Column(
        "activity_id",
        ForeignKey("processing_activities.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Index("ix_contact_activities_activity", "activity_id"),
)


class ContactRow(Base):
    __tablename__ = "contacts"
    # ids are never reused: audit events keep the id of an erased contact
    __table_args__ = ({"sqlite_autoincrement": True},)

    id: Mapped[int] = mapped_column(primary_key=True)
    uid: Mapped[str] = mapped_column(String(200), unique=True)
    scope: Mapped[str] = mapped_column(String(16), index=True)
    subject: Mapped[str] = mapped_column(String(16))
    given_name: Mapped[str] = mapped_column(Text, default="")
    family_name: Mapped[str] = mapped_column(Text, default="")
    middle_name: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_prefix: Mapped[str] = mapped_column(Text, default="", server_default="")
    name_suffix: Mapped[str] = mapped_column(Text, default="", server_default="")
    nickname: Mapped[str] = mapped_column(Text, default="", server_default="")
    organisation: Mapped[str] = mapped_column(Text, default="")
    job_title: Mapped[str] = mapped_column(Text, default="")
    display_name: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)
    deceased: Mapped[bool] = mapped_column(default=False)
    deceased_on: Mapped[date | None] = mapped_column(Date)
    birthday_year: Mapped[int | None]
    birthday_month: Mapped[int | None]
    birthday_day: Mapped[int | None]
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes | None] = mapped_column(LargeBinary)
    # vCard properties without a field of their own, raw, as a JSON list (written back on export)
    extra_properties: Mapped[str] = mapped_column(Text, default="[]", server_default="[]")
    notes: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(String(32), default="none", index=True)
    legal_basis_note: Mapped[str] = mapped_column(Text, default="")
    legal_basis_recorded_on: Mapped[date | None] = mapped_column(Date)
    lia_purpose: Mapped[str | None] = mapped_column(Text)
    lia_necessity: Mapped[str | None] = mapped_column(Text)
    lia_balance: Mapped[str | None] = mapped_column(Text)
    lia_assessed_on: Mapped[date | None] = mapped_column(Date)
    # Denormalised for the list: the badge and the first e-mail/phone/city, kept in step by
    # the repository so a page of 100,000 contacts needs no joins.
    badge: Mapped[str] = mapped_column(String(32), index=True)
    main_email: Mapped[str] = mapped_column(Text, default="")
    main_phone: Mapped[str] = mapped_column(Text, default="")
    main_city: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    # when the customer or business relationship ended; retention counts from here too
    end_of_relationship: Mapped[date | None] = mapped_column(Date)

    emails: Mapped[list[EmailRow]] = relationship(
        order_by="EmailRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    phones: Mapped[list[PhoneRow]] = relationship(
        order_by="PhoneRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    addresses: Mapped[list[AddressRow]] = relationship(
        order_by="AddressRow.position", cascade="all, delete-orphan", passive_deletes=True
    )
    categories: Mapped[list[CategoryRow]] = relationship(secondary=contact_categories)
    activities: Mapped[list[ActivityRow]] = relationship(secondary=contact_activities)


class EmailRow(Base):
    __tablename__ = "emails"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    address: Mapped[str] = mapped_column(Text)
    # lower-cased address: consent records and the mail gate look addresses up by it
    address_key: Mapped[str] = mapped_column(Text, index=True)
    label: Mapped[str] = mapped_column(Text, default="")
    auto_classification: Mapped[str] = mapped_column(String(16))
    classification_override: Mapped[str | None] = mapped_column(String(16))
    published: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_emails_contact", "contact_id"),)


class PhoneRow(Base):
    __tablename__ = "phones"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    raw: Mapped[str] = mapped_column(Text)
    e164: Mapped[str | None] = mapped_column(String(20), index=True)
    label: Mapped[str] = mapped_column(Text, default="")
    valid: Mapped[bool] = mapped_column(default=False)

    __table_args__ = (Index("ix_phones_contact", "contact_id"),)


class AddressRow(Base):
    __tablename__ = "addresses"

    id: Mapped[int] = mapped_column(primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    street: Mapped[str] = mapped_column(Text, default="")
    house_number: Mapped[str] = mapped_column(Text, default="")
    postcode: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(Text, default="")
    country: Mapped[str] = mapped_column(Text, default="")
    label: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_addresses_contact", "contact_id"),)


class CategoryRow(Base):
    __tablename__ = "categories"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)


class ActivityRow(Base):
    __tablename__ = "processing_activities"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(Text, unique=True)
    purposes: Mapped[str] = mapped_column(Text, default="")
    data_subject_categories: Mapped[str] = mapped_column(Text, default="")
    personal_data_categories: Mapped[str] = mapped_column(Text, default="")
    recipients: Mapped[str] = mapped_column(Text, default="")
    processors: Mapped[str] = mapped_column(Text, default="")
    third_country_transfers: Mapped[str] = mapped_column(Text, default="")
    transfer_safeguards: Mapped[str] = mapped_column(Text, default="")
    retention_period: Mapped[str] = mapped_column(Text, default="")
    retention_months: Mapped[int | None]
    security_measures: Mapped[str] = mapped_column(Text, default="")
    default_legal_basis: Mapped[str] = mapped_column(String(32), default="none")
    lia_purpose: Mapped[str | None] = mapped_column(Text)
    lia_necessity: Mapped[str | None] = mapped_column(Text)
    lia_balance: Mapped[str | None] = mapped_column(Text)
    lia_assessed_on: Mapped[date | None] = mapped_column(Date)
    remarks: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(default=False)


class ConsentRow(Base):
    """Append-only: the initial migration adds a trigger that refuses UPDATE."""

    __tablename__ = "consent_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    address_key: Mapped[str] = mapped_column(Text, index=True)
    kind: Mapped[str] = mapped_column(String(16))
    at: Mapped[datetime] = mapped_column(DateTime)
    source: Mapped[str] = mapped_column(Text, default="")
    wording: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")


class ErasurePermitRow(Base):
    """Filled and emptied inside one erasure: the only way a consent record may be deleted.

    A trigger (revision 0004_rights) refuses DELETE on ``consent_records`` for any address
    not listed here.
    """

    __tablename__ = "erasure_permits"

    address_key: Mapped[str] = mapped_column(Text, primary_key=True)


class AuditRow(Base):
    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    action: Mapped[str] = mapped_column(String(32))
    # no foreign key: the event outlives an erased contact
    contact_id: Mapped[int | None] = mapped_column(Integer, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")


class SuppressionRow(Base):
    __tablename__ = "suppression"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    digest: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class SettingRow(Base):
    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


# Generated columns (virtual: nothing stored), true for a blank organisation or main e-mail,
# for the list's sort orders (see LIST_ORDER_INDEXES). Added to the table after mapping, so
# whole-row loads and writes of ContactRow never touch them.
for _sorted in ("organisation", "main_email"):
    ContactRow.__table__.append_column(  # type: ignore[attr-defined]
        Column(f"{_sorted}_blank", Boolean, Computed(f"{_sorted} = ''", persisted=False))
    )


def blank_last(column: Any) -> ColumnElement[bool]:
    """The generated column that is true when a sortable text column is blank.

    Sorting by it first puts blanks last; the list-order indexes start with it, and SQLite
    uses an index for an ORDER BY only when the terms are the same columns.
    """
    generated: ColumnElement[bool] = ContactRow.__table__.c[f"{column.key}_blank"]
    return generated


def _text_order_indexes(column: Any) -> tuple[Index, Index]:
    """Indexes matching contact_filters.order_keys for a text column, up and down.

    The ORDER BY is ``<column>_blank, <column> COLLATE NOCASE [DESC], sort_key, id`` (blanks
    last in both directions, so one index cannot serve both; the id is in every index).
    """
    nocase = column.collate("NOCASE")
    name = f"ix_contacts_{column.key}_order"
    up = Index(name, blank_last(column), nocase, ContactRow.sort_key)
    down = Index(f"{name}_desc", blank_last(column), nocase.desc(), ContactRow.sort_key)
    return up, down


LIST_ORDER_INDEXES = (
    *_text_order_indexes(ContactRow.organisation),
    *_text_order_indexes(ContactRow.main_email),
)


class ImportRow(Base):
    """One import that was written (not a dry run), for "Recent imports" and its undo."""

    __tablename__ = "imports"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, index=True)
    files: Mapped[str] = mapped_column(Text, default="")  # file names, one per line
    cards: Mapped[int] = mapped_column(Integer, default=0)
    added: Mapped[int] = mapped_column(Integer, default=0)
    merged: Mapped[int] = mapped_column(Integer, default=0)
    undone_at: Mapped[datetime | None] = mapped_column(DateTime)


class ImportChangeRow(Base):
    """A contact an import added, or merged something into (``additions``: what, as JSON).

    The rows go with their contact (an erasure leaves nothing of the person here) and with
    their import; they are kept for ``IMPORT_UNDO_DAYS``.
    """

    __tablename__ = "import_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("imports.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(
        ForeignKey("contacts.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # "added" or "merged"
    additions: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_import_changes_import", "import_id"),)
