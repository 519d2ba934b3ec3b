"""Input fields that say what is wrong in words next to them, and the repeatable rows
(e-mail addresses, phone numbers, postal addresses) of the contact dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import BadgeKind
from contactbook.domain.email_address import EmailAddress, normalise_address
from contactbook.domain.enums import EmailClassification
from contactbook.domain.personal_data import classify_email
from contactbook.domain.phone import Phone
from contactbook.domain.postal import PostalAddress, normalise_dutch_postcode
from contactbook.domain.validation import (
    Problem,
    check_email,
    check_phone,
    check_postcode,
    parse_birthday,
)
from contactbook.ui.contacts.texts import problem_text
from contactbook.ui.widgets.badges import badge_colours

Check = Callable[[str], Problem | None]


def _end_date_texts() -> dict[Problem, str]:
    return {
        Problem.BIRTHDAY_FORMAT: _tr("Write the date as day-month-year, e.g. 31-12-2025."),
        Problem.BIRTHDAY_NO_SUCH_DAY: _tr("That day does not exist."),
        Problem.BIRTHDAY_IN_FUTURE: _tr(
            "That date lies in the future; record the end once the relationship has ended."
        ),
    }


def parse_end_date(text: str, today: date) -> date | Problem | None:
    """A whole past date ("31-12-2025" or "2025-12-31") read as the birthday is; None when
    empty. The problems reuse the birthday's codes (their texts: :class:`DateProblemLabel`)."""
    parsed = parse_birthday(text, today.year)
    if parsed is None or isinstance(parsed, Problem):
        return parsed
    if parsed.year is None:
        return Problem.BIRTHDAY_FORMAT
    day = date(parsed.year, parsed.month, parsed.day)
    return Problem.BIRTHDAY_IN_FUTURE if day > today else day


def format_end_date(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}-{day.month:02d}-{day.year:04d}"


class ProblemLabel(QLabel):
    """The sentence under a field that says what is wrong; hidden while all is well."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        # the error colours of the badges: readable on the light and on the dark palette
        _, ink = badge_colours(BadgeKind.NO_LEGAL_BASIS, QGuiApplication.palette())
        self.setStyleSheet(f"color: {ink.name()};")
        self.hide()

    def show_problem(self, problem: Problem | None) -> None:
        self.setText(self.text_of(problem) if problem is not None else "")
        self.setVisible(problem is not None)

    def text_of(self, problem: Problem) -> str:
        return problem_text(problem)


class DateProblemLabel(ProblemLabel):
    """The problem label of a whole date that is not a birthday (:func:`parse_end_date`)."""

    def text_of(self, problem: Problem) -> str:
        return _end_date_texts().get(problem) or problem_text(problem)


class CheckedLine(QLineEdit):
    """A line edit checked on every keystroke; ``problem`` is None when the text is fine."""

    problem_changed = Signal()

    def __init__(self, check: Check, label: ProblemLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._check = check
        self._label = label
        self._stored = ""
        self.problem: Problem | None = None
        self.textChanged.connect(self.recheck)

    def set_stored(self, text: str) -> None:
        """Show ``text`` as already stored: if it fails the check it is pointed out, but it
        does not block saving (an imported short number such as "112" stays as it was)."""
        self._stored = text.strip()
        self.setText(text)
        self.recheck()

    def set_check(self, check: Check) -> None:
        self._check = check
        self.recheck()

    def recheck(self) -> None:
        problem = self._check(self.text())
        self._label.show_problem(problem)
        if problem is not None and self._stored and self.text().strip() == self._stored:
            self._label.setText(
                _tr("{problem} Kept as it was stored; you can save other changes.").format(
                    problem=self._label.text()
                )
            )
            problem = None
        self.setToolTip(self._label.text())
        self.setAccessibleDescription(self._label.text())
        if problem != self.problem:
            self.problem = problem
            self.problem_changed.emit()


def _tr(text: str) -> str:
    return QCoreApplication.translate("ContactFields", text)


def label_combo(choices: list[tuple[str, str]], current: str, parent: QWidget) -> QComboBox:
    """An editable combo of common labels ("work", "home"…): shown translated, stored as is."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    for shown, stored in choices:
        combo.addItem(shown, stored)
    index = combo.findData(current)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(current)
    combo.setAccessibleName(_tr("Label"))
    combo.setMinimumContentsLength(8)
    return combo


