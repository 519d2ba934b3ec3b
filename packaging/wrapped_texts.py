"""Make texts passed through a module's translate helper visible to lupdate.

lupdate reads Python without running it. A helper such as::

    def _tr(text: str) -> str:
        return QCoreApplication.translate("ImportActions", text)

hides every ``_tr("…")`` text from it (it cannot know the context). This script finds such
helpers (a function that passes one of its parameters as the text of
``QCoreApplication.translate`` with a literal context, or a module constant holding one) and
writes, for every call of a helper with a literal text, the equivalent call lupdate does
understand: ``Context.tr("…")``, with ``None, n`` for a plural text. The same for the texts
with a count, which all go through ``contactbook.ui.translations.plural(context, text, n)``:
the context is ``self`` (the class the call is written in), a class name, or a literal. The
output is a Python file that is only ever read by lupdate (packaging/update_translations.sh),
never run.

    python packaging/wrapped_texts.py OUT.py SOURCE.py...
"""

from __future__ import annotations

import ast
import sys
from dataclasses import dataclass
from pathlib import Path

_TRANSLATE_OWNERS = ("QCoreApplication", "QApplication", "QGuiApplication")
# contactbook.ui.translations.plural(context, text, n): every text with a count in ui/
PLURAL_HELPER = "plural"


@dataclass(frozen=True)
class Helper:
    context: str
    text_parameter: int  # position of the text among the helper's parameters
    count_parameter: int | None  # position of the count, for plural texts


@dataclass(frozen=True)
class Text:
    context: str
    text: str
    plural: bool
    where: str


def _constants(tree: ast.Module) -> dict[str, str]:
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            value = node.value
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                for target in targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = value.value
    return found


def _is_translate(call: ast.Call) -> bool:
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "translate"
        and isinstance(func.value, ast.Name)
        and func.value.id in _TRANSLATE_OWNERS
    )


def find_helpers(tree: ast.Module) -> dict[str, Helper]:
    """Module-level functions that translate their parameter in a known context."""
    constants = _constants(tree)
    helpers = {}
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        parameters = [a.arg for a in function.args.args]
        for call in ast.walk(function):
            if not (isinstance(call, ast.Call) and _is_translate(call) and len(call.args) >= 2):
                continue
            context_node, text_node = call.args[0], call.args[1]
            if isinstance(context_node, ast.Constant) and isinstance(context_node.value, str):
                context = context_node.value
            elif isinstance(context_node, ast.Name) and context_node.id in constants:
                context = constants[context_node.id]
            else:
                continue
            if not (isinstance(text_node, ast.Name) and text_node.id in parameters):
                continue
            count = call.args[3] if len(call.args) > 3 else None
            count_parameter = (
                parameters.index(count.id)
                if isinstance(count, ast.Name) and count.id in parameters
                else None
            )
            helpers[function.name] = Helper(
                context, parameters.index(text_node.id), count_parameter
            )
    return helpers


def is_plural_call(call: ast.Call) -> bool:
    """A call of :data:`PLURAL_HELPER` (``plural(context, text, n)``)."""
    return isinstance(call.func, ast.Name) and call.func.id == PLURAL_HELPER


def plural_context(call: ast.Call, enclosing_class: str | None) -> str | None:
    """The context a ``plural(context, …)`` call translates in, or None if not written plainly."""
    if not call.args:
        return None
    context = call.args[0]
    if isinstance(context, ast.Name):
        return enclosing_class if context.id == "self" else context.id
    if isinstance(context, ast.Constant) and isinstance(context.value, str):
        return context.value
    return None


def plural_calls(tree: ast.Module) -> list[tuple[ast.Call, str | None]]:
    """Every ``plural(…)`` call with the name of the class it is written in (None outside)."""
    found: list[tuple[ast.Call, str | None]] = []

    def visit(node: ast.AST, enclosing_class: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name)
                continue
            if isinstance(child, ast.Call) and is_plural_call(child):
                found.append((child, enclosing_class))
            visit(child, enclosing_class)

    visit(tree, None)
    return found


def _plural_texts(tree: ast.Module, path: Path) -> list[Text]:
    texts = []
    for call, enclosing_class in plural_calls(tree):
        context = plural_context(call, enclosing_class)
        text = call.args[1] if len(call.args) > 1 else None
        if context and isinstance(text, ast.Constant) and isinstance(text.value, str):
            texts.append(Text(context, text.value, True, f"{path}:{call.lineno}"))
    return texts


def wrapped_texts(path: Path) -> list[Text]:
    """The literal texts ``path`` passes to its own translate helpers and to ``plural``."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = find_helpers(tree)
    texts = []
    for call in ast.walk(tree):
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)):
            continue
        helper = helpers.get(call.func.id)
        if helper is None or len(call.args) <= helper.text_parameter:
            continue
        text = call.args[helper.text_parameter]
        if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
            continue  # a looked-up constant: lupdate finds it at its QT_TRANSLATE_NOOP
        plural = helper.count_parameter is not None and len(call.args) > helper.count_parameter
        texts.append(Text(helper.context, text.value, plural, f"{path}:{call.lineno}"))
    return texts + _plural_texts(tree, path)


def lupdate_source(texts: list[Text]) -> str:
    """Python that lupdate reads as the same texts in the same contexts."""
    lines = ["# Generated by packaging/wrapped_texts.py for lupdate; never run.", ""]
    for item in texts:
        count = ", None, n" if item.plural else ""
        lines.append(f"# {item.where}")
        lines.append(f"{item.context}.tr({item.text!r}{count})")
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    out, sources = Path(argv[0]), [Path(name) for name in argv[1:]]
    texts = [text for source in sources for text in wrapped_texts(source)]
    out.write_text(lupdate_source(texts), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
