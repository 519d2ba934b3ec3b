"""The connection to the user's mail server: encrypted unless the server is on this machine."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass, field
from enum import StrEnum

from contactbook.services.mailing import MailingError


class Security(StrEnum):
    STARTTLS = "starttls"  # plain connection upgraded to TLS (port 587): the default
    SSL = "ssl"  # TLS from the first byte (port 465)
    NONE = "none"  # unencrypted: only to a server on this machine


DEFAULT_PORTS = {Security.STARTTLS: 587, Security.SSL: 465, Security.NONE: 25}
LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1"})
DEFAULT_TIMEOUT = 30.0


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send. The password is never stored by contactbook itself."""

    host: str
    port: int | None = None
    security: Security = Security.STARTTLS
    user: str = ""
    password: str = field(default="", repr=False)
    timeout: float = DEFAULT_TIMEOUT

    @property
    def effective_port(self) -> int:
        return self.port or DEFAULT_PORTS[self.security]

    @property
    def is_local(self) -> bool:
        return self.host.strip().strip("[]").rstrip(".").lower() in LOCAL_HOSTS


def check_settings(settings: SmtpSettings) -> None:
    """Refuse what would send contact data unprotected over a network."""
    if not settings.host.strip():
        raise MailingError("No mail server given.")
    if settings.security is Security.NONE and not settings.is_local:
        raise MailingError(
            f"Refusing to send unencrypted to {settings.host}: without encryption only a mail "
            "server on this computer (localhost) is allowed. Use STARTTLS or SSL."
        )


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An open, logged-in connection; raises ``MailingError`` with a plain reason otherwise."""
    check_settings(settings)
    host, port = settings.host.strip().strip("[]"), settings.effective_port
    context = ssl.create_default_context()
    smtp: smtplib.SMTP | None = None
    try:
        if settings.security is Security.SSL:
            smtp = smtplib.SMTP_SSL(host, port, timeout=settings.timeout, context=context)
        else:
            smtp = smtplib.SMTP(host, port, timeout=settings.timeout)
            if settings.security is Security.STARTTLS:
                smtp.ehlo()
                smtp.starttls(context=context)
                smtp.ehlo()
        if settings.user:
            smtp.login(settings.user, settings.password)
    except smtplib.SMTPNotSupportedError as error:
        _close(smtp)
        raise MailingError(
            f"{host}:{port} does not offer STARTTLS; choose SSL (often port 465) instead."
        ) from error
    except smtplib.SMTPAuthenticationError as error:
        _close(smtp)
        raise MailingError(
            f"{host}:{port} did not accept the user name and password ({error.smtp_code})."
        ) from error
    except (smtplib.SMTPException, OSError) as error:
        _close(smtp)
        raise MailingError(f"Cannot connect to the mail server {host}:{port}: {error}") from error
    return smtp


def disconnect(smtp: smtplib.SMTP) -> None:
    """Say goodbye politely; a server that is gone already is fine."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _close(smtp: smtplib.SMTP | None) -> None:
    if smtp is not None:
        smtp.close()
