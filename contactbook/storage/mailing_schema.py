"""The mailing log's tables (revision 0003_mailing_log): each mailing and its recipients."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from contactbook.storage.schema import Base


class MailingRow(Base):
    """One mailing; the counts are kept in step with its recipients' outcomes."""

    __tablename__ = "mailings"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, index=True)
    subject: Mapped[str] = mapped_column(Text)
    # the text exactly as sent, footer included, so a retry sends the same message
    body: Mapped[str] = mapped_column(Text)
    sender: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    recipient_count: Mapped[int] = mapped_column(Integer, default=0)
    blocked_count: Mapped[int] = mapped_column(Integer, default=0)
    sent_count: Mapped[int] = mapped_column(Integer, default=0)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    pending_count: Mapped[int] = mapped_column(Integer, default=0)


class MailingRecipientRow(Base):
    """One address of a mailing. Only addresses the gate allowed are kept (data minimisation).

    ``contact_id`` has no foreign key: the log outlives a contact's deletion as a record of
    what was sent, while erasing a person (Art. 17) deletes their rows by ``contact_id``.
    """

    __tablename__ = "mailing_recipients"

    id: Mapped[int] = mapped_column(primary_key=True)
    mailing_id: Mapped[int] = mapped_column(ForeignKey("mailings.id", ondelete="CASCADE"))
    contact_id: Mapped[int] = mapped_column(Integer, index=True)
    address: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(32))
    outcome: Mapped[str] = mapped_column(String(16))
    error: Mapped[str] = mapped_column(Text, default="")
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)
    message_id: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_mailing_recipients_mailing", "mailing_id", "outcome"),)
