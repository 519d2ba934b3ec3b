"""The exported files' texts come from the one translation catalogue (contactbook_nl.ts)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import contactbook.domain
import contactbook.interchange
from contactbook.interchange.catalogue import translate
from contactbook.interchange.catalogue_nl import DUTCH

INTERCHANGE_DIR = Path(contactbook.interchange.__file__).parent
DOMAIN_DIR = Path(contactbook.domain.__file__).parent
ROOT = INTERCHANGE_DIR.parent.parent
NL_TS = ROOT / "resources" / "translations" / "contactbook_nl.ts"
TABLE = INTERCHANGE_DIR / "catalogue_nl.py"


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "export_catalogue", ROOT / "packaging" / "export_catalogue.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generator = _load_generator()


def _export_texts() -> list[tuple[str, str]]:
    """What the exports mark for translation (the files update_translations.sh gives lupdate)."""
    sources = sorted(
        path
        for path in [*INTERCHANGE_DIR.glob("*.py"), *DOMAIN_DIR.glob("*.py")]
        if "QT_TRANSLATE_NOOP(" in path.read_text(encoding="utf-8")
    )
    return generator.marked_texts(sources)  # type: ignore[no-any-return]


def test_the_exports_mark_their_texts() -> None:
    contexts = {context for context, _text in _export_texts()}
    # ContactField: the labels of the declared contact fields (domain/contact_fields.py)
    assert contexts == {"RegisterExport", "SubjectExport", "ContactField"}
    assert len(_export_texts()) > 100


def test_every_export_text_has_a_finished_dutch_translation() -> None:
    finished = generator.finished_translations(NL_TS)
    missing = [
        f"[{context}] {text!r}"
        for context, text in _export_texts()
        if (context, text) not in finished
    ]
    assert not missing, (
        "translate these in resources/translations/contactbook_nl.ts "
        "(packaging/update_translations.sh adds them there):\n" + "\n".join(missing)
    )


def test_the_generated_table_is_current() -> None:
    expected = generator.table_source(_export_texts(), generator.finished_translations(NL_TS))
    assert TABLE.read_text(encoding="utf-8") == expected, (
        "contactbook/interchange/catalogue_nl.py is stale: run packaging/update_translations.sh"
    )
    assert set(DUTCH) == set(_export_texts())


def test_translate_gives_english_as_written_and_dutch_from_the_table() -> None:
    assert translate("RegisterExport", "Legal basis", "en") == "Legal basis"
    assert translate("RegisterExport", "Legal basis", "nl") == "Grondslag"
    assert translate("SubjectExport", "Your personal data", "nl") == "Uw persoonsgegevens"
    # like Qt: a text without a translation stays as written
    assert translate("RegisterExport", "No such text", "nl") == "No such text"


def test_the_generator_skips_unfinished_and_plural_messages(tmp_path: Path) -> None:
    ts = tmp_path / "nl.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="nl">\n'
        "<context><name>Ctx</name>\n"
        "<message><source>Done</source><translation>Klaar</translation></message>\n"
        '<message><source>Open</source><translation type="unfinished">Op</translation></message>\n'
        '<message numerus="yes"><source>%n x</source><translation>'
        "<numerusform>%n x</numerusform></translation></message>\n"
        "</context></TS>\n",
        encoding="utf-8",
    )
    source = tmp_path / "labels.py"
    source.write_text(
        "A = QT_TRANSLATE_NOOP('Ctx', 'Done')\n"
        "B = QT_TRANSLATE_NOOP('Ctx', 'Open')\n"
        "C = QT_TRANSLATE_NOOP(context, 'Not literal')\n",
        encoding="utf-8",
    )
    marked = generator.marked_texts([source])
    assert marked == [("Ctx", "Done"), ("Ctx", "Open")]
    namespace: dict[str, object] = {}
    exec(generator.table_source(marked, generator.finished_translations(ts)), namespace)
    assert namespace["DUTCH"] == {("Ctx", "Done"): "Klaar"}
