"""ui/ is laid out by feature: each module in a feature package (or the shell, or the shared
widgets), each of them using Qt, nothing left at the top but the translations."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parent.parent / "contactbook" / "ui"
PACKAGES = {"shell", "widgets", "contacts", "importing", "mailing", "register", "rights"}
TOP_LEVEL = {"__init__.py", "translations.py"}


def _modules() -> list[Path]:
    return sorted(path for path in UI.rglob("*.py") if "__pycache__" not in path.parts)


def test_every_module_lives_in_a_feature_package() -> None:
    misplaced = [
        str(path.relative_to(UI))
        for path in _modules()
        if not (path.parent == UI and path.name in TOP_LEVEL)
        and not (path.parent.parent == UI and path.parent.name in PACKAGES)
    ]
    assert misplaced == []
    assert {p.name for p in UI.iterdir() if p.is_dir() and p.name != "__pycache__"} == PACKAGES


def test_every_module_of_ui_uses_qt() -> None:
    """What needs no Qt belongs below the ui (services, domain, interchange)."""
    qt_free = []
    for path in _modules():
        if path.name == "__init__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {
            node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
        } | {
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        }
        if not any(name.startswith("PySide6") for name in imported):
            qt_free.append(str(path.relative_to(UI)))
    assert qt_free == []
