"""Near-real-time sync with a team server: while the window is open, a `HubWatcher` listens
for other copies' changes (LISTEN/NOTIFY, `services/sync/postgres/notify.py`) and the window
syncs a moment later, instead of waiting for its timer. A folder hub has nothing to listen to.
"""

from __future__ import annotations

import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from metrodesk.services.sync.hubs import is_url

if TYPE_CHECKING:  # psycopg is loaded only for a copy that syncs with a server
    from metrodesk.services.sync.postgres.notify import HubWatcher

#: notifications within this long make one sync
GATHER_MS = 1_500


class ServerWatch(QObject):
    #: another copy sent changes to the server this copy syncs with
    heard = Signal()
    _told = Signal()  # from the watcher's thread, delivered on the window's

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher: HubWatcher | None = None
        self._hub = ""
        self._device: uuid.UUID | None = None
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self.heard)
        self._told.connect(self._gather.start)

    @property
    def listening(self) -> bool:
        return self._watcher is not None and self._watcher.listening

    def follow(self, hub: str, device: str) -> None:
        """Listen to `hub` when it is a team server (again only when it changed)."""
        self._device = uuid.UUID(device) if device else None
        if hub == self._hub and self._watcher is not None:
            return
        self.stop()
        if not is_url(hub):
            return
        from metrodesk.services.sync.postgres.address import AddressError, parse_address
        from metrodesk.services.sync.postgres.notify import HubWatcher
        from metrodesk.services.sync.postgres.passwords import password_for

        try:
            address = parse_address(hub)
        except AddressError:
            return
        self._hub = hub
        self._watcher = HubWatcher(
            address, lambda: password_for(address), lambda: self._device, self._told.emit
        )
        self._watcher.start()

    def stop(self) -> None:
        if self._watcher is not None:
            self._watcher.stop(wait=False)
        self._watcher = None
        self._hub = ""
        self._gather.stop()
