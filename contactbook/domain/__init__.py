"""Pure-Python domain: the contact model and the privacy rules. No Qt, no SQLAlchemy."""
