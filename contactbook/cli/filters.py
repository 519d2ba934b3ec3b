"""The filter options of the commands that work on a set of contacts (CLI.md, Filters)."""

from __future__ import annotations

import argparse

from contactbook.domain.contact_query import ContactFilter
from contactbook.domain.enums import LegalBasis, Scope


def add_filters(parser: argparse.ArgumentParser) -> None:
    """``--scope --basis --search --activity --category --id``, as one group of the help."""
    group = parser.add_argument_group("filters")
    group.add_argument("--scope", choices=[s.value for s in Scope])
    group.add_argument("--basis", choices=[b.value for b in LegalBasis])
    group.add_argument("--search", metavar="TEXT", default="")
    group.add_argument("--activity", metavar="NAME")
    group.add_argument("--category", metavar="NAME")
    group.add_argument("--id", type=int, action="append", dest="ids", metavar="ID")


def contact_filter(args: argparse.Namespace) -> ContactFilter:
    """The contacts the filter options of :func:`add_filters` choose."""
    return ContactFilter(
        scope=Scope(args.scope) if args.scope else None,
        basis=LegalBasis(args.basis) if args.basis else None,
        search=args.search or "",
        category=args.category,
        activity=args.activity,
        ids=tuple(args.ids or ()),
    )
