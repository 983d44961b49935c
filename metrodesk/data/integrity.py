"""SQLite's `quick_check` of a whole file, on a connection of its own, that another thread can
stop (closing the database)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from metrodesk.data.crypto.driver import DATABASE_ERRORS, DRIVER_ERRORS, OPERATIONAL_ERRORS, connect
from metrodesk.data.engine import lenient_text
from metrodesk.data.errors import DamagedDatabase
from metrodesk.data.files import read_only_uri
from metrodesk.i18n import tr


class Interrupter:
    """Stops a running check from another thread (closing the database) with SQLite's own
    `interrupt()`. Not a progress handler: that calls Python, so takes the GIL thousands of
    times per GB checked, and beside a busy UI thread the check crawled."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._stopped = False

    def attach(self, conn: sqlite3.Connection | None) -> None:
        with self._lock:
            self._conn = conn
            if conn is not None and self._stopped:
                conn.interrupt()

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._conn is not None:
                self._conn.interrupt()


def quick_check(path: Path, key: bytes | None, stopper: Interrupter | None = None) -> bool:
    """SQLite's `quick_check`, which reads every page; False when `stopper` stopped it before
    the end, True when it passed; raises DamagedDatabase."""
    try:
        conn = connect(read_only_uri(path), key, uri=True)
    except DRIVER_ERRORS as exc:
        raise DamagedDatabase(
            tr("{name} cannot be opened ({reason})").format(name=path.name, reason=exc)
        ) from exc
    conn.text_factory = lenient_text  # quick_check quotes damaged rows, bytes and all
    if stopper is not None:
        stopper.attach(conn)
    try:
        try:
            verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        except OPERATIONAL_ERRORS as exc:
            if "interrupted" not in str(exc):
                raise
            return False
    except UnicodeDecodeError as exc:  # SQLite's own report quotes bytes that are not text
        raise DamagedDatabase(
            tr("{name} is damaged (unreadable text in a check report)").format(name=path.name)
        ) from exc
    except DATABASE_ERRORS as exc:
        raise DamagedDatabase(
            tr("{name} is damaged and cannot be read ({reason})").format(name=path.name, reason=exc)
        ) from exc
    finally:
        if stopper is not None:
            stopper.attach(None)
        conn.close()
    if verdict != "ok":
        raise DamagedDatabase(
            tr("{name} is damaged: {problem}").format(name=path.name, problem=verdict)
        )
    return True
