"""Writes the change journal from inside every flush, so no ORM write can bypass it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session, attributes

from metrodesk.data.base import Record, utcnow
from metrodesk.data.clock import HybridClock
from metrodesk.data.journal import JournalEntry
from metrodesk.data.journal_codec import encode_created, encode_pairs, to_json

__all__ = ["WriteContext", "WriteOutsideAction", "before_flush", "journaled_columns", "to_json"]


class WriteOutsideAction(RuntimeError):
    """A flush with changes but no user action: it would be missing from the journal."""


@dataclass(frozen=True)
class WriteContext:
    action_ref: int
    author: str
    clock: HybridClock


def journaled_columns(cls: type[Record]) -> list[str]:
    return [c.key for c in inspect(cls).column_attrs if c.key not in cls.unjournaled]


def _entry(ctx: WriteContext, rec: Record, op: str, data: str | None) -> JournalEntry:
    return JournalEntry(
        action_ref=ctx.action_ref,
        hlc=ctx.clock.now(),
        record_kind=rec.kind,
        record_id=rec.id,
        op=op,
        data=data,
    )


def _sync_foreign_keys(rec: Record) -> None:
    """Copy ids from many-to-one relationships into the key columns now, not at flush time,
    so that the journal sees `contact_id` when only `email.contact = contact` was set."""
    state = inspect(rec)
    for rel in state.mapper.relationships:
        if rel.direction.name != "MANYTOONE" or rel.key not in state.dict:
            continue
        target = state.dict[rel.key]
        if target is None:
            continue
        if target.id is None:
            target.id = uuid.uuid4()
        for local, remote in rel.local_remote_pairs:
            local_key, remote_key = str(local.key), str(remote.key)
            if getattr(rec, local_key) != getattr(target, remote_key):
                setattr(rec, local_key, getattr(target, remote_key))


def _created(ctx: WriteContext, rec: Record) -> JournalEntry:
    """One entry holding every journaled field of the new record (its id is the entry's)."""
    now = utcnow()
    rec.created_at = rec.created_at or now
    rec.updated_at = now
    rec.created_by = rec.updated_by = ctx.author
    columns = inspect(type(rec)).columns
    values: dict[str, Any] = {}
    for key in journaled_columns(type(rec)):
        value = getattr(rec, key)
        default = columns[key].default
        if value is None and default is not None:
            # apply the column default now, so the journal holds what the row will hold
            value = default.arg if default.is_scalar else default.arg(None)  # type: ignore[attr-defined]
            setattr(rec, key, value)
        if key != "id":
            values[key] = to_json(value)
    return _entry(ctx, rec, "create", encode_created(values))


def _updated(ctx: WriteContext, rec: Record) -> JournalEntry | None:
    """One entry with the changed fields, old and new; a deletion or restore says so."""
    pairs: dict[str, tuple[Any, Any]] = {}
    for key in journaled_columns(type(rec)):
        hist = attributes.get_history(rec, key)
        if not hist.has_changes():
            continue
        old = hist.deleted[0] if hist.deleted else None
        new = hist.added[0] if hist.added else None
        if old == new:
            continue
        pairs[key] = (to_json(old), to_json(new))
    if not pairs:
        return None
    op = "update"
    if "deleted_at" in pairs:
        op = "delete" if pairs["deleted_at"][1] is not None else "restore"
    rec.updated_at = utcnow()
    rec.updated_by = ctx.author
    return _entry(ctx, rec, op, encode_pairs(pairs))


def _search_root(rec: Record) -> Record | None:
    if type(rec).search_document is not Record.search_document:
        return rec
    return rec.search_owner()


def before_flush(session: Session, _ctx: object, _instances: object) -> None:
    records = [o for o in (*session.new, *session.dirty, *session.deleted) if isinstance(o, Record)]
    if not records:
        return
    ctx: WriteContext | None = session.info.get("write")
    if ctx is None:
        raise WriteOutsideAction("every write must belong to a user action")
    entries: list[JournalEntry] = []
    touched: set[Record] = session.info.setdefault("touched", set())
    for rec in records:
        if rec.id is None:
            rec.id = uuid.uuid4()
    for rec in records:
        _sync_foreign_keys(rec)
    for rec in session.new:
        if isinstance(rec, Record):
            entries.append(_created(ctx, rec))
    for rec in session.dirty:
        if isinstance(rec, Record) and session.is_modified(rec):
            entry = _updated(ctx, rec)
            if entry is not None:
                entries.append(entry)
    for rec in session.deleted:
        if isinstance(rec, Record):
            entries.append(_entry(ctx, rec, "purge", None))
    journaled: set[tuple[str, uuid.UUID]] = session.info.setdefault("journaled", set())
    for rec in records:
        journaled.add((rec.kind, rec.id))
        root = _search_root(rec)
        if root is not None:
            touched.add(root)
    session.add_all(entries)
