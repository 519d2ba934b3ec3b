"""A real SMTP server on 127.0.0.1 (aiosmtpd) that keeps what arrives, for the mailing tests.

It can refuse chosen recipients at RCPT or at DATA, ask for a login, and be stopped midway.
"""

from __future__ import annotations

import email
import email.policy
import socket
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

with warnings.catch_warnings():
    # aiosmtpd imports are quiet today; keep a future deprecation in it from failing the run.
    warnings.simplefilter("ignore", DeprecationWarning)
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP, AuthResult, Envelope, LoginPassword, Session


@dataclass
class Arrived:
    """One message as the server got it: the envelope and the parsed message."""

    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage


@dataclass
class RecordingHandler:
    """Accepts everything except the addresses in ``refuse_rcpt`` / ``refuse_data``.

    The values are the SMTP replies to give, e.g. "550 5.1.1 No such user".
    """

    refuse_rcpt: dict[str, str] = field(default_factory=dict)
    refuse_data: dict[str, str] = field(default_factory=dict)
    arrived: list[Arrived] = field(default_factory=list)

    async def handle_RCPT(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope, address: str, options: Any
    ) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802 - aiosmtpd's hook name
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        for address in envelope.rcpt_tos:
            if address in self.refuse_data:
                return self.refuse_data[address]
        content = envelope.original_content or b""
        parsed = email.message_from_bytes(content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.arrived.append(Arrived(str(envelope.mail_from), list(envelope.rcpt_tos), parsed))
        return "250 Message accepted"

    @property
    def recipients(self) -> list[str]:
        """Every envelope recipient of every accepted message, in order."""
        return [address for message in self.arrived for address in message.rcpt_tos]


@dataclass
class SmtpServer:
    host: str
    port: int
    handler: RecordingHandler
    controller: Controller
    logins: list[tuple[str, str]] = field(default_factory=list)
    running: bool = True

    def stop(self) -> None:
        if self.running:
            self.running = False
            self.controller.stop()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@contextmanager
def smtp_server(
    handler: RecordingHandler | None = None,
    *,
    login: tuple[str, str] | None = None,
    port: int | None = None,
) -> Iterator[SmtpServer]:
    """Run a server on 127.0.0.1 (a free port unless given) for the duration of the block.

    With ``login`` the server offers AUTH (without TLS, as only a local test may) and
    accepts only that user name and password.
    """
    handler = handler or RecordingHandler()
    logins: list[tuple[str, str]] = []
    parameters: dict[str, Any] = {}
    if login is not None:

        def authenticate(
            server: SMTP, session: Session, envelope: Envelope, mechanism: str, data: Any
        ) -> AuthResult:
            assert isinstance(data, LoginPassword)
            given = (data.login.decode(), data.password.decode())
            logins.append(given)
            return AuthResult(success=given == login, handled=False)

        parameters = {"authenticator": authenticate, "auth_require_tls": False}
    port = port or free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port, **parameters)
    controller.start()
    server = SmtpServer("127.0.0.1", port, handler, controller, logins)
    try:
        yield server
    finally:
        server.stop()
