"""The mailing dialogs: recipients, compose, send, unsubscribes, opt-out and the log."""

from contactbook.ui.mailing.compose_dialog import ComposeDialog
from contactbook.ui.mailing.mailing_log_dialog import MailingLogDialog
from contactbook.ui.mailing.opt_out_dialog import OptOutDialog
from contactbook.ui.mailing.recipients_dialog import RecipientsDialog
from contactbook.ui.mailing.send_dialog import SendDialog
from contactbook.ui.mailing.smtp_dialog import SmtpDialog
from contactbook.ui.mailing.unsubscribe_dialog import UnsubscribeDialog

__all__ = [
    "ComposeDialog",
    "MailingLogDialog",
    "OptOutDialog",
    "RecipientsDialog",
    "SendDialog",
    "SmtpDialog",
    "UnsubscribeDialog",
]
