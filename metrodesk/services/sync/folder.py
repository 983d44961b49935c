"""The shared-folder hub: a network share, or a folder OneDrive, Dropbox or Nextcloud keeps in step.

Layout (every name below the folder is MetroDesk's own):

    metrodesk-hub.json                  written once by the first copy: the hub's id
    team-key.json                       the team key sealed with the team passphrase (once the
                                        team has one: see `team_key.py`), written once
    changes/<device>/<first>-<last>.mdc one change set, written once by its device
    snapshots/<device>-<stamp>.mds      a snapshot's chunks; `.json` beside it lists them and
    snapshots/<device>-<stamp>.json     is written last, so a snapshot shows only when whole
    copies/<device>.json                what a copy says of itself (replaced by that copy only)
    blobs/<aa>/<sha256>                 attachments, by content (a sealed team: by a name
                                        the team key derives from the checksum, sealed)
    erasures/<id>.json                  erasure records (#14)

Every file is written whole under a hidden temporary name in the same folder, flushed to disk
and then renamed, so a reader sees it whole or not at all (a syncing service may still deliver
it truncated: each file carries its size and checksum, and a damaged one is reported, skipped
and read again next time). A name may carry a syncing service's suffix ("… (Agnès's conflicted
copy 2026-12-03).mdc"): the numbers at its start are what count, and of several copies of one
change set the first that reads whole is used. No file of another copy is ever changed or
removed, but by an erasure's compaction (#14), which rewrites a change file whole with the
same actions, the erased person's values scrubbed. A missing file is never a deletion: it is
simply not there yet.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

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

MARKER = "metrodesk-hub.json"
TEAM_KEY = "team-key.json"
CHANGE_MAGIC = b"MDCHANGES1\n"
_CHANGE_NAME = re.compile(r"^(\d{10})-(\d{10})(.*)\.mdc$")
_DEVICE_DIR = re.compile(r"^[0-9a-f]{32}$")
_SNAPSHOT_NAME = re.compile(r"^([0-9a-f]{32})-(\d+)(.*)\.json$")
_COPY_NAME = re.compile(r"^([0-9a-f]{32})(.*)\.json$")
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
_OURS = {MARKER, TEAM_KEY, "changes", "snapshots", "copies", "blobs", "erasures"}


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system lets a folder be synced
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def write_whole(target: Path, chunks: Iterable[bytes], replace: bool = False) -> bool:
    """Write `chunks` to `target` whole: a hidden temporary file, flushed, then renamed.

    Without `replace`, an existing `target` is left as it is and False is returned (the file
    is written once and never changed). Raises OSError when the folder cannot be written.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    if not replace and target.exists():
        return False
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(temp, "xb") as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if replace:
            os.replace(temp, target)
        else:
            # link, not rename: another process writing the same name meanwhile keeps its file
            try:
                os.link(temp, target)
            except FileExistsError:
                return False
            except OSError:  # a file system without hard links: rename if still absent
                if target.exists():
                    return False
                os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    _fsync_dir(target.parent)
    return True


def _encode_change_set(cs: ChangeSet) -> bytes:
    header = {
        "device": cs.device.hex,
        "first": cs.first,
        "last": cs.last,
        "schema": cs.schema,
        "format": cs.format,
        "size": len(cs.payload),
        "sha256": hashlib.sha256(cs.payload).hexdigest(),
        "content": cs.content,
    }
    return CHANGE_MAGIC + json.dumps(header).encode() + b"\n" + cs.payload


