"""Processing activities: the list with contact counts and warnings, and the editor.

The owner creates an activity (blank or from a starter template), fills in the Art. 30
fields, saves, and archives it when the processing stops. The warnings come from the
domain (``domain.register``) and are translated here.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QSignalBlocker, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.badge import BadgeKind
from contactbook.domain.errors import ConflictError, StorageError
from contactbook.domain.register import RegisterEntry, RegisterWarning, WarningReason
from contactbook.services.activities import add_activity, update_activity
from contactbook.services.activity_templates import ActivityTemplate, templates
from contactbook.services.book import Book
from contactbook.services.register import register_entries
from contactbook.ui.register.activity_form import ActivityForm
from contactbook.ui.translations import QT_TRANSLATE_NOOP, plural
from contactbook.ui.widgets.badges import badge_colours
from contactbook.ui.widgets.formatting import format_count

_CONTEXT = "RegisterWarningTexts"


class RegisterWarningTexts(QObject):
    """The translation context of the register warnings.

    The warnings about a number of contacts are ``plural(RegisterWarningTexts, text, count)``
    calls (%Ln is the number; Qt picks the form).
    """


# English source texts of the warnings without a count.
_WARNINGS: dict[WarningReason, str] = {
    WarningReason.NO_PURPOSES: QT_TRANSLATE_NOOP(
        "RegisterWarningTexts", "The purposes are missing."
    ),
    WarningReason.NO_RETENTION_PERIOD: QT_TRANSLATE_NOOP(
        "RegisterWarningTexts", "The retention period is missing."
    ),
    WarningReason.NO_LEGAL_BASIS: QT_TRANSLATE_NOOP(
        "RegisterWarningTexts", "The legal basis is missing."
    ),
    WarningReason.ACTIVITY_ASSESSMENT_MISSING: QT_TRANSLATE_NOOP(
        "RegisterWarningTexts",
        "Legitimate interest is chosen, but the balancing test is not complete.",
    ),
}


def warning_text(warning: RegisterWarning) -> str:
    """A register warning in the user's language."""
    count = warning.contacts
    match warning.reason:
        case WarningReason.CONTACTS_ASSESSMENT_MISSING:
            return plural(
                RegisterWarningTexts,
                "%Ln contact(s) on legitimate interest without a complete balancing test.",
                count,
            )
        case WarningReason.CONTACTS_WITHOUT_BASIS:
            return plural(
                RegisterWarningTexts, "%Ln business contact(s) without a legal basis.", count
            )
        case WarningReason.CONTACTS_NOT_REVIEWED:
            return plural(RegisterWarningTexts, "%Ln linked contact(s) not reviewed yet.", count)
        case WarningReason.PRIVATE_CONTACTS_LINKED:
            return plural(
                RegisterWarningTexts,
                "%Ln private contact(s) linked: private contacts are never processed for the "
                "business.",
                count,
            )
    return QCoreApplication.translate(_CONTEXT, _WARNINGS[warning.reason])


