"""File › Import: choose the scope, watch the progress, read what happened."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.enums import Scope
from contactbook.domain.triage import TriageReason, suggest_scope
from contactbook.interchange.atomic_file import atomic_open
from contactbook.interchange.vcard_read import ReadCard, read_vcard_file
from contactbook.services.activities import active_activity_names
from contactbook.services.book import Book, open_book
from contactbook.services.book_settings import default_region
from contactbook.services.import_report import ImportReport
from contactbook.services.vcard_import import (
    ImportCancelledError,
    ImportFileError,
    ImportOptions,
    check_files,
    import_files,
)
from contactbook.ui.importing.import_merges import MergeChoices
from contactbook.ui.importing.import_texts import added_text, evidence_list
from contactbook.ui.translations import plural
from contactbook.ui.widgets.workers import CancelCheck, ProgressCallback, Worker, start_worker

PREVIEW_CARDS = 300
_PROGRESS_STEPS = 1000


def _reason_text(reason: TriageReason) -> str:
    texts = {
        TriageReason.ORGANISATION_RECORD: QCoreApplication.translate("Import", "a company card"),
        TriageReason.HAS_ORGANISATION: QCoreApplication.translate("Import", "has an organisation"),
        TriageReason.HAS_JOB_TITLE: QCoreApplication.translate("Import", "has a job title"),
        TriageReason.COMPANY_DOMAIN: QCoreApplication.translate(
            "Import", "has a company e-mail address"
        ),
        TriageReason.NOTHING_BUSINESS_LIKE: QCoreApplication.translate(
            "Import", "nothing business-like"
        ),
    }
    return texts[reason]


class ImportDialog(QDialog):
    """Imports ``paths`` into the book at ``book.path`` in a worker with its own session."""

    def __init__(self, book: Book, paths: list[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book_path = book.path
        self._paths = paths
        self._worker: Worker | None = None
        self._thread: QThread | None = None
        self.report: ImportReport | None = None
        self.summary: ImportSummaryDialog | None = None
        self.message: QMessageBox | None = None
        self.setWindowTitle(self.tr("Import contacts"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        names = ", ".join(path.name for path in paths)
        layout.addWidget(QLabel(self.tr("Importing from: {files}").format(files=names)))
        self.preview = self._build_preview()
        layout.addWidget(self.preview, 1)
        self.merges = MergeChoices()
        layout.addWidget(self.merges, 1)
        layout.addWidget(self._build_scope_choice())
        self.progress = QProgressBar()
        self.progress.setRange(0, _PROGRESS_STEPS)
        self.progress.setVisible(False)
        self.progress.setAccessibleName(self.tr("Import progress"))
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self._cancel)
        layout.addWidget(self.buttons)
        self._check_worker: Worker | None = None
        self._check_thread: QThread | None = None
        self._check_merges()

    # -- the merges, shown before they happen -----------------------------------------------

    def _check_merges(self) -> None:
        """A dry run of the import in a worker: which cards would merge into which contact.
        Import waits for it, so that no merge happens unseen."""
        book_path, paths = self._book_path, list(self._paths)

        def work(progress: ProgressCallback, is_cancelled: CancelCheck) -> ImportReport:
            book = open_book(book_path)
            try:
                check_files(paths)
                options = ImportOptions(dry_run=True)
                return import_files(
                    book, paths, options, progress=progress, is_cancelled=is_cancelled
                )
            finally:
                book.close()

        self.import_button.setEnabled(False)
        self._check_worker = Worker(work)
        self._check_worker.progressed.connect(self._on_check_progress)
        self._check_worker.succeeded.connect(self._on_checked)
        self._check_worker.failed.connect(self._on_check_failed)
        self._check_thread = start_worker(self._check_worker, self)

    def is_checking(self) -> bool:
        return self._check_thread is not None and self._check_thread.isRunning()

    def _on_check_progress(self, done: int, total: int) -> None:
        self.progress.setVisible(True)  # a large file takes a while to look up
        self._on_progress(done, total)

    def _on_checked(self, report: ImportReport) -> None:
        self._stop_check()
        self.progress.setVisible(False)
        self.merges.show_report(report)
        self.import_button.setEnabled(True)

    def _on_check_failed(self, error: BaseException) -> None:
        self._stop_check()
        self.progress.setVisible(False)
        if not isinstance(error, ImportCancelledError):
            self.merges.failed(str(error))
        self.import_button.setEnabled(True)  # Import reports the problem again

    def _stop_check(self) -> None:
        if self._check_thread is not None:
            self._check_thread.quit()
            self._check_thread.wait()

    # -- choosing ------------------------------------------------------------------------------

    def _build_preview(self) -> QTableWidget:
        cards: list[ReadCard] = []
        for path in self._paths:
            items = read_vcard_file(path, self._region())
            cards.extend(
                item
                for item in itertools.islice(items, PREVIEW_CARDS - len(cards))
                if isinstance(item, ReadCard)
            )
        table = QTableWidget(len(cards), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Organisation"), self.tr("E-mail"), self.tr("Suggestion")]
        )
        table.setAccessibleName(self.tr("Cards to import, with the suggested scope"))
        for row, card in enumerate(cards):
            contact = card.contact
            scope, reason = suggest_scope(contact)
            label = self.tr("Business") if scope is Scope.BUSINESS else self.tr("Private")
            values = (
                contact.display_name,
                contact.organisation,
                contact.main_email,
                f"{label} ({_reason_text(reason)})",
            )
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def _region(self) -> str:
        book = open_book(self._book_path)
        try:
            return default_region(book)
        finally:
            book.close()

    def _build_scope_choice(self) -> QGroupBox:
        box = QGroupBox(self.tr("Where do the new contacts go?"))
        layout = QVBoxLayout(box)
        self.scope_group = QButtonGroup(box)
        choices: list[tuple[str, Scope | None]] = [
            (self.tr("To &review: I sort them out later, one key each"), Scope.UNSORTED),
            (self.tr("As &suggested per card (see the list above)"), None),
            (self.tr("All &private: family and friends, outside the GDPR"), Scope.PRIVATE),
            (self.tr("All &business (each will still need a legal basis)"), Scope.BUSINESS),
        ]
        self._scopes: list[Scope | None] = []
        for index, (text, scope) in enumerate(choices):
            button = QRadioButton(text)
            self.scope_group.addButton(button, index)
            self._scopes.append(scope)
            layout.addWidget(button)
        self.scope_group.button(0).setChecked(True)
        row = QHBoxLayout()
        label = QLabel(self.tr("&Link new business contacts to the processing activity:"))
        row.addWidget(label)
        self.activity_choice = QComboBox()
        label.setBuddy(self.activity_choice)
        self.activity_choice.addItem(self.tr("(none)"), "")
        for name in self._activity_names():
            self.activity_choice.addItem(name, name)
        row.addWidget(self.activity_choice, 1)
        layout.addLayout(row)
        return box

    def _activity_names(self) -> list[str]:
        book = open_book(self._book_path)
        try:
            return active_activity_names(book)
        finally:
            book.close()

    def chosen_activities(self) -> tuple[str, ...]:
        name = self.activity_choice.currentData()
        return (name,) if name else ()

    def chosen_scope(self) -> Scope | None:
        return self._scopes[self.scope_group.checkedId()]

    # -- running -------------------------------------------------------------------------------

    def start(self) -> None:
        if self.is_checking():
            return  # Import waits for the merges to be shown (its button is off meanwhile)
        try:
            check_files(self._paths)
        except ImportFileError as error:
            QMessageBox.warning(self, self.tr("Cannot import"), str(error))
            return
        options = ImportOptions(
            scope=self.chosen_scope(),
            activities=self.chosen_activities(),
            keep_apart=self.merges.declined(),
        )
        book_path, paths = self._book_path, list(self._paths)

        def work(progress: ProgressCallback, is_cancelled: CancelCheck) -> ImportReport:
            book = open_book(book_path)  # a session of the worker's own
            try:
                return import_files(
                    book, paths, options, progress=progress, is_cancelled=is_cancelled
                )
            finally:
                book.close()

        self._worker = Worker(work)
        self._worker.progressed.connect(self._on_progress)
        self._worker.succeeded.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self.import_button.setEnabled(False)
        self.progress.setVisible(True)
        self._thread = start_worker(self._worker, self)

    def is_running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def _cancel(self) -> None:
        if self._worker is not None and self.is_running():
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
        else:
            self.reject()

    def reject(self) -> None:
        # Esc or closing the window while importing cancels (nothing is kept); the dialog
        # closes once the worker has stopped, never under a running thread.
        if self.is_running():
            self._cancel()
            return
        self._cancel_check()
        super().reject()

    def _cancel_check(self) -> None:
        if self.is_checking() and self._check_worker is not None:
            self._check_worker.cancel()
            self._stop_check()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_running():
            self._cancel()
            event.ignore()
            return
        self._cancel_check()
        super().closeEvent(event)

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setValue(int(_PROGRESS_STEPS * done / total) if total else 0)

    def _on_done(self, report: ImportReport) -> None:
        self.report = report
        self.progress.setValue(_PROGRESS_STEPS)
        self._wait_for_thread()
        # shown after this dialog closes, over the window the import was started from
        self.summary = ImportSummaryDialog(report, self.parentWidget())
        self.summary.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.summary.open()
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._wait_for_thread()
        if isinstance(error, ImportCancelledError):
            title = self.tr("Import cancelled")
            text = self.tr("Nothing was imported or changed.")
        else:
            title = self.tr("Import failed")
            text = self.tr("Nothing was imported or changed.\n\n{reason}").format(reason=error)
        self.message = QMessageBox(
            QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.parentWidget(),
        )
        self.message.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.message.open()
        self.reject()

    def _wait_for_thread(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()


class ImportSummaryDialog(QDialog):
    """Counts first, then each card worth a look: rejected, held back, merged, repaired."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._report = report
        self.setWindowTitle(self.tr("Import finished"))
        self.resize(760, 480)
        layout = QVBoxLayout(self)
        cards = report.cards  # a plain name: lupdate skips plural texts counting anything else
        self.counts = QLabel(
            plural(
                self,
                "%Ln card(s) read: {imported} added, {merged} merged into existing contacts, "
                "{unchanged} already in the book, {rejected} could not be read, "
                "{held} held back.",
                cards,
            ).format(
                imported=report.imported,
                merged=report.merged,
                unchanged=report.unchanged,
                rejected=len(report.rejected),
                held=len(report.suppressed),
            )
        )
        self.counts.setWordWrap(True)
        layout.addWidget(self.counts)
        rows = [
            (self.tr("Not imported"), f"{p.file}:{p.line}", p.name, p.reason)
            for p in report.rejected
        ]
        rows += [
            (self.tr("Held back"), f"{n.file}:{n.line}", n.name, n.note) for n in report.suppressed
        ]
        rows += [
            (
                self.tr("Merged"),
                f"{m.file}:{m.line}",
                m.card_name or m.name,
                self.tr("into {contact}, because of {why}; added: {fields}").format(
                    contact=m.name, why=evidence_list(m.evidence), fields=added_text(m.added)
                ),
            )
            for m in report.merges
        ]
        rows += [
            (
                self.tr("Possible duplicate"),
                f"{n.file}:{n.line}",
                n.name,
                self.tr("added on its own; may be {other} (number {id}): {why}").format(
                    other=n.other_name, id=n.other_id, why=evidence_list(n.evidence)
                ),
            )
            for n in report.likely
        ]
        rows += [(self.tr("Note"), f"{n.file}:{n.line}", n.name, n.note) for n in report.notes]
        self.details = QTableWidget(len(rows), 4)
        self.details.setHorizontalHeaderLabels(
            [self.tr("What"), self.tr("Where"), self.tr("Name"), self.tr("Reason")]
        )
        self.details.setAccessibleName(self.tr("Cards that need a look"))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.details.setItem(row, column, QTableWidgetItem(value))
        self.details.horizontalHeader().setStretchLastSection(True)
        self.details.verticalHeader().setVisible(False)
        self.details.setVisible(bool(rows))
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("&Save report…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.accept)
        layout.addWidget(buttons)

    def save_to(self, path: Path) -> None:
        """Write the report as JSON; an existing file is replaced whole or left as it was."""
        with atomic_open(path, encoding="utf-8") as file:
            file.write(json.dumps(self._report.to_json(), ensure_ascii=False, indent=2) + "\n")

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save import report"), "import-report.json", self.tr("JSON (*.json)")
        )
        if name:
            try:
                self.save_to(Path(name))
            except OSError as error:
                QMessageBox.warning(self, self.tr("Not saved"), str(error))
