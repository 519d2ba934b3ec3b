"""Every module of the package imports (catches a broken module before a user does)."""

from __future__ import annotations

import importlib
import pkgutil

import pytest

import contactbook

MODULES = sorted(
    info.name
    for info in pkgutil.walk_packages(contactbook.__path__, "contactbook.")
    if ".migrations" not in info.name and info.name != "contactbook.__main__"
)


@pytest.mark.parametrize("name", MODULES)
def test_module_imports(name: str) -> None:
    importlib.import_module(name)
