"""The mailing dialogs: recipients, compose, send, unsubscribes, opt-out and the log."""

from contactbook.ui.dialogs_mailing.compose_dialog import ComposeDialog
from contactbook.ui.dialogs_mailing.mailing_log_dialog import MailingLogDialog
from contactbook.ui.dialogs_mailing.opt_out_dialog import OptOutDialog
from contactbook.ui.dialogs_mailing.recipients_dialog import RecipientsDialog
from contactbook.ui.dialogs_mailing.send_dialog import SendDialog
from contactbook.ui.dialogs_mailing.smtp_dialog import SmtpDialog
from contactbook.ui.dialogs_mailing.unsubscribe_dialog import UnsubscribeDialog

__all__ = [
    "ComposeDialog",
    "MailingLogDialog",
    "OptOutDialog",
    "RecipientsDialog",
    "SendDialog",
    "SmtpDialog",
    "UnsubscribeDialog",
]
