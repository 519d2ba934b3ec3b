"""Dialogs of the window that belong to one feature each (register, export, …)."""
