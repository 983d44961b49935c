"""Team sync in the window: the Team sync dialog, the status bar, the conflicts inbox."""
