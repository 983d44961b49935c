"""One sync of one copy with a hub: send what is new here, take in what is new there.

The steps, each safe to interrupt at any moment (a killed sync is completed by the next one):

1. **Identity.** A file found somewhere else than it last synced from, or whose id the hub
   already holds more actions of than this file ever sent, is a copy of another (a copied
   file, a backup put back): it takes a device id of its own before it sends anything, and its
   unsent actions move to that id.
2. **Join.** An empty copy fills from the hub's newest snapshot in one go.
   **Erasures** (`erasing.py`): this copy's go on the hub, the hub's are applied here, before
   anything is sent or pulled; values of an erased person that arrive later are erased again
   in the same sync, and the hub's old change files and snapshots are cleaned of them (6).
3. **Send.** This copy's actions not yet in the hub go in as change sets; the number of the
   last one sent is noted before (claimed) and after (pushed) sending.
4. **Receive.** Every change set not yet seen is read; damaged or unfinished ones are named and
   left for the next sync; those of a newer MetroDesk wait ("update MetroDesk to sync"); those
   dated too far ahead of this computer's clock wait until that time. The rest are applied
   in an order where each action follows what its copy had seen, whole actions per
   transaction, and the clock takes in their stamps.
5. **Attachments** the hub lacks are sent; those this copy lacks are fetched.
6. **Announce** this copy (name, time, what it has seen), then **compact**: a snapshot when
   the hub has grown since the last, and this copy's own change sets that a snapshot holds
   and every copy has seen are removed.
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from importlib.metadata import PackageNotFoundError, version

from sqlalchemy import func, select, update

from metrodesk.data.clock import stamp_time, too_far_ahead
from metrodesk.data.database import Database
from metrodesk.data.journal import Meta, UserAction
from metrodesk.data.journal_actions import decode_deps, device_ref, encode_deps, seen
from metrodesk.data.revisions import known_revisions
from metrodesk.data.sessions import sync_write
from metrodesk.services.errors import ServiceError
from metrodesk.services.sync import blobs, bridging, outgoing, snapshot
from metrodesk.services.sync.apply import apply_actions
from metrodesk.services.sync.erasing import ErasureSteps
from metrodesk.services.sync.state import (
    SyncState,
    location_of,
    schema_of,
    state_of,
    write_state,
)
from metrodesk.services.sync.team_key import TeamCodec, TeamSeal
from metrodesk.services.sync.transport import (
    FORMAT,
    ChangeSet,
    CopyInfo,
    IdentityClash,
    SnapshotDamaged,
    SnapshotInfo,
    Transport,
    Unreadable,
)
from metrodesk.services.sync.wire import (
    CODECS,
    Codec,
    PlainCodec,
    WireAction,
    WireError,
    decode_actions,
    encode_actions,
    seal,
    unseal,
)

#: actions of the hub not in its newest snapshot that make a copy write a new one
SNAPSHOT_AFTER_ACTIONS = 500
#: a snapshot older than this is renewed when anything came since
SNAPSHOT_MAX_AGE = timedelta(days=7)
#: a copy not seen for longer is not waited for before compacting (it rejoins from a snapshot)
ACTIVE_COPY = timedelta(days=90)
#: entries applied per transaction (a larger action is one transaction of its own)
ENTRIES_PER_TRANSACTION = 20_000

Progress = Callable[[str, int, int], bool]


class SyncError(ServiceError):
    """A sync that could not run at all (nothing was changed)."""


@dataclass
class SyncReport:
    sent: int = 0
    received: int = 0
    conflicts: int = 0
    #: one sentence per thing skipped this time (a damaged file, a newer version, a clock)
    notes: list[str] = field(default_factory=list)
    joined: bool = False
    new_identity: bool = False
    waiting: int = 0
    #: other copies' changes put on this hub by a bridge (`bridging.py`)
    relayed: int = 0

    def summary(self) -> str:
        relayed = f"relayed {self.relayed} changes, " if self.relayed else ""
        return (
            f"sent {self.sent} changes, {relayed}received {self.received} changes, "
            f"{self.conflicts} conflicts"
        )


@functools.cache
def app_version() -> str:
    try:
        return version("metrodesk")
    except PackageNotFoundError:
        return ""


class SyncEngine:
    def __init__(
        self,
        db: Database,
        transport: Transport,
        name: str,
        codec: Codec | None = None,
        progress: Progress | None = None,
        team: TeamSeal | None = None,
        bridge: bool = False,
    ) -> None:
        self.db = db
        #: this copy bridges two hubs of its team: it relays what this one lacks
        self.bridge = bridge
        self.hub = transport
        self.name = name
        self.codec: Codec = codec or PlainCodec()
        self.codecs = dict(CODECS, **{self.codec.name: self.codec})
        self._progress = progress
        #: decides at each sync whether the team's files are sealed, and with what key
        self.team = team
        #: this copy's last action in the hub when the sync began (sent before it was sealed)
        self._sent_before = 0
        self.report = SyncReport()
        self.erasures = ErasureSteps(self)

    def _step(self, what: str, done: int = 0, total: int = 0) -> None:
        if self._progress is not None and not self._progress(what, done, total):
            raise SyncError("cancelled")

    # --- the whole sync ------------------------------------------------------------------

    def run(self, hub_text: str) -> SyncReport:
        with self.db.engine.connect() as conn:
            state = state_of(conn)
        self._step("Checking the team folder")
        if self.team is not None and not state.hub_id:
            self.team.check(self.hub)  # refused before an empty folder becomes a team
        hub_id = self.hub.open(create=not state.hub_id)
        if state.hub_id and hub_id != state.hub_id:
            raise SyncError(
                f"{self.hub.describe()} belongs to another team than this copy syncs with; "
                "nothing was changed"
            )
        if self.team is not None:
            self.team.check(self.hub)
            self._seal_with(self.team.codec(self.hub), state.pushed)
        here = location_of(self.db.path)
        if not state.hub_id:
            # a copy syncing for the first time takes an id of its own: it may be a copy of
            # another file that never synced either, and nothing here was sent under the old
            self._new_identity()
        elif self._is_copy(state, here):
            self._new_identity()
        elif state.hub and state.hub != hub_text:
            self._follow_hub(state.pushed)
        wanted = {"hub": hub_text, "hub_id": hub_id, "name": self.name, "location": here}
        changed = {k: v for k, v in wanted.items() if getattr(state, k) != v}
        if changed:
            with sync_write(self.db) as s:
                write_state(s.connection(), **changed)
        if self._is_empty():
            self._join()
        self.erasures.exchange()
        self._send()
        self._receive()
        if self.erasures.apply_again():
            self._send()
        if self.bridge:
            bridging.Relay(self).run()
        self._attachments()
        self._announce()
        self.erasures.compact()
        self._seal_own_files()
        self._compact()
        with self.db.engine.connect() as conn:
            self.report.conflicts = int(
                conn.exec_driver_sql("SELECT count(*) FROM sync_conflict").scalar() or 0
            )
        return self.report

    # --- 1. identity ---------------------------------------------------------------------

    def _is_copy(self, state: SyncState, here: str) -> bool:
        """Found elsewhere than it last synced from, or its id holds more in the hub than it
        ever sent: another copy of this file (or the file before a backup was put back)."""
        moved = bool(state.location) and state.location != here
        if moved or self.hub.pushed(uuid.UUID(self.db.device)) > state.claimed:
            self.report.new_identity = True
            self.report.notes.append(
                "This file is a copy of another (copied, moved or put back from a backup): it "
                "now syncs as a computer of its own."
            )
            return True
        return False

    def _follow_hub(self, pushed: int) -> None:
        """Another hub of this copy's team than the last sync's (the copy moved from the
        team's folder to its server, or a bridge going from one to the other): what this hub
        holds of this copy, not what the last one held, is what was sent; the rest is sent
        now (a bridge may have relayed part of it, or all)."""
        held = bridging.held(self.hub, uuid.UUID(self.db.device))
        if held < pushed:
            with sync_write(self.db) as s:
                write_state(s.connection(), pushed=held)

    def _new_identity(self) -> None:
        new = uuid.uuid4()
        with sync_write(self.db) as s:
            conn = s.connection()
            pushed = state_of(conn).pushed
            old_ref = self.db.device_ref
            new_ref = device_ref(conn, new, self.name)
            unsent = conn.execute(
                select(UserAction.ref, UserAction.deps)
                .where(UserAction.device_ref == old_ref, UserAction.dseq > pushed)
                .order_by(UserAction.dseq)
            ).all()
            for number, (ref, deps) in enumerate(unsent, start=1):
                vector = decode_deps(deps)
                if pushed:
                    vector[old_ref] = pushed  # it went on from what the hub holds of the old id
                conn.execute(
                    update(UserAction)
                    .where(UserAction.ref == ref)
                    .values(device_ref=new_ref, dseq=number, deps=encode_deps(vector))
                )
            conn.execute(update(Meta).where(Meta.key == "device").values(value=new.hex))
            write_state(conn, pushed=0, claimed=0)
        self.db.device, self.db.device_ref = new.hex, new_ref

    # --- 2. join -------------------------------------------------------------------------

    def _is_empty(self) -> bool:
        with self.db.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(UserAction)).scalar() == 0

    def _newest_snapshot(self) -> SnapshotInfo | None:
        usable = [s for s in self.hub.snapshots() if s.format <= FORMAT]
        return max(usable, key=lambda s: (s.made_at, s.key), default=None)

    def _join(self) -> None:
        info = self._newest_snapshot()
        if info is None:
            return
        with self.db.engine.connect() as conn:
            mine = schema_of(conn)
        if info.schema != mine:
            return  # another schema: its actions come in as change sets are merged
        self._step("Joining the team: reading its data")
        try:
            with sync_write(self.db) as s:
                chunks = (unseal(c, self.codecs) for c in self.hub.read_snapshot(info))
                received = snapshot.load_into_empty(s.connection(), chunks)
                newest = s.connection().execute(select(func.max(UserAction.hlc))).scalar()
        except (SnapshotDamaged, WireError) as exc:
            self.report.notes.append(f"The team's snapshot could not be used ({exc}).")
            return
        if newest is not None and not too_far_ahead(newest):
            self.db.clock.receive(newest)
        self.report.received += received
        self.report.joined = True

    # --- 3. send -------------------------------------------------------------------------

    def _send(self) -> None:
        try:
            self._send_pending()
        except IdentityClash:
            # another copy sent different changes under this copy's id and numbers
            self._clashed()

    def _clashed(self) -> None:
        self.report.new_identity = True
        self.report.notes.append(
            "Another computer uses this copy's identity (a copied file): this copy now "
            "syncs as a computer of its own."
        )
        self._new_identity()
        self._send_pending()

    def _send_pending(self) -> None:
        with self.db.engine.connect() as conn:
            state = state_of(conn)
            batches = list(outgoing.pending(conn, self.db.device_ref, state.pushed))
            schema = schema_of(conn)
        device = uuid.UUID(self.db.device)
        names = {device: self.name}
        for batch in batches:
            first, last = batch[0].dseq, batch[-1].dseq
            self._step("Sending changes", first, last)
            with sync_write(self.db) as s:
                write_state(s.connection(), claimed=max(last, state.claimed))
            payload = seal(self.codec, encode_actions(batch, names))
            content = hashlib.sha256(b"".join(a.id.bytes for a in batch)).hexdigest()
            self.hub.push(ChangeSet(device, first, last, schema, FORMAT, payload, content))
            with sync_write(self.db) as s:
                write_state(s.connection(), pushed=last)
            self.report.sent += len(batch)

    # --- 4. receive ----------------------------------------------------------------------

    def _have(self) -> dict[uuid.UUID, int]:
        with self.db.engine.connect() as conn:
            ids = outgoing.device_ids(conn)
            return {ids[ref]: n for ref, n in seen(conn).items()}

    def _receive(self) -> None:
        self._step("Looking for changes")
        have = self._have()
        pool: dict[tuple[uuid.UUID, int], WireAction] = {}
        names: dict[uuid.UUID, str] = {}
        known = known_revisions()
        for found in self.hub.pull(have):
            if isinstance(found, Unreadable):
                self.report.notes.append(
                    f"Skipped {found.name}: it {found.reason}; it is read again next time."
                )
                continue
            self._take(found, known, have, pool, names)
        self._fill_gaps(pool, have, names)
        self._apply(pool, have, names)

    def _fill_gaps(
        self,
        pool: dict[tuple[uuid.UUID, int], WireAction],
        have: dict[uuid.UUID, int],
        names: dict[uuid.UUID, str],
    ) -> None:
        """Actions no change set holds any more (folded into a snapshot while this copy was
        away, or by a copy that did not know of this one yet) are taken from the snapshots
        that hold them, the one that fills most first."""
        snapshots = [s for s in self.hub.snapshots() if s.format <= FORMAT]
        while snapshots:

            def filled(info: SnapshotInfo) -> int:
                missing = 0
                for d, n in info.covers.items():
                    start = have.get(d, 0)
                    while start < n and (d, start + 1) in pool:
                        start += 1
                    missing += max(0, n - start)
                return missing

            best = max(snapshots, key=filled)
            if filled(best) == 0:
                return
            snapshots.remove(best)
            self._step("Reading the team's snapshot")
            try:
                chunks = (unseal(c, self.codecs) for c in self.hub.read_snapshot(best))
                actions, carried = snapshot.actions_of(chunks)
            except (SnapshotDamaged, WireError) as exc:
                self.report.notes.append(f"The team's snapshot could not be used ({exc}).")
                continue
            names.update(carried)
            for action in actions:
                if action.dseq > have.get(action.device, 0):
                    pool.setdefault((action.device, action.dseq), action)

    def _take(
        self,
        cs: ChangeSet,
        known: frozenset[str],
        have: dict[uuid.UUID, int],
        pool: dict[tuple[uuid.UUID, int], WireAction],
        names: dict[uuid.UUID, str],
    ) -> None:
        if cs.schema not in known or cs.format > FORMAT:
            self.report.notes.append(
                f"Changes from another computer were made with a newer MetroDesk "
                f"(schema {cs.schema}): update MetroDesk to sync them; none of them was applied."
            )
            return
        try:
            actions, carried = decode_actions(unseal(cs.payload, self.codecs))
        except WireError as exc:
            self.report.notes.append(f"Skipped changes {cs.first}-{cs.last} of a copy: {exc}.")
            return
        names.update(carried)
        for action in actions:
            if action.device == cs.device and action.dseq > have.get(cs.device, 0):
                pool.setdefault((action.device, action.dseq), action)

    def _ready(
        self, pool: dict[tuple[uuid.UUID, int], WireAction], have: dict[uuid.UUID, int]
    ) -> list[WireAction]:
        """Actions in an order where each follows its device's previous one and everything
        its copy had seen; the others stay in `pool` (waiting, or dated too far ahead)."""
        order: list[WireAction] = []
        progress = True
        while progress:
            progress = False
            for device in sorted({d for d, _ in pool}, key=lambda d: d.bytes):
                while (action := pool.get((device, have.get(device, 0) + 1))) is not None:
                    if too_far_ahead(action.hlc):
                        break
                    if any(have.get(d, 0) < n for d, n in action.deps.items()):
                        break
                    order.append(pool.pop((device, action.dseq)))
                    have[device] = action.dseq
                    progress = True
        return order

    def _apply(
        self,
        pool: dict[tuple[uuid.UUID, int], WireAction],
        have: dict[uuid.UUID, int],
        names: dict[uuid.UUID, str],
    ) -> None:
        order = self._ready(pool, have)
        self._note_waiting(pool, names)
        done = 0
        for batch in _transactions(order):
            self._step("Applying changes", done, len(order))
            with sync_write(self.db) as s:
                conn = s.connection()
                for device, name in names.items():
                    device_ref(conn, device, name)
                report = apply_actions(s, batch)
                self.erasures.watch(conn, batch)
            if report.newest_stamp:
                self.db.clock.receive(report.newest_stamp)
            self.report.received += report.actions
            done += len(batch)

    def _note_waiting(
        self, pool: dict[tuple[uuid.UUID, int], WireAction], names: dict[uuid.UUID, str]
    ) -> None:
        self.report.waiting = len(pool)
        ahead = [a for a in pool.values() if too_far_ahead(a.hlc)]
        if ahead:
            first = min(ahead, key=lambda a: a.hlc)
            who = names.get(first.device) or f"copy {first.device.hex[:8]}"
            when = stamp_time(first.hlc).strftime("%Y-%m-%d %H:%M UTC")
            self.report.notes.append(
                f"{len(ahead)} changes from {who} are dated {when}, ahead of this computer's "
                "clock: they wait until then (check the date and time on that computer)."
            )
        elif pool:
            self.report.notes.append(
                f"{len(pool)} changes wait for others made before them that are not in the "
                "team folder yet."
            )

    # --- 5. attachments ------------------------------------------------------------------

    def _attachments(self) -> None:
        codec = self.codec if isinstance(self.codec, TeamCodec) else None
        blobs.exchange(self.db, self.hub, codec, self._step, self.report.notes)

    # --- 6. announce and compact ---------------------------------------------------------

    def _announce(self) -> None:
        try:
            self._announce_once()
        except IdentityClash:
            # the hub gives this copy's id to another (on a server: another person's copy)
            self._clashed()
            self._announce_once()

    def _announce_once(self) -> None:
        with self.db.engine.connect() as conn:
            schema = schema_of(conn)
        have = self._have()
        now = datetime.now(UTC)
        device = uuid.UUID(self.db.device)
        self.hub.announce(CopyInfo(device, self.name, now, have, schema, app_version()))
        with sync_write(self.db) as s:
            conn = s.connection()
            write_state(conn, last_sync=now.isoformat())
            for copy in self.hub.copies():
                if copy.device != device:
                    device_ref(conn, copy.device, copy.name)

    def _compact(self) -> None:
        if self.report.waiting:
            return  # a snapshot holds everything this copy has: wait until it has all
        newest = self._newest_snapshot()
        have = self._have()
        pushed_total = sum(have.values())
        covered = sum(newest.covers.values()) if newest is not None else 0
        stale = newest is not None and datetime.now(UTC) - newest.made_at > SNAPSHOT_MAX_AGE
        if pushed_total and (
            newest is None
            or pushed_total - covered >= SNAPSHOT_AFTER_ACTIONS
            or (stale and pushed_total > covered)
        ):
            newest = self._write_snapshot(have)
        if newest is not None:
            self._drop_covered(newest)

    # --- sealing ------------------------------------------------------------------------

    def _seal_with(self, codec: TeamCodec | None, sent_before: int) -> None:
        if codec is None:
            return
        self.codec = codec
        self.codecs[codec.name] = codec
        self._sent_before = sent_before

    def _seal_own_files(self) -> None:
        """Once the team has a key, this copy's files from before it (change sets, snapshots)
        leave the hub: a sealed snapshot holds what they held, and copies that had not read
        them take it from there. Other copies do the same with theirs at their next sync."""
        codec = self.codec
        if not isinstance(codec, TeamCodec) or self.report.waiting:
            return
        with self.db.engine.connect() as conn:
            if state_of(conn).sealed == codec.key_id:
                return
        device = uuid.UUID(self.db.device)
        own = [s for s in self.hub.snapshots() if s.device == device]
        if self._sent_before or own:
            newest = self._write_snapshot(self._have())
            if self._sent_before:
                self.hub.drop_change_sets(device, self._sent_before)
            for old in own:
                if old.key != newest.key:
                    self.hub.drop_snapshot(old)
        with sync_write(self.db) as s:
            write_state(s.connection(), sealed=codec.key_id)

    def _write_snapshot(self, have: dict[uuid.UUID, int]) -> SnapshotInfo:
        self._step("Writing a snapshot for new copies to join from")
        device = uuid.UUID(self.db.device)
        with self.db.engine.connect() as conn:
            schema = schema_of(conn)
            chunks = (seal(self.codec, c) for c in snapshot.snapshot_chunks(conn, schema))
            return self.hub.put_snapshot(device, have, schema, chunks)

    def _drop_covered(self, newest: SnapshotInfo) -> None:
        device = uuid.UUID(self.db.device)
        now = datetime.now(UTC)
        active = [c for c in self.hub.copies() if now - c.last_sync <= ACTIVE_COPY]
        if not any(c.device != device for c in active):
            return  # until another copy has them, the change files stay beside the snapshot
        upto = min([newest.covers.get(device, 0), *(c.seen.get(device, 0) for c in active)])
        if upto > 0:
            self.hub.drop_change_sets(device, upto)
        for old in self.hub.snapshots():
            if old.device == device and old.key != newest.key and _covered(old, newest):
                self.hub.drop_snapshot(old)


def _covered(old: SnapshotInfo, new: SnapshotInfo) -> bool:
    return all(new.covers.get(d, 0) >= n for d, n in old.covers.items())


def _transactions(order: list[WireAction]) -> Iterable[list[WireAction]]:
    batch: list[WireAction] = []
    size = 0
    for action in order:
        if batch and size + len(action.entries) > ENTRIES_PER_TRANSACTION:
            yield batch
            batch, size = [], 0
        batch.append(action)
        size += len(action.entries)
    if batch:
        yield batch
