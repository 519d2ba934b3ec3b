"""The contacts: the list, the detail pane, editing, triage, consent, duplicates, undo."""
