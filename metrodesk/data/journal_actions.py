"""Writing the journal's devices and actions: what `Database.action` and sync share."""

from __future__ import annotations

import json
import uuid
from collections.abc import Mapping

from sqlalchemy import Connection, func, insert, select, update

from metrodesk.data.journal import JournalDevice, UserAction


def device_ref(conn: Connection, device: uuid.UUID, name: str | None = None) -> int:
    """The small number that stands for `device` in this file, adding the device if new."""
    ref = conn.execute(select(JournalDevice.ref).where(JournalDevice.id == device)).scalar()
    if ref is None:
        result = conn.execute(insert(JournalDevice).values(id=device, name=name or ""))
        return int(result.inserted_primary_key[0])  # type: ignore[index]
    if name:
        conn.execute(
            update(JournalDevice)
            .where(JournalDevice.ref == ref, JournalDevice.name != name)
            .values(name=name)
        )
    return int(ref)


def seen(conn: Connection) -> dict[int, int]:
    """{device ref: its newest action held here}; actions of a device are applied in order,
    so every action of that device up to this number is here."""
    # one probe of the (device, dseq) index per device: a GROUP BY would read every action
    out: dict[int, int] = {}
    for ref in conn.execute(select(JournalDevice.ref)).scalars():
        top = conn.execute(
            select(func.max(UserAction.dseq)).where(UserAction.device_ref == ref)
        ).scalar()
        if top is not None:
            out[int(ref)] = int(top)
    return out


def encode_deps(vector: Mapping[int, int]) -> str | None:
    if not vector:
        return None
    return json.dumps({str(k): v for k, v in sorted(vector.items())}, separators=(",", ":"))


def decode_deps(deps: str | None) -> dict[int, int]:
    if not deps:
        return {}
    return {int(k): int(v) for k, v in json.loads(deps).items()}


def begin_action(
    conn: Connection,
    own_ref: int,
    stamp: int,
    name: str,
    author: str,
    role: str = "do",
    reverts: uuid.UUID | None = None,
) -> tuple[int, uuid.UUID]:
    """Insert a new local action (inside the caller's write transaction): (ref, id).

    Its number follows this device's last one, and it records what this copy had seen of
    the others, so that sync can tell which changes were made without knowing of each other.
    """
    vector = seen(conn)
    dseq = vector.pop(own_ref, 0) + 1
    action_id = uuid.uuid4()
    result = conn.execute(
        insert(UserAction).values(
            id=action_id,
            device_ref=own_ref,
            dseq=dseq,
            hlc=stamp,
            name=name,
            author=author,
            role=role,
            reverts=reverts,
            deps=encode_deps(vector),
        )
    )
    return int(result.inserted_primary_key[0]), action_id  # type: ignore[index]


def finish_action(conn: Connection, ref: int, stamp: int) -> None:
    """Stamp the action as committed now: after all its entries, so the newest action's
    stamp is the newest stamp in the file (the clock continues from it)."""
    conn.execute(update(UserAction).where(UserAction.ref == ref).values(hlc=stamp))


def newest_stamp(conn: Connection) -> int | None:
    """The newest stamp in the journal (on the action index): the clock continues after it."""
    return conn.execute(select(func.max(UserAction.hlc))).scalar()
