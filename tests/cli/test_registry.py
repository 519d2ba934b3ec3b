"""The registry of commands: each command declared once, set up and run from its own module."""

from __future__ import annotations

import argparse
import ast
import importlib
import subprocess
import sys
from pathlib import Path

import pytest

from contactbook.cli import COMMANDS, main
from contactbook.cli.arguments import Parser, UsageError
from contactbook.cli.interchange_commands import add_import_arguments
from contactbook.cli.parser import build_parser
from contactbook.cli.registry import COMMAND_SPECS, COMMANDS_BY_NAME, CommandSpec

CLI = Path(__file__).parents[2] / "contactbook" / "cli"


def _project_imports(module_file: Path) -> set[str]:
    """The modules of the project a source file imports at its top level."""
    tree = ast.parse(module_file.read_text(encoding="utf-8"))
    found = set()
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.split(".")[0] == "contactbook"}


def test_the_parser_modules_import_no_command_module() -> None:
    # no import circle between the parser and the command modules, as there was before
    assert _project_imports(CLI / "arguments.py") == set()
    assert _project_imports(CLI / "registry.py") == {"contactbook.cli.arguments"}
    assert _project_imports(CLI / "parser.py") == {
        "contactbook",
        "contactbook.cli.arguments",
        "contactbook.cli.registry",
    }


def test_no_command_module_imports_the_parser_module() -> None:
    for module_file in CLI.glob("*_command*.py"):
        assert "contactbook.cli.parser" not in _project_imports(module_file), module_file.name


@pytest.mark.parametrize("spec", COMMAND_SPECS, ids=lambda spec: spec.name)
def test_each_command_names_functions_that_exist(spec: CommandSpec) -> None:
    module = importlib.import_module(spec.module)
    assert callable(getattr(module, spec.set_up))
    assert callable(getattr(module, spec.handler))
    assert spec.handler.startswith("cmd_")


@pytest.mark.parametrize("module", sorted({spec.module for spec in COMMAND_SPECS}))
def test_each_command_module_imports_first_in_a_fresh_interpreter(module: str) -> None:
    # an import circle shows when a command module is the first one imported
    result = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
    assert result.returncode == 0, result.stderr.decode()


def test_the_names_are_unique_and_the_book_commands_are_the_command_table() -> None:
    names = [spec.name for spec in COMMAND_SPECS]
    assert len(names) == len(set(names)) == len(COMMANDS_BY_NAME)
    assert set(COMMANDS) == {spec.name for spec in COMMAND_SPECS if spec.opens_book}
    assert {spec.name for spec in COMMAND_SPECS if not spec.opens_book} == {"gui", "restore"}


def test_the_help_lists_every_command_with_its_help_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    shown = " ".join(capsys.readouterr().out.split())  # argparse wraps long help lines
    for spec in COMMAND_SPECS:
        assert f" {spec.name} {spec.help} " in shown, spec.name


def test_a_command_is_set_up_when_argparse_picks_it() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    show = commands.choices["show"]
    listing = commands.choices["list"]
    assert [a.dest for a in show._actions] == ["help"]  # only its help line so far
    args = parser.parse_args(["show", "12", "--format", "json"])
    assert (args.command, args.id, args.format) == ("show", 12, "json")
    assert "id" in [a.dest for a in show._actions]
    assert [a.dest for a in listing._actions] == ["help"]  # not picked: not set up


def test_a_commands_help_sets_it_up() -> None:
    parser = build_parser()
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert "--contacts N" in commands.choices["demo"].format_help()


def test_errors_in_a_late_set_up_command_are_one_line_usage_errors() -> None:
    with pytest.raises(UsageError, match=r"required: ID \(see 'contactbook show --help'\)"):
        build_parser().parse_args(["show"])


def test_the_import_parser_is_a_plain_function_to_extend() -> None:
    parser = Parser(prog="contactbook import")
    add_import_arguments(parser)
    args = parser.parse_args(["a.vcf", "b.vcf", "--scope", "suggested", "--dry-run"])
    assert (args.files, args.scope, args.dry_run) == (["a.vcf", "b.vcf"], "suggested", True)
    assert args.activity == []
    assert args.force is False
