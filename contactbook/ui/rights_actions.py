"""Placeholder, replaced in this session: installs its actions into the main window."""

from __future__ import annotations

from contactbook.ui.main_window import MainWindow


def install_rights_actions(window: MainWindow) -> None:
    """Add this feature's actions to window (nothing yet)."""
    del window
