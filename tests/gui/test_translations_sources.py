"""The code's texts are written so that Qt's lupdate (with packaging/wrapped_texts.py) finds them.

lupdate reads Python without running it, so some spellings hide a text from the translators:
a plural text in ``translate("Ctx", "%n item(s)", None, n)`` (lupdate takes the fourth
argument for an encoding: the text gets no plural forms, and Qt then shows the English text
for every count but one); a count that is not a plain name (lupdate skips the text); a
translate helper whose context is not a literal (the helper spelled out by
packaging/wrapped_texts.py needs to know it). Texts with a count go through the one typed
helper, ``plural(context, text, n)`` of contactbook/ui/translations.py, which
packaging/wrapped_texts.py spells out for lupdate: its context must be ``self`` inside a
class, a class name or a literal, and its text a literal.
"""

from __future__ import annotations

import ast
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import contactbook.ui

UI_DIR = Path(contactbook.ui.__file__).parent
ROOT = UI_DIR.parent.parent
# The helper itself translates whatever it is given.
PLURAL_DEFINITION = UI_DIR / "translations.py"


def _load_wrapped_texts() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "wrapped_texts", ROOT / "packaging" / "wrapped_texts.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


wrapped = _load_wrapped_texts()


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return None


def hidden_texts(path: Path) -> list[str]:
    """Places in ``path`` whose texts lupdate cannot extract well, as "file:line: why"."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    helpers = wrapped.find_helpers(tree)
    if path == PLURAL_DEFINITION:
        helpers = {**helpers, wrapped.PLURAL_HELPER: None}
    problems = []
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef) or function.name in helpers:
            continue
        parameters = {a.arg for a in function.args.args}
        for call in ast.walk(function):
            if isinstance(call, ast.Call) and wrapped._is_translate(call) and len(call.args) > 1:
                text = call.args[1]
                if isinstance(text, ast.Name) and text.id in parameters:
                    problems.append(
                        f"{path.name}:{call.lineno}: {function.name}() translates its argument "
                        "in a context that is not a literal string"
                    )
    inside_helpers = {
        id(call)
        for function in tree.body
        if isinstance(function, ast.FunctionDef) and function.name in helpers
        for call in ast.walk(function)
    }
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or id(call) in inside_helpers:
            continue
        if wrapped._is_translate(call) and len(call.args) > 3:
            problems.append(
                f"{path.name}:{call.lineno}: a plural text in translate(); lupdate reads its "
                "fourth argument as an encoding, so the text gets no plural forms: write "
                "plural(self or SomeClass, text, count)"
            )
        elif isinstance(call.func, ast.Name) and call.func.id == "tr":
            problems.append(
                f"{path.name}:{call.lineno}: a bare tr() (as after tr = self.tr) lands in "
                "lupdate's empty context, not the class's: write self.tr(…)"
            )
        elif _called_name(call) == "tr" and len(call.args) > 2:
            problems.append(
                f"{path.name}:{call.lineno}: a plural text in tr(); write "
                "plural(self or SomeClass, text, count) (contactbook.ui.translations)"
            )
            problems.extend(_count_problems(path, call, call.args[2]))
    for call, enclosing_class in wrapped.plural_calls(tree):
        where = f"{path.name}:{call.lineno}"
        if len(call.args) != 3 or call.keywords:
            problems.append(f"{where}: plural() takes (context, text, count), by position")
            continue
        if wrapped.plural_context(call, enclosing_class) is None:
            problems.append(
                f"{where}: the context of plural() must be self inside a class, a class name or "
                f"a literal (is {ast.unparse(call.args[0])})"
            )
        text = call.args[1]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            problems.append(f"{where}: the text of plural() must be a literal string")
        problems.extend(_count_problems(path, call, call.args[2]))
    return problems


def _count_problems(path: Path, call: ast.Call, count: ast.expr) -> list[str]:
    if isinstance(count, ast.Name | ast.Constant):
        return []
    return [
        f"{path.name}:{call.lineno}: the count of a plural text must be a plain name "
        f"(is {ast.unparse(count)}); lupdate skips the whole text otherwise"
    ]


def test_every_text_of_the_ui_is_visible_to_lupdate() -> None:
    problems = [line for path in sorted(UI_DIR.rglob("*.py")) for line in hidden_texts(path)]
    assert not problems, "\n".join(problems)


def test_the_checker_finds_the_hidden_spellings(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Ctx'\n"
        "def _tr(text, n=-1):\n"
        "    return QCoreApplication.translate(CONTEXT, text, None, n)\n"
        "def _guess(context, text):\n"
        "    return QCoreApplication.translate(context, text)\n"
        "def count(items):\n"
        "    n = len(items)\n"
        "    ok = plural(Texts, '%n item(s)', n) + _tr('%n item(s)', n) + plural('C', 'x', 1)\n"
        "    bad = plural(Texts, '%n item(s)', len(items)) + plural(self, 'x', n)\n"
        "    tr = QCoreApplication.tr\n"
        "    return QCoreApplication.translate('Ctx', '%n item(s)', None, n) + bad + tr('x')\n"
        "class Dialog:\n"
        "    def show(self, n, text):\n"
        "        fine = plural(self, '%n item(s)', n)\n"
        "        return QCoreApplication.tr('%n item(s)', None, n) + plural(self, text, n)\n",
        encoding="utf-8",
    )
    problems = hidden_texts(sample)
    lines = sorted(int(line.split(":")[1]) for line in problems)
    assert lines == [6, 10, 10, 12, 12, 16, 16], problems


def test_texts_given_to_a_helper_are_spelled_out_for_lupdate(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'Ctx'\n"
        "TABLE = {1: 'looked up'}\n"
        "def _tr(text, n=-1):\n"
        "    return QCoreApplication.translate(CONTEXT, text, None, n)\n"
        "class Dialog:\n"
        "    def build(self, count):\n"
        "        return _tr('Hello “you”') + _tr('%n item(s)', count) + _tr(TABLE[1])\n"
        "    def more(self, n):\n"
        "        return plural(self, '%n more', n) + plural(Texts, '%n other(s)', n)\n"
        "def alone(n):\n"
        "    return plural('Loose', '%n loose', n)\n",
        encoding="utf-8",
    )
    texts = wrapped.wrapped_texts(sample)
    assert [(t.context, t.text, t.plural) for t in texts] == [
        ("Ctx", "Hello “you”", False),
        ("Ctx", "%n item(s)", True),
        ("Dialog", "%n more", True),
        ("Texts", "%n other(s)", True),
        ("Loose", "%n loose", True),
    ]
    source = wrapped.lupdate_source(texts)
    assert "Ctx.tr('Hello “you”')" in source
    assert "Ctx.tr('%n item(s)', None, n)" in source
