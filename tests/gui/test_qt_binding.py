"""The installed Qt binding must not corrupt the interpreter (PySide6 6.12.0 on Python 3.11)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QPointF


def test_void_qt_calls_do_not_steal_references_to_none() -> None:
    point = QPointF()
    before = sys.getrefcount(None)
    for _ in range(1000):
        point.setX(1.0)
    # a leaking binding loses one reference per call; a little noise from elsewhere is fine
    assert sys.getrefcount(None) > before - 100
