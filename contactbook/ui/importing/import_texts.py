"""Words for what an import reports: why a card matched, and what a merge adds."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactbook.domain.matching import Evidence
from contactbook.ui.contacts.duplicates_dialog import field_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("Import", text)


def evidence_text(code: str) -> str:
    """One ``matching.Evidence`` code in words; an unknown code as it is."""
    texts = {
        Evidence.SAME_UID: _tr("the same card (UID)"),
        Evidence.SAME_PERSONAL_EMAIL: _tr("the same personal e-mail address"),
        Evidence.SAME_FREE_MAIL: _tr("the same private e-mail address"),
        Evidence.SAME_MOBILE: _tr("the same mobile number"),
        Evidence.SAME_ORGANISATION: _tr("the same organisation"),
        Evidence.SAME_NAME: _tr("the same name"),
        Evidence.SHARED_PHONE: _tr("a shared phone number"),
        Evidence.SHARED_GENERIC_EMAIL: _tr("a shared general e-mail address"),
    }
    try:
        return texts[Evidence(code)]
    except ValueError:
        return code


def evidence_list(codes: tuple[str, ...]) -> str:
    return ", ".join(evidence_text(code) for code in codes)


def added_text(names: tuple[str, ...]) -> str:
    """The fields a merge adds, in words ("e-mail address, birthday")."""
    lists = {
        "email": _tr("e-mail address"),
        "phone": _tr("phone number"),
        "address": _tr("address"),
        "category": _tr("category"),
        "other": _tr("other card fields"),
    }
    return ", ".join(lists.get(name) or field_label(name).lower() for name in names)
