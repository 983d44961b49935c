"""This copy's own actions, read from its journal for sending."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from metrodesk.data.journal import JournalDevice, UserAction
from metrodesk.data.journal_actions import decode_deps
from metrodesk.services.sync.wire import WireAction, WireEntry

#: a change set closes after the action that takes it past this many entries (one action is
#: never split: it arrives whole or not at all)
ENTRIES_PER_CHANGE_SET = 50_000


def device_ids(conn: Connection) -> dict[int, uuid.UUID]:
    return {ref: dev for ref, dev in conn.execute(select(JournalDevice.ref, JournalDevice.id))}


def device_names(conn: Connection) -> dict[uuid.UUID, str]:
    rows = conn.execute(select(JournalDevice.id, JournalDevice.name))
    return {dev: name for dev, name in rows if name}


_ACTION_COLUMNS = (
    UserAction.ref,
    UserAction.id,
    UserAction.device_ref,
    UserAction.dseq,
    UserAction.hlc,
    UserAction.name,
    UserAction.author,
    UserAction.role,
    UserAction.reverts,
    UserAction.deps,
)


def wire_action(row: Any, ids: dict[int, uuid.UUID]) -> WireAction:
    """A row of `_ACTION_COLUMNS` as it travels (without its entries)."""
    _ref, aid, dref, dseq, hlc, name, author, role, reverts, deps = row
    return WireAction(
        id=aid,
        device=ids[dref],
        dseq=dseq,
        hlc=hlc,
        name=name,
        author=author,
        role=role,
        reverts=reverts,
        deps={ids[ref]: n for ref, n in decode_deps(deps).items()},
    )


_ENTRIES_SQL = (
    "SELECT action_ref, hlc, record_kind, record_id, op, data FROM journal_entry "
    "WHERE action_ref BETWEEN ? AND ? ORDER BY seq"
)


def _entries(conn: Connection, refs: list[int]) -> dict[int, list[WireEntry]]:
    """The entries of the actions `refs` (in one read of their range of the journal)."""
    out: dict[int, list[WireEntry]] = {ref: [] for ref in refs}
    rows = conn.exec_driver_sql(_ENTRIES_SQL, (min(refs), max(refs)))
    for aref, hlc, kind, rid, op, data in rows:
        held = out.get(aref)
        if held is not None:
            held.append(WireEntry(hlc, kind, uuid.UUID(bytes=bytes(rid)), op, data))
    return out


def pending(conn: Connection, own_ref: int, after: int) -> Iterator[list[WireAction]]:
    """This copy's actions numbered above `after`, in order, grouped into change sets."""
    ids = device_ids(conn)
    actions = conn.execute(
        select(*_ACTION_COLUMNS)
        .where(UserAction.device_ref == own_ref, UserAction.dseq > after)
        .order_by(UserAction.dseq)
    ).all()
    batch: list[WireAction] = []
    size = 0
    for start in range(0, len(actions), 200):
        chunk = actions[start : start + 200]
        entries = _entries(conn, [row[0] for row in chunk])
        for row in chunk:
            wire = wire_action(row, ids)
            wire.entries = entries[row[0]]
            batch.append(wire)
            size += len(wire.entries) + 1
            if size >= ENTRIES_PER_CHANGE_SET:
                yield batch
                batch, size = [], 0
    if batch:
        yield batch
