"""a compact change journal

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03 09:00:00

At 100,000 contacts the journal was ~85% of an ~880 MB file: a row per field, ids and devices
as text on every row. Now a record's creation is one entry holding all its fields, an update
one entry per record and write with the changed fields, ids are 16-byte blobs, the device and
the action small integer references, the clock stamp an integer, the values one compact JSON
text. Actions also get their number among their device's actions (`dseq`) and what their
device had seen of others (`deps`, empty before sync), which sync counts by.

Existing entries are regrouped: consecutive rows of one action, record and operation become
one entry (a field met twice starts a new one), in the order they were written.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator, Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op

# append-only (a field keeps its number for ever), so this migration may read it from the app
from metrodesk.data.journal_codec import FIELD_NAMES

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COUNTER_BITS = 16
BATCH = 20_000
_dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
_CODES = {name: str(i) for i, name in enumerate(FIELD_NAMES)}


def _field_name(key: str) -> str:
    return FIELD_NAMES[int(key)] if key.isdigit() else key


def _stamp(text: str) -> int:
    """'000001733222222222-00001' -> the integer stamp of metrodesk.data.clock."""
    wall, counter = (int(part) for part in text.split("-"))
    wall += counter >> COUNTER_BITS  # a counter past 16 bits (never seen) carries over
    return (wall << COUNTER_BITS) | (counter & ((1 << COUNTER_BITS) - 1))


def _text_stamp(stamp: int) -> str:
    return f"{stamp >> COUNTER_BITS:015d}-{stamp & ((1 << COUNTER_BITS) - 1):05d}"


def _json(stored: Any) -> Any:
    """A value of the old JSON columns: their NUMERIC affinity turned numbers into numbers."""
    return json.loads(stored) if isinstance(stored, str | bytes) else stored


def _blob(hex_id: str) -> bytes:
    return uuid.UUID(hex_id).bytes


def _create_tables() -> None:
    op.create_table(
        "journal_device",
        sa.Column("ref", sa.Integer(), nullable=False),
        sa.Column("id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("name", sa.String(), server_default="", nullable=False),
        sa.PrimaryKeyConstraint("ref", name=op.f("pk_journal_device")),
        sa.UniqueConstraint("id", name=op.f("uq_journal_device_id")),
    )
    op.create_table(
        "journal_action",
        sa.Column("ref", sa.Integer(), nullable=False),
        sa.Column("id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("device_ref", sa.Integer(), nullable=False),
        sa.Column("dseq", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("role", sa.String(length=4), server_default="do", nullable=False),
        sa.Column("reverts", sa.LargeBinary(length=16), nullable=True),
        sa.Column("deps", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["device_ref"],
            ["journal_device.ref"],
            name=op.f("fk_journal_action_device_ref_journal_device"),
        ),
        sa.PrimaryKeyConstraint("ref", name=op.f("pk_journal_action")),
        sa.UniqueConstraint("id", name=op.f("uq_journal_action_id")),
    )
    op.create_table(
        "journal_entry_new",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("action_ref", sa.Integer(), nullable=False),
        sa.Column("hlc", sa.BigInteger(), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.LargeBinary(length=16), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("data", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_ref"],
            ["journal_action.ref"],
            name=op.f("fk_journal_entry_action_ref_journal_action"),
        ),
        sa.PrimaryKeyConstraint("seq", name=op.f("pk_journal_entry")),
    )


def _devices(conn: sa.Connection) -> dict[str, int]:
    """Every device of the file, this copy's own first, numbered from 1."""
    order: list[str] = []
    own = conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'device'").scalar()
    if own:
        order.append(str(own))
    for sql in (
        "SELECT DISTINCT device FROM user_action",
        "SELECT DISTINCT device FROM journal_entry",
    ):
        order += [str(d) for (d,) in conn.exec_driver_sql(sql) if str(d) not in order]
    refs: dict[str, int] = {}
    for device in order:
        key = uuid.UUID(device).hex
        if key not in refs:
            refs[key] = len(refs) + 1
    if refs:
        conn.exec_driver_sql(
            "INSERT INTO journal_device (ref, id, name) VALUES (?, ?, '')",
            [(ref, _blob(key)) for key, ref in refs.items()],
        )
    return {device: refs[uuid.UUID(device).hex] for device in order}


