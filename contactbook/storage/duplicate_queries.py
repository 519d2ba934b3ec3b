"""Finding likely duplicate pairs in SQL: same number, same e-mail address, same name."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import and_, func, select
from sqlalchemy.orm import aliased

from contactbook.domain.duplicates import DuplicatePair, DuplicateReason
from contactbook.domain.enums import EmailClassification
from contactbook.storage.database import Database
from contactbook.storage.schema import ContactRow, EmailRow, PhoneRow


def find_duplicate_pairs(database: Database, limit: int = 1000) -> list[DuplicatePair]:
    """Pairs of contacts sharing a phone number, an e-mail address or a normalised name.

    The lower id (the older contact) comes first; pairs with more reasons come first.
    """
    reasons: dict[tuple[int, int], set[DuplicateReason]] = defaultdict(set)
    with database.session() as session:
        phone = aliased(PhoneRow)
        for first, second in session.execute(
            select(PhoneRow.contact_id, phone.contact_id)
            .join(phone, and_(phone.e164 == PhoneRow.e164, phone.contact_id > PhoneRow.contact_id))
            .where(PhoneRow.e164.is_not(None))
            .distinct()
            .limit(limit)
        ):
            reasons[(first, second)].add(DuplicateReason.SAME_PHONE)
        email = aliased(EmailRow)
        for first, second in session.execute(
            select(EmailRow.contact_id, email.contact_id)
            .join(
                email,
                and_(
                    email.address_key == EmailRow.address_key,
                    email.contact_id > EmailRow.contact_id,
                ),
            )
            # colleagues share info@ without being one person: personal addresses only
            .where(
                func.coalesce(EmailRow.classification_override, EmailRow.auto_classification)
                == EmailClassification.PERSONAL.value
            )
            .distinct()
            .limit(limit)
        ):
            reasons[(first, second)].add(DuplicateReason.SAME_EMAIL)
        same_name = (
            select(ContactRow.sort_key)
            .where(ContactRow.sort_key != "")
            .group_by(ContactRow.sort_key)
            .having(func.count() > 1)
            .limit(limit)
            .subquery()
        )
        named = session.execute(
            select(ContactRow.sort_key, ContactRow.id)
            .where(ContactRow.sort_key.in_(select(same_name.c.sort_key)))
            .order_by(ContactRow.sort_key, ContactRow.id)
        )
        groups: dict[str, list[int]] = defaultdict(list)
        for key, cid in named:
            groups[key].append(cid)
        for ids in groups.values():
            for index, first in enumerate(ids):
                for second in ids[index + 1 :]:
                    reasons[(first, second)].add(DuplicateReason.SAME_NAME)
    pairs = [
        DuplicatePair(first, second, tuple(sorted(found)))
        for (first, second), found in reasons.items()
    ]
    pairs.sort(key=lambda p: (-len(p.reasons), p.first_id, p.second_id))
    return pairs[:limit]
