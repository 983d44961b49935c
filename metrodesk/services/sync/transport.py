"""Where copies meet: the small interface every hub implements (a shared folder, PostgreSQL).

The sync engine (`engine.py`) decides what to send, what to apply and how to merge; a transport
only keeps what copies hand it and gives it back. It never reads a payload (those are encoded,
compressed and, once protection is on, encrypted by the engine's codec), so a hub holds no
personal data in the clear beyond what the headers say: device ids, numbers, schema revisions.

## What a transport must promise

1. **Change sets are immutable and idempotent.** `push` stores a change set whole or not at all;
   pushing the same (device, first, last) with the same `content` again is harmless (dropped,
   or stored identical); with a different `content` it raises `IdentityClash` (two copies use
   one device id: the engine gives this one a new id). `content` names what the actions are,
   so a retried push whose payload was sealed again (a new nonce) is still the same change
   set. A change set is never changed once stored. Two change sets of one device
   may overlap (a push retried after a crash with more actions in it): the engine skips actions
   it already holds.
2. **Pull returns everything not yet seen, never a part.** `pull(seen)` yields every stored
   change set of a device whose `last` is above `seen[device]` (0 for a device not in `seen`),
   in any order, each whole; one that cannot be read whole is yielded as `Unreadable` (naming
   it), never as a change set, and is yielded again by later pulls until it reads whole. A
   change set that is not there yet is simply not yielded: a transport never reports a missing
   file or row as a deletion.
3. **`pushed(device)`** is the highest `last` of that device's stored change sets (0 for none),
   counting every change set that `pull({})` would yield whole.
4. **Snapshots** are stored whole under their own key (`put_snapshot` consumes the chunks and
   publishes the snapshot only once all are stored), listed by `snapshots()` with what they
   cover, and read back chunk by chunk, in order, by `read_snapshot`; a damaged or incomplete
   snapshot is not listed, or raises `SnapshotDamaged` while it is read.
5. **Copies** announce themselves with `announce` (the newest announcement of a device replaces
   the older ones) and `copies()` lists the latest announcement of each.
6. **Only a device's own data is dropped, and only by that device**: `drop_change_sets(device,
   upto)` removes that device's change sets whose `last <= upto`, and `drop_snapshot` removes a
   snapshot; the engine calls them only for its own device and only for what a newer snapshot
   covers and every copy has seen.
7. **Attachments** are content-addressed: `put_blob(sha256, path)` stores a file once under its
   checksum (a second put is harmless), `fetch_blob(sha256, target)` writes it to `target`
   after checking the checksum, and `has_blob` says whether it is stored.
8. **Erasure records** (a person erased on one copy, #14) are stored and listed like change
   sets' headers: `put_erasure` is idempotent by record id, `erasures()` lists them all.
   The one exception to promise 1: `replace_change_set` puts a change set with the same
   (device, first, last) and `content` in place of the stored one (an erasure's compaction:
   the same actions, the erased person's values scrubbed), whole or not at all, and returns
   False when the hub does not allow it; it is never called with other actions. Likewise
   `drop_covered_snapshot` drops another copy's snapshot, only when a newer one covers it,
   and `every_change_set` lists what is stored, also what a snapshot now holds.
9. Every method raises `HubUnreachable` (with a sentence for people) when the hub cannot be
   reached, and nothing else for a hub that is merely empty or busy.

The transport-agnostic tests in `tests/test_sync_transport.py` check each promise against every
transport named in `tests/sync_transports.py`; a new transport adds its factory there.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Protocol

#: the version of the change set and snapshot payloads; a copy refuses higher ones
FORMAT = 1


class HubUnreachable(Exception):
    """The hub cannot be reached right now (folder missing, share not mounted, server down)."""


class IdentityClash(Exception):
    """The hub holds a different change set under the same device and numbers."""


class NotAHub(Exception):
    """The place given holds something else than a MetroDesk hub (refused, left untouched)."""


class SnapshotDamaged(Exception):
    """A snapshot that cannot be read whole, raised while it is read (the engine applies a
    snapshot only once it has read all of it)."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name} {reason}")
        self.name = name
        self.reason = reason


