"""What a copy remembers about its team sync, in its own `meta` table (never sent to others)."""

from __future__ import annotations

import os
import socket
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, delete, insert, select

from metrodesk.data.database import Database
from metrodesk.data.journal import Meta

_PREFIX = "sync."


@dataclass(frozen=True)
class SyncState:
    #: the hub, as given: a folder path (or a postgresql:// URL, #13); "" before the first sync
    hub: str = ""
    #: the id the hub gave itself: a different one means a different team, refused
    hub_id: str = ""
    #: this computer's name, as the others see it
    name: str = ""
    #: the last of this copy's actions the hub holds (sent and confirmed)
    pushed: int = 0
    #: the last it ever started to send: above it, the hub holds actions another copy sent
    #: under this copy's id (a copied file, or a backup put back)
    claimed: int = 0
    #: where this file was when it last synced: elsewhere, it is a copy of it
    location: str = ""
    #: ISO time (UTC) of the last sync that completed
    last_sync: str = ""
    #: the id of the team key this copy's files in the hub are all sealed with ("" before)
    sealed: str = ""
    #: the hubs this copy bridges, one per line ("" for an ordinary copy): `bridging.py`
    bridge: str = ""


_FIELDS = {f: f for f in SyncState.__dataclass_fields__}
_INTS = {"pushed", "claimed"}


def read_state(db: Database) -> SyncState:
    with db.engine.connect() as conn:
        return state_of(conn)


def state_of(conn: Connection) -> SyncState:
    rows = conn.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(_PREFIX)))
    values: dict[str, object] = {}
    for key, value in rows:
        name = key[len(_PREFIX) :]
        if name in _FIELDS:
            values[name] = int(value) if name in _INTS else value
    return SyncState(**values)  # type: ignore[arg-type]


def write_state(conn: Connection, **changes: object) -> None:
    """Inside the caller's write transaction."""
    for name, value in changes.items():
        if name not in _FIELDS:
            raise KeyError(name)
        key = _PREFIX + name
        conn.execute(delete(Meta).where(Meta.key == key))
        conn.execute(insert(Meta).values(key=key, value=str(value)))


def location_of(path: Path) -> str:
    """This file's place: the computer, the path and the file's identity on its disk."""
    try:
        inode = os.stat(path).st_ino
    except OSError:
        inode = 0
    return f"{socket.gethostname()}|{path.resolve()}|{inode}"


def follow_rewrite(conn: Any, path: Path, before: str) -> None:
    """The file at `path` was rewritten in place by this copy (protection turned on or off: a
    new file renamed over the old, so a new identity on disk): it is still the same copy, not a
    copy of it, so the place it syncs from follows it. `conn` is a DB-API connection to it."""
    conn.execute(
        "UPDATE meta SET value = ? WHERE key = ? AND value = ?",
        (location_of(path), _PREFIX + "location", before),
    )
    conn.commit()


def default_name() -> str:
    return socket.gethostname() or "this computer"


def schema_of(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() or "")


def new_device_id() -> uuid.UUID:
    return uuid.uuid4()
