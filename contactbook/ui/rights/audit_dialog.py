"""Rights › Audit log: what was done and when, filtered by kind, dates and text; CSV export."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.audit import AuditAction, AuditEvent
from contactbook.services.audit_export import write_audit_csv
from contactbook.services.audit_log import audit_events
from contactbook.services.book import Book
from contactbook.ui.mailing.row_table_model import RowTableModel, table_view
from contactbook.ui.translations import plural

LIMIT = 5000


def action_text(action: AuditAction) -> str:
    """The words for an audit action in the window."""
    texts = {
        AuditAction.CONTACT_CREATED: QCoreApplication.translate("AuditLog", "Contact added"),
        AuditAction.CONTACT_EDITED: QCoreApplication.translate("AuditLog", "Contact changed"),
        AuditAction.CONTACT_DELETED: QCoreApplication.translate("AuditLog", "Contact deleted"),
        AuditAction.SCOPE_CHANGED: QCoreApplication.translate("AuditLog", "Scope changed"),
        AuditAction.LEGAL_BASIS_CHANGED: QCoreApplication.translate(
            "AuditLog", "Legal basis changed"
        ),
        AuditAction.CONSENT_RECORDED: QCoreApplication.translate("AuditLog", "Consent recorded"),
        AuditAction.ACTIVITY_CREATED: QCoreApplication.translate("AuditLog", "Activity added"),
        AuditAction.ACTIVITY_EDITED: QCoreApplication.translate("AuditLog", "Activity changed"),
        AuditAction.ACTIVITY_LINKED: QCoreApplication.translate(
            "AuditLog", "Linked to an activity"
        ),
        AuditAction.DEMO_DATA_CREATED: QCoreApplication.translate("AuditLog", "Sample data added"),
        AuditAction.IMPORTED: QCoreApplication.translate("AuditLog", "Imported"),
        AuditAction.IMPORT_UNDONE: QCoreApplication.translate("AuditLog", "Import undone"),
        AuditAction.EXPORTED: QCoreApplication.translate("AuditLog", "Exported"),
        AuditAction.MAILING_SENT: QCoreApplication.translate("AuditLog", "Mailing sent"),
        AuditAction.ERASED: QCoreApplication.translate("AuditLog", "Erased"),
        AuditAction.ANONYMISED: QCoreApplication.translate("AuditLog", "Anonymised"),
        AuditAction.SETTINGS_CHANGED: QCoreApplication.translate("AuditLog", "Settings changed"),
        AuditAction.BACKED_UP: QCoreApplication.translate("AuditLog", "Backed up"),
        AuditAction.RESTORED: QCoreApplication.translate("AuditLog", "Restored from a backup"),
    }
    return texts.get(action, action.value)


class AuditLogDialog(QDialog):
    def __init__(self, book: Book, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditLogDialog")
        self._book = book
        self.events: list[AuditEvent] = []
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(820, 520)
        self.action = QComboBox(self)
        self.action.setObjectName("auditAction")
        self.action.setAccessibleName(self.tr("Kind of event"))
        self.action.addItem(self.tr("All kinds"), None)
        for action in AuditAction:
            self.action.addItem(action_text(action), action.value)
        today = QDate.currentDate()
        self.use_dates = QCheckBox(self.tr("From"), self)
        self.since = QDateEdit(today.addMonths(-1), self)
        self.until = QDateEdit(today, self)
        self.since.setAccessibleName(self.tr("From date"))
        self.until.setAccessibleName(self.tr("To date"))
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            self.use_dates.toggled.connect(edit.setEnabled)
        self.search = QLineEdit(self)
        self.search.setObjectName("auditSearch")
        self.search.setPlaceholderText(self.tr("Text or contact number"))
        self.search.setAccessibleName(self.tr("Search the log"))
        self.search.setClearButtonEnabled(True)
        filters = QHBoxLayout()
        filters.addWidget(self.action)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to"), self))
        filters.addWidget(self.until)
        filters.addWidget(self.search, 1)
        self.model = RowTableModel(
            [self.tr("When (UTC)"), self.tr("What"), self.tr("Contact"), self.tr("Detail")], self
        )
        self.view = table_view(
            self.model,
            self,
            sortable=False,
            widths=("2026-01-01 00:00:00", "Legal basis changed", "100000"),
        )
        self.view.setAccessibleName(self.tr("Audit log events"))
        self.count = QLabel(self)
        self.export_button = QPushButton(self.tr("Export as CSV…"), self)
        self.export_button.setObjectName("auditExport")
        self.export_button.clicked.connect(self._export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)
        self.action.currentIndexChanged.connect(self.reload)
        self.use_dates.toggled.connect(self.reload)
        self.since.dateChanged.connect(self.reload)
        self.until.dateChanged.connect(self.reload)
        self.search.textChanged.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        action = self.action.currentData()
        since = before = None
        if self.use_dates.isChecked():
            since = datetime.combine(_day(self.since.date()), time())
            before = datetime.combine(_day(self.until.date()) + timedelta(days=1), time())
        self.events = audit_events(
            self._book,
            limit=LIMIT,
            actions=[AuditAction(action)] if action else [],
            since=since,
            before=before,
            text=self.search.text(),
        )
        self.model.set_rows(
            [
                (
                    e.at.isoformat(sep=" ", timespec="seconds"),
                    action_text(e.action),
                    "" if e.contact_id is None else str(e.contact_id),
                    e.detail,
                )
                for e in self.events
            ]
        )
        count = len(self.events)  # a plain name: lupdate skips plural texts counting anything else
        self.count.setText(plural(self, "%Ln event(s)", count))
        self.export_button.setEnabled(bool(self.events))

    def export_to(self, target: Path) -> None:
        try:
            write_audit_csv(self.events, target)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The file could not be written: {error}").format(error=error),
            )

    def _export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), "audit-log.csv", self.tr("CSV files (*.csv)")
        )
        if name:
            self.export_to(Path(name))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
