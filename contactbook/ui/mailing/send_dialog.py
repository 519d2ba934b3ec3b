"""Sending a stored mailing in a worker thread: progress, cancel, and what became of each."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from contactbook.domain.mailing import Outcome
from contactbook.services.book import Book, open_book
from contactbook.services.mailing import MailingError
from contactbook.services.mailing_log import get_mailing, mailing_recipients
from contactbook.services.mailing_send import SendResult, send_mailing
from contactbook.services.mailing_smtp import SmtpSettings
from contactbook.ui.mailing.row_table_model import RowTableModel, table_view
from contactbook.ui.widgets.workers import CancelCheck, ProgressCallback, Worker, start_worker


def send_in_own_book(book_path: Path, mailing_id: int, smtp: SmtpSettings) -> Worker:
    """A worker that sends the mailing through a Book of its own (its own database session)."""

    def work(progress: ProgressCallback, cancelled: CancelCheck) -> SendResult:
        book = open_book(book_path)
        try:
            return send_mailing(
                book,
                mailing_id,
                smtp,
                progress=lambda done, total, _outcome: progress(done, total),
                cancelled=cancelled,
            )
        finally:
            book.close()

    return Worker(work)


class SendDialog(QDialog):
    """Sends to everyone in the mailing not reached yet; a second run is a retry.

    ``sending_finished`` carries the :class:`SendResult`, or the error message when the
    server could not be reached at all.
    """

    sending_finished = Signal(object)

    def __init__(
        self, book: Book, mailing_id: int, smtp: SmtpSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._mailing_id = mailing_id
        self._smtp = smtp
        self._worker: Worker | None = None
        self._thread: QThread | None = None
        self._close_when_stopped = False
        self.setWindowTitle(self.tr("Sending the mailing"))
        self.resize(720, 420)

        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.progress_bar = QProgressBar(self)
        self.failed_model = RowTableModel(
            [self.tr("E-mail address"), self.tr("What went wrong")], self
        )
        self.failed_view = table_view(
            self.failed_model, self, sortable=False, widths=("jan.devries@bakkerijbos.nl",)
        )
        self.failed_view.setAccessibleName(self.tr("Recipients the server did not accept"))
        self.failed_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.failed_view.hide()

        self.buttons = QDialogButtonBox(self)
        self.cancel_button = QPushButton(self.tr("&Cancel sending"), self)
        self.retry_button = QPushButton(self.tr("Send to the rest"), self)
        self.close_button = QPushButton(self.tr("C&lose"), self)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button.clicked.connect(self.cancel)
        self.retry_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.accept)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.failed_view, 1)
        layout.addWidget(self.buttons)
        self._show_idle()
        application = QCoreApplication.instance()
        if application is not None:
            # A thread still running when Qt tears the windows down would abort the program.
            application.aboutToQuit.connect(self.stop_and_wait)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.isRunning()

    def start(self) -> None:
        """Send to the recipients not reached yet, in a worker thread."""
        if self.running:
            return
        mailing = get_mailing(self._book, self._mailing_id)
        self.progress_bar.setRange(0, max(mailing.unsent_count, 1))
        self.progress_bar.setValue(0)
        self.status_label.setText(self.tr("Connecting to {host}…").format(host=self._smtp.host))
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        self.retry_button.hide()
        self.close_button.setEnabled(False)
        self._worker = send_in_own_book(self._book.path, self._mailing_id, self._smtp)
        self._worker.progressed.connect(self._show_progress)
        self._worker.succeeded.connect(self._finished)
        self._worker.failed.connect(self._failed)
        self._thread = start_worker(self._worker, self)

    def cancel(self) -> None:
        """Stop before the next message; what was sent stays sent, the rest can follow later."""
        if self._worker is not None and self.running:
            self._worker.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Stopping after the current message…"))

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            self._close_when_stopped = True
            event.ignore()  # closes itself once the current message is done
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self.running:
            self.cancel()
            return
        super().reject()

    def stop_and_wait(self) -> None:
        """Cancel and block until the worker has stopped (when the application quits)."""
        if self._worker is not None and self.running:
            self._worker.cancel()
        if self._thread is not None:
            # quit() directly: the worker's own "quit" is queued to this (blocked) thread
            self._thread.quit()
            self._thread.wait()

    # -- results -------------------------------------------------------------------------

    def _show_progress(self, done: int, total: int) -> None:
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(done)
        self.status_label.setText(self.tr("Sent {done} of {total}…").format(done=done, total=total))

    def _finished(self, result: SendResult) -> None:
        self._thread_done()
        mailing = result.mailing
        text = self.tr("{sent} of {total} sent.").format(
            sent=mailing.sent_count, total=mailing.recipient_count
        )
        if result.cancelled:
            text += " " + self.tr("Cancelled.")
        if mailing.failed_count:
            text += " " + self.tr("Failed: {count}.").format(count=mailing.failed_count)
        if mailing.pending_count:
            text += " " + self.tr("Not tried yet: {count}.").format(count=mailing.pending_count)
        if result.withdrawn:
            text += " " + self.tr("Left out, as they opted out in the meantime: {count}.").format(
                count=result.withdrawn
            )
        if result.stopped_by:
            text += "\n" + self.tr("Stopped: {reason}").format(reason=result.stopped_by)
        self.status_label.setText(text)
        self._show_failures()
        self._show_idle()
        self.sending_finished.emit(result)

    def _failed(self, error: Exception) -> None:
        self._thread_done()
        message = str(error) if isinstance(error, MailingError) else repr(error)
        self.status_label.setText(self.tr("Nothing was sent: {reason}").format(reason=message))
        self._show_idle()
        self.sending_finished.emit(message)

    def _thread_done(self) -> None:
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._worker = None
        if self._close_when_stopped:
            QTimer.singleShot(0, self, self.close)

    def _show_failures(self) -> None:
        failed = mailing_recipients(self._book, self._mailing_id, [Outcome.FAILED])
        self.failed_model.set_rows([(entry.address, entry.error) for entry in failed])
        self.failed_view.setVisible(bool(failed))

    def _show_idle(self) -> None:
        unsent = get_mailing(self._book, self._mailing_id).unsent_count
        self.cancel_button.hide()
        self.retry_button.setVisible(unsent > 0)
        self.retry_button.setText(self.tr("Send to the &rest ({count})").format(count=unsent))
        self.close_button.setEnabled(True)
