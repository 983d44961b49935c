"""Applying other copies' actions: their journal entries go in as they are, then every record
they touch is rebuilt from all of its entries (`merge.fold`) and its conflicts recomputed.

Rebuilding from the whole journal, rather than applying each change to the row as it stands,
is what makes the outcome independent of the order changes arrive in. Rules beyond the fold,
the same on every copy:

- a record deleted for good (purged) stays gone: later changes to it are kept in its history
  and, when made without knowing of the purge, put in the inbox;
- a link to a record that is not there (purged) reads as empty where the link may be empty (a
  meeting's facilitator), and the row holding it is left out where it may not (an e-mail of a
  contact purged elsewhere): the rows that depended on it go with it, as they did on the copy
  that purged it;
- a contact's sort key is recomputed from the merged names.
"""

from __future__ import annotations

import heapq
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlalchemy import JSON, Connection, Select, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from metrodesk.data import search_index
from metrodesk.data.base import Base, Record
from metrodesk.data.clock import stamp_time
from metrodesk.data.journal_actions import decode_deps, device_ref, encode_deps
from metrodesk.data.journal_codec import decode_changes
from metrodesk.data.models import RECORD_CLASSES, Affiliation, Contact
from metrodesk.data.sync_models import SyncConflict
from metrodesk.services.records.crud import contact_sort_key
from metrodesk.services.records.history import from_json
from metrodesk.services.sync import erasures
from metrodesk.services.sync.merge import (
    Conflict,
    Folded,
    Stamped,
    TargetState,
    conflicts,
    fold,
    link_conflicts,
)
from metrodesk.services.sync.wire import WireAction

_BOOKKEEPING = ("created_at", "updated_at", "created_by", "updated_by")

# the statements run for every record rebuilt: written once (SQL text, or SQLAlchemy statements
# with bound parameters that its cache compiles once), not rebuilt per record
_ENTRIES_SQL = (
    "SELECT e.seq, e.hlc, e.op, e.data, a.ref, a.device_ref, a.dseq, a.deps, a.author, d.id "
    "FROM journal_entry e JOIN journal_action a ON a.ref = e.action_ref "
    "JOIN journal_device d ON d.ref = a.device_ref WHERE e.record_id = ?"
)


def table_of(cls: type[Record]) -> Table:
    table = cls.__table__
    assert isinstance(table, Table)
    return table


@cache
def _row_of(cls: type[Record]) -> Select[Any]:
    table = table_of(cls)
    return select(table).where(table.c.id == bindparam("rid"))


@cache
def _deleted_at_of(table: Table) -> Select[Any]:
    return select(table.c.deleted_at).where(table.c.id == bindparam("rid"))


@cache
def _ids_by(table: Table, column: str) -> Select[Any]:
    return select(table.c.id).where(table.c[column] == bindparam("rid"))


_DROP_CONFLICTS = delete(SyncConflict).where(SyncConflict.record_id == bindparam("rid"))


@cache
def _table_order() -> dict[str, int]:
    """Tables parents first: a batch's records are rebuilt in this order."""
    return {t.name: i for i, t in enumerate(Base.metadata.sorted_tables)}


@cache
def set_fields(cls: type[Record]) -> frozenset[str]:
    """List columns (tags): merged as sets."""
    return frozenset(c.key for c in table_of(cls).columns if isinstance(c.type, JSON))


@cache
def _links(cls: type[Record]) -> tuple[tuple[str, Table, bool], ...]:
    """(column, target table, may be empty) of each foreign key of a record kind."""
    out = []
    for column in table_of(cls).columns:
        for fk in column.foreign_keys:
            out.append((str(column.key), fk.column.table, bool(column.nullable)))
    return tuple(out)


@cache
def _referrers(table: Table) -> tuple[tuple[type[Record], str], ...]:
    """(kind, column) of every record column that refers to `table`."""
    out = []
    for cls in RECORD_CLASSES.values():
        for column in table_of(cls).columns:
            if any(fk.column.table is table for fk in column.foreign_keys):
                out.append((cls, str(column.key)))
    return tuple(out)


@cache
def _kind_of_table() -> dict[str, str]:
    return {cls.__tablename__: kind for kind, cls in RECORD_CLASSES.items()}


@dataclass
class ApplyReport:
    actions: int = 0
    duplicates: int = 0
    records: int = 0
    newest_stamp: int = 0


