"""Files the app writes appear whole or not at all.

Each export is written to a temporary file in the target's own folder, flushed to the disk,
and only then renamed over the real name (``os.replace`` is atomic on one file system). When
anything fails halfway (a full disk, a crash, a bug in a writer) the real name still holds
the old file, or nothing, and the temporary file is removed.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

TEMPORARY_SUFFIX = ".part"


@contextlib.contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """Yield a temporary path next to ``target`` for a writer that wants a file name.

    When the ``with`` block ends normally the temporary file is synced to disk and renamed
    to ``target``; when it raises, the temporary file is deleted and ``target`` is untouched.
    """
    target = Path(target).expanduser()
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise FileNotFoundError(2, "the folder does not exist", str(folder))
    handle, name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=TEMPORARY_SUFFIX)
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _sync(temporary)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    _sync_folder(folder)


@contextlib.contextmanager
def atomic_open(
    target: Path,
    mode: str = "w",
    *,
    encoding: str | None = "utf-8",
    newline: str | None = None,
) -> Iterator[IO[Any]]:
    """Like ``open(target, mode)`` for writing, but the file appears whole or not at all.

    ``mode`` is ``"w"`` (text, with ``encoding`` and ``newline``) or ``"wb"`` (bytes).
    """
    if mode not in ("w", "wb"):
        raise ValueError(f"atomic_open writes new files only (mode 'w' or 'wb'), not {mode!r}")
    with atomic_path(target) as temporary:
        if mode == "wb":
            with temporary.open("wb") as binary:
                yield binary
        else:
            with temporary.open("w", encoding=encoding, newline=newline) as text:
                yield text


def _sync(path: Path) -> None:
    # The data must be on the disk before the rename, or a power cut can leave an empty file
    # under the real name.
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible (nor needed) on Windows.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
