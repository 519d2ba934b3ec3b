"""Start-up cost of headless commands: a command loads what it uses, not the whole program."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from contactbook.cli import COMMANDS, main
from contactbook.cli.parser import command_word

# run one command in a fresh interpreter and list the modules it loaded
_PROBE = """
import json, sys
from contactbook.cli import main
try:
    code = main(sys.argv[1:])
except SystemExit as exit:  # --version and --help end in argparse
    code = exit.code
sys.stdout.flush()
print(json.dumps({"code": code, "modules": sorted(sys.modules)}), file=sys.stderr)
"""

_NOT_FOR_LIST = (
    "alembic",  # the book is at the newest revision
    "sqlalchemy",  # an up-to-date book is read with plain sqlite3 (storage/quick_list.py)
    "openpyxl",  # the register's spreadsheet
    "PySide6",  # nothing is drawn
    "smtplib",  # mailings
    "contactbook.cli.register_commands",
    "contactbook.cli.mailing_commands",
    "contactbook.cli.rights_commands",
    "contactbook.cli.interchange_commands",
    "contactbook.cli.duplicate_commands",
)


def loaded_modules(*arguments: str) -> tuple[int, set[str]]:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE, *arguments], capture_output=True, text=True, check=False
    )
    report = json.loads(result.stderr.strip().splitlines()[-1])
    return report["code"], set(report["modules"])


def test_list_with_a_search_loads_neither_alembic_nor_other_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "book.sqlite")
    assert main(["--db", db, "demo", "--contacts", "20"]) == 0
    code, modules = loaded_modules("--db", db, "list", "--search", "a")
    assert code == 0
    assert "contactbook.cli.contact_commands" in modules
    loaded = sorted(
        module
        for module in modules
        for unwanted in _NOT_FOR_LIST
        if module == unwanted or module.startswith(unwanted + ".")
    )
    assert loaded == []


_NOT_FOR_VERSION_OR_HELP = (
    "sqlalchemy",
    "alembic",
    "PySide6",
    "shiboken6",
    "phonenumbers",  # the domain's contacts
    "platformdirs",  # only needed to find the book
    "contactbook.domain",
    "contactbook.storage",
    "contactbook.services",
    "contactbook.interchange",
    "contactbook.cli.contact_commands",
    "contactbook.cli.filters",
    *_NOT_FOR_LIST,
)


def _unwanted(modules: set[str], unwanted: tuple[str, ...]) -> list[str]:
    return sorted(
        module
        for module in modules
        for name in unwanted
        if module == name or module.startswith(name + ".")
    )


@pytest.mark.parametrize("arguments", [["--version"], ["--help"], ["--db", "x.sqlite", "-h"]])
def test_version_and_help_load_no_libraries_and_no_command(arguments: list[str]) -> None:
    code, modules = loaded_modules(*arguments)
    assert code == 0
    assert _unwanted(modules, _NOT_FOR_VERSION_OR_HELP) == []


def test_a_commands_help_loads_that_command_alone() -> None:
    code, modules = loaded_modules("list", "--help")
    assert code == 0
    assert "contactbook.cli.contact_commands" in modules
    assert _unwanted(modules, _NOT_FOR_LIST) == []


@pytest.mark.parametrize(
    "arguments", [["list", "--format", "json"], ["show", "1", "--format", "json"]]
)
def test_json_list_and_show_load_no_qt_and_no_other_command(
    tmp_path: Path, arguments: list[str]
) -> None:
    db = str(tmp_path / "book.sqlite")
    assert main(["--db", db, "demo", "--contacts", "5"]) == 0
    code, modules = loaded_modules("--db", db, *arguments)
    assert code == 0
    # the book is opened the normal way (SQLAlchemy), but not upgraded (an up-to-date book)
    # and nothing of the other commands is loaded
    unwanted = tuple(name for name in _NOT_FOR_LIST if name != "sqlalchemy")
    assert _unwanted(modules, unwanted) == []


def test_every_command_still_runs_its_own_function() -> None:
    # the table of commands names the same functions as before, loaded when they run
    for name, command in COMMANDS.items():
        assert callable(command)
        assert command.__name__.startswith("cmd_"), name


def test_commands_of_other_modules_still_parse_and_show_their_help(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--db", str(tmp_path / "b.sqlite"), "audit", "--help"])
    assert exit_info.value.code == 0
    assert "usage: contactbook audit" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["--help"])
    top_help = capsys.readouterr().out
    for name in ("register", "mailing", "subject", "backup", "restore", "list"):
        assert name in top_help


def test_the_command_word_skips_global_options() -> None:
    assert command_word(["--db", "x.sqlite", "--lang", "nl", "list", "--search", "a"]) == "list"
    assert command_word(["--db=x.sqlite", "audit"]) == "audit"
    assert command_word(["--db", "list"]) is None
    assert command_word([]) is None
