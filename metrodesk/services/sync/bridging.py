"""A bridge: one copy of a team that meets on two hubs (its shared folder and its server).

A team may keep its folder (a regional office, a move to a server that takes weeks) and have
a server too, both holding the same team id (`metrodesk hub init URL --team-of FOLDER`). One
ordinary copy syncs with each hub in turn and, on each, after taking in what is new there,
puts what that hub lacks and this copy holds:

- **changes**: for every copy id in this copy's journal (its own is sent by the sync itself),
  the actions above what the hub holds of that id (its change sets, and what its snapshots
  cover: compaction drops change sets a snapshot holds), as change sets built from the journal:
  the same action ids, numbers, dependencies and payload form as their author's, sealed with
  the hub's codec (the team key on a sealed folder). The authors keep their ids: a copy that
  later moves to the other hub finds its own changes there and sends only what is missing;
- **erasure records** the hub lacks (applied by every copy that reads them, #14);
- **attachments** go by the sync's own exchange (this copy holds every one of the team's).

Relaying never moves the bridge's own bookkeeping: it is one copy with one identity on both
hubs (the engine's hub-switch rule keeps its `pushed` right on each).
"""

from __future__ import annotations

import hashlib
import uuid
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from metrodesk.data.journal_actions import seen
from metrodesk.services.sync import erasures, outgoing
from metrodesk.services.sync.erasing import is_stand_in
from metrodesk.services.sync.state import schema_of
from metrodesk.services.sync.transport import (
    FORMAT,
    ChangeSet,
    ErasureRecord,
    IdentityClash,
    Transport,
)
from metrodesk.services.sync.wire import WireAction, encode_actions, seal

if TYPE_CHECKING:
    from metrodesk.services.sync.engine import SyncEngine


@runtime_checkable
class RelayingHub(Protocol):
    """A hub where a copy may write only under its own ids (the server) says how a bridge
    writes under others'; on a folder anyone may, so a bridge pushes there as a copy does."""

    def relay(self, change_set: ChangeSet) -> bool:
        """Another copy's change set; False when other actions are stored under its numbers
        (nothing is added)."""
        ...

    def relay_erasure(self, record: ErasureRecord) -> None: ...


class _PushingHub:
    def __init__(self, hub: Transport) -> None:
        self.hub = hub

    def relay(self, change_set: ChangeSet) -> bool:
        try:
            self.hub.push(change_set)
        except IdentityClash:
            return False
        return True

    def relay_erasure(self, record: ErasureRecord) -> None:
        self.hub.put_erasure(record)


def held(hub: Transport, device: uuid.UUID) -> int:
    """The last action of `device` the hub holds: in its change sets or in a snapshot."""
    covered = max((s.covers.get(device, 0) for s in hub.snapshots()), default=0)
    return max(hub.pushed(device), covered)


class Relay:
    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.db = engine.db
        self.hub = engine.hub
        hub = self.hub
        self.relaying: RelayingHub = hub if isinstance(hub, RelayingHub) else _PushingHub(hub)

    def run(self) -> None:
        # records first, as a copy's own sync puts them before its changes: a copy reading
        # this hub next applies an erasure before the changes that carry its action
        self.erasure_records()
        self.changes()

    def changes(self) -> None:
        with self.db.engine.connect() as conn:
            ids = outgoing.device_ids(conn)
            tops = {ids[ref]: (ref, n) for ref, n in seen(conn).items()}
        own = uuid.UUID(self.db.device)
        covered = {d: n for s in self.hub.snapshots() for d, n in s.covers.items()}
        for device, (ref, top) in sorted(tops.items()):
            if device == own:
                continue
            start = max(self.hub.pushed(device), covered.get(device, 0))
            if top > start:
                self._relay(device, ref, start)

    def _relay(self, device: uuid.UUID, ref: int, after: int) -> None:
        engine = self.engine
        with self.db.engine.connect() as conn:
            batches = list(outgoing.pending(conn, ref, after))
            schema = schema_of(conn)
            name = outgoing.device_names(conn).get(device, "")
        for batch in batches:
            first, last = batch[0].dseq, batch[-1].dseq
            engine._step("Relaying changes", first, last)
            payload = seal(engine.codec, encode_actions(batch, {device: name} if name else {}))
            change_set = ChangeSet(device, first, last, schema, FORMAT, payload, _content(batch))
            if self.relaying.relay(change_set):
                engine.report.relayed += len(batch)
            else:
                who = name or f"copy {device.hex[:8]}"
                engine.report.notes.append(
                    f"The changes {first}–{last} of {who} were not relayed to "
                    f"{self.hub.describe()}: it holds other changes under their numbers."
                )
                return

    def erasure_records(self) -> None:
        on_hub = {r.id for r in self.hub.erasures()}
        with self.db.engine.connect() as conn:
            known = erasures.known(conn)
        for item in known.values():
            if item.id in on_hub or item.state == "pending" or is_stand_in(item):
                continue  # a pending one is this copy's own: the sync put it already
            # the copy that erased, as the record it came in named it (this one, when unknown)
            device = item.device or uuid.UUID(self.db.device)
            payload = seal(self.engine.codec, erasures.payload_of(item))
            self.relaying.relay_erasure(
                ErasureRecord(item.id, device, item.person, item.made_at, payload)
            )


def _content(batch: list[WireAction]) -> str:
    """What the actions are, as their author's sync named them (`engine._send_pending`)."""
    return hashlib.sha256(b"".join(a.id.bytes for a in batch)).hexdigest()
