"""The window's names of a contact's fields, from their declaration (domain.contact_fields).

The English labels are marked for translation where they are declared, in the context
"ContactField"; every part of the window that names a field translates them here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from contactbook.domain.contact_fields import WINDOW_CONTEXT, FieldSpec


def field_title(spec: FieldSpec) -> str:
    """The field's label in the window's language ("Job title", "Functie")."""
    return QCoreApplication.translate(WINDOW_CONTEXT, spec.label)
