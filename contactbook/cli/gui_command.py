"""``contactbook gui`` (and ``contactbook`` without a command): the window."""

from __future__ import annotations

import argparse
from pathlib import Path


def add_gui_arguments(gui: argparse.ArgumentParser) -> None:
    """``gui [--screenshot FILE.png] [--search TEXT] [--select ID] [--view NAME] [--theme T]``."""
    gui.add_argument(
        "--screenshot", metavar="FILE.png", help="render the window to a PNG file and exit"
    )
    gui.add_argument("--search", metavar="TEXT", default="")
    gui.add_argument("--select", metavar="ID", type=int)
    gui.add_argument(
        "--view", metavar="NAME", help="open on this view of the sidebar (e.g. business, unsorted)"
    )
    gui.add_argument(
        "--theme", choices=["system", "light", "dark"], default="system", help="colour scheme"
    )


def cmd_gui(path: Path, args: argparse.Namespace) -> int:
    """Open the window on the book at ``path``; without the ``gui`` command, with defaults."""
    from contactbook.app import run_gui  # Qt loads only when the window is wanted

    return run_gui(
        path,
        screenshot=Path(args.screenshot) if getattr(args, "screenshot", None) else None,
        search=getattr(args, "search", "") or "",
        select=getattr(args, "select", None),
        view=getattr(args, "view", None),
        theme=getattr(args, "theme", "system"),
        language=args.lang,
    )
