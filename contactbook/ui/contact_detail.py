"""The read-only detail pane: one contact's badge, legal basis evidence and details."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QGuiApplication, QPalette
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
from contactbook.domain.contact import Contact
from contactbook.domain.enums import EmailClassification, LegalBasis, Subject
from contactbook.ui.avatars import avatar_pixmap
from contactbook.ui.badge_chip import BadgeChip
from contactbook.ui.badges import badge_colours, badge_tooltip

_AVATAR = 48


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

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self._build_details())
        self._stack.addWidget(scroll)
        self.clear()

    # -- public ------------------------------------------------------------------------------

    @property
    def contact(self) -> Contact | None:
        return self._contact

    def clear(self) -> None:
        """Show the placeholder instead of a contact."""
        self._contact = None
        self._stack.setCurrentIndex(0)

    def show_contact(self, contact: Contact) -> None:
        """Fill the pane with ``contact``."""
        self._contact = contact
        kind = badge_for(contact)
        organisation = contact.subject is Subject.ORGANISATION
        self.avatar.setPixmap(
            avatar_pixmap(
                contact.initials,
                contact.id or 0,
                _AVATAR,
                organisation=organisation,
                device_pixel_ratio=self.devicePixelRatioF(),
            )
        )
        self.name_label.setText(contact.display_name)
        subtitle = [contact.job_title.strip()]
        if not organisation:
            subtitle.append(contact.organisation.strip())
        self.subtitle_label.setText(" · ".join(part for part in subtitle if part))
        self.subtitle_label.setVisible(bool(self.subtitle_label.text()))
        self.badge_chip.set_kind(kind)
        self._show_basis(contact, kind)
        self._set_row(
            self.emails_label, [self._email_line(contact, i) for i in range(len(contact.emails))]
        )
        self._set_row(
            self.phones_label, [self._phone_line(contact, i) for i in range(len(contact.phones))]
        )
        self._set_row(self.addresses_label, [a.one_line() for a in contact.addresses])
        self._set_row(
            self.categories_label, [", ".join(contact.categories)] if contact.categories else []
        )
        self._set_row(self.activities_label, list(contact.activities))
        self._stack.setCurrentIndex(1)

    def displayed_text(self) -> str:
        """All text the pane shows, one label a line (for tests and for copying)."""
        if self._contact is None:
            return self._placeholder.text()
        labels = [self.name_label, self.subtitle_label, self.basis_label]
        labels += [self.emails_label, self.phones_label, self.addresses_label]
        labels += [self.categories_label, self.activities_label]
        return "\n".join([self.badge_chip.text(), *(label.text() for label in labels)])

    # -- building ----------------------------------------------------------------------------

    def _build_details(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.setSpacing(12)

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
        self.subtitle_label = _value_label(page)
        names.addWidget(self.name_label)
        names.addWidget(self.subtitle_label)
        header.addLayout(names, 1)
        layout.addLayout(header)

        self.badge_chip = BadgeChip(page)
        layout.addWidget(self.badge_chip, 0, Qt.AlignmentFlag.AlignLeft)

        layout.addWidget(self._heading(self.tr("Legal basis"), page))
        self.basis_label = _value_label(page)
        self.basis_label.setObjectName("basisNote")
        layout.addWidget(self.basis_label)

        form = QFormLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.emails_label = _value_label(page)
        self.phones_label = _value_label(page)
        self.addresses_label = _value_label(page)
        self.categories_label = _value_label(page)
        self.activities_label = _value_label(page)
        rows = (
            (self.tr("E-mail"), self.emails_label),
            (self.tr("Phone"), self.phones_label),
            (self.tr("Address"), self.addresses_label),
            (self.tr("Categories"), self.categories_label),
            (self.tr("Activities"), self.activities_label),
        )
        for title, label in rows:
            form.addRow(self._heading(title, page), label)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _heading(self, text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        font = QFont(label.font())
        font.setBold(True)
        label.setFont(font)
        return label

    # -- filling -----------------------------------------------------------------------------

    def _set_row(self, label: QLabel, lines: list[str]) -> None:
        label.setText("\n".join(lines) if lines else "—")
        label.setAccessibleName(label.text() if lines else self.tr("None"))

    def _email_line(self, contact: Contact, position: int) -> str:
        email = contact.emails[position]
        kind = (
            self.tr("generic")
            if email.classification is EmailClassification.GENERIC
            else self.tr("personal")
        )
        if email.override is not None:
            kind = self.tr("{kind}, set by you").format(kind=kind)
        return f"{email.address} ({kind})"

    def _phone_line(self, contact: Contact, position: int) -> str:
        phone = contact.phones[position]
        normalised = phone.e164 if phone.valid and phone.e164 else self.tr("invalid")
        return f"{phone.raw} ({normalised})"

    def _show_basis(self, contact: Contact, kind: BadgeKind) -> None:
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
            self.basis_label.setStyleSheet("")

    def _basis_text(self, contact: Contact, kind: BadgeKind) -> str:
        record = contact.legal_basis
        if kind is BadgeKind.ASSESSMENT_MISSING:
            return self.tr(
                "Assessment missing: legitimate interest needs a recorded balancing test "
                "(purpose, necessity and balance) before this contact may be used."
            )
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
        lines: list[str] = []
        if record.basis is LegalBasis.CONSENT:
            lines.append(self.tr("Evidence: the consent records of the e-mail addresses."))
        if record.basis is LegalBasis.LEGITIMATE_INTEREST and record.balancing_test is not None:
            test = record.balancing_test
            lines.append(
                self.tr("Balancing test — purpose: {purpose}").format(purpose=test.purpose)
            )
            if test.assessed_on is not None:
                lines.append(
                    self.tr("Assessed on {date}.").format(date=test.assessed_on.isoformat())
                )
        if record.note.strip():
            lines.append(record.note.strip())
        elif record.basis is not LegalBasis.CONSENT:
            lines.append(self.tr("No evidence noted yet."))
        if record.recorded_on is not None:
            lines.append(self.tr("Recorded on {date}.").format(date=record.recorded_on.isoformat()))
        return "\n".join(lines)
