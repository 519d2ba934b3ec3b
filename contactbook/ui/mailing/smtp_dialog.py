"""Where to send from: the mail server, its encryption, the login and the password."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from contactbook.services import keychain
from contactbook.services.mailing import MailingError
from contactbook.services.mailing_smtp import DEFAULT_PORTS, Security, SmtpSettings, check_settings

_GROUP = "Mailing/Smtp"


class SmtpDialog(QDialog):
    """Asks for the server and the password. ``settings`` (optional) remembers the server,
    never the password: that goes to the system keychain only when the box is ticked."""

    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Mail server"))
        self.host_edit = QLineEdit(self)
        self.host_edit.setPlaceholderText(self.tr("e.g. smtp.yourprovider.nl"))
        self.security_combo = QComboBox(self)
        self.security_combo.addItem(self.tr("STARTTLS (recommended)"), Security.STARTTLS.value)
        self.security_combo.addItem(self.tr("SSL/TLS"), Security.SSL.value)
        self.security_combo.addItem(
            self.tr("None — only for a server on this computer"), Security.NONE.value
        )
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(0, 65535)
        self.user_edit = QLineEdit(self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_box = QCheckBox(
            self.tr("Re&member the password in the system keychain"), self
        )
        if not keychain.keychain_available():
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(
                self.tr("No system keychain is available; the password is asked each time.")
            )
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host_edit)
        form.addRow(self.tr("&Encryption:"), self.security_combo)
        form.addRow(self.tr("&Port:"), self.port_spin)
        form.addRow(self.tr("&User name:"), self.user_edit)
        form.addRow(self.tr("Pass&word:"), self.password_edit)
        form.addRow("", self.remember_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Send"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.security_combo.currentIndexChanged.connect(self._show_default_port)
        self.user_edit.editingFinished.connect(self._fill_remembered_password)
        self.host_edit.editingFinished.connect(self._fill_remembered_password)
        self._restore()
        self._show_default_port()

    def smtp_settings(self) -> SmtpSettings:
        security = Security(self.security_combo.currentData())
        return SmtpSettings(
            host=self.host_edit.text().strip(),
            port=self.port_spin.value() or None,
            security=security,
            user=self.user_edit.text().strip(),
            password=self.password_edit.text(),
        )

    def accept(self) -> None:
        chosen = self.smtp_settings()
        try:
            check_settings(chosen)
        except MailingError as error:
            self.error_label.setText(str(error))
            self.error_label.show()
            return
        if chosen.user and self.remember_box.isChecked():
            keychain.save_password(chosen.host, chosen.user, chosen.password)
        elif chosen.user:
            keychain.forget_password(chosen.host, chosen.user)
        self._remember(chosen)
        super().accept()

    def _show_default_port(self) -> None:
        security = Security(self.security_combo.currentData())
        self.port_spin.setSpecialValueText(
            self.tr("default ({port})").format(port=DEFAULT_PORTS[security])
        )

    def _fill_remembered_password(self) -> None:
        host, user = self.host_edit.text().strip(), self.user_edit.text().strip()
        remembered = keychain.load_password(host, user) if host and user else ""
        if remembered and not self.password_edit.text():
            self.password_edit.setText(remembered)
            self.remember_box.setChecked(True)

    def _restore(self) -> None:
        if self._settings is None:
            return
        self._settings.beginGroup(_GROUP)
        try:
            self.host_edit.setText(str(self._settings.value("host", "") or ""))
            self.user_edit.setText(str(self._settings.value("user", "") or ""))
            self.port_spin.setValue(int(str(self._settings.value("port", 0) or 0)))
            index = self.security_combo.findData(
                str(self._settings.value("security", Security.STARTTLS.value))
            )
            self.security_combo.setCurrentIndex(max(index, 0))
        except ValueError:  # an old or edited settings file: start from the defaults
            pass
        finally:
            self._settings.endGroup()
        self._fill_remembered_password()

    def _remember(self, chosen: SmtpSettings) -> None:
        """The server, port, encryption and user name — never the password."""
        if self._settings is None:
            return
        self._settings.beginGroup(_GROUP)
        try:
            self._settings.setValue("host", chosen.host)
            self._settings.setValue("port", chosen.port or 0)
            self._settings.setValue("security", chosen.security.value)
            self._settings.setValue("user", chosen.user)
        finally:
            self._settings.endGroup()
