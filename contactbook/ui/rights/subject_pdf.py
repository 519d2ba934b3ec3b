"""The access summary as a PDF: the same HTML page, laid out by Qt's rich text."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from contactbook.ui.register.register_pdf import gui_application

RESOLUTION = 300


def write_subject_pdf(page: str, path: Path) -> None:
    """Write the summary page (HTML) as an A4 PDF to ``path``."""
    with gui_application():
        writer = QPdfWriter(str(path))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(18, 18, 18, 18),
                QPageLayout.Unit.Millimeter,
            )
        )
        writer.setTitle("Personal data")
        document = QTextDocument()
        document.setHtml(page)
        document.print_(writer)
