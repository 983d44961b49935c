"""Near-real-time sync: a copy online is told by the server when another copy sent changes.

Each change set (and erasure record) added to the hub notifies the channel `metrodesk_hub`
with the id of the copy that sent it (`layout.py`). A `HubWatcher` keeps one connection of its
own listening on a thread of its own and calls `changed()` when another copy sent something;
a burst of notifications (a long push is several change sets) is gathered into one call. The
server pushes; the watcher never asks it anything while listening.

A notification is only a hint: one missed while the connection was down is made good by
calling `changed()` each time the connection is made again, and the app still syncs on its
timer. When the server cannot be reached, the watcher waits before trying again, longer each
time (up to `RETRY_MAX`), and says nothing: the next sync reports the problem.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections.abc import Callable

import psycopg

from metrodesk.services.sync.postgres.address import HubAddress
from metrodesk.services.sync.postgres.connect import HubConnectError, connect
from metrodesk.services.sync.postgres.layout import CHANNEL

#: how often the listening thread looks at its stop flag (no server round trip)
WAKE = 1.0
#: notifications arriving within this many seconds of the first make one call
SETTLE = 0.3
RETRY_FIRST, RETRY_MAX = 5.0, 300.0

_log = logging.getLogger(__name__)


class HubWatcher:
    def __init__(
        self,
        address: HubAddress,
        password: str | Callable[[], str | None] | None,
        own_device: Callable[[], uuid.UUID | None],
        changed: Callable[[], None],
    ) -> None:
        self.address = address
        self._password = password
        self._own = own_device
        self._changed = changed
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        #: True while a listening connection is open (for the status bar)
        self.listening = False

    def start(self) -> None:
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="metrodesk-hub-watch", daemon=True)
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        self._stop.set()
        if wait and self._thread is not None:
            self._thread.join(timeout=WAKE * 5)
        self._thread = None

    def _run(self) -> None:
        failures = 0
        while not self._stop.is_set():
            try:
                self._listen()
            except (HubConnectError, psycopg.Error) as exc:
                _log.info("team server watch: %s", type(exc).__name__)
            finally:
                failures = 0 if self.listening else failures + 1
                self.listening = False
            delay = min(RETRY_FIRST * 2 ** max(failures - 1, 0), RETRY_MAX)
            if self._stop.wait(delay):
                return

    def _listen(self) -> None:
        # a callable is asked on this thread at each connection (a keychain may be slow)
        password = self._password() if callable(self._password) else self._password
        conn = connect(self.address, password, autocommit=True)
        try:
            conn.execute(f"LISTEN {CHANNEL}")
            self.listening = True
            self._tell()  # what came while nobody listened
            while not self._stop.is_set():
                if self._others(conn, WAKE):
                    list(conn.notifies(timeout=SETTLE))  # the rest of a burst
                    self._tell()
        finally:
            conn.close()

    def _others(self, conn: psycopg.Connection, seconds: float) -> bool:
        """Whether another copy's notification arrived within `seconds` (returns at once)."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            notes = list(conn.notifies(timeout=left, stop_after=1))
            if not notes:
                return False
            if any(not self._from_here(n.payload) for n in notes):
                return True
        return False

    def _from_here(self, payload: str) -> bool:
        own = self._own()
        try:
            return own is not None and uuid.UUID(payload) == own
        except ValueError:
            return False  # not ours to read: a hint all the same

    def _tell(self) -> None:
        try:
            self._changed()
        except Exception:  # the app's handler must not end the watch
            _log.exception("team server watch: the handler failed")
