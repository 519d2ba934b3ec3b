"""The read-only detail pane: one contact's badge with its evidence, every field, and the
consent history of each e-mail address."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import BadgeKind, Severity, badge_for, severity
from contactbook.domain.consent import ConsentRecord, latest_consent
from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import (
    FIELDS,
    DetailPlace,
    FieldKind,
    FieldSpec,
    full_name,
)
from contactbook.domain.email_address import normalise_address
from contactbook.domain.enums import ConsentKind, EmailClassification, LegalBasis, Subject
from contactbook.ui.translations import QT_TRANSLATE_NOOP
from contactbook.ui.widgets.avatars import avatar_pixmap
from contactbook.ui.widgets.badge_chip import BadgeChip
from contactbook.ui.widgets.badges import badge_colours, badge_tooltip
from contactbook.ui.widgets.field_labels import field_title

_AVATAR = 56
# The declared fields with a row of their own, in the pane's order: by block, then as declared.
_ROW_FIELDS = tuple(
    sorted(
        (spec for spec in FIELDS if spec.detail > DetailPlace.FULL_NAME),
        key=lambda spec: spec.detail,
    )
)


def _object_name(field: str) -> str:
    """``end_of_relationship`` → ``endOfRelationship``."""
    first, *rest = field.split("_")
    return first + "".join(word.capitalize() for word in rest)


_CONTEXT = "ContactDetailPane"
_CONSENT_KINDS: dict[ConsentKind, str] = {
    ConsentKind.OPT_IN: QT_TRANSLATE_NOOP(_CONTEXT, "opted in"),
    ConsentKind.DOUBLE_OPT_IN: QT_TRANSLATE_NOOP(_CONTEXT, "opted in and confirmed by e-mail"),
    ConsentKind.SOFT_OPT_IN: QT_TRANSLATE_NOOP(_CONTEXT, "existing customer (soft opt-in)"),
    ConsentKind.OPT_OUT: QT_TRANSLATE_NOOP(_CONTEXT, "opted out"),
    ConsentKind.OBJECTION: QT_TRANSLATE_NOOP(_CONTEXT, "objected to direct marketing"),
}


def consent_kind_label(kind: ConsentKind) -> str:
    """A consent record's kind in plain words."""
    return QCoreApplication.translate(_CONTEXT, _CONSENT_KINDS[kind])