def _decode_change_set(path: Path, device: uuid.UUID) -> ChangeSet | Unreadable:
    name = f"changes/{device.hex}/{path.name}"
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return Unreadable(name, f"cannot be read ({exc.strerror or exc})")
    if not raw.startswith(CHANGE_MAGIC):
        return Unreadable(name, "is not a MetroDesk change file (or is still arriving)")
    head_end = raw.find(b"\n", len(CHANGE_MAGIC))
    if head_end < 0:
        return Unreadable(name, "is incomplete (its header is cut short: still arriving?)")
    try:
        header = json.loads(raw[len(CHANGE_MAGIC) : head_end])
        payload = raw[head_end + 1 :]
        size, digest = int(header["size"]), str(header["sha256"])
        cs = ChangeSet(
            uuid.UUID(header["device"]),
            int(header["first"]),
            int(header["last"]),
            str(header["schema"]),
            int(header["format"]),
            payload,
            str(header.get("content", "")),
        )
    except (ValueError, KeyError, TypeError):
        return Unreadable(name, "has a damaged header (or is still arriving)")
    if len(payload) != size:
        return Unreadable(name, f"is incomplete ({len(payload)} of {size} bytes)")
    if hashlib.sha256(payload).hexdigest() != digest:
        return Unreadable(name, "is damaged (its checksum does not match)")
    if cs.device != device:
        return Unreadable(name, "belongs to another copy than its folder says")
    return cs


