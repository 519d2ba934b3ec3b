"""Run the command line and report its own peak memory: ``python -m tests.reliability.measured_cli
PEAK_FILE ARGS…`` writes the process's VmHWM (peak resident memory, kB) to PEAK_FILE at the end.

Measured inside the process because the peak a parent gets from ``wait4`` starts at the
parent's own size when it forked (Linux copies the high-water mark).
"""

from __future__ import annotations

import sys
from pathlib import Path

from contactbook.cli import main


def peak_kilobytes() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


if __name__ == "__main__":
    code = main(sys.argv[2:])
    Path(sys.argv[1]).write_text(str(peak_kilobytes()))
    sys.exit(code)
