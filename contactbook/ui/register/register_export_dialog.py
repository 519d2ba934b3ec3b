"""File › Export register: choose format and language, choose the file, write it whole.

The file is written to a temporary name next to the target and renamed when complete
(``services.register.write_atomically``), so a failed export leaves no half file behind.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.errors import StorageError
from contactbook.interchange.register_labels import Language
from contactbook.services.book import Book
from contactbook.services.register import RegisterFormat, export_register
from contactbook.ui.register.register_pdf import write_register_pdf


def default_language() -> Language:
    """Dutch when the user's locale is Dutch, English otherwise."""
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class RegisterExportDialog(QDialog):
    """Asks for format and language; :meth:`export_to` does the writing."""

    def __init__(self, book: Book, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.saved_path: Path | None = None
        self.setWindowTitle(self.tr("Export register of processing activities"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The register lists your processing activities with the Art. 30 GDPR fields "
                "and what your contact book holds for each: the kinds of personal data, the "
                "number of people and the legal bases in use. Archived activities are left out."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.format_box = QComboBox(self)
        for fmt, label in (
            (RegisterFormat.XLSX, self.tr("Excel workbook (.xlsx)")),
            (RegisterFormat.PDF, self.tr("PDF document (.pdf)")),
            (RegisterFormat.HTML, self.tr("Web page (.html)")),
            (RegisterFormat.CSV, self.tr("CSV for spreadsheets (.csv)")),
        ):
            self.format_box.addItem(label, fmt.value)
        self.language_box = QComboBox(self)
        self.language_box.addItem(self.tr("Dutch (Nederlands)"), "nl")
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.setCurrentIndex(self.language_box.findData(default_language()))
        form.addRow(self.tr("&Format:"), self.format_box)
        form.addRow(self.tr("&Language of the register:"), self.language_box)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.choose_and_export)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @property
    def fmt(self) -> RegisterFormat:
        return RegisterFormat(self.format_box.currentData())

    @property
    def language(self) -> Language:
        return "nl" if self.language_box.currentData() == "nl" else "en"

    def suggested_name(self, today: date | None = None) -> str:
        stem = (
            "Register verwerkingsactiviteiten"
            if self.language == "nl"
            else "Register of processing activities"
        )
        return f"{stem} {(today or date.today()).isoformat()}.{self.fmt.value}"

    def choose_and_export(self) -> None:
        """Ask where to save, write the file, say where it went and close."""
        filters = {
            RegisterFormat.XLSX: self.tr("Excel workbooks (*.xlsx)"),
            RegisterFormat.PDF: self.tr("PDF documents (*.pdf)"),
            RegisterFormat.HTML: self.tr("Web pages (*.html *.htm)"),
            RegisterFormat.CSV: self.tr("CSV files (*.csv)"),
        }
        start = Path.home() / self.suggested_name()
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the register as"), str(start), filters[self.fmt]
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() not in (f".{self.fmt.value}", ".htm"):
            path = path.with_name(f"{path.name}.{self.fmt.value}")
        if self.export_to(path) is None:
            return
        QMessageBox.information(
            self,
            self.tr("Register exported"),
            self.tr("The register of processing activities is saved as:\n{path}").format(
                path=str(path)
            ),
        )
        self.accept()

    def export_to(self, path: Path) -> Path | None:
        """Write the register to ``path`` in the chosen format; None (and a message) on error."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            export_register(
                self._book, path, self.fmt, self.language, render_pdf=write_register_pdf
            )
        except (OSError, StorageError, ValueError) as error:
            QGuiApplication.restoreOverrideCursor()
            detail = error.strerror if isinstance(error, OSError) and error.strerror else error
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("The register could not be saved as {path}:\n{error}").format(
                    path=str(path), error=str(detail)
                ),
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self.saved_path = path
        return path
