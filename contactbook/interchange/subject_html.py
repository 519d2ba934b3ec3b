"""The access summary as one HTML page the owner can send as it is (and the PDF's source).

Every value is escaped. The page keeps to the HTML and CSS Qt's rich text understands, since
the PDF is this page laid out by ``QTextDocument``.
"""

from __future__ import annotations

from datetime import date, datetime

from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import FieldKind, FieldSpec, full_name
from contactbook.interchange.register_html import text
from contactbook.interchange.register_labels import Language, basis_label, format_date
from contactbook.interchange.subject_data import SubjectData
from contactbook.interchange.subject_labels import (
    SUMMARY_FIELDS,
    action_label,
    consent_label,
    field_word,
    outcome_label,
    word,
)

STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 10pt;
       color: #1a1a1a; }
h1 { font-size: 16pt; margin-bottom: 4px; }
h2 { font-size: 12.5pt; margin-top: 18px; margin-bottom: 6px; color: #1f3a5a; }
table { border-collapse: collapse; width: 100%; }
th { text-align: left; vertical-align: top; padding: 3px 6px; background-color: #f0f3f7;
     border: 1px solid #c8c8c8; }
td { vertical-align: top; padding: 3px 6px; border: 1px solid #c8c8c8; }
th.label { width: 28%; }
p.sub { color: #555555; }
"""


def subject_html(data: SubjectData, language: Language) -> str:
    """The whole page as a string."""
    company = data.controller.company.strip() or word("we", language)
    intro = word("intro", language).format(
        company=company, date=format_date(data.gathered_at.date(), language)
    )
    contact_point = " / ".join(
        part for part in (data.controller.email, data.controller.phone) if part.strip()
    )
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{language}">',
        '<head><meta charset="utf-8">',
        f"<title>{text(word('title', language))}</title>",
        f"<style>{STYLE}</style></head>",
        "<body>",
        f"<h1>{text(word('title', language))}</h1>",
        f'<p class="sub">{text(intro)}</p>',
        _details(data, language),
        _basis(data, language),
        _consent(data, language),
        _activities(data, language),
        _mailings(data, language),
        _history(data, language),
        f"<h2>{text(word('rights', language))}</h2>",
        f"<p>{text(word('rights_text', language).format(contact=contact_point or company))}</p>",
        "</body></html>",
    ]
    return "\n".join(parts) + "\n"


def _fields(rows: list[tuple[str, str]]) -> str:
    body = "".join(
        f'<tr><th class="label">{text(label)}</th><td>{text(value)}</td></tr>'
        for label, value in rows
        if value.strip()
    )
    return f'<table cellspacing="0">{body}</table>'


def _table(headings: list[str], rows: list[list[str]]) -> str:
    head = "".join(f"<th>{text(h)}</th>" for h in headings)
    body = "".join("<tr>" + "".join(f"<td>{text(v)}</td>" for v in row) + "</tr>" for row in rows)
    return f'<table cellspacing="0"><tr>{head}</tr>{body}</table>'


def _day(value: date | datetime | None, language: Language) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return f"{format_date(value.date(), language)} {value:%H:%M}"
    return format_date(value, language)


def _details(data: SubjectData, language: Language) -> str:
    contact = data.contact
    rows = [(word("name", language), full_name(contact) or contact.display_name)]
    rows += [
        (field_word(spec, language), _field_text(spec, contact, language))
        for spec in SUMMARY_FIELDS
    ]
    return f"<h2>{text(word('details', language))}</h2>{_fields(rows)}"


def _field_text(spec: FieldSpec, contact: Contact, language: Language) -> str:
    """A declared field's value as the summary's row shows it ("" for no row)."""
    value = getattr(contact, spec.name)
    kind = spec.kind
    if kind is FieldKind.TEXT:
        return str(value)
    if kind is FieldKind.EMAILS:
        return "\n".join(e.address for e in value)
    if kind is FieldKind.PHONES:
        return "\n".join(p.raw for p in value)
    if kind is FieldKind.ADDRESSES:
        return "\n".join(a.one_line() for a in value)
    if kind is FieldKind.TAGS:
        return ", ".join(value)
    if kind in (FieldKind.ACTIVITIES, FieldKind.RAW_LINES):
        return "\n".join(value)
    if kind is FieldKind.BIRTHDAY:
        return str(value.iso()) if value else ""
    if kind is FieldKind.DATE:
        return _day(value, language)
    if kind is FieldKind.PHOTO:
        return word("photo_kept", language) if value else ""
    raise AssertionError(f"no summary text for a field of kind {kind}")


def _basis(data: SubjectData, language: Language) -> str:
    basis = data.contact.legal_basis
    test = basis.balancing_test
    rows = [
        (word("basis_label", language), basis_label(basis.basis, language)),
        (word("evidence", language), basis.note),
        (word("recorded_on", language), _day(basis.recorded_on, language)),
    ]
    if test:
        lia = "\n".join(p for p in (test.purpose, test.necessity, test.balance) if p.strip())
        rows.append((word("lia", language), lia))
    return f"<h2>{text(word('basis', language))}</h2>{_fields(rows)}"


def _consent(data: SubjectData, language: Language) -> str:
    rows = [
        [
            _day(record.at, language),
            address,
            consent_label(record.kind, language),
            record.source,
            record.wording,
        ]
        for address, records in data.consent.items()
        for record in records
    ]
    heading = f"<h2>{text(word('consent', language))}</h2>"
    if not rows:
        return heading + f"<p>{text(word('no_consent', language))}</p>"
    labels = ["when", "address", "what", "source", "wording"]
    return heading + _table([word(k, language) for k in labels], rows)


def _activities(data: SubjectData, language: Language) -> str:
    heading = f"<h2>{text(word('activities', language))}</h2>"
    if not data.activities:
        return heading + f"<p>{text(word('no_activities', language))}</p>"
    rows = []
    for activity in data.activities:
        retention = activity.retention_period
        if not retention and activity.retention_months is not None:
            retention = word("months", language).format(n=activity.retention_months)
        rows.append([activity.name, activity.purposes, retention, activity.recipients])
    labels = ["name", "purposes", "retention", "recipients"]
    return heading + _table([word(k, language) for k in labels], rows)


def _mailings(data: SubjectData, language: Language) -> str:
    heading = f"<h2>{text(word('mailings', language))}</h2>"
    if not data.mailings:
        return heading + f"<p>{text(word('no_mailings', language))}</p>"
    rows = [
        [
            _day(mailing.created_at, language),
            mailing.subject,
            entry.address,
            outcome_label(entry.outcome, language),
        ]
        for mailing, entry in data.mailings
    ]
    labels = ["when", "subject", "address", "outcome"]
    return heading + _table([word(k, language) for k in labels], rows)


def _history(data: SubjectData, language: Language) -> str:
    rows = [
        [_day(event.at, language), action_label(event.action, language)]
        for event in data.audit_events
    ]
    if not rows:
        return ""
    heading = f"<h2>{text(word('history', language))}</h2>"
    return heading + _table([word("when", language), word("what", language)], rows)
