"""Processing activities (the Art. 30 register's entries): listed, added, changed."""

from __future__ import annotations

from contactbook.domain.activity import ProcessingActivity
from contactbook.services.book import Book


def list_activities(book: Book, *, include_archived: bool = True) -> list[ProcessingActivity]:
    """The activities by name."""
    return book.activities.list(include_archived=include_archived)


def active_activity_names(book: Book) -> list[str]:
    """The names of the activities that are not archived, by name (for choosing one)."""
    return [activity.name for activity in book.activities.list(include_archived=False)]


def get_activity(book: Book, name: str) -> ProcessingActivity:
    """The activity named ``name``; raises ``NotFoundError`` when there is none."""
    return book.activities.get(name)


def add_activity(book: Book, activity: ProcessingActivity) -> ProcessingActivity:
    """Store a new activity (audited); ``ConflictError`` when the name is taken."""
    return book.activities.add(activity)


def update_activity(book: Book, activity: ProcessingActivity) -> ProcessingActivity:
    """Save a changed activity (audited); ``ConflictError`` when renamed to a taken name."""
    return book.activities.update(activity)


def activity_contact_counts(book: Book) -> dict[str, int]:
    """How many contacts each activity is linked to, by name."""
    return book.activities.contact_counts()
