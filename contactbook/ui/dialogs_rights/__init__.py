"""Dialogs for the rights of the people in the book: erasure, access export, retention, audit."""
