"""Settings: the controller's details, the default phone region, the language, strict mode.

The controller, region and strict mode are stored in the book (they travel with it and its
backups); the language is a choice of this computer's user, kept in QSettings ``ui/language``
and applied at the next start.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.controller import ControllerDetails
from contactbook.domain.errors import StorageError
from contactbook.domain.phone import is_valid_region
from contactbook.domain.validation import Problem, check_email, check_phone, check_postcode
from contactbook.services.book import Book
from contactbook.services.book_settings import (
    controller_details,
    default_region,
    save_settings,
    strict_generic,
)
from contactbook.ui.contacts.fields import Check, CheckedLine, ProblemLabel
from contactbook.ui.translations import LANGUAGE_SETTING, SYSTEM

# the key and values the translation loader reads at start (contactbook.ui.translations)
LANGUAGE_KEY = LANGUAGE_SETTING
_REGIONS = ("NL", "BE", "DE", "FR", "GB", "LU", "ES", "IT", "US")


class SettingsDialog(QDialog):
    def __init__(self, book: Book, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self._controller = controller_details(book)
        region = default_region(book)

        controller_box = QGroupBox(self.tr("Your business (the controller)"), self)
        explain = QLabel(
            self.tr(
                "Named in the register of processing activities and at the foot of every "
                "mailing. Name and e-mail address are needed before you can send a mailing."
            ),
            controller_box,
        )
        explain.setWordWrap(True)
        form = QFormLayout()
        self.controller_edits: dict[str, QLineEdit] = {}
        labels = {
            "company": self.tr("Business name:"),
            "street": self.tr("Street and number:"),
            "postcode": self.tr("Postcode:"),
            "city": self.tr("City:"),
            "country": self.tr("Country code:"),
            "kvk_number": self.tr("KvK number:"),
            "email": self.tr("E-mail:"),
            "phone": self.tr("Phone:"),
            "dpo_name": self.tr("Data protection officer:"),
            "dpo_email": self.tr("Their e-mail:"),
        }
        self._problems: list[CheckedLine] = []
        for field in fields(ControllerDetails):
            name = field.name
            value = str(getattr(self._controller, name))
            checker = self._checker(name)
            if checker is None:
                edit = QLineEdit(value, controller_box)
                form.addRow(labels[name], edit)
            else:
                problem = ProblemLabel(controller_box)
                edit = CheckedLine(checker, problem, controller_box)
                edit.setText(value)
                edit.recheck()
                edit.problem_changed.connect(self._revalidate)
                self._problems.append(edit)
                box = QVBoxLayout()
                box.setSpacing(2)
                box.addWidget(edit)
                box.addWidget(problem)
                form.addRow(labels[name], box)
            edit.setObjectName(f"controller_{name}")
            edit.setAccessibleName(labels[name].rstrip(":"))
            self.controller_edits[name] = edit
        self.controller_edits["kvk_number"].setPlaceholderText("12345678")
        self.controller_edits["country"].setMaxLength(2)
        self.controller_edits["country"].textChanged.connect(
            self.controller_edits["postcode"].recheck  # type: ignore[attr-defined]
        )
        controller_layout = QVBoxLayout(controller_box)
        controller_layout.addWidget(explain)
        controller_layout.addLayout(form)

        general = QGroupBox(self.tr("General"), self)
        self.region_combo = QComboBox(general)
        self.region_combo.setEditable(True)
        self.region_combo.addItems(_REGIONS)
        self.region_combo.setCurrentText(region)
        self.region_combo.setAccessibleName(self.tr("Default country for phone numbers"))
        self.region_problem = QLabel(general)
        self.language_combo = QComboBox(general)
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.addItem(self.tr("Same as the system"), SYSTEM)
        self.language_combo.addItem("Nederlands", "nl")
        self.language_combo.addItem("English", "en")
        stored_language = str(settings.value(LANGUAGE_KEY, SYSTEM) or SYSTEM)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(stored_language)))
        self.language_note = QLabel(self.tr("A new language applies from the next start."))
        self.language_note.setVisible(False)
        self.strict_check = QCheckBox(
            self.tr("Strict mode for company addresses (info@…)"), general
        )
        self.strict_check.setChecked(strict_generic(book))
        strict_note = QLabel(
            self.tr(
                "When on, a company address is only mailed when you marked it as published by "
                "that company for such messages."
            ),
            general,
        )
        strict_note.setWordWrap(True)
        general_form = QFormLayout(general)
        general_form.addRow(self.tr("Phone numbers without +: country"), self.region_combo)
        general_form.addRow("", self.region_problem)
        general_form.addRow(self.tr("Language:"), self.language_combo)
        general_form.addRow("", self.language_note)
        general_form.addRow(self.strict_check)
        general_form.addRow(strict_note)

        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(controller_box)
        layout.addWidget(general)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        self.region_combo.currentTextChanged.connect(self._revalidate)
        self.language_combo.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language != stored_language)
        )
        self._revalidate()

    def _checker(self, name: str) -> Check | None:
        region = default_region(self._book)
        if name in ("email", "dpo_email"):
            return check_email
        if name == "phone":
            return lambda text: check_phone(text, region)
        if name == "postcode":
            return lambda text: check_postcode(text, self._country())
        return None

    def _country(self) -> str:
        edit = self.controller_edits.get("country")  # made after the postcode field
        return edit.text() if edit is not None else self._controller.country

    @property
    def region(self) -> str:
        return self.region_combo.currentText().strip().upper()

    @property
    def language(self) -> str:
        return str(self.language_combo.currentData() or SYSTEM)

    def _revalidate(self) -> None:
        region_ok = is_valid_region(self.region)
        self.region_problem.setText(
            "" if region_ok else self.tr("Not a country code phone numbers know (e.g. NL, BE).")
        )
        self.region_problem.setVisible(not region_ok)
        problems: list[Problem] = [edit.problem for edit in self._problems if edit.problem]
        ok = region_ok and not problems
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def controller(self) -> ControllerDetails:
        values = {name: edit.text().strip() for name, edit in self.controller_edits.items()}
        values["country"] = values["country"].upper()
        return ControllerDetails(**values)

    def accept(self) -> None:
        if not self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            return  # something is still wrong, and said so next to its field
        try:
            save_settings(
                self._book,
                controller=self.controller(),
                region=self.region,
                strict=self.strict_check.isChecked(),
            )
        except (StorageError, ValueError, KeyError) as error:
            self.error_label.setText(str(error))
            return
        self._settings.setValue(LANGUAGE_KEY, self.language)
        self._settings.sync()
        super().accept()
