"""The main window and what frames it: menus, sidebar, search, status bar, settings, start-up."""
