"""The contact's fields are declared once (domain/contact_fields.py); nothing else lists them."""

from __future__ import annotations

import ast
from dataclasses import fields
from pathlib import Path

import contactbook
from contactbook.domain import merge
from contactbook.domain.contact import Contact
from contactbook.domain.contact_fields import (
    CONFLICTING_FIELDS,
    FIELDS,
    FIELDS_BY_NAME,
    FILLABLE_TEXT_FIELDS,
    FieldKind,
    full_name,
)
from contactbook.domain.duplicates import CONFLICT_FIELDS

PACKAGE = Path(contactbook.__file__).parent

# Places that still spell out three or more declared field names, and why.
_ALLOWED = {
    # the contact itself and the declaration
    "domain/contact.py",
    "domain/contact_fields.py",
    # the database: one column per field (a change there is a migration anyway)
    "storage/schema.py",
    "storage/contact_bulk_rows.py",  # contact_columns / child_rows: the rows of the schema
    "storage/contact_writes.py",  # the child tables (emails, phones, addresses)
    "storage/contact_mapping.py",  # the list's summary columns
    "storage/mail_gate_queries.py",  # the columns the mail gate needs (names for e-mail)
    # the rules of a vCard import: a card with none of these has nothing to import
    "interchange/vcard_card.py",
    # services (issue 22 part 1 moves them): what counts as a rectification
    "services/contact_changes.py",
    # the text form of `show` (not a JSON shape)
    "cli/contact_commands.py",
}


def test_every_declared_field_is_a_field_of_the_contact() -> None:
    attributes = {f.name for f in fields(Contact)}
    assert set(FIELDS_BY_NAME) <= attributes
    assert len(FIELDS_BY_NAME) == len(FIELDS)


def test_the_labels_are_marked_for_translation_in_their_contexts() -> None:
    # packaging/update_translations.sh reads the marks: a label written without one would
    # reach no translator
    source = (PACKAGE / "domain" / "contact_fields.py").read_text(encoding="utf-8")
    for spec in FIELDS:
        assert f'QT_TRANSLATE_NOOP("ContactField", "{spec.label}")' in source
        if spec.summary_label is not None:
            assert f'QT_TRANSLATE_NOOP("SubjectExport", "{spec.summary_label}")' in source


def test_the_merge_and_the_duplicate_merge_take_their_fields_from_the_declaration() -> None:
    assert merge._FILLABLE_TEXT == FILLABLE_TEXT_FIELDS
    assert (
        tuple(spec.name for spec in FIELDS if spec.fills_when_empty and spec.kind is FieldKind.TEXT)
        == FILLABLE_TEXT_FIELDS
    )
    assert CONFLICT_FIELDS[: len(CONFLICTING_FIELDS)] == CONFLICTING_FIELDS
    assert tuple(spec.name for spec in FIELDS if spec.can_conflict) == CONFLICTING_FIELDS
    # the owner's decisions follow the data fields
    assert CONFLICT_FIELDS[len(CONFLICTING_FIELDS) :] == (
        "scope",
        "subject",
        "legal_basis",
        "deceased",
    )


def test_a_merge_fills_every_declared_fillable_text_field() -> None:
    incoming = Contact(**{name: f"value of {name}" for name in FILLABLE_TEXT_FIELDS})
    merged = merge.merge_into(Contact(), incoming)
    assert set(merged.added) >= set(FILLABLE_TEXT_FIELDS)
    for name in FILLABLE_TEXT_FIELDS:
        assert getattr(merged.contact, name) == f"value of {name}"


def test_the_full_name_is_written_in_the_declared_order() -> None:
    contact = Contact(
        given_name="Jan",
        family_name="de Vries",
        middle_name="Piet",
        name_prefix="Dr.",
        name_suffix=" jr. ",
    )
    assert full_name(contact) == "Dr. Jan Piet de Vries jr."


def _spelled_out_lists(path: Path, root: Path = PACKAGE) -> list[str]:
    """Tuples, lists, sets and dicts in ``path`` that name three or more declared fields."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Tuple | ast.List | ast.Set | ast.Dict):
            continue
        items = node.keys if isinstance(node, ast.Dict) else node.elts
        named = [
            item.value if isinstance(item, ast.Constant) else item.attr
            for item in items
            if (isinstance(item, ast.Constant) and item.value in FIELDS_BY_NAME)
            or (isinstance(item, ast.Attribute) and item.attr in FIELDS_BY_NAME)
        ]
        if len(named) >= 3:
            found.append(f"{path.relative_to(root)}:{node.lineno}: {', '.join(named)}")
    return found


def test_no_other_module_spells_out_the_fields() -> None:
    """A new list of the contact's fields derives from FIELDS instead (see _ALLOWED for why
    the remaining ones do not)."""
    problems = [
        problem
        for path in sorted(PACKAGE.rglob("*.py"))
        if "migrations" not in path.parts
        and str(path.relative_to(PACKAGE).as_posix()) not in _ALLOWED
        for problem in _spelled_out_lists(path)
    ]
    assert not problems, "derive these from contactbook.domain.contact_fields:\n" + "\n".join(
        problems
    )


def test_the_checker_finds_a_spelled_out_list(tmp_path: Path) -> None:
    sample = PACKAGE / "domain" / "contact_fields.py"  # it does list them, as tuples of specs
    assert not _spelled_out_lists(sample)  # names in FieldSpec(...) calls are no list
    written = tmp_path / "sample.py"
    written.write_text(
        'NAMES = ("nickname", "job_title", "notes")\n'
        "def f(c):\n    return any((c.given_name, c.family_name, c.organisation))\n",
        encoding="utf-8",
    )
    problems = [p.split(": ", 1)[1] for p in _spelled_out_lists(written, tmp_path)]
    assert problems == ["nickname, job_title, notes", "given_name, family_name, organisation"]
