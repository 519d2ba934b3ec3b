"""Access and portability (Art. 15 and 20 GDPR): everything held about one person, as files.

Writes into a folder: ``contact-<id>.json`` (every field, legal basis and evidence, consent
history, processing activities, mailings received, audit events), ``contact-<id>.vcf`` and
``contact-<id>.html``, a summary in Dutch or English the owner can send as it is; the
window adds ``contact-<id>.pdf`` of the same summary (PDF needs Qt, so it is passed in).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from contactbook.domain.audit import AuditAction
from contactbook.interchange.atomic_file import atomic_open, atomic_path
from contactbook.interchange.register_labels import Language
from contactbook.interchange.subject_data import SubjectData
from contactbook.interchange.subject_html import subject_html
from contactbook.interchange.subject_json import subject_to_json
from contactbook.interchange.vcard_write import vcard_text
from contactbook.services.book import Book
from contactbook.storage import audit_log

#: Lays out the summary's HTML as a PDF at a path (``contactbook.ui.subject_pdf``).
HtmlPdfRenderer = Callable[[str, Path], None]


def gather_subject(book: Book, contact_id: int) -> SubjectData:
    """Everything the book holds about the contact; ``NotFoundError`` for an unknown id."""
    contact = book.contacts.get(contact_id)
    activities = [a for a in book.activities.list() if a.name in set(contact.activities)]
    return SubjectData(
        contact=contact,
        consent=book.consent.histories(e.address for e in contact.emails),
        activities=activities,
        mailings=book.mailings.for_contact(contact_id),
        audit_events=audit_log.events(book.database, contact_id, limit=100_000),
        controller=book.settings.controller(),
        gathered_at=datetime.now().replace(microsecond=0),
    )


def export_subject(
    book: Book,
    contact_id: int,
    folder: Path,
    language: Language,
    render_pdf: HtmlPdfRenderer | None = None,
) -> list[Path]:
    """Write the person's files into ``folder`` (made if needed); returns the files written."""
    data = gather_subject(book, contact_id)
    folder = folder.expanduser()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    stem = folder / f"contact-{contact_id}"
    written = []
    target = stem.with_suffix(".json")
    with atomic_open(target, encoding="utf-8", newline="\n") as stream:
        json.dump(subject_to_json(data), stream, ensure_ascii=False, indent=2)
        stream.write("\n")
    written.append(target)
    target = stem.with_suffix(".vcf")
    with atomic_open(target, encoding="utf-8", newline="") as stream:
        stream.write(vcard_text(data.contact, "4.0"))
    written.append(target)
    page = subject_html(data, language)
    target = stem.with_suffix(".html")
    with atomic_open(target, encoding="utf-8", newline="") as stream:
        stream.write(page)
    written.append(target)
    if render_pdf is not None:
        target = stem.with_suffix(".pdf")
        with atomic_path(target) as partial:
            render_pdf(page, partial)
        written.append(target)
    for path in written:
        path.chmod(0o600)
    audit_log.record_event(
        book.database,
        AuditAction.EXPORTED,
        contact_id,
        "access request: " + ", ".join(p.suffix.lstrip(".") for p in written),
    )
    return written
