"""This copy's own actions, read from its journal for sending."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Connection, select

from metrodesk.data.journal import JournalDevice, JournalEntry, UserAction
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


def entries_of(conn: Connection, action_ref: int) -> list[WireEntry]:
    rows = conn.execute(
        select(
            JournalEntry.hlc,
            JournalEntry.record_kind,
            JournalEntry.record_id,
            JournalEntry.op,
            JournalEntry.data,
        )
        .where(JournalEntry.action_ref == action_ref)
        .order_by(JournalEntry.seq)
    )
    return [WireEntry(*row) for row in rows]


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
    for row in actions:
        wire = wire_action(row, ids)
        wire.entries = entries_of(conn, row[0])
        batch.append(wire)
        size += len(wire.entries) + 1
        if size >= ENTRIES_PER_CHANGE_SET:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch
