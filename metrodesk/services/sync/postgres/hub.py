"""The PostgreSQL hub as a `Transport` of the sync engine (promises in `transport.py`).

The hub holds rows, not files, so "whole or not at all" is a transaction: a change set, a
snapshot with all its chunks, an attachment are each added in one transaction and seen by
others only once it commits.

Pulls are safe under concurrency without a hub-wide cursor. A pull asks for each copy's
change sets above the last action number this copy holds *of that copy* (`seen`), never for
rows above a server sequence value: a copy sends its change sets one after the other, each
committed before the next is sent, so a later change set of one copy never becomes visible
before an earlier one, whatever order other copies' transactions commit in. (A reader moving
a cursor over the table's identity column would skip a row whose transaction took its value
first but committed last; this hub has no such cursor.)

Pushes are idempotent: the change set's (device, first, last) is unique, a retried push
(after a dropped connection, whether or not the first attempt committed) finds its row and
adds nothing, and one with other actions under those numbers is an `IdentityClash`. A copy's
id belongs to the role that first sent under it (`layout.py`): another role's copy using it
is told `IdentityClash` too, and the engine gives it an id of its own.

Members cannot delete change sets (`layout.py`): dropping the change sets a snapshot holds
records a `fold`, which hides them from pulls; the administrator prunes folded rows. An
erasure's compaction rewrites payloads and drops others' snapshots through the hub owner's
functions only (`erasing.py`).
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

import psycopg
from psycopg.types.json import Jsonb

from metrodesk.services.sync.folder import write_whole
from metrodesk.services.sync.postgres import layout
from metrodesk.services.sync.postgres.address import HubAddress
from metrodesk.services.sync.postgres.connect import HubConnectError, connect
from metrodesk.services.sync.postgres.failures import HubRefused, from_server, from_sign_in
from metrodesk.services.sync.postgres.prepare import existing_layout
from metrodesk.services.sync.transport import (
    FORMAT,
    ChangeSet,
    CopyInfo,
    ErasureRecord,
    HubUnreachable,
    IdentityClash,
    NotAHub,
    SnapshotDamaged,
    SnapshotInfo,
    Unreadable,
)

T = TypeVar("T")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
#: rows fetched per round trip while a pull or a snapshot is read
_BATCH = 64

_PULL = """
    SELECT c.device, c.first_action, c.last_action, c.schema_revision, c.format, c.payload,
           c.content
    FROM metrodesk.change_set c
    LEFT JOIN (SELECT device, max(upto) AS upto FROM metrodesk.fold GROUP BY device) f
        ON f.device = c.device
    LEFT JOIN unnest(%s::uuid[], %s::bigint[]) AS s(device, upto) ON s.device = c.device
    WHERE c.last_action > greatest(coalesce(s.upto, 0), coalesce(f.upto, 0))
    ORDER BY c.device, c.last_action, c.first_action"""
_EVERY = """
    SELECT device, first_action, last_action, schema_revision, format, payload, content
    FROM metrodesk.change_set ORDER BY device, last_action, first_action"""
_FOLDED = "SELECT coalesce(max(upto), 0) FROM metrodesk.fold WHERE device = %s"


class _NoTeamYet(HubUnreachable):
    """A prepared hub no copy has synced with yet (the first to join starts the team)."""


class PostgresHub:
    """A `Transport` over a prepared PostgreSQL database (`metrodesk hub init`)."""

    def __init__(self, address: HubAddress, password: str | None = None) -> None:
        self.address = address
        self._password = password
        self._conn: psycopg.Connection | None = None

    def describe(self) -> str:
        return self.address.describe()

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    # --- talking to the server -----------------------------------------------------------

    def _connection(self) -> psycopg.Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            self.close()
            try:
                self._conn = connect(self.address, self._password, autocommit=True)
            except HubConnectError as exc:
                raise from_sign_in(exc) from None
        return self._conn

    @contextmanager
    def _failures(self) -> Iterator[None]:
        """Every server error as the engine's HubUnreachable or NotAHub (one sentence)."""
        try:
            yield
        except psycopg.Error as exc:
            if self._conn is not None and (self._conn.broken or self._conn.closed):
                self.close()
            raise from_server(exc, self.address) from None

    def _do(self, work: Callable[[psycopg.Connection], T]) -> T:
        """`work` in one transaction: all of it is on the hub, or none."""
        with self._failures():
            conn = self._connection()
            with conn.transaction():
                return work(conn)

    def _claim(self, conn: psycopg.Connection, device: uuid.UUID) -> None:
        """Make `device` this role's copy id, or raise IdentityClash when another role's."""
        conn.execute(
            "INSERT INTO metrodesk.device (device) VALUES (%s) ON CONFLICT DO NOTHING", (device,)
        )
        row = conn.execute(
            "SELECT author, current_user FROM metrodesk.device WHERE device = %s", (device,)
        ).fetchone()
        if row and row[0] == layout.UNCLAIMED and self._claim_relayed(conn, device):
            return  # a copy that moved from the folder: a bridge had sent its changes here
        if not row or row[0] != row[1]:
            raise IdentityClash(f"the copy id {device} belongs to another person's copy")

    @staticmethod
    def _claim_relayed(conn: psycopg.Connection, device: uuid.UUID) -> bool:
        try:
            with conn.transaction():
                row = conn.execute("SELECT metrodesk.claim_relayed(%s)", (device,)).fetchone()
        except psycopg.errors.UndefinedFunction:
            return False
        return bool(row and row[0])

    # --- the hub itself ------------------------------------------------------------------

    def open(self, create: bool) -> str:
        return self._do(lambda conn: self._open(conn, create))

    def probe(self) -> tuple[str, bool]:
        """(why it cannot be used, or ""; whether it holds a team), writing nothing."""
        try:
            return "", bool(self.open(create=False))
        except NotAHub as exc:
            return str(exc), False
        except HubUnreachable as exc:
            if isinstance(exc, _NoTeamYet):
                return "", False
            return str(exc), False

    def _open(self, conn: psycopg.Connection, create: bool) -> str:
        found = existing_layout(conn)
        where = self.describe()
        if found is None:
            raise NotAHub(
                f"{where} is not a MetroDesk hub: its administrator prepares it with "
                "`metrodesk hub init ADDRESS`"
            )
        version, member, _reader = found
        if version > layout.LAYOUT:
            raise NotAHub(
                f"{where} was prepared by a newer MetroDesk (layout {version}): update "
                "MetroDesk to sync with it; nothing was changed"
            )
        row = conn.execute("SELECT pg_has_role(%s, 'USAGE')", (member,)).fetchone()
        if not row or not row[0]:
            raise HubRefused(
                f"role {self.address.user} is not a member of the team on {where}: ask its "
                f"administrator to GRANT {member} TO {self.address.user}"
            )
        team = conn.execute("SELECT id FROM metrodesk.team").fetchone()
        if team is None and not create:
            # only a copy of a team asks without creating: a team meets on one hub, so a
            # copy of a folder's team cannot start one here (moving a team is not supported)
            raise _NoTeamYet(
                f"{where} holds no team yet, and this copy already syncs with another team's "
                "hub (a folder or another server): a copy stays with its team's hub; nothing "
                "was changed"
            )
        if team is None:
            conn.execute(
                "INSERT INTO metrodesk.team (id) VALUES (%s) ON CONFLICT DO NOTHING",
                (uuid.uuid4(),),
            )
            team = conn.execute("SELECT id FROM metrodesk.team").fetchone()
        assert team is not None
        return str(team[0])

    # --- change sets ---------------------------------------------------------------------

    def push(self, change_set: ChangeSet) -> None:
        self._do(lambda conn: self._push(conn, change_set))

    def _push(self, conn: psycopg.Connection, cs: ChangeSet) -> None:
        self._claim(conn, cs.device)
        added = conn.execute(
            "INSERT INTO metrodesk.change_set (device, first_action, last_action, "
            "schema_revision, format, payload, content) VALUES (%s, %s, %s, %s, %s, %s, %s) "
            "ON CONFLICT (device, first_action, last_action) DO NOTHING RETURNING seq",
            (cs.device, cs.first, cs.last, cs.schema, cs.format, cs.payload, cs.content),
        ).fetchone()
        if added is not None:
            return
        # already there (a retry), or other actions under the same numbers (another copy)
        row = conn.execute(
            "SELECT content, encode(sha256(payload), 'hex') FROM metrodesk.change_set "
            "WHERE device = %s AND first_action = %s AND last_action = %s",
            (cs.device, cs.first, cs.last),
        ).fetchone()
        assert row is not None
        content, digest = str(row[0]), str(row[1])
        same = content == cs.content and digest == hashlib.sha256(cs.payload).hexdigest()
        if not same and (not content or content != cs.content):
            raise IdentityClash(f"change set {cs.device} {cs.first}-{cs.last}")

    def relay(self, change_set: ChangeSet) -> bool:
        """Add another copy's change set (a bridge, `relaying.py`); False when the hub holds
        other actions under its numbers (nothing added). HubRefused when this role may not
        relay."""
        cs = change_set

        def work(conn: psycopg.Connection) -> bool:
            row = conn.execute(
                "SELECT metrodesk.relay_change_set(%s, %s, %s, %s, %s, %s, %s)",
                (cs.device, cs.first, cs.last, cs.schema, cs.format, cs.payload, cs.content),
            ).fetchone()
            return row is not None and row[0] != "clash"

        return self._relaying(work)

    def relay_erasure(self, record: ErasureRecord) -> None:
        r = record
        self._relaying(
            lambda conn: conn.execute(
                "SELECT metrodesk.relay_erasure(%s, %s, %s, %s, %s)",
                (r.id, r.device, r.record_id, r.made_at, r.payload),
            )
        )

    def _relaying(self, work: Callable[[psycopg.Connection], T]) -> T:
        where, role = self.describe(), self.address.user
        try:
            return self._do(work)
        except HubUnreachable as exc:
            cause = exc.__context__
            if isinstance(cause, psycopg.errors.InsufficientPrivilege):
                raise HubRefused(
                    f"{where} does not let role {role} relay other copies' changes: its "
                    "administrator grants the team's bridge role to the bridge's role; "
                    "nothing here was changed"
                ) from None
            if isinstance(cause, psycopg.errors.UndefinedFunction):
                raise HubRefused(
                    f"{where} was prepared before bridges existed: its administrator runs "
                    "`metrodesk hub init ADDRESS --team-of FOLDER` again; nothing here was "
                    "changed"
                ) from None
            raise

    def pushed(self, device: uuid.UUID) -> int:
        def work(conn: psycopg.Connection) -> int:
            row = conn.execute(
                f"SELECT coalesce(max(last_action), 0) FROM metrodesk.change_set "
                f"WHERE device = %s AND last_action > ({_FOLDED})",
                (device, device),
            ).fetchone()
            return int(row[0]) if row else 0

        return self._do(work)

    def pull(self, seen: Mapping[uuid.UUID, int]) -> Iterator[ChangeSet | Unreadable]:
        devices, upto = list(seen), [int(n) for n in seen.values()]
        with self._failures():
            conn = self._connection()
            with conn.transaction(), conn.cursor(name="metrodesk_pull") as cur:
                cur.itersize = _BATCH
                cur.execute(_PULL, (devices, upto))
                for row in cur:
                    yield ChangeSet(row[0], int(row[1]), int(row[2]), row[3], int(row[4]),
                                    bytes(row[5]), str(row[6]))  # fmt: skip

    def drop_change_sets(self, device: uuid.UUID, upto: int) -> int:
        def work(conn: psycopg.Connection) -> int:
            before = conn.execute(_FOLDED, (device,)).fetchone()
            folded = int(before[0]) if before else 0
            if upto <= folded:
                return 0
            conn.execute(
                "INSERT INTO metrodesk.fold (device, upto) VALUES (%s, %s)", (device, upto)
            )
            row = conn.execute(
                "SELECT count(*) FROM metrodesk.change_set "
                "WHERE device = %s AND last_action > %s AND last_action <= %s",
                (device, folded, upto),
            ).fetchone()
            return int(row[0]) if row else 0

        return self._do(work)

    # --- snapshots -----------------------------------------------------------------------

    def snapshots(self) -> list[SnapshotInfo]:
        def work(conn: psycopg.Connection) -> list[SnapshotInfo]:
            rows = conn.execute(
                "SELECT key, device, covers, schema_revision, format, made_at, size "
                "FROM metrodesk.snapshot ORDER BY made_at, key"
            ).fetchall()
            return [_snapshot_info(*row) for row in rows]

        return self._do(work)

    def put_snapshot(
        self,
        device: uuid.UUID,
        covers: Mapping[uuid.UUID, int],
        schema: str,
        chunks: Iterable[bytes],
    ) -> SnapshotInfo:
        key = uuid.uuid4()
        cover = {d.hex: int(n) for d, n in covers.items()}

        def work(conn: psycopg.Connection) -> SnapshotInfo:
            self._claim(conn, device)
            size = count = 0
            # the chunks first: the snapshot's row (what lists it) comes last, at commit
            for count, chunk in enumerate(chunks, start=1):
                conn.execute(
                    "INSERT INTO metrodesk.snapshot_chunk (snapshot, n, data) VALUES (%s, %s, %s)",
                    (key, count, chunk),
                )
                size += len(chunk)
            row = conn.execute(
                "INSERT INTO metrodesk.snapshot (key, device, covers, schema_revision, format, "
                "size, chunks) VALUES (%s, %s, %s, %s, %s, %s, %s) RETURNING made_at",
                (key, device, Jsonb(cover), schema, FORMAT, size, count),
            ).fetchone()
            assert row is not None
            return SnapshotInfo(str(key), device, dict(covers), schema, FORMAT, row[0], size)

        return self._do(work)

    def read_snapshot(self, info: SnapshotInfo) -> Iterator[bytes]:
        name = f"snapshot {info.key}"
        with self._failures():
            conn = self._connection()
            with conn.transaction():
                # one view of the snapshot's rows, whatever is dropped meanwhile
                conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                row = conn.execute(
                    "SELECT chunks FROM metrodesk.snapshot WHERE key = %s", (_key(info),)
                ).fetchone()
                if row is None:
                    raise SnapshotDamaged(name, "is no longer on the hub")
                expected, n = int(row[0]), 0
                with conn.cursor(name="metrodesk_snapshot") as cur:
                    cur.itersize = 4
                    cur.execute(
                        "SELECT n, data FROM metrodesk.snapshot_chunk WHERE snapshot = %s "
                        "ORDER BY n",
                        (_key(info),),
                    )
                    for number, data in cur:
                        n += 1
                        if number != n:
                            raise SnapshotDamaged(name, "is incomplete")
                        yield bytes(data)
                if n != expected:
                    raise SnapshotDamaged(name, "is incomplete")

    def drop_snapshot(self, info: SnapshotInfo) -> None:
        key = _key(info)
        self._do(lambda conn: conn.execute("DELETE FROM metrodesk.snapshot WHERE key = %s", (key,)))

    # --- copies --------------------------------------------------------------------------

    def announce(self, copy: CopyInfo) -> None:
        def work(conn: psycopg.Connection) -> None:
            self._claim(conn, copy.device)
            conn.execute(
                "INSERT INTO metrodesk.copy (device, name, last_sync, seen, schema_revision, "
                "app_version) VALUES (%s, %s, %s, %s, %s, %s) ON CONFLICT (device) DO UPDATE "
                "SET name = EXCLUDED.name, last_sync = EXCLUDED.last_sync, seen = EXCLUDED.seen, "
                "schema_revision = EXCLUDED.schema_revision, app_version = EXCLUDED.app_version",
                (copy.device, copy.name, copy.last_sync, Jsonb(_seen_json(copy.seen)),
                 copy.schema, copy.app_version),
            )  # fmt: skip

        self._do(work)

    def copies(self) -> list[CopyInfo]:
        def work(conn: psycopg.Connection) -> list[CopyInfo]:
            rows = conn.execute(
                "SELECT device, name, last_sync, seen, schema_revision, app_version "
                "FROM metrodesk.copy ORDER BY lower(name), device"
            ).fetchall()
            return [
                CopyInfo(device, str(name), last, _seen_from(seen), str(schema), str(version))
                for device, name, last, seen, schema, version in rows
            ]

        return self._do(work)

    # --- attachments ---------------------------------------------------------------------

    def has_blob(self, sha256: str) -> bool:
        _check_sha(sha256)
        return self._do(
            lambda conn: (
                conn.execute("SELECT 1 FROM metrodesk.blob WHERE sha256 = %s", (sha256,)).fetchone()
                is not None
            )
        )

    def put_blob(self, sha256: str, source: Path) -> None:
        if self.has_blob(sha256):
            return
        data = source.read_bytes()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ValueError(f"{source.name} is not the file its checksum names")
        self._do(
            lambda conn: conn.execute(
                "INSERT INTO metrodesk.blob (sha256, data) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                (sha256, data),
            )
        )

    def fetch_blob(self, sha256: str, target: Path) -> bool:
        _check_sha(sha256)
        row = self._do(
            lambda conn: conn.execute(
                "SELECT data FROM metrodesk.blob WHERE sha256 = %s", (sha256,)
            ).fetchone()
        )
        if row is None:
            return False
        data = bytes(row[0])
        if hashlib.sha256(data).hexdigest() != sha256:
            return False
        write_whole(target, [data], replace=True)
        return True

    # --- erasures ------------------------------------------------------------------------

    def put_erasure(self, record: ErasureRecord) -> None:
        def work(conn: psycopg.Connection) -> None:
            self._claim(conn, record.device)
            conn.execute(
                "INSERT INTO metrodesk.erasure (id, device, record_id, made_at, payload) "
                "VALUES (%s, %s, %s, %s, %s) ON CONFLICT (id) DO NOTHING",
                (record.id, record.device, record.record_id, record.made_at, record.payload),
            )

        self._do(work)

    # --- an erasure's compaction (`erasing.py`) --------------------------------------------

    def every_change_set(self) -> Iterator[ChangeSet | Unreadable]:
        """Every stored change set, those a fold hides from pulls too (they hold values)."""
        with self._failures():
            conn = self._connection()
            with conn.transaction(), conn.cursor(name="metrodesk_every") as cur:
                cur.itersize = _BATCH
                cur.execute(_EVERY)
                for row in cur:
                    yield ChangeSet(row[0], int(row[1]), int(row[2]), row[3], int(row[4]),
                                    bytes(row[5]), str(row[6]))  # fmt: skip

    def replace_change_set(self, change_set: ChangeSet) -> bool:
        cs = change_set
        return self._definer(
            "SELECT metrodesk.scrub_change_set(%s, %s, %s, %s, %s)",
            (cs.device, cs.first, cs.last, cs.content, cs.payload),
        )

    def drop_covered_snapshot(self, info: SnapshotInfo, by: SnapshotInfo) -> bool:
        return self._definer(
            "SELECT metrodesk.drop_covered_snapshot(%s, %s)", (_key(info), _key(by))
        )

    def _definer(self, query: str, params: tuple[Any, ...]) -> bool:
        """One of the hub owner's erasure functions; False on a hub prepared before them."""

        def work(conn: psycopg.Connection) -> bool:
            try:
                with conn.transaction():
                    row = conn.execute(query, params).fetchone()
            except psycopg.errors.UndefinedFunction:
                return False
            return bool(row and row[0])

        return self._do(work)

    def erasures(self) -> list[ErasureRecord]:
        def work(conn: psycopg.Connection) -> list[ErasureRecord]:
            rows = conn.execute(
                "SELECT id, device, record_id, made_at, payload FROM metrodesk.erasure "
                "ORDER BY made_at, id"
            ).fetchall()
            return [ErasureRecord(i, d, r, m, bytes(p)) for i, d, r, m, p in rows]

        return self._do(work)


def _key(info: SnapshotInfo) -> uuid.UUID:
    try:
        return uuid.UUID(info.key)
    except ValueError:
        raise SnapshotDamaged(f"snapshot {info.key}", "is not one of this hub's") from None


def _snapshot_info(
    key: uuid.UUID, device: uuid.UUID, covers: Any, schema: str, fmt: int, made: datetime, size: int
) -> SnapshotInfo:
    return SnapshotInfo(str(key), device, _seen_from(covers), schema, int(fmt), made, int(size))


def _seen_json(seen: Mapping[uuid.UUID, int]) -> dict[str, int]:
    return {d.hex: int(n) for d, n in seen.items()}


def _seen_from(value: Any) -> dict[uuid.UUID, int]:
    return {uuid.UUID(k): int(v) for k, v in dict(value or {}).items()}


def _check_sha(sha256: str) -> None:
    if not _SHA256.match(sha256):
        raise ValueError(f"not a SHA-256 checksum: {sha256!r}")
