"""The promises every sync transport keeps (see metrodesk/services/sync/transport.py), checked
against each transport listed in `sync_transports.py`: a second transport (PostgreSQL) runs
this same file by adding its factory there."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from sync_transports import TRANSPORTS, HubFactory

from metrodesk.services.sync.transport import (
    FORMAT,
    ChangeSet,
    CopyInfo,
    ErasureRecord,
    HubUnreachable,
    IdentityClash,
    Unreadable,
)

A, B = uuid.UUID(int=0xA), uuid.UUID(int=0xB)


@pytest.fixture(params=sorted(TRANSPORTS))
def hub(request, tmp_path) -> HubFactory:
    return TRANSPORTS[request.param](tmp_path)


def _cs(device: uuid.UUID, first: int, last: int, payload: bytes = b"") -> ChangeSet:
    body = payload or f"{device.hex}:{first}-{last}".encode() * 3
    return ChangeSet(device, first, last, "0005", FORMAT, body)


def _opened(hub: HubFactory):
    client = hub()
    client.open(create=True)
    return client


def _pulled(client, seen=None) -> list:
    return sorted(
        (x for x in client.pull(seen or {})),
        key=lambda x: (x.device.int, x.first, x.last) if isinstance(x, ChangeSet) else (0, 0, 0),
    )


def test_a_hub_is_made_once_and_every_client_sees_the_same_id(hub):
    first = hub()
    with pytest.raises(HubUnreachable):
        first.open(create=False)  # nothing there yet: never made without being asked
    hub_id = first.open(create=True)
    assert hub().open(create=False) == hub_id
    assert hub().open(create=True) == hub_id  # joining again makes nothing new
    assert first.describe()


def test_change_sets_come_back_whole_and_only_those_not_seen(hub):
    writer, reader = _opened(hub), _opened(hub)
    sets = [_cs(A, 1, 3), _cs(A, 4, 4), _cs(B, 1, 2, b"\x00\xff" * 1000)]
    for cs in sets:
        writer.push(cs)
    assert _pulled(reader) == sets
    assert _pulled(reader, {A: 3}) == sets[1:]
    assert _pulled(reader, {A: 4, B: 2}) == []
    assert _pulled(reader, {A: 2}) == sets  # one not wholly seen comes back whole
    assert (reader.pushed(A), reader.pushed(B), reader.pushed(uuid.uuid4())) == (4, 2, 0)


def test_pushing_again_is_harmless_and_overlaps_are_kept(hub):
    client = _opened(hub)
    client.push(_cs(A, 1, 2))
    client.push(_cs(A, 1, 2))  # a retry after a crash
    client.push(_cs(A, 1, 3))  # a retry with one more action in it
    got = _pulled(client)
    assert [(c.first, c.last) for c in got] == [(1, 2), (1, 3)]
    assert all(isinstance(c, ChangeSet) for c in got)


def test_only_a_devices_own_change_sets_up_to_a_number_are_dropped(hub):
    client = _opened(hub)
    for cs in (_cs(A, 1, 2), _cs(A, 3, 5), _cs(A, 6, 6), _cs(B, 1, 9)):
        client.push(cs)
    client.drop_change_sets(A, 5)
    assert [(c.device, c.first) for c in _pulled(client)] == [(A, 6), (B, 1)]


def test_snapshots_are_listed_with_what_they_cover_and_read_back_in_chunks(hub):
    writer, reader = _opened(hub), _opened(hub)
    chunks = [b"first chunk", b"\x01" * 70_000, b"last"]
    info = writer.put_snapshot(A, {A: 7, B: 3}, "0005", iter(chunks))
    (listed,) = reader.snapshots()
    assert (listed.key, listed.device, dict(listed.covers)) == (info.key, A, {A: 7, B: 3})
    assert (listed.schema, listed.format) == ("0005", FORMAT)
    assert list(reader.read_snapshot(listed)) == chunks
    writer.drop_snapshot(listed)
    assert reader.snapshots() == []


def test_copies_announce_themselves_and_the_newest_announcement_counts(hub):
    a, b = _opened(hub), _opened(hub)
    now = datetime.now(UTC)
    a.announce(CopyInfo(A, "Seoul laptop", now - timedelta(hours=1), {A: 1}))
    a.announce(CopyInfo(A, "Seoul laptop", now, {A: 4, B: 2}, "0005", "0.3.0"))
    b.announce(CopyInfo(B, "Barcelona desk", now, {}))
    copies = {c.device: c for c in b.copies()}
    assert set(copies) == {A, B}
    assert copies[A].name == "Seoul laptop" and dict(copies[A].seen) == {A: 4, B: 2}
    assert abs(copies[A].last_sync - now) < timedelta(seconds=1)
    assert (copies[A].schema, copies[A].app_version) == ("0005", "0.3.0")


def test_attachments_are_stored_once_by_checksum_and_checked_when_fetched(hub, tmp_path):
    client = _opened(hub)
    source = tmp_path / "minutes.pdf"
    source.write_bytes(b"%PDF-1.7 minutes" * 1000)
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    assert not client.has_blob(digest)
    client.put_blob(digest, source)
    client.put_blob(digest, source)
    assert hub().has_blob(digest)
    target = tmp_path / "elsewhere" / digest
    target.parent.mkdir()
    assert hub().fetch_blob(digest, target)
    assert target.read_bytes() == source.read_bytes()
    assert not client.fetch_blob("0" * 64, tmp_path / "missing")
    with pytest.raises(ValueError):
        client.put_blob("1" * 64, source)  # not the file its checksum names


def test_erasure_records_are_kept_once_each(hub):
    client = _opened(hub)
    when = datetime.now(UTC)
    record = ErasureRecord(uuid.uuid4(), A, uuid.uuid4(), when, b"details")
    client.put_erasure(record)
    client.put_erasure(record)
    (got,) = hub().erasures()
    assert (got.id, got.device, got.record_id, got.payload) == (
        record.id,
        A,
        record.record_id,
        b"details",
    )


def test_pull_never_yields_a_part_of_a_change_set(hub):
    client = _opened(hub)
    payload = bytes(range(256)) * 4096  # 1 MB
    client.push(_cs(A, 1, 1, payload))
    (got,) = list(hub().pull({}))
    assert isinstance(got, ChangeSet) and got.payload == payload
    assert not isinstance(got, Unreadable)


def test_a_different_change_set_under_the_same_numbers_is_refused(hub):
    client = _opened(hub)
    mine = ChangeSet(A, 1, 1, "0006", FORMAT, b"sealed once", "actions-1")
    client.push(mine)
    # the same actions sealed again (a retry): accepted, the first stays
    hub().push(ChangeSet(A, 1, 1, "0006", FORMAT, b"sealed again", "actions-1"))
    # other actions under the same device and numbers: another copy uses this id
    with pytest.raises(IdentityClash):
        hub().push(ChangeSet(A, 1, 1, "0006", FORMAT, b"other", "actions-2"))
    (got,) = list(hub().pull({}))
    assert got.payload == b"sealed once"


def test_an_erasure_rewrites_change_sets_and_drops_covered_snapshots_whoever_wrote_them(hub):
    writer, cleaner = _opened(hub), _opened(hub)
    old = ChangeSet(A, 1, 2, "0005", FORMAT, b"values of the person", "actions 1-2")
    writer.push(old)
    writer.push(ChangeSet(A, 3, 4, "0005", FORMAT, b"other values", "actions 3-4"))
    scrubbed = replace(old, payload=b"values scrubbed")
    assert not cleaner.replace_change_set(scrubbed)  # no erasure on the hub: nothing changes
    cleaner.put_erasure(ErasureRecord(uuid.uuid4(), B, uuid.uuid4(), datetime.now(UTC)))
    assert cleaner.replace_change_set(scrubbed)
    assert not cleaner.replace_change_set(replace(old, payload=b"x", content="other actions"))
    stored = {(c.first, c.payload) for c in hub().every_change_set() if isinstance(c, ChangeSet)}
    assert stored == {(1, b"values scrubbed"), (3, b"other values")}
    writer.push(old)  # a copy sending it again (a retry) is the same change set: no clash
    assert [c.payload for c in _pulled(hub())][:1] == [b"values scrubbed"]
    before = writer.put_snapshot(A, {A: 2}, "0005", iter([b"old"]))
    after = cleaner.put_snapshot(B, {A: 4, B: 1}, "0005", iter([b"new"]))
    assert not cleaner.drop_covered_snapshot(after, before)  # it holds more: kept
    assert cleaner.drop_covered_snapshot(before, after)
    assert [s.key for s in hub().snapshots()] == [after.key]