@dataclass
class Rebuilder:
    """Rebuilds records, inside the caller's sync transaction. Without a session (a local
    action's own connection) it only recomputes conflicts."""

    conn: Connection
    session: Session | None = None
    _queue: list[tuple[int, bytes, str]] = field(default_factory=list)
    _queued: set[uuid.UUID] = field(default_factory=set)
    _deps: dict[int, dict[int, int]] = field(default_factory=dict)
    _roots: set[tuple[str, uuid.UUID]] = field(default_factory=set)

    def mark(self, kind: str, record_id: uuid.UUID) -> None:
        cls = RECORD_CLASSES.get(kind)
        if cls is None or record_id in self._queued:
            return
        self._queued.add(record_id)
        order = _table_order()[cls.__tablename__]
        heapq.heappush(self._queue, (order, record_id.bytes, kind))

    def run(self) -> int:
        done = 0
        while self._queue:
            _order, raw, kind = heapq.heappop(self._queue)
            record_id = uuid.UUID(bytes=raw)
            self._queued.discard(record_id)
            self.rebuild(RECORD_CLASSES[kind], record_id)
            done += 1
        self._reindex()
        return done

    # --- reading the journal -------------------------------------------------------------

    def entries(self, record_id: uuid.UUID) -> list[Stamped]:
        rows = self.conn.exec_driver_sql(_ENTRIES_SQL, (record_id.bytes,))
        out = []
        for seq, hlc, op, data, aref, dref, dseq, deps, author, device in rows:
            if aref not in self._deps:
                self._deps[aref] = decode_deps(deps)
            fields = {c.field: (c.old, c.new) for c in decode_changes(op, data)}
            out.append(
                Stamped(seq, hlc, bytes(device), dref, dseq, self._deps[aref], aref, author, op,
                        fields)
            )  # fmt: skip
        return out

    # --- one record ----------------------------------------------------------------------

    def rebuild(self, cls: type[Record], record_id: uuid.UUID) -> None:
        entries = self.entries(record_id)
        folded = fold(entries, set_fields(cls))
        row = self.conn.execute(_row_of(cls), {"rid": record_id}).mappings().first()
        values, targets, exists = self._values(cls, folded)
        if not exists:
            if row is not None:
                self._remove(cls, record_id, row)
        elif row is None:
            self._insert(cls, record_id, folded, values)
        else:
            self._update(cls, record_id, folded, values, row)
        self._own_root(cls, record_id, row, values if exists else None)
        self._write_conflicts(cls, record_id, self._conflicts(cls, entries, folded, targets))

    def _conflicts(
        self,
        cls: type[Record],
        entries: list[Stamped],
        folded: Folded,
        targets: dict[str, TargetState],
    ) -> list[Conflict]:
        found = conflicts(entries, folded, set_fields(cls))
        live = folded.exists and folded.values.get("deleted_at") is None
        return found + link_conflicts(folded, targets, live)

    def refresh_conflicts(self, cls: type[Record], record_id: uuid.UUID) -> None:
        """Recompute a record's conflicts only (its row was written by a local action)."""
        entries = self.entries(record_id)
        folded = fold(entries, set_fields(cls))
        _values, targets, _exists = self._values(cls, folded)
        self._write_conflicts(cls, record_id, self._conflicts(cls, entries, folded, targets))

    def _values(
        self, cls: type[Record], folded: Folded
    ) -> tuple[dict[str, Any], dict[str, TargetState], bool]:
        """The row's columns as Python values, the state of what its links point at (when not
        plainly live), and whether the row exists."""
        exists = folded.exists
        values: dict[str, Any] = {}
        columns = table_of(cls).columns
        for column in columns:
            key = str(column.key)
            if key == "id" or key in _BOOKKEEPING:
                continue
            if key in folded.values:
                values[key] = from_json(cls, key, folded.values[key])
            elif column.default is not None and column.default.is_scalar:
                values[key] = column.default.arg  # type: ignore[attr-defined]
            elif column.default is not None:
                values[key] = column.default.arg(None)  # type: ignore[attr-defined]
            else:
                values[key] = None
        if cls.kind == "contact":
            values["sort_key"] = contact_sort_key(
                values.get("family_name") or "", values.get("given_name") or ""
            )
        targets: dict[str, TargetState] = {}
        for key, table, nullable in _links(cls):
            target = values.get(key)
            if target is None:
                continue
            state = self.conn.execute(_deleted_at_of(table), {"rid": target}).first()
            if state is None:  # not there: deleted for good (or never here)
                targets[key] = self._target_state(target)
                if nullable:
                    values[key] = None
                else:
                    exists = False
            elif state[0] is not None:
                targets[key] = self._target_state(target)
        return values, targets, exists

    def _target_state(self, target: uuid.UUID) -> TargetState:
        folded = fold(self.entries(target), frozenset())
        deletion = folded.winners.get("deleted_at")
        if deletion is not None and folded.values.get("deleted_at") is None:
            deletion = None
        return TargetState(deletion, folded.purged)

    def _insert(
        self, cls: type[Record], record_id: uuid.UUID, folded: Folded, values: dict[str, Any]
    ) -> None:
        created, last = folded.created, folded.last
        assert created is not None and last is not None
        row = dict(values, id=record_id)
        row["created_at"] = _naive(created.hlc)
        row["created_by"] = created.author
        row["updated_at"] = _naive(last.hlc)
        row["updated_by"] = last.author
        self.conn.execute(insert(table_of(cls)).values(**row))

    def _update(
        self,
        cls: type[Record],
        record_id: uuid.UUID,
        folded: Folded,
        values: dict[str, Any],
        row: Any,
    ) -> None:
        changed = {k: v for k, v in values.items() if row[k] != v}
        if not changed:
            return
        last = folded.last
        assert last is not None
        changed["updated_at"] = _naive(last.hlc)
        changed["updated_by"] = last.author
        table = table_of(cls)
        self.conn.execute(update(table).where(table.c.id == record_id).values(**changed))
        if "deleted_at" in changed:
            self._mark_referrers(cls, record_id)

    def _remove(self, cls: type[Record], record_id: uuid.UUID, row: Any) -> None:
        table = table_of(cls)
        self.conn.execute(delete(table).where(table.c.id == record_id))
        self._mark_referrers(cls, record_id)

    def _mark_referrers(self, cls: type[Record], record_id: uuid.UUID) -> None:
        """Rows linking to a record that was deleted, restored or purged: rebuilt next (a link
        may now be a conflict, or have nothing left to point at)."""
        for ref_cls, column in _referrers(table_of(cls)):
            rows = self.conn.execute(_ids_by(table_of(ref_cls), column), {"rid": record_id})
            for (rid,) in rows:
                self.mark(ref_cls.kind, rid)

    # --- the inbox and the search index --------------------------------------------------

    def _write_conflicts(
        self, cls: type[Record], record_id: uuid.UUID, found: list[Conflict]
    ) -> None:
        if found and erasures.touches_erased(self.conn, record_id):
            found = []  # an erased person's: nothing left to choose between, on any copy
        self.conn.execute(_DROP_CONFLICTS, {"rid": record_id})
        rows = []
        for c in found:
            key = f"{record_id.hex}/{c.field}/{c.aside_by.device.hex()}/{c.aside_by.hlc}"
            rows.append(
                {
                    "id": key,
                    "kind": c.kind,
                    "record_kind": cls.kind,
                    "record_id": record_id,
                    "field": c.field,
                    "kept": _json(c.kept),
                    "aside": _json(c.aside),
                    "kept_action": c.kept_by.action_ref if c.kept_by else None,
                    "aside_action": c.aside_by.action_ref,
                    "kept_hlc": c.kept_by.hlc if c.kept_by else None,
                    "aside_hlc": c.aside_by.hlc,
                }
            )
        if rows:
            self.conn.execute(insert(SyncConflict), rows)

    def _own_root(
        self, cls: type[Record], record_id: uuid.UUID, before: Any, after: dict[str, Any] | None
    ) -> None:
        """The record whose search document this one is part of: itself, or (an e-mail, an
        affiliation) its contact, before and after."""
        if cls.search_document is not Record.search_document:
            self._roots.add((cls.kind, record_id))
        elif cls.search_owner is not Record.search_owner:
            for values in (before, after):
                owner = values.get("contact_id") if values is not None else None
                if owner is not None:
                    self._roots.add(("contact", owner))

    def _reindex(self) -> None:
        """The search documents of the records touched, read a kind at a time (a contact's
        with its e-mails and organisations in the same reads)."""
        if self.session is None:
            return
        by_kind: dict[str, list[uuid.UUID]] = {}
        for kind, record_id in self._roots:
            by_kind.setdefault(kind, []).append(record_id)
        live, gone = [], []
        for kind, ids in by_kind.items():
            found = {rec.id: rec for rec in self._load(kind, ids)}
            for record_id in ids:
                rec = found.get(record_id)
                doc = rec.search_document() if rec is not None else None
                if rec is not None and rec.deleted_at is None and doc is not None:
                    live.append((kind, record_id.hex, doc[0], doc[1]))
                else:
                    gone.append(record_id.hex)
        search_index.write_documents(self.conn, live)
        search_index.remove_documents(self.conn, gone)
        self._roots.clear()

    def _load(self, kind: str, ids: list[uuid.UUID]) -> list[Record]:
        assert self.session is not None
        cls = RECORD_CLASSES[kind]
        out: list[Record] = []
        for start in range(0, len(ids), 500):
            stmt = select(cls).where(cls.id.in_(ids[start : start + 500]))
            if cls is Contact:
                stmt = stmt.options(
                    selectinload(Contact.emails),
                    selectinload(Contact.affiliations).selectinload(Affiliation.organisation),
                )
            stmt = stmt.execution_options(populate_existing=True)
            out += self.session.scalars(stmt).all()
        return out


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _naive(stamp: int) -> Any:
    return stamp_time(stamp).replace(tzinfo=None)


