"""A small disk of its own for the disk-full tests (a tmpfs; needs root, as CI runs)."""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest


class SmallDisk:
    """A mounted tmpfs of a few megabytes that a test can fill up."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._filler = 0

    def fill(self, leave: int = 0) -> None:
        """Take up the free space, leaving about ``leave`` bytes (a whole number of pages)."""
        self._filler += 1
        path = self.root / f".filler{self._filler}"
        with path.open("wb") as stream:
            chunk = b"\0" * 65536
            try:
                while self.free() - len(chunk) >= leave:
                    stream.write(chunk)
                    stream.flush()
                while self.free() > leave:
                    stream.write(b"\0" * 4096)
                    stream.flush()
            except OSError as error:
                if error.errno != errno.ENOSPC:
                    raise

    def empty(self) -> None:
        for path in self.root.glob(".filler*"):
            path.unlink()

    def free(self) -> int:
        stats = os.statvfs(self.root)
        return stats.f_bavail * stats.f_frsize

    def files(self) -> set[str]:
        """The names in the disk's top folder other than the filler."""
        return {p.name for p in self.root.iterdir() if not p.name.startswith(".filler")}


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[SmallDisk]:
    """An 8 MB file system of its own; skipped when this process may not mount one."""
    if os.name != "posix" or os.geteuid() != 0:
        pytest.skip("a small file system can only be mounted as root (CI runs as root)")
    root = tmp_path / "small-disk"
    root.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=8m,mode=0700", "tmpfs", str(root)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield SmallDisk(root)
    finally:
        with contextlib.suppress(OSError):
            subprocess.run(["umount", "-l", str(root)], check=False, capture_output=True)
