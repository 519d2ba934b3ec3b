"""The window, the command line and app.py reach the book through the services only.

import-linter forbids them to import ``contactbook.storage`` (pyproject.toml); this catches
what it cannot see: the repositories an open ``Book`` holds, used directly
(``book.contacts.get(…)``), and SQLite's or SQLAlchemy's own errors caught outside storage.
"""

from __future__ import annotations

import ast
from pathlib import Path

import contactbook

PACKAGE = Path(contactbook.__file__).parent
# The storage objects a services.book.Book holds; the services use them, nothing above.
REPOSITORIES = {
    "contacts",
    "activities",
    "consent",
    "settings",
    "suppression",
    "mailings",
    "imports",
    "database",
}
# Outside storage, only the services layer may name them (the storage's own errors are
# re-raised as contactbook.domain.errors).
ERROR_MODULES = ("sqlite3", "sqlalchemy")


def outer_sources() -> list[Path]:
    return [
        *sorted((PACKAGE / "ui").rglob("*.py")),
        *sorted((PACKAGE / "cli").rglob("*.py")),
        PACKAGE / "app.py",
    ]


def _owner_name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def repository_uses(text: str) -> list[str]:
    """``line .repository`` for each use of a repository of something called ``…book``."""
    return [
        f"{node.lineno} .{node.attr}"
        for node in ast.walk(ast.parse(text))
        if isinstance(node, ast.Attribute)
        and node.attr in REPOSITORIES
        and _owner_name(node.value).lstrip("_").endswith("book")
    ]


def storage_errors_caught(source: Path) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ExceptHandler) and node.type is not None:
            text = ast.unparse(node.type)
            if any(module in text for module in ERROR_MODULES):
                found.append(f"{source.relative_to(PACKAGE)}:{node.lineno} {text}")
    return found


def test_the_window_cli_and_app_use_no_repository_of_the_book() -> None:
    found = [
        f"{source.relative_to(PACKAGE)}:{use}"
        for source in outer_sources()
        for use in repository_uses(source.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_no_sqlite_or_sqlalchemy_error_is_caught_outside_storage() -> None:
    sources = [*outer_sources(), *sorted((PACKAGE / "services").rglob("*.py"))]
    assert [found for source in sources for found in storage_errors_caught(source)] == []


def test_the_check_sees_a_repository_call() -> None:
    sample = "def f(window, self):\n    return window.book.contacts.get(1), self._book.consent\n"
    assert sorted(repository_uses(sample)) == ["2 .consent", "2 .contacts"]
    assert repository_uses("settings = self._settings.value('x')\n") == []