class Journal:
    """Adds other copies' actions to this copy's journal (inside a sync transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._refs: dict[uuid.UUID, int] = {}

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    def ref(self, device: uuid.UUID, name: str | None = None) -> int:
        if device not in self._refs or name:
            self._refs[device] = device_ref(self.conn, device, name)
        return self._refs[device]

    def add(self, action: WireAction, rebuilder: Rebuilder) -> bool:
        """Journal one action and mark its records for rebuilding; False when it was here."""
        dev = self.ref(action.device)
        conn = self.conn
        if conn.exec_driver_sql(_HELD_SQL, (dev, action.dseq)).first() is not None:
            return False
        action_id = action.id
        if conn.exec_driver_sql(_KNOWN_SQL, (action_id.bytes,)).first() is not None:
            # the same action under another number (a copy that changed its identity while
            # sending): its place in that device's order is kept, its entries are not doubled
            action_id = uuid.uuid5(action.device, str(action.dseq))
            action.entries = []
        deps = encode_deps({self.ref(d): n for d, n in action.deps.items()})
        reverts = action.reverts.bytes if action.reverts else None
        result = conn.exec_driver_sql(
            _ACTION_SQL,
            (action_id.bytes, dev, action.dseq, action.hlc, action.name, action.author,
             action.role, reverts, deps),
        )  # fmt: skip
        ref = result.lastrowid
        if action.entries:
            conn.exec_driver_sql(
                _ENTRY_SQL,
                [(ref, e.hlc, e.kind, e.record_id.bytes, e.op, e.data) for e in action.entries],
            )
        for e in action.entries:
            rebuilder.mark(e.kind, e.record_id)
        return True


_HELD_SQL = "SELECT ref FROM journal_action WHERE device_ref = ? AND dseq = ?"
_KNOWN_SQL = "SELECT ref FROM journal_action WHERE id = ?"
_ACTION_SQL = (
    "INSERT INTO journal_action (id, device_ref, dseq, hlc, name, author, role, reverts, deps) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ENTRY_SQL = (
    "INSERT INTO journal_entry (action_ref, hlc, record_kind, record_id, op, data) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)


def refresh_inbox(conn: Connection, _written: object = None) -> None:
    """Recompute the conflicts of every record in the inbox (after a local action: an edit
    made knowing of a conflict settles it). The inbox is small; an empty one costs a probe."""
    held = conn.execute(select(SyncConflict.record_kind, SyncConflict.record_id).distinct()).all()
    if not held:
        return
    rebuilder = Rebuilder(conn)
    for kind, record_id in held:
        cls = RECORD_CLASSES.get(kind)
        if cls is not None:
            rebuilder.refresh_conflicts(cls, record_id)


def apply_actions(session: Session, actions: Iterable[WireAction]) -> ApplyReport:
    """Journal `actions` (in an order where each follows what it depends on) and rebuild what
    they touched, in the caller's sync transaction."""
    report = ApplyReport()
    journal = Journal(session)
    rebuilder = Rebuilder(session.connection(), session)
    for action in actions:
        if journal.add(action, rebuilder):
            report.actions += 1
            report.newest_stamp = max(report.newest_stamp, action.hlc)
        else:
            report.duplicates += 1
    report.records = rebuilder.run()
    return report
