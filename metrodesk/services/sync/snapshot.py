"""Snapshots: a copy's whole data and journal, for a new copy to join from in one go.

A snapshot is a stream of JSON lines cut into chunks of about `CHUNK_BYTES`, each compressed
and sealed on its own (`wire.seal`), so neither writing nor reading holds it all in memory.
Lines: `H` the header, `D` a device, `A` an action, `E` a journal entry, `T` a table's columns
followed by its rows `R`, `C` an inbox row, `S` a search document. Values are the stored ones
(ids of the journal in hex), so a copy at the same schema loads them as they are.

An empty copy loads a snapshot straight into its tables (`load_into_empty`); a copy that holds
data of its own takes the snapshot's actions instead (`actions_of`) and merges them like any
change set.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from sqlalchemy import Connection

from metrodesk.data.journal_actions import decode_deps, device_ref, encode_deps
from metrodesk.data.models import Base
from metrodesk.services.sync.transport import FORMAT
from metrodesk.services.sync.wire import WireAction, WireEntry, WireError

CHUNK_BYTES = 4 << 20
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_JOURNAL = ("journal_device", "journal_action", "journal_entry", "sync_conflict", "search_doc")


def record_tables() -> list[str]:
    """Every table of records, parents first (the journal and the inbox have lines of their
    own; meta and the schema version are the copy's own)."""
    skip = {*_JOURNAL, "meta", "alembic_version"}
    return [t.name for t in Base.metadata.sorted_tables if t.name not in skip]


def _raw(value: Any) -> Any:
    return {"$b": value.hex()} if isinstance(value, bytes | memoryview) else value


def _unraw(value: Any) -> Any:
    return bytes.fromhex(value["$b"]) if isinstance(value, dict) else value


def _lines(conn: Connection, schema: str) -> Iterator[str]:
    yield "H\t" + _dumps({"format": FORMAT, "schema": schema})
    for ref, dev, name in conn.exec_driver_sql("SELECT ref, id, name FROM journal_device"):
        yield "D\t" + _dumps([ref, bytes(dev).hex(), name])
    actions = conn.exec_driver_sql(
        "SELECT ref, id, device_ref, dseq, hlc, name, author, role, reverts, deps "
        "FROM journal_action ORDER BY ref"
    )
    for ref, aid, dref, dseq, hlc, name, author, role, reverts, deps in actions:
        rev = bytes(reverts).hex() if reverts else None
        row = [ref, bytes(aid).hex(), dref, dseq, hlc, name, author, role, rev, deps]
        yield "A\t" + _dumps(row)
    entries = conn.exec_driver_sql(
        "SELECT action_ref, hlc, record_kind, record_id, op, data FROM journal_entry ORDER BY seq"
    )
    for aref, hlc, kind, rid, op, data in entries:
        yield "E\t" + _dumps([aref, hlc, kind, bytes(rid).hex(), op, data])
    for table in record_tables():
        cursor = conn.exec_driver_sql(f"SELECT * FROM {table}")  # names from our own schema
        yield "T\t" + _dumps([table, [d[0] for d in cursor.cursor.description]])
        for record in cursor:
            yield "R\t" + _dumps([_raw(v) for v in record])
    conflicts = conn.exec_driver_sql("SELECT * FROM sync_conflict")
    yield "T\t" + _dumps(["sync_conflict", [d[0] for d in conflicts.cursor.description]])
    for conflict in conflicts:
        yield "C\t" + _dumps([_raw(v) for v in conflict])
    docs = conn.exec_driver_sql("SELECT kind, record_id, label, body FROM search_doc")
    for doc in docs:
        yield "S\t" + _dumps(list(doc))


def snapshot_chunks(conn: Connection, schema: str) -> Iterator[bytes]:
    """The snapshot's plain text, in chunks of whole lines (the caller seals each)."""
    batch: list[str] = []
    size = 0
    for line in _lines(conn, schema):
        batch.append(line)
        size += len(line) + 1
        if size >= CHUNK_BYTES:
            yield ("\n".join(batch) + "\n").encode("utf-8")
            batch, size = [], 0
    if batch:
        yield ("\n".join(batch) + "\n").encode("utf-8")


def _records(chunks: Iterable[bytes]) -> Iterator[tuple[str, Any]]:
    first = True
    for chunk in chunks:
        for line in chunk.decode("utf-8").split("\n"):
            if not line:
                continue
            tag, _, rest = line.partition("\t")
            try:
                value = json.loads(rest)
            except ValueError as exc:
                raise WireError(f"holds a damaged line ({exc})") from exc
            if first:
                if tag != "H" or int(value["format"]) > FORMAT:
                    raise WireError("was written by a newer MetroDesk: update MetroDesk to sync")
                first = False
            yield tag, value


class _Inserter:
    """Rows in batches, for one table at a time."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sql = ""
        self.rows: list[tuple[Any, ...]] = []

    def table(self, name: str, columns: list[str]) -> None:
        self.flush()
        known = {c.name for c in Base.metadata.tables[name].columns}
        if not set(columns) <= known:
            raise WireError(f"holds columns of {name} this copy does not have")
        marks = ", ".join("?" for _ in columns)
        self.sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({marks})"

    def add(self, row: tuple[Any, ...]) -> None:
        self.rows.append(row)
        if len(self.rows) >= 5000:
            self.flush()

    def flush(self, sql: str | None = None) -> None:
        if self.rows:
            self.conn.exec_driver_sql(self.sql, self.rows)
            self.rows = []
        if sql is not None:
            self.sql = sql


def load_into_empty(conn: Connection, chunks: Iterable[bytes]) -> int:
    """Fill an empty copy (no actions, no records) from a snapshot of its own schema, in the
    caller's transaction; returns how many actions it brought. Raises WireError.

    The secondary indexes and the search index's triggers are set aside while the rows go in
    and made again afterwards (from their own SQL), and the full-text index is built once:
    several times faster than keeping them current row by row.
    """
    saved = _set_aside_indexes(conn)
    actions = _load(conn, chunks)
    for sql in saved:
        conn.exec_driver_sql(sql)
    conn.exec_driver_sql("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
    return actions


def _set_aside_indexes(conn: Connection) -> list[str]:
    """Drop the indexes (not those of keys and unique rules) and search triggers of the tables a
    snapshot fills; returns the SQL that makes them again."""
    tables = {*record_tables(), *_JOURNAL}
    rows = conn.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master "
        "WHERE type IN ('index', 'trigger') AND sql IS NOT NULL"
    ).all()
    saved = []
    for kind, name, table, sql in rows:
        if table not in tables or (kind == "index" and " UNIQUE " in sql.upper()):
            continue
        conn.exec_driver_sql(f'DROP {kind.upper()} "{name}"')
        saved.append(str(sql))
    return saved


def _load(conn: Connection, chunks: Iterable[bytes]) -> int:
    devices: dict[int, int] = {}
    out = _Inserter(conn)
    actions = 0
    for tag, v in _records(chunks):
        if tag == "D":
            devices[int(v[0])] = device_ref(conn, uuid.UUID(v[1]), str(v[2]) or None)
        elif tag == "A":
            if out.sql != _ACTION_SQL:
                out.flush(_ACTION_SQL)
            deps = {devices[r]: n for r, n in decode_deps(v[9]).items()}
            rev = bytes.fromhex(v[8]) if v[8] else None
            out.add((v[0], bytes.fromhex(v[1]), devices[int(v[2])], *v[3:8], rev,
                     encode_deps(deps)))  # fmt: skip
            actions += 1
        elif tag == "E":
            if out.sql != _ENTRY_SQL:
                out.flush(_ENTRY_SQL)
            out.add((v[0], v[1], v[2], bytes.fromhex(v[3]), v[4], v[5]))
        elif tag == "T":
            out.table(str(v[0]), [str(c) for c in v[1]])
        elif tag in ("R", "C"):
            # blobs are written as {"$b": hex}; rows of records have none
            out.add(tuple(_unraw(x) for x in v) if dict in map(type, v) else tuple(v))
        elif tag == "S":
            if out.sql != _DOC_SQL:
                out.flush(_DOC_SQL)
            out.add(tuple(v))
    out.flush()
    return actions


_ACTION_SQL = (
    "INSERT INTO journal_action (ref, id, device_ref, dseq, hlc, name, author, role, reverts, "
    "deps) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_ENTRY_SQL = (
    "INSERT INTO journal_entry (action_ref, hlc, record_kind, record_id, op, data) "
    "VALUES (?, ?, ?, ?, ?, ?)"
)
_DOC_SQL = "INSERT INTO search_doc (kind, record_id, label, body) VALUES (?, ?, ?, ?)"


def actions_of(chunks: Iterable[bytes]) -> tuple[list[WireAction], dict[uuid.UUID, str]]:
    """The snapshot's actions with their entries (its rows are left: merging rebuilds them),
    and the device names it knows."""
    devices: dict[int, uuid.UUID] = {}
    names: dict[uuid.UUID, str] = {}
    by_ref: dict[int, WireAction] = {}
    for tag, v in _records(chunks):
        if tag == "D":
            devices[int(v[0])] = uuid.UUID(v[1])
            if v[2]:
                names[devices[int(v[0])]] = str(v[2])
        elif tag == "A":
            deps = {devices[r]: n for r, n in decode_deps(v[9]).items()}
            by_ref[int(v[0])] = WireAction(
                id=uuid.UUID(v[1]),
                device=devices[int(v[2])],
                dseq=int(v[3]),
                hlc=int(v[4]),
                name=str(v[5]),
                author=str(v[6]),
                role=str(v[7]),
                reverts=uuid.UUID(v[8]) if v[8] else None,
                deps=deps,
            )
        elif tag == "E":
            entry = WireEntry(int(v[1]), str(v[2]), uuid.UUID(v[3]), str(v[4]), v[5])
            by_ref[int(v[0])].entries.append(entry)
    return list(by_ref.values()), names