class ActivitiesDialog(QDialog):
    """The list of activities on the left, the selected one's fields on the right."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self._entries: list[RegisterEntry] = []
        self._shown: RegisterEntry | None = None
        self.setWindowTitle(self.tr("Processing activities"))
        self.resize(1080, 700)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self._build_list_side())
        splitter.addWidget(self._build_form_side())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 660])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.reload()

    # -- building ----------------------------------------------------------------------------

    def _build_list_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 4, side)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Activity"),
                self.tr("Contacts"),
                self.tr("Data subjects"),
                self.tr("Attention"),
            ]
        )
        self.table.setAccessibleName(self.tr("Processing activities"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        layout.addWidget(self.table, 1)
        self.show_archived = QCheckBox(self.tr("Show arc&hived activities"), side)
        self.show_archived.toggled.connect(lambda _checked: self.reload())
        layout.addWidget(self.show_archived)
        row = QHBoxLayout()
        self.new_button = QPushButton(self.tr("Ne&w"), side)
        self.new_button.clicked.connect(self.new_activity)
        self.template_button = QToolButton(side)
        self.template_button.setText(self.tr("New from temp&late"))
        self.template_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.template_button.setMenu(self._template_menu())
        self.archive_button = QPushButton(self.tr("&Archive"), side)
        self.archive_button.clicked.connect(self.toggle_archived)
        for button in (self.new_button, self.template_button, self.archive_button):
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return side

    def _template_menu(self) -> QMenu:
        menu = QMenu(self)
        for title, language in ((self.tr("Dutch"), "nl"), (self.tr("English"), "en")):
            menu.addSection(title)
            for template in templates(language):  # type: ignore[arg-type]
                action = QAction(template.title, menu)
                action.triggered.connect(
                    lambda _checked=False, chosen=template: self.new_from_template(chosen)
                )
                menu.addAction(action)
        return menu

    def _build_form_side(self) -> QWidget:
        side = QWidget(self)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel(side)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        layout.addWidget(self.heading)
        self.warnings_label = QLabel(side)
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextFormat(Qt.TextFormat.PlainText)
        _colour_text(self.warnings_label, BadgeKind.ASSESSMENT_MISSING)
        layout.addWidget(self.warnings_label)
        self.form = ActivityForm(side)
        scroll = QScrollArea(side)
        scroll.setWidgetResizable(True)
        # Tab goes from field to field (the area scrolls to each); the frame is no stop itself
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        self.error_label = QLabel(side)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        _colour_text(self.error_label, BadgeKind.NO_LEGAL_BASIS)
        layout.addWidget(self.error_label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.save_button = QPushButton(self.tr("&Save"), side)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        return side

    # -- the list ----------------------------------------------------------------------------

    def reload(self, select: str | None = None) -> None:
        """Read the activities and their counts again; select ``select`` (or the one shown)."""
        if select is None and self._shown is not None:
            select = self._shown.activity.name
        self._entries = register_entries(
            self._book, include_archived=self.show_archived.isChecked()
        )
        with QSignalBlocker(self.table):
            self.table.setRowCount(len(self._entries))
            for row, entry in enumerate(self._entries):
                for column, item in enumerate(self._row_items(entry)):
                    self.table.setItem(row, column, item)
            names = [entry.activity.name for entry in self._entries]
            if select in names:
                self.table.selectRow(names.index(select))
            elif names:
                self.table.selectRow(0)
            else:
                self.table.clearSelection()
        self._show(self._selected())

    def _row_items(self, entry: RegisterEntry) -> list[QTableWidgetItem]:
        name = entry.activity.name
        if entry.activity.archived:
            name = self.tr("{name} (archived)").format(name=name)
        items = [
            QTableWidgetItem(name),
            QTableWidgetItem(format_count(entry.linked_contacts)),
            QTableWidgetItem(format_count(entry.data_subjects)),
            QTableWidgetItem(format_count(len(entry.warnings)) if entry.warnings else ""),
        ]
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        items[1].setTextAlignment(right)
        items[2].setTextAlignment(right)
        if entry.warnings:
            items[3].setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
            items[3].setToolTip("\n".join(warning_text(w) for w in entry.warnings))
        return items

    def select_activity(self, name: str) -> bool:
        """Select (and show) the activity called ``name``; False when it is not listed."""
        names = [entry.activity.name for entry in self._entries]
        if name not in names:
            return False
        self.table.selectRow(names.index(name))
        return True

    def _selected(self) -> RegisterEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self._entries[rows[0].row()] if rows else None

    def _on_selection_changed(self) -> None:
        entry = self._selected()
        if entry is self._shown and entry is not None:
            return
        if not self._resolve_unsaved_changes():
            # Stay on the activity being edited.
            with QSignalBlocker(self.table):
                self._select_shown()
            return
        self._show(entry)

    def _select_shown(self) -> None:
        if self._shown is None:
            self.table.clearSelection()
        elif self._shown in self._entries:
            self.table.selectRow(self._entries.index(self._shown))

    def _show(self, entry: RegisterEntry | None) -> None:
        """Put ``entry`` (None: a new, empty activity) into the form."""
        self._shown = entry
        self.error_label.clear()
        self.form.set_activity(entry.activity if entry else None)
        if entry is None:
            self.heading.setText(self.tr("New processing activity"))
            self.warnings_label.clear()
            self.archive_button.setEnabled(False)
            return
        self.heading.setText(entry.activity.name)
        self.warnings_label.setText("\n".join("⚠ " + warning_text(w) for w in entry.warnings))
        self.archive_button.setEnabled(True)
        self.archive_button.setText(
            self.tr("Un&archive") if entry.activity.archived else self.tr("&Archive")
        )

    def _resolve_unsaved_changes(self) -> bool:
        """Ask to save edits before they would be lost; False means: stay (cancelled)."""
        if not self.form.is_modified():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to this processing activity?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save(reload=False)
        return answer == QMessageBox.StandardButton.Discard

    # -- actions -----------------------------------------------------------------------------

    def new_activity(self) -> None:
        """An empty form; Save adds it."""
        if not self._resolve_unsaved_changes():
            return
        with QSignalBlocker(self.table):
            self.table.clearSelection()
        self._show(None)
        self.form.name.setFocus()

    def new_from_template(self, template: ActivityTemplate) -> None:
        """A new activity filled from ``template``, for the owner to adapt and save."""
        self.new_activity()
        if self._shown is not None:  # the user chose to stay on unsaved changes
            return
        self.form.set_activity(template.activity, new=True)
        self.heading.setText(self.tr("New from template: {name}").format(name=template.title))

    def save(self, *, reload: bool = True) -> bool:
        """Add or update the activity in the form; problems are shown under the form."""
        self.error_label.clear()
        if not self.form.name.text().strip():
            self.error_label.setText(self.tr("Give the processing activity a name."))
            return False
        shown = self._shown
        activity = self.form.activity()
        try:
            if shown is None:
                saved = add_activity(self._book, replace(activity, id=None, archived=False))
            else:
                saved = update_activity(
                    self._book,
                    replace(activity, id=shown.activity.id, archived=shown.activity.archived),
                )
        except ConflictError:
            self.error_label.setText(
                self.tr("There is already a processing activity named “{name}”.").format(
                    name=activity.name
                )
            )
            return False
        except StorageError as error:
            self.error_label.setText(str(error))
            return False
        self.form.set_activity(saved)  # saved: nothing is modified any more
        if reload:
            self._shown = None
            self.reload(select=saved.name)
        return True

    def toggle_archived(self) -> None:
        """Archive the shown activity, or bring an archived one back."""
        entry = self._shown
        if entry is None or not self._resolve_unsaved_changes():
            return
        activity = replace(entry.activity, archived=not entry.activity.archived)
        try:
            update_activity(self._book, activity)
        except StorageError as error:
            self.error_label.setText(str(error))
            return
        self._shown = None
        self.reload(select=activity.name)

    def reject(self) -> None:
        """Close, unless unsaved changes are to be kept."""
        if self._resolve_unsaved_changes():
            super().reject()


def _colour_text(label: QLabel, kind: BadgeKind) -> None:
    """The text colour of ``kind``'s badge: readable on the light and on the dark palette."""
    _, ink = badge_colours(kind, label.palette())
    label.setStyleSheet(f"color: {ink.name()};")