def _value_label(parent: QWidget) -> QLabel:
    # Contact data is shown as plain text: a name like "<b>" must never become markup.
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ContactDetailPane(QWidget):
    """Shows a placeholder until :meth:`show_contact` is given a contact."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._contact: Contact | None = None
        self._stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)

        self._placeholder = QLabel(self.tr("Select a contact to see the details."), self)
        self._placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._placeholder.setWordWrap(True)
        self._placeholder.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self._stack.addWidget(self._placeholder)

        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setWidget(self._build_details())
        # Keyboard users reach the pane with Tab and scroll it with the arrow keys; a frame in
        # the highlight colour shows that it has the focus (the pane has no frame otherwise).
        self._scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scroll.setObjectName("contactDetails")
        self._scroll.setAccessibleName(self.tr("Contact details"))
        self._scroll.setStyleSheet(
            "QScrollArea#contactDetails { border: 2px solid transparent; }"
            "QScrollArea#contactDetails:focus { border: 2px solid palette(highlight); }"
        )
        self.setFocusProxy(self._scroll)
        self._stack.addWidget(self._scroll)
        self.clear()

    # -- public ------------------------------------------------------------------------------

    @property
    def contact(self) -> Contact | None:
        return self._contact

    def clear(self) -> None:
        """Show the placeholder instead of a contact."""
        self._contact = None
        self._stack.setCurrentIndex(0)

    def show_contact(
        self,
        contact: Contact,
        consent: Mapping[str, Sequence[ConsentRecord]] | None = None,
    ) -> None:
        """Fill the pane with ``contact``; ``consent`` holds the history per address (by the
        normalised address, as ``book.consent.histories`` gives it)."""
        self._contact = contact
        kind = badge_for(contact)
        self._show_header(contact)
        self.badge_chip.set_kind(kind)
        self._show_basis(contact, kind)
        self._show_fields(contact)
        self._show_consent(contact, consent or {})
        self._stack.setCurrentIndex(1)
        self._scroll.verticalScrollBar().setValue(0)

    def displayed_text(self) -> str:
        """All text the pane shows, one label a line (for tests and for copying)."""
        if self._contact is None:
            return self._placeholder.text()
        lines = [self.badge_chip.text()]
        for label in self.findChildren(QLabel):
            if label is self._placeholder or not label.isVisibleTo(self):
                continue
            if label.parent() is self.badge_chip or not label.text():
                continue
            lines.append(label.text())
        return "\n".join(lines)

    # -- building ----------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(10)

        header = QHBoxLayout()
        header.setSpacing(12)
        self.avatar = QLabel(page)
        self.avatar.setFixedSize(_AVATAR, _AVATAR)
        header.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        names = QVBoxLayout()
        names.setSpacing(2)
        self.name_label = _value_label(page)
        font = QFont(self.name_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name_label.setFont(font)
        self.name_label.setAccessibleName(self.tr("Name"))
        self.subtitle_label = _value_label(page)
        names.addWidget(self.name_label)
        names.addWidget(self.subtitle_label)
        names.addStretch(1)
        header.addLayout(names, 1)
        layout.addLayout(header)

        self.badge_chip = BadgeChip(page)
        layout.addWidget(self.badge_chip, 0, Qt.AlignmentFlag.AlignLeft)

        self.basis_heading = self._heading(self.tr("Legal basis and evidence"), page)
        layout.addWidget(self.basis_heading)
        self.basis_label = _value_label(page)
        self.basis_label.setObjectName("basisNote")
        layout.addWidget(self.basis_label)

        self._form = QFormLayout()
        self._form.setHorizontalSpacing(12)
        self._form.setVerticalSpacing(8)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        # The name parts make up one row; every other field with a place in the pane has a
        # row of its own, in the pane's blocks (names, contact details, dates, groups, notes).
        self.full_name_label = _value_label(page)
        rows = [(self.tr("Full name"), self.full_name_label)]
        self._value_labels: dict[str, QLabel] = {}
        for spec in _ROW_FIELDS:
            label = _value_label(page)
            label.setObjectName(_object_name(spec.name))
            self._value_labels[spec.name] = label
            rows.append((field_title(spec), label))
        for title, label in rows:
            heading = self._heading(title, page)
            heading.setBuddy(label)
            label.setAccessibleName(title)
            self._form.addRow(heading, label)
        layout.addLayout(self._form)

        self.consent_heading = self._heading(self.tr("Consent history"), page)
        layout.addWidget(self.consent_heading)
        self.consent_label = _value_label(page)
        self.consent_label.setObjectName("consentHistory")
        layout.addWidget(self.consent_label)
        layout.addStretch(1)
        return page

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        # Long Dutch headings ("Geschiedenis van toestemming …") wrap instead of widening the
        # pane beyond its width (which showed a horizontal scroll bar).
        label.setWordWrap(True)
        return label

    # -- filling -----------------------------------------------------------------------------

    def _show_header(self, contact: Contact) -> None:
        organisation = contact.subject is Subject.ORGANISATION
        picture = _photo(contact, _AVATAR, self.devicePixelRatioF())
        if picture is None:
            picture = avatar_pixmap(
                contact.initials,
                contact.id or 0,
                _AVATAR,
                organisation=organisation,
                device_pixel_ratio=self.devicePixelRatioF(),
            )
        self.avatar.setPixmap(picture)
        self.name_label.setText(contact.display_name)
        subtitle = [contact.job_title.strip()]
        if not organisation:
            subtitle.append(contact.organisation.strip())
        if contact.deceased:
            subtitle.append(self.tr("deceased"))
        self.subtitle_label.setText(" · ".join(part for part in subtitle if part))
        self.subtitle_label.setVisible(bool(self.subtitle_label.text()))

    def value_label(self, name: str) -> QLabel:
        """The label that shows the declared field ``name`` (domain.contact_fields)."""
        return self._value_labels[name]

    def _show_fields(self, contact: Contact) -> None:
        name = full_name(contact)
        # Shown only when it says more than the name in the header.
        self._set_optional(self.full_name_label, name if name != contact.display_name else "")
        for spec in _ROW_FIELDS:
            self._show_field(spec, contact, self._value_labels[spec.name])

    def _show_field(self, spec: FieldSpec, contact: Contact, label: QLabel) -> None:
        value = getattr(contact, spec.name)
        kind = spec.kind
        if spec.detail is DetailPlace.HEADER:
            # In the header already, under the name: the row stays hidden.
            label.setText(value.strip())
            self._form.setRowVisible(label, False)
        elif kind is FieldKind.TEXT:
            self._set_optional(label, value.strip())
        elif kind is FieldKind.EMAILS:
            self._set_row(label, [self._email_line(contact, i) for i in range(len(value))])
        elif kind is FieldKind.PHONES:
            self._set_row(label, [self._phone_line(contact, i) for i in range(len(value))])
        elif kind is FieldKind.ADDRESSES:
            self._set_row(label, [self._address_line(contact, i) for i in range(len(value))])
        elif kind is FieldKind.BIRTHDAY:
            self._set_optional(label, self._birthday_text(contact))
        elif kind is FieldKind.DATE:
            self._set_optional(
                label,
                QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")
                if value is not None
                else "",
            )
        elif kind is FieldKind.TAGS:
            self._set_row(label, [", ".join(value)] if value else [])
        else:  # ACTIVITIES, RAW_LINES: a line each
            self._set_row(label, list(value))

    def _birthday_text(self, contact: Contact) -> str:
        birthday = contact.birthday
        if birthday is None:
            return ""
        locale = QLocale()
        if birthday.year is None:
            # day and month only (phones often keep no year); 2000 allows 29 February
            return locale.toString(QDate(2000, birthday.month, birthday.day), "d MMMM")
        return locale.toString(QDate(birthday.year, birthday.month, birthday.day), "d MMMM yyyy")

    def _set_row(self, label: QLabel, lines: list[str]) -> None:
        label.setText("\n".join(lines) if lines else "—")
        self._form.setRowVisible(label, True)

    def _set_optional(self, label: QLabel, text: str) -> None:
        label.setText(text)
        self._form.setRowVisible(label, bool(text))

    def _email_line(self, contact: Contact, position: int) -> str:
        email = contact.emails[position]
        kind = (
            self.tr("generic")
            if email.classification is EmailClassification.GENERIC
            else self.tr("personal")
        )
        if email.override is not None:
            kind = self.tr("{kind}, set by you").format(kind=kind)
        line = f"{email.address} ({kind})"
        return _with_label(line, email.label)

    def _phone_line(self, contact: Contact, position: int) -> str:
        phone = contact.phones[position]
        normalised = phone.e164 if phone.valid and phone.e164 else self.tr("invalid")
        line = f"{phone.raw} ({normalised})"
        return _with_label(line, phone.label)

    def _address_line(self, contact: Contact, position: int) -> str:
        address = contact.addresses[position]
        line = address.one_line()
        if address.country.strip() and address.country.strip().upper() not in ("NL", "NEDERLAND"):
            line = f"{line}, {address.country.strip()}"
        return _with_label(line, address.label)

    def _show_consent(
        self, contact: Contact, histories: Mapping[str, Sequence[ConsentRecord]]
    ) -> None:
        visible = bool(contact.emails)
        self.consent_heading.setVisible(visible)
        self.consent_label.setVisible(visible)
        if not visible:
            self.consent_label.clear()
            return
        blocks: list[str] = []
        for email in contact.emails:
            records = list(histories.get(normalise_address(email.address), ()))
            lines = [email.address]
            if not records:
                lines.append("  " + self.tr("No consent recorded."))
            deciding = latest_consent(records)
            for record in reversed(records):  # newest first
                line = f"  {record.at:%Y-%m-%d} {consent_kind_label(record.kind)}"
                details = [part.strip() for part in (record.source, record.wording, record.note)]
                details = [part for part in details if part]
                if details:
                    line += " — " + "; ".join(details)
                if record is deciding:
                    line += " " + self.tr("(this one counts)")
                lines.append(line)
            blocks.append("\n".join(lines))
        self.consent_label.setText("\n\n".join(blocks))

    def _show_basis(self, contact: Contact, kind: BadgeKind) -> None:
        # Private contacts, organisations, the deceased and those not yet reviewed need no
        # legal basis; for them the block says where they stand.
        business = severity(kind) in (Severity.OK, Severity.WARNING, Severity.ERROR)
        self.basis_heading.setText(
            self.tr("Legal basis and evidence") if business else self.tr("Privacy status")
        )
        self.basis_label.setText(self._basis_text(contact, kind))
        level = severity(kind)
        if level in (Severity.WARNING, Severity.ERROR):
            # The warning stands out as a coloured note, with the same colours as the badge.
            background, foreground = badge_colours(kind, QGuiApplication.palette())
            self.basis_label.setStyleSheet(
                f"QLabel#basisNote {{ background-color: {background.name()};"
                f" color: {foreground.name()}; border-radius: 6px; padding: 8px; }}"
            )
        else:
            # The evidence as a quiet card, so it reads as one block apart from the fields.
            self.basis_label.setStyleSheet(
                "QLabel#basisNote { background-color: palette(alternate-base);"
                " border: 1px solid palette(mid); border-radius: 6px; padding: 8px; }"
            )

    def _basis_text(self, contact: Contact, kind: BadgeKind) -> str:
        record = contact.legal_basis
        if kind is BadgeKind.ASSESSMENT_MISSING:
            lines = [
                self.tr(
                    "Assessment missing: legitimate interest needs a recorded balancing test "
                    "(purpose, necessity and balance) before this contact may be used."
                )
            ]
            lines += self._balancing_lines(contact)
            if record.note.strip():
                lines.append(self.tr("Note: {note}").format(note=record.note.strip()))
            return "\n".join(lines)
        if kind is BadgeKind.NO_LEGAL_BASIS:
            return self.tr(
                "No legal basis recorded: choose one of the six bases for this business "
                "contact, or remove the contact."
            )
        if kind is BadgeKind.DECEASED and contact.deceased_on is not None:
            return self.tr("Deceased on {date}. {explanation}").format(
                date=contact.deceased_on.isoformat(), explanation=badge_tooltip(kind)
            )
        if severity(kind) is not Severity.OK:
            return badge_tooltip(kind)
        lines = [badge_tooltip(kind)]
        note = record.note.strip()
        basis = record.basis
        if basis is LegalBasis.CONSENT:
            lines.append(self.tr("Evidence: the consent history of the e-mail addresses below."))
            if note:
                lines.append(self.tr("How they agreed: {note}").format(note=note))
        elif basis is LegalBasis.CONTRACT:
            lines.append(
                self.tr("Contract or order: {reference}").format(reference=note)
                if note
                else self.tr("No contract or order reference noted yet.")
            )
        elif basis is LegalBasis.LEGAL_OBLIGATION:
            lines.append(
                self.tr("Obligation: {note}").format(note=note)
                if note
                else self.tr("Which obligation is not noted yet.")
            )
        elif basis is LegalBasis.LEGITIMATE_INTEREST:
            lines += self._balancing_lines(contact)
            if note:
                lines.append(self.tr("Note: {note}").format(note=note))
        elif note:
            lines.append(self.tr("Note: {note}").format(note=note))
        else:
            lines.append(self.tr("No evidence noted yet."))
        if record.recorded_on is not None:
            lines.append(self.tr("Recorded on {date}.").format(date=record.recorded_on.isoformat()))
        return "\n".join(lines)

    def _balancing_lines(self, contact: Contact) -> list[str]:
        test = contact.legal_basis.balancing_test
        if test is None:
            return []
        lines = [self.tr("Balancing test:")]
        for title, text in (
            (self.tr("Purpose"), test.purpose),
            (self.tr("Necessity"), test.necessity),
            (self.tr("Balance"), test.balance),
        ):
            lines.append(
                "  "
                + self.tr("{part}: {text}").format(
                    part=title, text=text.strip() or self.tr("not written down")
                )
            )
        if test.assessed_on is not None:
            lines.append(self.tr("Assessed on {date}.").format(date=test.assessed_on.isoformat()))
        return lines


def _photo(contact: Contact, size: int, device_pixel_ratio: float) -> QPixmap | None:
    """The contact's own picture, square-cropped, or None when there is none (or it is bad)."""
    data = contact.thumbnail or contact.photo
    if not data:
        return None
    pixmap = QPixmap()
    if not pixmap.loadFromData(data):
        return None
    pixels = round(size * device_pixel_ratio)
    scaled = pixmap.scaled(
        pixels,
        pixels,
        Qt.AspectRatioMode.KeepAspectRatioByExpanding,
        Qt.TransformationMode.SmoothTransformation,
    )
    x = (scaled.width() - pixels) // 2
    y = (scaled.height() - pixels) // 2
    cropped = scaled.copy(x, y, pixels, pixels)
    cropped.setDevicePixelRatio(device_pixel_ratio)
    return cropped


