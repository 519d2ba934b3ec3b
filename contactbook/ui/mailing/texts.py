"""The words the mailing dialogs show for the gate's reason codes and the log's states.

The domain gives codes; these are the plain-language sentences (English source strings,
Dutch from the translation files).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactbook.domain.mail_gate import GateReason
from contactbook.domain.mailing import MailingStatus, Outcome
from contactbook.ui.translations import QT_TRANSLATE_NOOP

_CONTEXT = "MailGate"


# Short enough for a column; the explanations below are the tooltips.
_REASONS: dict[GateReason, str] = {
    GateReason.INVALID_ADDRESS: QT_TRANSLATE_NOOP("MailGate", "Not a valid address"),
    GateReason.OPTED_OUT: QT_TRANSLATE_NOOP("MailGate", "Opted out or objected"),
    GateReason.PRIVATE_CONTACT: QT_TRANSLATE_NOOP("MailGate", "Private contact"),
    GateReason.NOT_REVIEWED: QT_TRANSLATE_NOOP("MailGate", "Not reviewed yet"),
    GateReason.DECEASED: QT_TRANSLATE_NOOP("MailGate", "Deceased"),
    GateReason.GENERIC_ADDRESS: QT_TRANSLATE_NOOP("MailGate", "Company address (info@…)"),
    GateReason.GENERIC_NOT_PUBLISHED: QT_TRANSLATE_NOOP(
        "MailGate", "Company address, not published"
    ),
    GateReason.OPT_IN: QT_TRANSLATE_NOOP("MailGate", "Opted in"),
    GateReason.SOFT_OPT_IN: QT_TRANSLATE_NOOP("MailGate", "Existing customer (soft opt-in)"),
    GateReason.PERSONAL_NO_OPT_IN: QT_TRANSLATE_NOOP("MailGate", "Personal address, no opt-in"),
}
_EXPLANATIONS: dict[GateReason, str] = {
    GateReason.INVALID_ADDRESS: QT_TRANSLATE_NOOP(
        "MailGate", "This is not a valid e-mail address; correct it on the contact."
    ),
    GateReason.OPTED_OUT: QT_TRANSLATE_NOOP(
        "MailGate",
        "The person opted out or objected, on this or another of their addresses, or was "
        "erased earlier at their request. Never mailed again unless they opt in anew.",
    ),
    GateReason.PRIVATE_CONTACT: QT_TRANSLATE_NOOP(
        "MailGate",
        "Kept for private use (household exemption): never mailed for the business.",
    ),
    GateReason.NOT_REVIEWED: QT_TRANSLATE_NOOP(
        "MailGate", "Decide first whether this contact is private or business."
    ),
    GateReason.DECEASED: QT_TRANSLATE_NOOP("MailGate", "This person has died."),
    GateReason.GENERIC_ADDRESS: QT_TRANSLATE_NOOP(
        "MailGate", "A company's role address, such as info@, may receive offers without opt-in."
    ),
    GateReason.GENERIC_NOT_PUBLISHED: QT_TRANSLATE_NOOP(
        "MailGate",
        "Strict mode: a company address counts only when the company published it for "
        "receiving such messages.",
    ),
    GateReason.OPT_IN: QT_TRANSLATE_NOOP(
        "MailGate", "The person opted in and has not withdrawn it."
    ),
    GateReason.SOFT_OPT_IN: QT_TRANSLATE_NOOP(
        "MailGate",
        "An existing customer: the address came with a sale, an easy objection was offered "
        "then, and every message offers it again.",
    ),
    GateReason.PERSONAL_NO_OPT_IN: QT_TRANSLATE_NOOP(
        "MailGate",
        "A personal address may receive offers only after the person opted in "
        "(Telecommunicatiewet art. 11.7).",
    ),
}
_SAMPLE = QT_TRANSLATE_NOOP("MailGate", "Sample contact (demo data)")
_SAMPLE_EXPLANATION = QT_TRANSLATE_NOOP(
    "MailGate",
    "Made-up demo contacts are never mailed: their addresses may belong to real people.",
)

_OUTCOMES: dict[Outcome, str] = {
    Outcome.PENDING: QT_TRANSLATE_NOOP("MailGate", "Not sent yet"),
    Outcome.SENT: QT_TRANSLATE_NOOP("MailGate", "Sent"),
    Outcome.FAILED: QT_TRANSLATE_NOOP("MailGate", "Failed"),
    Outcome.BLOCKED: QT_TRANSLATE_NOOP("MailGate", "Not sent: opted out since"),
}

_STATUSES: dict[MailingStatus, str] = {
    MailingStatus.PENDING: QT_TRANSLATE_NOOP("MailGate", "Not sent yet"),
    MailingStatus.SENDING: QT_TRANSLATE_NOOP("MailGate", "Sending (or interrupted)"),
    MailingStatus.SENT: QT_TRANSLATE_NOOP("MailGate", "Sent"),
    MailingStatus.INCOMPLETE: QT_TRANSLATE_NOOP("MailGate", "Incomplete"),
    MailingStatus.CANCELLED: QT_TRANSLATE_NOOP("MailGate", "Cancelled"),
}


def reason_text(reason: GateReason) -> str:
    """Why the gate let an address through or held it back, in a few words."""
    return QCoreApplication.translate(_CONTEXT, _REASONS[reason])


def reason_explanation(reason: GateReason) -> str:
    """The same reason in a sentence or two, for a tooltip."""
    return QCoreApplication.translate(_CONTEXT, _EXPLANATIONS[reason])


def sample_text() -> str:
    return QCoreApplication.translate(_CONTEXT, _SAMPLE)


def sample_explanation() -> str:
    return QCoreApplication.translate(_CONTEXT, _SAMPLE_EXPLANATION)


def outcome_text(outcome: Outcome) -> str:
    return QCoreApplication.translate(_CONTEXT, _OUTCOMES[outcome])


def status_text(status: MailingStatus) -> str:
    return QCoreApplication.translate(_CONTEXT, _STATUSES[status])
