"""The editor of one processing activity: every Art. 30 field, basis and balancing test."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from contactbook.domain.activity import ProcessingActivity
from contactbook.domain.badge import BadgeKind
from contactbook.domain.enums import LegalBasis
from contactbook.domain.legal_basis import BalancingTest
from contactbook.ui.widgets.badges import badge_label


def _text_box(parent: QWidget, lines: int = 2) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class ActivityForm(QWidget):
    """Every field of one activity; the balancing test shows for legitimate interest."""

    _TEXT_FIELDS = (
        "purposes",
        "data_subject_categories",
        "personal_data_categories",
        "recipients",
        "processors",
        "third_country_transfers",
        "transfer_safeguards",
        "security_measures",
        "remarks",
    )

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._original: ProcessingActivity | None = None
        self._baseline: tuple[object, ...] = ()
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(self)
        self.boxes: dict[str, QPlainTextEdit] = {
            name: _text_box(self, 3 if name in ("purposes", "security_measures") else 2)
            for name in self._TEXT_FIELDS
        }
        self.basis = QComboBox(self)
        for basis in LegalBasis:
            self.basis.addItem(badge_label(BadgeKind(basis.value)), basis.value)
        self.retention_period = QLineEdit(self)
        self.retention_months = QSpinBox(self)
        self.retention_months.setRange(0, 1200)
        self.retention_months.setSpecialValueText(self.tr("not set"))
        self.retention_months.setSuffix(self.tr(" months"))
        self.lia_group = QGroupBox(self.tr("Balancing test (legitimate interest)"), self)
        lia = QFormLayout(self.lia_group)
        self.lia_boxes = {
            part: _text_box(self.lia_group, 3) for part in ("purpose", "necessity", "balance")
        }
        lia.addRow(self.tr("P&urpose test: which interest?"), self.lia_boxes["purpose"])
        lia.addRow(self.tr("Ne&cessity test: is it needed?"), self.lia_boxes["necessity"])
        lia.addRow(self.tr("Balancin&g: the person's interests"), self.lia_boxes["balance"])

        add = layout.addRow
        add(self.tr("&Name:"), self.name)
        add(self.tr("&Purposes:"), self.boxes["purposes"])
        add(self.tr("Legal &basis:"), self.basis)
        layout.addRow(self.lia_group)
        add(self.tr("Categories of data sub&jects:"), self.boxes["data_subject_categories"])
        add(self.tr("Categories of personal &data:"), self.boxes["personal_data_categories"])
        add(self.tr("&Recipients:"), self.boxes["recipients"])
        add(self.tr("Pr&ocessors:"), self.boxes["processors"])
        add(self.tr("&Transfers outside the EEA:"), self.boxes["third_country_transfers"])
        add(self.tr("Sa&feguards for transfers:"), self.boxes["transfer_safeguards"])
        add(self.tr("R&etention period:"), self.retention_period)
        add(self.tr("Retention in &months:"), self.retention_months)
        add(self.tr("Securit&y measures:"), self.boxes["security_measures"])
        add(self.tr("Remar&ks:"), self.boxes["remarks"])
        self.basis.currentIndexChanged.connect(self._show_balancing_test)
        self.set_activity(None)

    def set_activity(self, activity: ProcessingActivity | None, *, new: bool = False) -> None:
        """Show ``activity`` (None: an empty form); with ``new`` it is saved as a new one."""
        self._original = None if new else activity
        shown = activity or ProcessingActivity(name="-")
        self.name.setText(activity.name if activity else "")
        for name, box in self.boxes.items():
            box.setPlainText(getattr(shown, name))
        self.basis.setCurrentIndex(self.basis.findData(shown.default_legal_basis.value))
        self.retention_period.setText(shown.retention_period)
        self.retention_months.setValue(shown.retention_months or 0)
        test = shown.balancing_test or BalancingTest()
        for part, box in self.lia_boxes.items():
            box.setPlainText(getattr(test, part))
        self._show_balancing_test()
        self._baseline = self.values()

    def values(self) -> tuple[object, ...]:
        """What the widgets hold, to tell whether the user changed anything."""
        boxes = [*self.boxes.values(), *self.lia_boxes.values()]
        return (
            self.name.text(),
            self.basis.currentData(),
            self.retention_period.text(),
            self.retention_months.value(),
            *(box.toPlainText() for box in boxes),
        )

    def is_modified(self) -> bool:
        return self.values() != self._baseline

    def activity(self) -> ProcessingActivity:
        """The activity as filled in; raises ValueError without a name."""
        base = self._original or ProcessingActivity(name="-")
        basis = LegalBasis(self.basis.currentData())
        test = self._balancing_test(base.balancing_test) if self.balancing_test_applies() else None
        changes: dict[str, Any] = {
            name: box.toPlainText().strip() for name, box in self.boxes.items()
        }
        changes.update(
            name=self.name.text().strip(),
            default_legal_basis=basis,
            balancing_test=test,
            retention_period=self.retention_period.text().strip(),
            retention_months=self.retention_months.value() or None,
        )
        return replace(base, **changes)

    def balancing_test_applies(self) -> bool:
        """Legitimate interest is chosen, or the stored activity has a test recorded.

        Some activities keep a test under another default basis (e.g. suppliers' contact
        persons who do not sign the contract themselves); editing must not drop it unseen.
        """
        if self.basis.currentData() == LegalBasis.LEGITIMATE_INTEREST.value:
            return True
        stored = self._original.balancing_test if self._original else None
        return stored is not None and any(
            part.strip() for part in (stored.purpose, stored.necessity, stored.balance)
        )

    def _balancing_test(self, old: BalancingTest | None) -> BalancingTest | None:
        parts = {part: box.toPlainText().strip() for part, box in self.lia_boxes.items()}
        if not any(parts.values()):
            return None
        test = BalancingTest(**parts, assessed_on=old.assessed_on if old else None)
        if test.complete and (old is None or old != test):
            test = replace(test, assessed_on=date.today())  # newly completed or changed
        return test

    def _show_balancing_test(self) -> None:
        self.lia_group.setVisible(self.balancing_test_applies())