# The labels phones and the vCard reader give (vcard_fields.py); any other label is the
# user's own words and is shown as it is.
_FIELD_LABELS = {
    "home": QT_TRANSLATE_NOOP("FieldLabel", "home"),
    "work": QT_TRANSLATE_NOOP("FieldLabel", "work"),
    "other": QT_TRANSLATE_NOOP("FieldLabel", "other"),
    "cell": QT_TRANSLATE_NOOP("FieldLabel", "mobile"),
    "mobile": QT_TRANSLATE_NOOP("FieldLabel", "mobile"),
    "main": QT_TRANSLATE_NOOP("FieldLabel", "main number"),
    "fax": QT_TRANSLATE_NOOP("FieldLabel", "fax"),
    "home fax": QT_TRANSLATE_NOOP("FieldLabel", "home fax"),
    "work fax": QT_TRANSLATE_NOOP("FieldLabel", "work fax"),
    "pager": QT_TRANSLATE_NOOP("FieldLabel", "pager"),
}


def field_label_text(label: str) -> str:
    """A field's label ("home", "cell", …) in the window's language."""
    known = _FIELD_LABELS.get(label.strip().lower())
    return QCoreApplication.translate("FieldLabel", known) if known else label.strip()


def _with_label(line: str, label: str) -> str:
    return f"{line} — {field_label_text(label)}" if label.strip() else line
