"""The register as PDF, laid out by Qt: A4 landscape, paged, with header and footer.

The content is the register's HTML page (``interchange.register_html``) in a
``QTextDocument``; each page gets the controller's name and the date at the top and the page
number at the bottom. Works without a window: the command line calls it with the offscreen
platform, and a ``QGuiApplication`` is made for the duration when none exists.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from contactbook.domain.register import Register
from contactbook.interchange.register_html import register_html
from contactbook.interchange.register_labels import Language, format_date, word

# Dots per inch of the PDF's coordinate system (text and lines stay vector). At 96 the CSS
# pixels of the HTML (paddings, borders) come out as in a browser.
RESOLUTION = 96
MARGINS_MM = QMarginsF(12, 10, 12, 10)
_FAMILY = "DejaVu Sans"
_BODY_PT = 9.0
_FRAME_PT = 7.5


@contextmanager
def gui_application() -> Iterator[QGuiApplication]:
    """The running GUI application, or an offscreen one made for as long as it is needed."""
    existing = QCoreApplication.instance()
    if isinstance(existing, QGuiApplication):
        yield existing
        return
    if existing is not None:
        raise RuntimeError("PDF rendering needs a Qt GUI application, not a console one.")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication([])
    try:
        yield app
    finally:
        app.shutdown()


def write_register_pdf(register: Register, language: Language, path: Path) -> None:
    """Write the register as a PDF to ``path``."""
    with gui_application():
        _render(register, language, path)


def _render(register: Register, language: Language, path: Path) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    title = word("title", language)
    writer.setTitle(title)
    writer.setCreator("contactbook")

    frame_font = QFont(_FAMILY)
    frame_font.setPointSizeF(_FRAME_PT)
    metrics = QFontMetricsF(frame_font, writer)
    band = metrics.height() * 2.2  # header and footer bands, with a little air
    width = float(writer.width())
    body = QSizeF(width, writer.height() - 2 * band)

    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    body_font = QFont(_FAMILY)
    body_font.setPointSizeF(_BODY_PT)
    document.setDefaultFont(body_font)
    document.setDocumentMargin(0)
    document.setHtml(register_html(register, language))
    document.setPageSize(body)
    pages = max(1, document.pageCount())

    company = register.controller.company.strip()
    right_top = f"{title} — {format_date(register.drawn_up_on, language)}"
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"cannot write the PDF to {path}")
    try:
        for page in range(pages):
            if page:
                writer.newPage()
            _draw_frame(painter, frame_font, width, writer.height(), band)
            painter.drawText(
                QRectF(0, 0, width / 2, band * 0.6),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                company,
            )
            painter.drawText(
                QRectF(width / 2, 0, width / 2, band * 0.6),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                right_top,
            )
            footer = word("page", language).format(page=page + 1, pages=pages)
            painter.drawText(
                QRectF(0, writer.height() - band * 0.6, width, band * 0.6),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                footer,
            )
            painter.save()
            painter.translate(0, band - page * body.height())
            document.drawContents(painter, QRectF(0, page * body.height(), width, body.height()))
            painter.restore()
    finally:
        painter.end()


def _draw_frame(painter: QPainter, font: QFont, width: float, height: float, band: float) -> None:
    """The thin rules under the header and above the footer, and the frame's font."""
    painter.setFont(font)
    pen = QPen(QColor("#8c8c8c"))
    pen.setWidthF(0.75)
    painter.setPen(pen)
    painter.drawLine(0, int(band * 0.75), int(width), int(band * 0.75))
    painter.drawLine(0, int(height - band * 0.75), int(width), int(height - band * 0.75))
    painter.setPen(QColor("#333333"))
