"""Kept for older imports: :func:`run_modal` lives in :mod:`contactbook.ui.modal`."""

from __future__ import annotations

from contactbook.ui.modal import run_modal

__all__ = ["run_modal"]