def _actions(conn: sa.Connection, devices: dict[str, int]) -> dict[str, int]:
    """The actions, numbered per device in their order; each stamped no earlier than its
    last entry (the clock continues from the newest action stamp)."""
    last_entry = {
        aid: hlc
        for aid, hlc in conn.exec_driver_sql(
            "SELECT action_id, max(hlc) FROM journal_entry GROUP BY action_id"
        )
    }
    rows = conn.exec_driver_sql(
        "SELECT id, name, author, device, hlc, role, reverts FROM user_action ORDER BY hlc, rowid"
    ).all()
    refs: dict[str, int] = {}
    dseq: dict[int, int] = {}
    out = []
    for ref, (aid, name, author, device, hlc, role, reverts) in enumerate(rows, start=1):
        dev = devices[str(device)]
        dseq[dev] = dseq.get(dev, 0) + 1
        stamp = max(_stamp(hlc), _stamp(last_entry.get(aid) or hlc))
        blob_reverts = _blob(reverts) if reverts else None
        out.append((ref, _blob(aid), dev, dseq[dev], stamp, name, author, role, blob_reverts))
        refs[str(aid)] = ref
    if out:
        conn.exec_driver_sql(
            "INSERT INTO journal_action (ref, id, device_ref, dseq, hlc, name, author, role,"
            " reverts) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            out,
        )
    return refs


def _old_rows(conn: sa.Connection) -> Iterator[tuple[Any, ...]]:
    cursor = conn.exec_driver_sql(
        "SELECT hlc, action_id, record_kind, record_id, op, field, old, new "
        "FROM journal_entry ORDER BY seq"
    )
    while rows := cursor.fetchmany(BATCH):
        yield from rows


def _grouped(conn: sa.Connection, actions: dict[str, int]) -> Iterator[tuple[Any, ...]]:
    """New entries from the old rows: consecutive rows of one action, record and operation
    in one entry; a purge stands alone, and a field met twice starts a new entry."""
    key: tuple[Any, ...] | None = None
    first_stamp = 0
    fields: dict[str, Any] = {}

    def flush() -> tuple[Any, ...]:
        assert key is not None
        action_id, kind, record_id, op_name = key
        data = None if op_name == "purge" else _dumps(fields)
        return (actions[action_id], first_stamp, kind, _blob(record_id), op_name, data)

    for hlc, action_id, kind, record_id, op_name, field, old, new in _old_rows(conn):
        this = (str(action_id), kind, str(record_id), op_name)
        code = _CODES.get(field, field)
        if key is not None and (this != key or op_name == "purge" or code in fields):
            yield flush()
            key = None
        if key is None:
            key, first_stamp, fields = this, _stamp(hlc), {}
        if op_name == "create":
            if field != "id":
                fields[code] = _json(new)
        elif op_name != "purge":
            fields[code] = [_json(old), _json(new)]
    if key is not None:
        yield flush()


def upgrade() -> None:
    conn = op.get_bind()
    _create_tables()
    devices = _devices(conn)
    actions = _actions(conn, devices)
    insert = (
        "INSERT INTO journal_entry_new (action_ref, hlc, record_kind, record_id, op, data) "
        "VALUES (?, ?, ?, ?, ?, ?)"
    )
    batch: list[tuple[Any, ...]] = []
    for entry in _grouped(conn, actions):
        batch.append(entry)
        if len(batch) >= BATCH:
            conn.exec_driver_sql(insert, batch)
            batch = []
    if batch:
        conn.exec_driver_sql(insert, batch)
    op.drop_table("journal_entry")
    op.drop_table("user_action")
    op.rename_table("journal_entry_new", "journal_entry")
    op.create_index("ix_journal_entry_action_ref", "journal_entry", ["action_ref"])
    op.create_index("ix_journal_record", "journal_entry", ["record_id", "hlc"])
    op.create_index("ix_journal_action_hlc", "journal_action", ["hlc"])
    op.create_index(
        "ix_journal_action_device_dseq", "journal_action", ["device_ref", "dseq"], unique=True
    )


