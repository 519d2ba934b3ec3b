"""``python -m contactbook`` runs the same entry point as the ``contactbook`` command."""

from contactbook.cli import main

raise SystemExit(main())
