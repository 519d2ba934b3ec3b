"""The rights of the people in the book: access export, erasure, objection, retention, audit log."""
