"""The parser class of every command, and the error for bad arguments.

Imports nothing of the project, so every command module can use it without an import circle.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, NoReturn


class UsageError(Exception):
    """Bad arguments: reported on one line, exit code 2."""


class Parser(argparse.ArgumentParser):
    """An argument parser that reports an error on one line, and can set itself up late.

    A command's parser is created with only its name and help line (enough for
    ``contactbook --help``); :meth:`set_up_later` names the function that adds its
    arguments, which runs when the parser is first used: when argparse picks the command,
    or when its help or usage is formatted.
    """

    _set_up: Callable[[argparse.ArgumentParser], None] | None = None

    def set_up_later(self, set_up: Callable[[argparse.ArgumentParser], None]) -> None:
        self._set_up = set_up

    def error(self, message: str) -> NoReturn:
        # One line instead of argparse's usage block: scripts and people read the reason.
        raise UsageError(f"{message} (see '{self.prog} --help')")

    def parse_known_args(self, *args: Any, **kwargs: Any) -> Any:
        self._complete()
        return super().parse_known_args(*args, **kwargs)

    def format_help(self) -> str:
        self._complete()
        return super().format_help()

    def format_usage(self) -> str:
        self._complete()
        return super().format_usage()

    def _complete(self) -> None:
        set_up, self._set_up = self._set_up, None
        if set_up is not None:
            set_up(self)