# --- back to 0004: one row per field, ids and devices as text ---------------------------------


def _expanded(conn: sa.Connection) -> Iterator[tuple[Any, ...]]:
    cursor = conn.exec_driver_sql(
        "SELECT e.hlc, a.id, d.id, a.author, e.record_kind, e.record_id, e.op, e.data "
        "FROM journal_entry e JOIN journal_action a ON a.ref = e.action_ref "
        "JOIN journal_device d ON d.ref = a.device_ref ORDER BY e.seq"
    )
    while rows := cursor.fetchmany(BATCH):
        for hlc, aid, dev, author, kind, rid, op_name, data in rows:
            base = (uuid.UUID(bytes=aid).hex, author, kind, uuid.UUID(bytes=rid).hex, op_name)
            head = (_text_stamp(hlc), uuid.UUID(bytes=dev).hex)
            if op_name == "purge" or data is None:
                yield (*head, *base, "*", None, None)
                continue
            fields = json.loads(data)
            if op_name == "create":
                yield (*head, *base, "id", None, json.dumps(base[3]))
            for key, value in fields.items():
                old, new = (None, value) if op_name == "create" else value
                enc = [None if v is None else json.dumps(v) for v in (old, new)]
                yield (*head, *base, _field_name(key), *enc)


def downgrade() -> None:
    conn = op.get_bind()
    op.create_table(
        "user_action",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("hlc", sa.String(), nullable=False),
        sa.Column("reverts", sa.String(length=36), nullable=True),
        sa.Column("role", sa.String(length=4), server_default="do", nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_user_action"),
    )
    conn.exec_driver_sql(
        "INSERT INTO user_action (id, name, author, device, hlc, reverts, role) "
        "SELECT lower(hex(a.id)), a.name, a.author, lower(hex(d.id)), a.hlc, "
        "CASE WHEN a.reverts IS NULL THEN NULL ELSE lower(hex(a.reverts)) END, a.role "
        "FROM journal_action a "
        "JOIN journal_device d ON d.ref = a.device_ref"
    )
    for aid, hlc in conn.exec_driver_sql("SELECT id, hlc FROM user_action").all():
        conn.exec_driver_sql(
            "UPDATE user_action SET hlc = ? WHERE id = ?", (_text_stamp(int(hlc)), aid)
        )
    op.create_table(
        "journal_entry_old",
        sa.Column("seq", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("hlc", sa.String(length=32), nullable=False),
        sa.Column("device", sa.String(length=36), nullable=False),
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("author", sa.String(), nullable=False),
        sa.Column("record_kind", sa.String(length=40), nullable=False),
        sa.Column("record_id", sa.String(length=32), nullable=False),
        sa.Column("op", sa.String(length=8), nullable=False),
        sa.Column("field", sa.String(), nullable=False),
        sa.Column("old", sa.JSON(), nullable=True),
        sa.Column("new", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["action_id"], ["user_action.id"], name="fk_journal_entry_action_id_user_action"
        ),
        sa.PrimaryKeyConstraint("seq", name="pk_journal_entry"),
    )
    insert = (
        "INSERT INTO journal_entry_old (hlc, device, action_id, author, record_kind, record_id,"
        " op, field, old, new) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    batch: list[tuple[Any, ...]] = []
    for row in _expanded(conn):
        batch.append(row)
        if len(batch) >= BATCH:
            conn.exec_driver_sql(insert, batch)
            batch = []
    if batch:
        conn.exec_driver_sql(insert, batch)
    op.drop_table("journal_entry")
    op.drop_table("journal_action")
    op.drop_table("journal_device")
    op.rename_table("journal_entry_old", "journal_entry")
    op.create_index("ix_journal_entry_action_id", "journal_entry", ["action_id"])
    op.create_index("ix_journal_record", "journal_entry", ["record_id", "hlc"])
    op.create_index("ix_user_action_hlc", "user_action", ["hlc"])
