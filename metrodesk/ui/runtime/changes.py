"""What a write changed, broadcast to the views of one window so they refresh from it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class Changes(QObject):
    """Owned by one main window (not global): views connect to it, writers emit on it."""

    #: kind of record ("" when many kinds changed, e.g. sample data loaded), and its id or None
    changed = Signal(str, object)
