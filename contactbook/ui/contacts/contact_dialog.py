"""New person, new organisation and edit: every field of a contact, checked as you type."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain import names
from contactbook.domain.birthday import Birthday
from contactbook.domain.contact import Contact
from contactbook.domain.enums import LegalBasis, Scope, Subject
from contactbook.domain.errors import StorageError
from contactbook.domain.legal_basis import LegalBasisRecord
from contactbook.domain.scope_change import ScopeChangeError, change_scope
from contactbook.domain.validation import (
    Problem,
    check_names,
    format_birthday,
    parse_birthday,
    split_categories,
)
from contactbook.services.book import Book
from contactbook.services.book_settings import default_region
from contactbook.services.contact_changes import (
    ChangedElsewhereError,
    consent_record,
    create_contact,
    replace_contact,
)
from contactbook.services.erasure import was_erased
from contactbook.ui.contacts.basis_dialog import BasisChoice, LegalBasisDialog
from contactbook.ui.contacts.fields import (
    AddressRows,
    CheckedLine,
    DateProblemLabel,
    EmailRows,
    PhoneRows,
    ProblemLabel,
    format_end_date,
    parse_end_date,
)
from contactbook.ui.contacts.texts import basis_name, scope_name
from contactbook.ui.widgets.modal import run_modal


class ContactDialog(QDialog):
    """Edits ``contact``, or a new one when it is None. Saves on OK.

    After ``exec()`` returns Accepted, ``before`` is the stored contact it started from (None
    for a new one) and ``saved`` the contact as stored now.
    """

    def __init__(
        self,
        book: Book,
        contact: Contact | None = None,
        *,
        subject: Subject = Subject.PERSON,
        today: date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._today = today or date.today()
        self.before = contact
        self.saved: Contact | None = None
        # True when the user chose to reload after the contact was changed elsewhere
        self.reload_requested = False
        start = contact or Contact(subject=subject, scope=Scope.BUSINESS)
        self._start = start
        self._choice: BasisChoice | None = None
        if contact is None:
            self.setWindowTitle(
                self.tr("New organisation")
                if subject is Subject.ORGANISATION
                else self.tr("New person")
            )
        else:
            self.setWindowTitle(self.tr("Edit {name}").format(name=contact.display_name))

        content = QWidget(self)
        content_layout = QVBoxLayout(content)
        self.form = QFormLayout()
        content_layout.addLayout(self.form)
        content_layout.addStretch(1)  # extra height goes below the fields, not between them
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._build_name_rows(content, start)
        self._build_contact_rows(content, start)
        self._build_other_rows(content, start)
        self._build_privacy_rows(content, start)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab goes from field to field (the area scrolls along); the area is no stop itself
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(content)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        for rows in (self.email_rows, self.phone_rows, self.address_rows):
            rows.changed.connect(self._revalidate)
        self._subject_changed()
        self.resize(620, 720)
        (
            self.organisation_edit if self.subject is Subject.ORGANISATION else self.given_edit
        ).setFocus()

    # -- building ----------------------------------------------------------------------------

    def _build_name_rows(self, parent: QWidget, start: Contact) -> None:
        self.person_radio = QRadioButton(self.tr("&Person"), parent)
        self.organisation_radio = QRadioButton(self.tr("&Organisation"), parent)
        group = QButtonGroup(self)
        group.addButton(self.person_radio)
        group.addButton(self.organisation_radio)
        (
            self.organisation_radio if start.subject is Subject.ORGANISATION else self.person_radio
        ).setChecked(True)
        subject_row = QHBoxLayout()
        subject_row.addWidget(self.person_radio)
        subject_row.addWidget(self.organisation_radio)
        subject_row.addStretch(1)
        self.form.addRow(self.tr("This is a:"), subject_row)

        family = (
            names.split_family_name(start.family_name)
            if start.family_name.strip()
            else (names.FamilyName("", ""))
        )
        self.given_edit = self._line(parent, start.given_name, self.tr("First name"))
        self.particle_edit = self._line(parent, family.particle, self.tr("Particle"))
        self.particle_edit.setPlaceholderText(self.tr("van, de, van der…"))
        self.particle_edit.setMaximumWidth(140)
        self.family_edit = self._line(parent, family.main, self.tr("Family name"))
        self.organisation_edit = self._line(parent, start.organisation, self.tr("Organisation"))
        self.job_title_edit = self._line(parent, start.job_title, self.tr("Job title"))
        self.name_problem = ProblemLabel(parent)
        family_row = QHBoxLayout()
        family_row.addWidget(self.particle_edit)
        family_row.addWidget(self.family_edit, 1)
        self._given_row = self._add_row(self.tr("&First name:"), self.given_edit)
        self._family_row = self._add_row(self.tr("Family name:"), family_row)
        self.form.addRow(self.tr("Or&ganisation:"), self.organisation_edit)
        self.form.addRow("", self.name_problem)
        self._job_row = self._add_row(self.tr("&Job title:"), self.job_title_edit)
        for edit in (self.given_edit, self.family_edit, self.organisation_edit):
            edit.textChanged.connect(self._revalidate)
        self.person_radio.toggled.connect(self._subject_changed)

    def _build_contact_rows(self, parent: QWidget, start: Contact) -> None:
        region = default_region(self._book)
        self.email_rows = EmailRows(start.emails, parent)
        self.phone_rows = PhoneRows(start.phones, region, parent)
        self.address_rows = AddressRows(start.addresses, parent)
        if not start.emails:
            self.email_rows.add_empty()
        if not start.phones:
            self.phone_rows.add_empty()
        self.form.addRow(self.tr("E-mail:"), self.email_rows)
        self.form.addRow(self.tr("Phone:"), self.phone_rows)
        self.form.addRow(self.tr("Address:"), self.address_rows)

    def _build_other_rows(self, parent: QWidget, start: Contact) -> None:
        self.birthday_problem = ProblemLabel(parent)
        self.birthday_edit = CheckedLine(self._check_birthday, self.birthday_problem, parent)
        self.birthday_edit.setObjectName("birthdayEdit")
        self.birthday_edit.setAccessibleName(self.tr("Birthday"))
        self.birthday_edit.setPlaceholderText(self.tr("day-month-year, or day-month"))
        self.birthday_edit.setMaximumWidth(200)
        self.birthday_edit.set_stored(format_birthday(start.birthday))
        self.birthday_edit.problem_changed.connect(self._revalidate)
        self.ended_problem = DateProblemLabel(parent)
        self.ended_edit = CheckedLine(self._check_ended, self.ended_problem, parent)
        self.ended_edit.setObjectName("endOfRelationshipEdit")
        self.ended_edit.setAccessibleName(self.tr("End of relationship"))
        self.ended_edit.setPlaceholderText(self.tr("day-month-year; empty while it goes on"))
        self.ended_edit.setToolTip(
            self.tr(
                "The day the customer or business relationship ended. The retention periods "
                "count from this day. Leave it empty while the relationship goes on."
            )
        )
        self.ended_edit.setMaximumWidth(320)
        self.ended_edit.set_stored(format_end_date(start.end_of_relationship))
        self.ended_edit.problem_changed.connect(self._revalidate)
        self.categories_edit = self._line(
            parent, ", ".join(start.categories), self.tr("Categories")
        )
        self.categories_edit.setPlaceholderText(self.tr("separated by commas, e.g. klant, lead"))
        self.notes_edit = QPlainTextEdit(start.notes, parent)
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.notes_edit.fontMetrics().lineSpacing() * 4 + 12)
        self._birthday_row = self._add_row(
            self.tr("Birthday:"), _short_field(self.birthday_edit, self.birthday_problem)
        )
        self._add_row(
            self.tr("Relationship ended:"), _short_field(self.ended_edit, self.ended_problem)
        )
        self.form.addRow(self.tr("Ca&tegories:"), self.categories_edit)
        self.form.addRow(self.tr("&Notes:"), self.notes_edit)

    def _build_privacy_rows(self, parent: QWidget, start: Contact) -> None:
        self.scope_combo = QComboBox(parent)
        self.scope_combo.setAccessibleName(self.tr("Kept for"))
        for scope in (Scope.BUSINESS, Scope.PRIVATE, Scope.UNSORTED):
            self.scope_combo.addItem(scope_name(scope), scope)
        self.scope_combo.setCurrentIndex(self.scope_combo.findData(start.scope))
        self.basis_label = QLabel(parent)
        self.basis_button = QPushButton(self.tr("Set legal &basis…"), parent)
        self.basis_button.clicked.connect(self._basis_button_clicked)
        basis_row = QHBoxLayout()
        basis_row.addWidget(self.basis_label, 1)
        basis_row.addWidget(self.basis_button)
        self.form.addRow(self.tr("&Kept for:"), self.scope_combo)
        self._basis_row = self._add_row(self.tr("Legal basis:"), basis_row)
        self.scope_combo.currentIndexChanged.connect(self._subject_changed)
        self._show_basis()

    def _add_row(self, label: str, field: QWidget | QHBoxLayout | QVBoxLayout) -> int:
        self.form.addRow(label, field)
        return self.form.rowCount() - 1

    def _line(self, parent: QWidget, text: str, accessible: str) -> QLineEdit:
        edit = QLineEdit(text, parent)
        edit.setAccessibleName(accessible)
        return edit

    # -- state -------------------------------------------------------------------------------

    @property
    def subject(self) -> Subject:
        return Subject.ORGANISATION if self.organisation_radio.isChecked() else Subject.PERSON

    @property
    def scope(self) -> Scope:
        return Scope(self.scope_combo.currentData())

    @property
    def basis_record(self) -> LegalBasisRecord:
        return self._choice.record if self._choice else self._start.legal_basis

    def _check_birthday(self, text: str) -> Problem | None:
        parsed = parse_birthday(text, self._today.year)
        return parsed if isinstance(parsed, Problem) else None

    def _check_ended(self, text: str) -> Problem | None:
        parsed = parse_end_date(text, self._today)
        return parsed if isinstance(parsed, Problem) else None

    def _subject_changed(self) -> None:
        person = self.subject is Subject.PERSON
        for row in (self._given_row, self._family_row, self._job_row, self._birthday_row):
            self.form.setRowVisible(row, person)
        self.birthday_edit.recheck()  # showing the row showed its problem label too
        self._show_basis()
        self._revalidate()

    def _show_basis(self) -> None:
        needs = self.subject is Subject.PERSON and self.scope is Scope.BUSINESS
        self.basis_label.setText(basis_name(self.basis_record.basis) if needs else "")
        self.form.setRowVisible(self._basis_row, needs)

    def problems(self) -> list[Problem]:
        found: list[Problem] = []
        names_problem = check_names(
            self.given_edit.text(),
            self.family_edit.text(),
            self.organisation_edit.text(),
            organisation_record=self.subject is Subject.ORGANISATION,
        )
        # an empty new dialog is not scolded; the hint appears once a name was touched
        touched = any(
            edit.isModified()
            for edit in (self.given_edit, self.family_edit, self.organisation_edit)
        )
        self.name_problem.show_problem(names_problem if touched or self.before else None)
        if names_problem is not None:
            found.append(names_problem)
        found += self.email_rows.problems() + self.phone_rows.problems()
        found += self.address_rows.problems()
        if self.subject is Subject.PERSON and self.birthday_edit.problem is not None:
            found.append(self.birthday_edit.problem)
        if self.ended_edit.problem is not None:
            found.append(self.ended_edit.problem)
        return found

    def _revalidate(self) -> None:
        self.ok_button.setEnabled(not self.problems())

    def _basis_button_clicked(self) -> None:
        self.choose_basis()  # clicked(bool) must not become the intro text

    def choose_basis(self, intro: str = "") -> bool:
        """Ask for the legal basis (with its evidence); True when one was chosen."""
        dialog = LegalBasisDialog(self._book, self.contact(), self._today, self, intro=intro)
        if run_modal(dialog) != QDialog.DialogCode.Accepted or dialog.choice is None:
            return False
        self._choice = dialog.choice
        self._show_basis()
        return True

    def contact(self) -> Contact:
        """The contact as the fields describe it now (scope and basis not yet applied)."""
        person = self.subject is Subject.PERSON
        particle = self.particle_edit.text().strip()
        family = self.family_edit.text().strip()
        birthday = parse_birthday(self.birthday_edit.text(), self._today.year)
        ended = parse_end_date(self.ended_edit.text(), self._today)
        end_day: date | None = None
        if isinstance(ended, date):
            end_day = ended
        elif ended is not None:  # kept as stored (a day set in the future elsewhere)
            end_day = self._start.end_of_relationship
        return replace(
            self._start,
            subject=self.subject,
            given_name=self.given_edit.text().strip() if person else self._start.given_name,
            family_name=" ".join(p for p in (particle, family) if p)
            if person
            else self._start.family_name,
            organisation=self.organisation_edit.text().strip(),
            job_title=self.job_title_edit.text().strip() if person else self._start.job_title,
            emails=self.email_rows.values(),
            phones=self.phone_rows.values(),
            addresses=self.address_rows.values(),
            birthday=birthday if isinstance(birthday, Birthday) and person else None,
            categories=split_categories(self.categories_edit.text()),
            end_of_relationship=end_day,
            notes=self.notes_edit.toPlainText().strip(),
        )

    def _scoped(self) -> Contact | None:
        """The contact in its chosen scope; asks for a basis when the rules need one."""
        candidate = self.contact()
        chosen = self._choice.record if self._choice else None
        try:
            return change_scope(candidate, self.scope, chosen)
        except ScopeChangeError:
            intro = self.tr(
                "A private contact used for your business falls under the GDPR, so it needs "
                "a legal basis. Choose the one that fits."
            )
            if not self.choose_basis(intro):
                return None
            return change_scope(candidate, self.scope, self.basis_record)

    def _confirm_suppressed(self, contact: Contact) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Erased earlier"),
            self.tr(
                "An e-mail address or phone number of {name} belongs to someone who was erased "
                "from this book earlier, for example at their own request. Add them again only "
                "if you have a new reason to keep their data.\n\nAdd this contact anyway?"
            ).format(name=contact.display_name or self.tr("this contact")),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("suppressedBox")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Add anyway"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Do not add"))
        return run_modal(box) == QMessageBox.StandardButton.Yes

    def accept(self) -> None:
        if self.problems():
            return
        scoped = self._scoped()
        if scoped is None:
            return
        suppressed = self.before is None and was_erased(self._book, scoped)
        if suppressed and not self._confirm_suppressed(scoped):
            return
        consent = self._choice.consent if self._choice else None
        # the contact and the consent its basis rests on: one transaction, both or neither
        consents = []
        if consent is not None:
            consents.append(
                consent_record(
                    consent.address,
                    consent.kind,
                    consent.at,
                    source=consent.source,
                    wording=consent.wording,
                )
            )
        try:
            if self.before is None:
                self.saved = create_contact(self._book, scoped, consents=consents)
            else:
                self.saved = replace_contact(self._book, self.before, scoped, consents=consents)
        except ChangedElsewhereError:
            if ask_reload(self, self.before.display_name if self.before else ""):
                self.reload_requested = True
                self.reject()
            return
        except (StorageError, ValueError) as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        super().accept()


def _short_field(edit: QLineEdit, problem: ProblemLabel) -> QVBoxLayout:
    """A narrow field with its problem sentence below, which may use the whole width."""
    hint = edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 24
    edit.setMinimumWidth(min(edit.maximumWidth(), hint))  # the placeholder is read whole
    line = QHBoxLayout()
    line.addWidget(edit)
    line.addStretch(1)
    box = QVBoxLayout()
    box.addLayout(line)
    box.addWidget(problem)
    return box


def ask_reload(parent: QWidget, name: str) -> bool:
    """Say that the contact was changed elsewhere and nothing was saved; True for "Reload"."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("ContactDialog", "Changed elsewhere"),
        QCoreApplication.translate(
            "ContactDialog",
            "{name} was changed elsewhere (in another window or from the command line) after "
            "you opened it here. Nothing was saved, so that change is not overwritten.\n\n"
            "Reload to see the current version; then make your change again.",
        ).format(name=name or QCoreApplication.translate("ContactDialog", "This contact")),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("changedElsewhereBox")
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("ContactDialog", "Reload")
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return run_modal(box) == QMessageBox.StandardButton.Yes


def basis_is_missing(contact: Contact) -> bool:
    """A living business person without a basis: the "No legal basis" badge."""
    return (
        contact.scope is Scope.BUSINESS
        and contact.subject is Subject.PERSON
        and not contact.deceased
        and contact.legal_basis.basis is LegalBasis.NONE
    )