@dataclass(frozen=True)
class ChangeSet:
    """Consecutive actions of one device (`first`..`last` by their number on that device)."""

    device: uuid.UUID
    first: int
    last: int
    #: the schema revision of the copy that wrote it; an older copy applies nothing of it
    schema: str
    format: int
    #: the encoded actions (`codec.py`): opaque to the transport
    payload: bytes
    #: what the actions are (a digest of their ids): equal for a retried push
    content: str = ""


@dataclass(frozen=True)
class Unreadable:
    """Something the hub holds that cannot be read whole now (truncated, damaged, unfinished):
    skipped with a message naming it, and tried again on the next sync."""

    name: str
    reason: str


@dataclass(frozen=True)
class SnapshotInfo:
    """A whole copy's data and journal at one moment, for new copies to join from."""

    key: str
    device: uuid.UUID
    #: {device: its last action included}
    covers: Mapping[uuid.UUID, int]
    schema: str
    format: int
    made_at: datetime
    size: int = 0


@dataclass(frozen=True)
class CopyInfo:
    """What a copy says of itself in the hub."""

    device: uuid.UUID
    name: str
    last_sync: datetime
    #: {device: last action applied}: compaction waits until every copy has a change set
    seen: Mapping[uuid.UUID, int] = field(default_factory=dict)
    schema: str = ""
    app_version: str = ""


@dataclass(frozen=True)
class ErasureRecord:
    """A person erased on one copy (#14): every copy applies it to its data and journal."""

    id: uuid.UUID
    device: uuid.UUID
    record_id: uuid.UUID
    made_at: datetime
    #: engine-encoded details (opaque to the transport)
    payload: bytes = b""


class Transport(Protocol):
    def describe(self) -> str:
        """Where the hub is, for messages ("the folder /mnt/team/metrodesk")."""
        ...

    def open(self, create: bool) -> str:
        """Check that the hub is reachable and is a MetroDesk hub, making one when `create`
        (the first copy to join an empty place); returns the hub's id, the same for every
        copy. Raises HubUnreachable, or NotAHub for a place that holds other things."""
        ...

    def push(self, change_set: ChangeSet) -> None: ...

    def pushed(self, device: uuid.UUID) -> int: ...

    def pull(self, seen: Mapping[uuid.UUID, int]) -> Iterator[ChangeSet | Unreadable]: ...

    def snapshots(self) -> list[SnapshotInfo]: ...

    def put_snapshot(
        self,
        device: uuid.UUID,
        covers: Mapping[uuid.UUID, int],
        schema: str,
        chunks: Iterable[bytes],
    ) -> SnapshotInfo: ...

    def read_snapshot(self, info: SnapshotInfo) -> Iterator[bytes]: ...

    def drop_snapshot(self, info: SnapshotInfo) -> None: ...

    def drop_change_sets(self, device: uuid.UUID, upto: int) -> int: ...

    def announce(self, copy: CopyInfo) -> None: ...

    def copies(self) -> list[CopyInfo]: ...

    def put_blob(self, sha256: str, source: Path) -> None: ...

    def has_blob(self, sha256: str) -> bool: ...

    def fetch_blob(self, sha256: str, target: Path) -> bool:
        """Write the stored file to `target` (checked against its checksum); False when the
        hub does not hold it (yet), or holds a damaged copy."""
        ...

    def put_erasure(self, record: ErasureRecord) -> None: ...

    # an erasure's compaction (promise 8)

    def every_change_set(self) -> Iterator[ChangeSet | Unreadable]:
        """Every stored change set, also those hidden from pulls once a snapshot holds them."""
        ...

    def replace_change_set(self, change_set: ChangeSet) -> bool: ...

    def drop_covered_snapshot(self, info: SnapshotInfo, by: SnapshotInfo) -> bool:
        """Drop a snapshot, whoever wrote it, that `by` covers whole; False when not dropped."""
        ...

    def erasures(self) -> list[ErasureRecord]: ...
