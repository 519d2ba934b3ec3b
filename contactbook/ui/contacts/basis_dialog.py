"""Choosing a contact's legal basis with the evidence that basis needs (PRIVACY-RULES.md §3)."""

from __future__ import annotations

import html
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import badge_for
from contactbook.domain.consent import EXPRESS_OPT_INS, ConsentRecord, latest_consent
from contactbook.domain.contact import Contact
from contactbook.domain.enums import ConsentKind, LegalBasis, Scope
from contactbook.domain.legal_basis import BalancingTest, LegalBasisRecord
from contactbook.services.book import Book
from contactbook.services.consent import consent_histories
from contactbook.ui.contacts.texts import basis_hint, basis_name, consent_kind_name
from contactbook.ui.widgets.badge_chip import BadgeChip

BASES = (
    LegalBasis.CONSENT,
    LegalBasis.CONTRACT,
    LegalBasis.LEGITIMATE_INTEREST,
    LegalBasis.LEGAL_OBLIGATION,
    LegalBasis.VITAL_INTERESTS,
    LegalBasis.PUBLIC_TASK,
)


@dataclass(frozen=True)
class BasisChoice:
    """What the dialog decided: the basis record, and an opt-in to record first (if any)."""

    record: LegalBasisRecord
    consent: ConsentRecord | None = None


