"""What a write changed, broadcast to the views of one window so they refresh from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    """Owned by one main window (not global): views connect to it; the window's runner emits
    on it after every write, with the `ChangeSet` the journal holds for that write."""

    #: a services.records.changes.ChangeSet, never empty
    changed = Signal(object)
