"""Export personal data (access request): folder, language, and the files it writes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.errors import StorageError
from contactbook.interchange.register_labels import Language
from contactbook.services.book import Book
from contactbook.services.book_settings import book_language
from contactbook.services.contacts import get_contact
from contactbook.services.subject_export import export_subject
from contactbook.ui.rights.subject_pdf import write_subject_pdf


class SubjectExportDialog(QDialog):
    """Writes JSON, vCard, HTML (and PDF) of one person into a chosen folder."""

    exported = Signal(list)  # the paths written

    def __init__(self, book: Book, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subjectExportDialog")
        self._book = book
        self._contact_id = contact_id
        contact = get_contact(book, contact_id)
        self.written: list[Path] = []
        self.setWindowTitle(self.tr("Export personal data"))
        intro = QLabel(
            self.tr(
                "Everything the book holds about {name}: a summary to send to them (HTML and "
                "PDF), all data as JSON, and a contact card (vCard)."
            ).format(name=contact.display_name)
        )
        intro.setWordWrap(True)
        self.folder = QLineEdit(self)
        self.folder.setObjectName("exportFolder")
        self.folder.setAccessibleName(self.tr("Folder to write the files to"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.language = QComboBox(self)
        self.language.setObjectName("exportLanguage")
        self.language.addItem(self.tr("Dutch"), "nl")
        self.language.addItem(self.tr("English"), "en")
        if book_language(book) == "en":
            self.language.setCurrentIndex(1)
        self.pdf = QCheckBox(self.tr("Also as PDF"), self)
        self.pdf.setChecked(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Language of the summary:"), self.language)
        form.addRow("", self.pdf)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = self.buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self._export)
        self.buttons.rejected.connect(self.reject)
        self.folder.textChanged.connect(
            lambda text: self.export_button.setEnabled(bool(text.strip()))
        )
        self.export_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _choose(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the export"))
        if chosen:
            self.folder.setText(chosen)

    def _export(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        language: Language = "en" if self.language.currentData() == "en" else "nl"
        try:
            self.written = export_subject(
                self._book,
                self._contact_id,
                folder,
                language,
                write_subject_pdf if self.pdf.isChecked() else None,
            )
        except (OSError, StorageError) as error:
            QMessageBox.warning(
                self,
                self.windowTitle(),
                self.tr("The export could not be written: {error}").format(error=error),
            )
            return
        self.exported.emit(self.written)
        self.accept()