class LegalBasisDialog(QDialog):
    """One basis from a list; below it the evidence that basis asks for."""

    def __init__(
        self,
        book: Book,
        contact: Contact,
        today: date,
        parent: QWidget | None = None,
        *,
        intro: str = "",
    ) -> None:
        super().__init__(parent)
        self._contact = contact
        self._today = today
        self.choice: BasisChoice | None = None
        self.setWindowTitle(self.tr("Legal basis"))
        current = contact.legal_basis

        heading = QLabel(f"<b>{html.escape(contact.display_name)}</b>", self)
        intro_label = QLabel(intro, self)
        intro_label.setWordWrap(True)
        intro_label.setVisible(bool(intro))

        self.basis_combo = QComboBox(self)
        self.basis_combo.setAccessibleName(self.tr("Legal basis"))
        for basis in BASES:
            self.basis_combo.addItem(basis_name(basis), basis)
        self.hint_label = QLabel(self)
        self.hint_label.setWordWrap(True)

        self.badge_chip = BadgeChip(self)
        self.problem_label = QLabel(self)
        self.problem_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.pages = QStackedWidget(self)
        self._build_consent_page(book)
        self.contract_edit = self._line_page(
            self.tr("Contract or order:"), self.tr("e.g. order 2024-118 of 12 March 2024")
        )
        self._build_balancing_page(current.balancing_test)
        self.obligation_edit = self._line_page(
            self.tr("Which law or rule:"), self.tr("e.g. the 7-year tax retention duty")
        )
        self.vital_edit = self._line_page(self.tr("Note:"), "")
        self.public_edit = self._line_page(self.tr("Note:"), "")
        self._notes = {
            LegalBasis.CONTRACT: self.contract_edit,
            LegalBasis.LEGAL_OBLIGATION: self.obligation_edit,
            LegalBasis.VITAL_INTERESTS: self.vital_edit,
            LegalBasis.PUBLIC_TASK: self.public_edit,
        }
        if current.basis in self._notes:
            self._notes[current.basis].setText(current.note)

        form = QFormLayout()
        form.addRow(self.tr("Legal basis:"), self.basis_combo)
        badge_row = QFormLayout()
        badge_row.addRow(self.tr("The badge will read:"), self.badge_chip)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.pages)
        layout.addLayout(badge_row)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

        self.basis_combo.currentIndexChanged.connect(self._basis_changed)
        start = current.basis if current.basis in BASES else LegalBasis.CONTRACT
        self.basis_combo.setCurrentIndex(BASES.index(start))
        self._basis_changed()
        self.resize(520, self.sizeHint().height())

    # -- pages -------------------------------------------------------------------------------

    def _build_consent_page(self, book: Book) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        addresses = [email.address for email in self._contact.emails]
        histories = consent_histories(book, addresses) if addresses else {}
        self._opt_ins: list[ConsentRecord] = []
        for history in histories.values():
            latest = latest_consent(history)
            if latest is not None and latest.kind in EXPRESS_OPT_INS:
                self._opt_ins.append(latest)

        self.existing_radio = QRadioButton(self.tr("An opt-in that is already recorded:"), page)
        self.existing_combo = QComboBox(page)
        self.existing_combo.setAccessibleName(self.tr("Recorded opt-in"))
        for record in self._opt_ins:
            self.existing_combo.addItem(
                f"{record.address} — {consent_kind_name(record.kind)}, "
                f"{record.at:%d-%m-%Y}" + (f", {record.source}" if record.source else ""),
                record,
            )
        self.new_radio = QRadioButton(self.tr("Record an opt-in now:"), page)
        self.address_combo = QComboBox(page)
        self.address_combo.setAccessibleName(self.tr("Address"))
        self.address_combo.addItems(addresses)
        self.double_check = QCheckBox(self.tr("Confirmed by e-mail (double opt-in)"), page)
        self.source_edit = QLineEdit(page)
        self.source_edit.setPlaceholderText(self.tr("e.g. web form, business card, by phone"))
        self.wording_edit = QLineEdit(page)
        self.wording_edit.setPlaceholderText(self.tr("What they agreed to, in your words"))
        new_form = QFormLayout()
        new_form.addRow(self.tr("Address:"), self.address_combo)
        new_form.addRow(self.tr("How:"), self.source_edit)
        new_form.addRow(self.tr("Wording agreed to:"), self.wording_edit)
        new_form.addRow("", self.double_check)
        self.no_address_label = QLabel(
            self.tr(
                "This contact has no e-mail address. Describe how and when they agreed, "
                "or add an address first."
            ),
            page,
        )
        self.no_address_label.setWordWrap(True)
        self.consent_note_edit = QLineEdit(page)
        self.consent_note_edit.setPlaceholderText(self.tr("e.g. agreed in person on 3 May"))
        self.consent_note_edit.setAccessibleName(self.tr("How they agreed"))
        if self._contact.legal_basis.basis is LegalBasis.CONSENT:
            self.consent_note_edit.setText(self._contact.legal_basis.note)

        layout.addWidget(self.existing_radio)
        layout.addWidget(self.existing_combo)
        layout.addWidget(self.new_radio)
        layout.addLayout(new_form)
        layout.addWidget(self.no_address_label)
        layout.addWidget(self.consent_note_edit)
        has_opt_in, has_address = bool(self._opt_ins), bool(addresses)
        for shown in (self.existing_radio, self.existing_combo):
            shown.setVisible(has_opt_in)
        widget: QWidget
        for widget in (
            self.new_radio,
            self.address_combo,
            self.source_edit,
            self.wording_edit,
            self.double_check,
        ):
            widget.setVisible(has_address)
        for row in range(new_form.rowCount()):
            new_form.setRowVisible(row, has_address)
        self.no_address_label.setVisible(not has_address)
        self.consent_note_edit.setVisible(not has_address)
        (self.existing_radio if has_opt_in else self.new_radio).setChecked(True)
        for signal in (
            self.existing_radio.toggled,
            self.new_radio.toggled,
            self.source_edit.textChanged,
            self.wording_edit.textChanged,
            self.consent_note_edit.textChanged,
        ):
            signal.connect(self._revalidate)
        self.pages.addWidget(page)

    def _build_balancing_page(self, test: BalancingTest | None) -> None:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.purpose_edit = self._text_edit(
            page,
            self.tr(
                "What is your business's interest? e.g. offering maintenance to "
                "customers of last year"
            ),
        )
        self.necessity_edit = self._text_edit(
            page, self.tr("Why do you need this person's data for it? Is there a lighter way?")
        )
        self.balance_edit = self._text_edit(
            page,
            self.tr(
                "Why does it not harm them unduly? Would they expect it? Can they easily say no?"
            ),
        )
        form.addRow(self.tr("Purpose:"), self.purpose_edit)
        form.addRow(self.tr("Necessity:"), self.necessity_edit)
        form.addRow(self.tr("Balance:"), self.balance_edit)
        if test is not None:
            self.purpose_edit.setPlainText(test.purpose)
            self.necessity_edit.setPlainText(test.necessity)
            self.balance_edit.setPlainText(test.balance)
        for edit in (self.purpose_edit, self.necessity_edit, self.balance_edit):
            edit.textChanged.connect(self._revalidate)
        self.pages.addWidget(page)

    def _text_edit(self, parent: QWidget, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(parent)
        edit.setPlaceholderText(placeholder)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
        return edit

    def _line_page(self, label: str, placeholder: str) -> QLineEdit:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        edit = QLineEdit(page)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._revalidate)
        form.addRow(label, edit)
        self.pages.addWidget(page)
        return edit

    # -- state -------------------------------------------------------------------------------

    @property
    def basis(self) -> LegalBasis:
        return LegalBasis(self.basis_combo.currentData())

    def _basis_changed(self) -> None:
        self.pages.setCurrentIndex(BASES.index(self.basis))
        self.hint_label.setText(basis_hint(self.basis))
        self._revalidate()

    def _balancing_test(self) -> BalancingTest:
        return BalancingTest(
            purpose=self.purpose_edit.toPlainText().strip(),
            necessity=self.necessity_edit.toPlainText().strip(),
            balance=self.balance_edit.toPlainText().strip(),
        )

    def _missing(self) -> str:
        """What still has to be filled in for the chosen basis; empty when complete."""
        basis = self.basis
        if basis is LegalBasis.CONSENT:
            if not self._contact.emails:
                if not self.consent_note_edit.text().strip():
                    return self.tr("Describe how and when they agreed.")
            elif self.new_radio.isChecked() and not (
                self.source_edit.text().strip() and self.wording_edit.text().strip()
            ):
                return self.tr("Say how the opt-in came in and what they agreed to.")
            return ""
        if basis is LegalBasis.LEGITIMATE_INTEREST:
            return ""  # an incomplete test may be saved; the badge then warns
        if not self._notes[basis].text().strip():
            return {
                LegalBasis.CONTRACT: self.tr("Name the contract or order."),
                LegalBasis.LEGAL_OBLIGATION: self.tr("Name the law or rule."),
            }.get(basis, self.tr("Write a short note why this basis applies."))
        return ""

    def _revalidate(self) -> None:
        if not hasattr(self, "public_edit"):
            return  # still building the pages
        missing = self._missing()
        record = self._record()
        preview = replace(self._contact, scope=Scope.BUSINESS, legal_basis=record)
        self.badge_chip.set_kind(badge_for(preview))
        if not missing and record.assessment_missing:
            missing = self.tr(
                "You can save this now, but until purpose, necessity and balance are all "
                "written down the badge says the assessment is missing."
            )
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        else:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not missing)
        self.problem_label.setText(missing)
        self.problem_label.setVisible(bool(missing))

    def _record(self) -> LegalBasisRecord:
        basis = self.basis
        if basis is LegalBasis.LEGITIMATE_INTEREST:
            test = self._balancing_test()
            if test.complete:
                test = replace(test, assessed_on=self._today)
            return LegalBasisRecord(basis, "", test, self._today)
        if basis is LegalBasis.CONSENT:
            return LegalBasisRecord(basis, self._consent_note(), None, self._today)
        return LegalBasisRecord(basis, self._notes[basis].text().strip(), None, self._today)

    def _consent_note(self) -> str:
        if not self._contact.emails:
            return self.consent_note_edit.text().strip()
        if self.existing_radio.isChecked():
            record = self.existing_combo.currentData()
            if isinstance(record, ConsentRecord):
                return self.tr("Opt-in of {address} on {day}").format(
                    address=record.address, day=f"{record.at:%d-%m-%Y}"
                )
            return ""
        return self.tr("Opt-in of {address} on {day}").format(
            address=self.address_combo.currentText(), day=f"{self._today:%d-%m-%Y}"
        )

    def accept(self) -> None:
        if self._missing():
            return
        consent = None
        if self.basis is LegalBasis.CONSENT and self._contact.emails and self.new_radio.isChecked():
            kind = (
                ConsentKind.DOUBLE_OPT_IN if self.double_check.isChecked() else ConsentKind.OPT_IN
            )
            consent = ConsentRecord(
                address=self.address_combo.currentText(),
                kind=kind,
                at=datetime.now(UTC).replace(tzinfo=None, microsecond=0),
                source=self.source_edit.text().strip(),
                wording=self.wording_edit.text().strip(),
            )
        self.choice = BasisChoice(self._record(), consent)
        super().accept()