def combo_label(combo: QComboBox) -> str:
    index = combo.findText(combo.currentText())
    if index >= 0 and combo.itemData(index) is not None:
        return str(combo.itemData(index))
    return combo.currentText().strip()


class RowList(QWidget):
    """A column of removable rows with an "Add" button under them."""

    changed = Signal()

    def __init__(self, add_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[QWidget] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(add_text, self)
        self.add_button.clicked.connect(self.add_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        self._layout.addLayout(buttons)

    def add_empty(self) -> None:
        row = self.new_row()
        self._add(row)
        row.setFocus()

    def new_row(self) -> QWidget:
        raise NotImplementedError

    def _add(self, row: QWidget) -> None:
        self.rows.append(row)
        self._layout.insertWidget(len(self.rows) - 1, row)
        row.show()  # at once, so that focus and problem labels work before the next event
        for line in row.findChildren(CheckedLine):
            line.problem_changed.connect(self.changed)
        remove = row.findChild(QPushButton, "removeButton")
        if remove is not None:
            remove.clicked.connect(lambda: self._remove(row))
        self.changed.emit()

    def _remove(self, row: QWidget) -> None:
        self.rows.remove(row)
        row.hide()
        row.deleteLater()
        self.changed.emit()

    def problems(self) -> list[Problem]:
        return [
            line.problem
            for row in self.rows
            for line in row.findChildren(CheckedLine)
            if line.problem is not None
        ]


def _remove_button(parent: QWidget, what: str) -> QPushButton:
    button = QPushButton(_tr("Remove"), parent)
    button.setObjectName("removeButton")
    button.setAccessibleName(_tr("Remove this {what}").format(what=what))
    return button


def _email_labels() -> list[tuple[str, str]]:
    return [(_tr("work"), "work"), (_tr("home"), "home"), (_tr("other"), "other")]


def _phone_labels() -> list[tuple[str, str]]:
    return [
        (_tr("mobile"), "cell"),
        (_tr("work"), "work"),
        (_tr("home"), "home"),
        (_tr("other"), "other"),
    ]


class EmailRows(RowList):
    """E-mail addresses; an address kept from before keeps its classification override."""

    def __init__(self, emails: list[EmailAddress], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Add e-mail address"), parent)
        self._before = {normalise_address(email.address): email for email in emails}
        for email in emails:
            self._add(self.new_row(email.address, email.label))

    def new_row(self, address: str = "", label: str = "work") -> QWidget:
        row = QWidget(self)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        problem = ProblemLabel(row)
        line = CheckedLine(check_email, problem, row)
        line.setObjectName("emailEdit")
        line.setPlaceholderText("naam@voorbeeld.nl")
        line.setAccessibleName(_tr("E-mail address"))
        line.set_stored(address)
        kept = self._before.get(normalise_address(address))
        published = QCheckBox(
            _tr("Company address published for receiving offers (counts in strict mode)"), row
        )
        published.setObjectName("publishedCheck")
        published.setChecked(kept is not None and kept.published)
        grid.addWidget(line, 0, 0)
        grid.addWidget(label_combo(_email_labels(), label, row), 0, 1)
        grid.addWidget(_remove_button(row, _tr("e-mail address")), 0, 2)
        grid.addWidget(problem, 1, 0, 1, 3)
        grid.addWidget(published, 2, 0, 1, 3)

        def show_published() -> None:
            # only a generic (role) address such as info@ can be a published one
            published.setVisible(self._is_generic(line.text()))

        line.textChanged.connect(show_published)
        show_published()
        grid.setColumnStretch(0, 1)
        row.setFocusProxy(line)
        return row

    def _is_generic(self, address: str) -> bool:
        kept = self._before.get(normalise_address(address))
        if kept is not None:
            return kept.classification is EmailClassification.GENERIC
        return classify_email(address).classification is EmailClassification.GENERIC

    def values(self) -> list[EmailAddress]:
        result: list[EmailAddress] = []
        for row in self.rows:
            line = row.findChild(CheckedLine)
            combo = row.findChild(QComboBox)
            check = row.findChild(QCheckBox, "publishedCheck")
            assert line is not None
            assert combo is not None
            assert check is not None
            address = line.text().strip()
            if not address:
                continue
            published = check.isChecked() and self._is_generic(address)
            kept = self._before.get(normalise_address(address))
            label = combo_label(combo)
            if kept is not None:
                result.append(replace(kept, address=address, label=label, published=published))
            else:
                result.append(EmailAddress(address, label, published=published))
        return result


class PhoneRows(RowList):
    """Phone numbers, checked with the book's default region for numbers without +."""

    def __init__(self, phones: list[Phone], region: str, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Add phone number"), parent)
        self.region = region
        for phone in phones:
            self._add(self.new_row(phone.raw, phone.label))

    def new_row(self, raw: str = "", label: str = "cell") -> QWidget:
        row = QWidget(self)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        problem = ProblemLabel(row)
        line = CheckedLine(lambda text: check_phone(text, self.region), problem, row)
        line.setObjectName("phoneEdit")
        line.setPlaceholderText("06 12345678")
        line.setAccessibleName(_tr("Phone number"))
        line.set_stored(raw)
        grid.addWidget(line, 0, 0)
        grid.addWidget(label_combo(_phone_labels(), label, row), 0, 1)
        grid.addWidget(_remove_button(row, _tr("phone number")), 0, 2)
        grid.addWidget(problem, 1, 0, 1, 3)
        grid.setColumnStretch(0, 1)
        row.setFocusProxy(line)
        return row

    def values(self) -> list[Phone]:
        result: list[Phone] = []
        for row in self.rows:
            line = row.findChild(CheckedLine)
            combo = row.findChild(QComboBox)
            assert line is not None
            assert combo is not None
            if line.text().strip():
                result.append(Phone.parse(line.text(), combo_label(combo), self.region))
        return result


class AddressRows(RowList):
    """Postal addresses; a Dutch postcode is checked and written as "1234 AB"."""

    def __init__(self, addresses: list[PostalAddress], parent: QWidget | None = None) -> None:
        super().__init__(_tr("Add postal address"), parent)
        for address in addresses:
            self._add(self.new_row(address))

    def new_row(self, address: PostalAddress | None = None) -> QWidget:
        address = address or PostalAddress()
        row = QWidget(self)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        street = QLineEdit(address.street, row)
        street.setObjectName("streetEdit")
        street.setPlaceholderText(_tr("Street"))
        street.setAccessibleName(_tr("Street"))
        number = QLineEdit(address.house_number, row)
        number.setObjectName("numberEdit")
        number.setPlaceholderText(_tr("No."))
        number.setAccessibleName(_tr("House number"))
        number.setMaximumWidth(80)
        country = QLineEdit(address.country, row)
        country.setObjectName("countryEdit")
        country.setPlaceholderText("NL")
        country.setAccessibleName(_tr("Country code"))
        country.setMaxLength(2)
        country.setMaximumWidth(48)
        problem = ProblemLabel(row)
        postcode = CheckedLine(lambda text: check_postcode(text, country.text()), problem, row)
        postcode.setObjectName("postcodeEdit")
        postcode.setPlaceholderText("1234 AB")
        postcode.setAccessibleName(_tr("Postcode"))
        postcode.setMaximumWidth(100)
        postcode.set_stored(address.postcode)
        country.textChanged.connect(postcode.recheck)
        city = QLineEdit(address.city, row)
        city.setObjectName("cityEdit")
        city.setPlaceholderText(_tr("City"))
        city.setAccessibleName(_tr("City"))
        grid.addWidget(street, 0, 0, 1, 2)
        grid.addWidget(number, 0, 2)
        grid.addWidget(_remove_button(row, _tr("postal address")), 0, 3)
        grid.addWidget(postcode, 1, 0)
        grid.addWidget(city, 1, 1, 1, 2)
        grid.addWidget(country, 1, 3)
        grid.addWidget(problem, 2, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        row.setProperty("label", address.label)
        row.setFocusProxy(street)
        return row

    def values(self) -> list[PostalAddress]:
        result: list[PostalAddress] = []
        for row in self.rows:
            texts = {
                name: edit.text().strip()
                for name in ("streetEdit", "numberEdit", "postcodeEdit", "cityEdit", "countryEdit")
                if (edit := row.findChild(QLineEdit, name)) is not None
            }
            country = texts["countryEdit"].upper() or "NL"
            postcode = texts["postcodeEdit"]
            if country == "NL":
                postcode = normalise_dutch_postcode(postcode)
            address = PostalAddress(
                street=texts["streetEdit"],
                house_number=texts["numberEdit"],
                postcode=postcode,
                city=texts["cityEdit"],
                country=country,
                label=str(row.property("label") or ""),
            )
            if address.one_line():
                result.append(address)
        return result
