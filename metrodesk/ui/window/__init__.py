"""The main window, its sections, the global search, the welcome page, look and formatting."""
