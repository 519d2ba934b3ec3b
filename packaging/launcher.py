"""The bundle's entry point: the contactbook command line (no arguments: the window)."""

import sys

from contactbook.cli import main

if __name__ == "__main__":
    sys.exit(main())