class FolderHub:
    """A `Transport` over a folder."""

    def __init__(self, folder: Path | str) -> None:
        self.folder = Path(folder).expanduser()

    def describe(self) -> str:
        return f"the folder {self.folder}"

    # --- the hub itself ------------------------------------------------------------------

    def _unreachable(self, why: str) -> HubUnreachable:
        return HubUnreachable(f"{self.describe()} {why}")

    def open(self, create: bool) -> str:
        if not self.folder.is_dir():
            raise self._unreachable("cannot be found (is the share or drive connected?)")
        marker = self.folder / MARKER
        try:
            data = json.loads(marker.read_text(encoding="utf-8"))
            return str(uuid.UUID(data["hub"]))
        except FileNotFoundError:
            pass
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise NotAHub(f"{self.describe()} holds a damaged {MARKER}") from exc
        try:
            present = {p.name for p in self.folder.iterdir() if not p.name.startswith(".")}
        except OSError as exc:
            raise self._unreachable(f"cannot be read ({exc.strerror or exc})") from exc
        if not create:
            raise self._unreachable("holds no team yet, or is not connected: nothing was changed")
        if present - _OURS:
            raise NotAHub(
                f"{self.describe()} holds other files: choose an empty folder, or the one "
                "your team already syncs through"
            )
        hub_id = str(uuid.uuid4())
        content = {"metrodesk_hub": 1, "hub": hub_id, "created": _now().isoformat()}
        try:
            write_whole(marker, [json.dumps(content).encode()])
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc
        return self.open(create=False)  # the first writer's marker, if another copy won

    def probe(self) -> tuple[str, bool]:
        """(why it cannot be used, or ""; whether it holds a team), writing nothing."""
        try:
            return "", bool(self.open(create=False))
        except NotAHub as exc:
            return str(exc), False
        except HubUnreachable as exc:
            if not self.folder.is_dir():
                return str(exc), False
        try:
            present = {p.name for p in self.folder.iterdir() if not p.name.startswith(".")}
        except OSError as exc:
            return f"{self.describe()} cannot be read ({exc.strerror or exc})", False
        if present - _OURS:
            return (
                f"{self.describe()} holds other files: choose an empty folder, or the one "
                "your team already syncs through"
            ), False
        return "", False

    def _guard(self) -> None:
        if not (self.folder / MARKER).is_file():
            raise self._unreachable("is not reachable (or its team files are missing)")

    def _listing(self, folder: Path) -> list[Path]:
        try:
            return sorted(p for p in folder.iterdir() if not p.name.startswith("."))
        except FileNotFoundError:
            return []
        except OSError as exc:
            raise self._unreachable(f"cannot be read ({exc.strerror or exc})") from exc

    # --- change sets ---------------------------------------------------------------------

    def _device_files(self, device: uuid.UUID) -> dict[tuple[int, int], list[Path]]:
        out: dict[tuple[int, int], list[Path]] = {}
        for path in self._listing(self.folder / "changes" / device.hex):
            match = _CHANGE_NAME.match(path.name)
            if match:
                key = (int(match[1]), int(match[2]))
                out.setdefault(key, []).append(path)
        for paths in out.values():
            paths.sort(key=lambda p: (len(p.name), p.name))  # the plain name first
        return out

    def push(self, change_set: ChangeSet) -> None:
        self._guard()
        folder = self.folder / "changes" / change_set.device.hex
        key = (change_set.first, change_set.last)
        existing = self._device_files(change_set.device).get(key, [])
        for path in existing:
            found = _decode_change_set(path, change_set.device)
            if isinstance(found, ChangeSet):
                same = (found.content, found.payload) == (change_set.content, change_set.payload)
                if not same and (not found.content or found.content != change_set.content):
                    raise IdentityClash(f"changes/{change_set.device.hex}/{path.name}")
                return  # already there whole
        name = f"{change_set.first:010d}-{change_set.last:010d}"
        # a damaged copy stays as it is: the good one goes beside it under a new name
        suffix = f".r{len(existing)}" if existing else ""
        try:
            write_whole(folder / f"{name}{suffix}.mdc", [_encode_change_set(change_set)])
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc

    def every_change_set(self) -> Iterator[ChangeSet | Unreadable]:
        return self.pull({})

    def drop_covered_snapshot(self, info: SnapshotInfo, by: SnapshotInfo) -> bool:
        if not self.erasures() or info.key == by.key:
            return False
        if any(by.covers.get(d, 0) < n for d, n in info.covers.items()):
            return False
        self.drop_snapshot(info)
        return True

    def replace_change_set(self, change_set: ChangeSet) -> bool:
        """An erasure's compaction: each stored copy of the change set (same numbers, same
        actions) rewritten whole with the scrubbed payload (a new file renamed over it); a
        damaged duplicate beside a good one, which may hold the old values too, goes."""
        if not self.erasures():
            return False  # never changed but for an erasure
        paths = self._device_files(change_set.device).get((change_set.first, change_set.last), [])
        good, damaged = [], []
        for path in paths:
            found = _decode_change_set(path, change_set.device)
            if isinstance(found, Unreadable):
                damaged.append(path)
            elif found.content and found.content == change_set.content:
                good.append((path, found))
        try:
            for path, found in good:
                if found.payload != change_set.payload:
                    write_whole(path, [_encode_change_set(change_set)], replace=True)
            if good:
                for path in damaged:
                    path.unlink(missing_ok=True)
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc
        return bool(good)

    def pushed(self, device: uuid.UUID) -> int:
        self._guard()
        for (_first, last), paths in sorted(
            self._device_files(device).items(), key=lambda kv: -kv[0][1]
        ):
            if any(isinstance(_decode_change_set(p, device), ChangeSet) for p in paths):
                return last
        return 0

    def _devices(self) -> list[uuid.UUID]:
        return [
            uuid.UUID(p.name)
            for p in self._listing(self.folder / "changes")
            if _DEVICE_DIR.match(p.name) and p.is_dir()
        ]

    def pull(self, seen: Mapping[uuid.UUID, int]) -> Iterator[ChangeSet | Unreadable]:
        self._guard()
        for device in self._devices():
            upto = seen.get(device, 0)
            for (_first, last), paths in sorted(self._device_files(device).items()):
                if last <= upto:
                    continue
                problems: list[Unreadable] = []
                for path in paths:
                    found = _decode_change_set(path, device)
                    if isinstance(found, ChangeSet):
                        yield found
                        break
                    problems.append(found)
                else:
                    yield problems[0]

    def drop_change_sets(self, device: uuid.UUID, upto: int) -> int:
        self._guard()
        dropped = 0
        for (_first, last), paths in self._device_files(device).items():
            if last <= upto:
                for path in paths:
                    path.unlink(missing_ok=True)
                dropped += 1
        return dropped

    # --- snapshots -----------------------------------------------------------------------

    def snapshots(self) -> list[SnapshotInfo]:
        self._guard()
        out = []
        for path in self._listing(self.folder / "snapshots"):
            if not _SNAPSHOT_NAME.match(path.name):
                continue
            try:
                manifest = json.loads(path.read_text(encoding="utf-8"))
                data = path.with_name(manifest["data"])
                if data.stat().st_size != sum(int(size) for size, _ in manifest["chunks"]):
                    continue  # its data is still arriving
                out.append(
                    SnapshotInfo(
                        key=path.name,
                        device=uuid.UUID(manifest["device"]),
                        covers={uuid.UUID(k): int(v) for k, v in manifest["covers"].items()},
                        schema=str(manifest["schema"]),
                        format=int(manifest["format"]),
                        made_at=datetime.fromisoformat(manifest["made_at"]),
                        size=data.stat().st_size,
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue  # damaged or still arriving: not offered
        return out

    def put_snapshot(
        self,
        device: uuid.UUID,
        covers: Mapping[uuid.UUID, int],
        schema: str,
        chunks: Iterable[bytes],
    ) -> SnapshotInfo:
        self._guard()
        made = _now()
        stem = f"{device.hex}-{int(made.timestamp() * 1000)}"
        folder = self.folder / "snapshots"
        listed: list[tuple[int, str]] = []

        def counted() -> Iterator[bytes]:
            for chunk in chunks:
                listed.append((len(chunk), hashlib.sha256(chunk).hexdigest()))
                yield chunk

        manifest: dict[str, Any] = {
            "device": device.hex,
            "covers": {d.hex: n for d, n in covers.items()},
            "schema": schema,
            "format": FORMAT,
            "made_at": made.isoformat(),
            "data": f"{stem}.mds",
        }
        try:
            write_whole(folder / f"{stem}.mds", counted())
            manifest["chunks"] = listed
            write_whole(folder / f"{stem}.json", [json.dumps(manifest).encode()])
        except OSError as exc:
            (folder / f"{stem}.mds").unlink(missing_ok=True)
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc
        size = sum(n for n, _ in listed)
        return SnapshotInfo(f"{stem}.json", device, dict(covers), schema, FORMAT, made, size)

    def read_snapshot(self, info: SnapshotInfo) -> Iterator[bytes]:
        self._guard()
        path = self.folder / "snapshots" / info.key
        try:
            manifest = json.loads(path.read_text(encoding="utf-8"))
            with open(path.with_name(manifest["data"]), "rb") as data:
                for size, digest in manifest["chunks"]:
                    chunk = data.read(int(size))
                    if len(chunk) != int(size) or hashlib.sha256(chunk).hexdigest() != digest:
                        raise SnapshotDamaged(f"snapshots/{info.key}", "is damaged or incomplete")
                    yield chunk
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SnapshotDamaged(f"snapshots/{info.key}", f"cannot be read ({exc})") from exc

    def drop_snapshot(self, info: SnapshotInfo) -> None:
        self._guard()
        path = self.folder / "snapshots" / info.key
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            data = json.loads(path.read_text(encoding="utf-8"))["data"]
            path.unlink(missing_ok=True)  # the manifest first: it is what lists the snapshot
            (path.parent / data).unlink(missing_ok=True)

    # --- copies --------------------------------------------------------------------------

    def announce(self, copy: CopyInfo) -> None:
        self._guard()
        content = {
            "device": copy.device.hex,
            "name": copy.name,
            "last_sync": copy.last_sync.isoformat(),
            "seen": {d.hex: n for d, n in copy.seen.items()},
            "schema": copy.schema,
            "app_version": copy.app_version,
        }
        target = self.folder / "copies" / f"{copy.device.hex}.json"
        try:
            write_whole(target, [json.dumps(content).encode()], replace=True)
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc

    def copies(self) -> list[CopyInfo]:
        self._guard()
        latest: dict[uuid.UUID, CopyInfo] = {}
        for path in self._listing(self.folder / "copies"):
            if not _COPY_NAME.match(path.name):
                continue
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                copy = CopyInfo(
                    device=uuid.UUID(data["device"]),
                    name=str(data["name"]),
                    last_sync=datetime.fromisoformat(data["last_sync"]),
                    seen={uuid.UUID(k): int(v) for k, v in data["seen"].items()},
                    schema=str(data.get("schema", "")),
                    app_version=str(data.get("app_version", "")),
                )
            except (OSError, ValueError, KeyError, TypeError, AttributeError):
                continue
            known = latest.get(copy.device)
            if known is None or copy.last_sync > known.last_sync:
                latest[copy.device] = copy
        return sorted(latest.values(), key=lambda c: (c.name.casefold(), c.device.hex))

    # --- attachments ---------------------------------------------------------------------

    def _blob_path(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise ValueError(f"not a SHA-256 checksum: {sha256!r}")
        return self.folder / "blobs" / sha256[:2] / sha256

    def has_blob(self, sha256: str) -> bool:
        # written whole under a temporary name, so present means whole; fetch_blob checks it
        self._guard()
        return self._blob_path(sha256).is_file()

    def put_blob(self, sha256: str, source: Path) -> None:
        if self.has_blob(sha256):
            return
        if _digest(source) != sha256:
            raise ValueError(f"{source.name} is not the file its checksum names")
        try:
            with open(source, "rb") as fh:
                write_whole(self._blob_path(sha256), iter(lambda: fh.read(1 << 20), b""), True)
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc

    def fetch_blob(self, sha256: str, target: Path) -> bool:
        if not self.has_blob(sha256):
            return False
        with open(self._blob_path(sha256), "rb") as fh:
            write_whole(target, iter(lambda: fh.read(1 << 20), b""), replace=True)
        if _digest(target) != sha256:  # changed while copied: try again next time
            target.unlink(missing_ok=True)
            return False
        return True

    def drop_plain_blob(self, sha256: str) -> None:
        """A readable attachment whose sealed twin the team now holds (the team got its key
        after it was sent): the same content stays, sealed, under the team's name for it."""
        self._guard()
        with contextlib.suppress(FileNotFoundError):
            self._blob_path(sha256).unlink()

    def put_sealed_blob(self, name: str, data: bytes) -> None:
        """An attachment sealed with the team key: its name is not its checksum, so the folder
        cannot check it; the team key's authentication does when it is opened."""
        if self.has_blob(name):
            return
        try:
            write_whole(self._blob_path(name), [data], replace=True)
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc

    def fetch_sealed_blob(self, name: str) -> bytes | None:
        if not self.has_blob(name):
            return None
        try:
            return self._blob_path(name).read_bytes()
        except OSError:
            return None  # gone or unreadable this time: fetched again next sync

    # --- the team key --------------------------------------------------------------------

    def team_key(self) -> bytes | None:
        """The team key's envelope; None when the team has none (nothing is written)."""
        if not self.folder.is_dir():
            raise self._unreachable("cannot be found (is the share or drive connected?)")
        try:
            return (self.folder / TEAM_KEY).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise self._unreachable(f"cannot be read ({exc.strerror or exc})") from exc

    def put_team_key(self, envelope: bytes) -> None:
        self._guard()
        try:
            write_whole(self.folder / TEAM_KEY, [envelope])  # the first writer's stays
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc

    # --- erasures ------------------------------------------------------------------------

    def put_erasure(self, record: ErasureRecord) -> None:
        self._guard()
        content = {
            "id": record.id.hex,
            "device": record.device.hex,
            "record_id": record.record_id.hex,
            "made_at": record.made_at.isoformat(),
            "payload": record.payload.hex(),
        }
        target = self.folder / "erasures" / f"{record.id.hex}.json"
        try:
            write_whole(target, [json.dumps(content).encode()])
        except OSError as exc:
            raise self._unreachable(f"cannot be written ({exc.strerror or exc})") from exc

    def erasures(self) -> list[ErasureRecord]:
        self._guard()
        out = []
        for path in self._listing(self.folder / "erasures"):
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                out.append(
                    ErasureRecord(
                        id=uuid.UUID(data["id"]),
                        device=uuid.UUID(data["device"]),
                        record_id=uuid.UUID(data["record_id"]),
                        made_at=datetime.fromisoformat(data["made_at"]),
                        payload=bytes.fromhex(data["payload"]),
                    )
                )
            except (OSError, ValueError, KeyError, TypeError):
                continue
        unique = {r.id: r for r in out}
        return sorted(unique.values(), key=lambda r: (r.made_at, r.id.hex))


def _digest(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)
