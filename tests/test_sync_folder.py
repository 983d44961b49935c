"""The shared folder is hostile: files late, twice, out of order, truncated, damaged, as a
syncing service's "conflicted copy", or a folder not mounted. Nothing is ever applied in part,
nothing missing is read as a deletion, and what was skipped is applied once it is whole."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from metrodesk.services.facade import Services
from metrodesk.services.sync.engine import SyncError
from metrodesk.services.sync.folder import FolderHub


@pytest.fixture
def pair(tmp_path):
    """A writes into its own folder; what reaches B's folder is up to each test (as a syncing
    service delivers it): two views of one team folder."""
    written, delivered = tmp_path / "written", tmp_path / "delivered"
    written.mkdir()
    a = Services.open(tmp_path / "A.sqlite")
    b = Services.open(tmp_path / "B.sqlite")
    oid = a.records.create("organisation", {"name": "UN-Habitat"})
    a.sync.run(str(written), "A")
    shutil.copytree(written, delivered)  # B joins what was there at first
    b.sync.run(str(delivered), "B")
    yield a, b, written, delivered, oid
    a.close()
    b.close()


def _new_files(written: Path, delivered: Path) -> list[Path]:
    return sorted(
        p for p in written.rglob("*.mdc") if not (delivered / p.relative_to(written)).exists()
    )


def _deliver(path: Path, written: Path, delivered: Path, data: bytes | None = None) -> Path:
    target = delivered / path.relative_to(written)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(path.read_bytes() if data is None else data)
    return target


def _names(b: Services) -> list[str]:
    return [r.values[0] for r in b.lists.page("organisation")]


def test_files_out_of_order_wait_for_the_ones_before_them(pair):
    a, b, written, delivered, oid = pair
    a.records.update("organisation", oid, {"city": "Nairobi"})
    a.sync.run()
    a.records.update("organisation", oid, {"name": "UN-Habitat HQ"})
    a.sync.run()
    first, second = _new_files(written, delivered)
    _deliver(second, written, delivered)
    report = b.sync.run()
    assert report.received == 0 and report.waiting == 1
    assert any("wait for others" in n for n in report.notes)
    _deliver(first, written, delivered)
    report = b.sync.run()
    assert report.received == 2
    assert b.records.get("organisation", oid)["name"] == "UN-Habitat HQ"
    assert b.records.get("organisation", oid)["city"] == "Nairobi"


def test_a_truncated_file_is_named_skipped_and_applied_once_whole(pair):
    a, b, written, delivered, oid = pair
    a.records.update("organisation", oid, {"city": "Nairobi"})
    a.sync.run()
    (path,) = _new_files(written, delivered)
    whole = path.read_bytes()
    target = _deliver(path, written, delivered, whole[: len(whole) // 2])
    report = b.sync.run()
    assert report.received == 0
    (note,) = [n for n in report.notes if "Skipped" in n]
    assert path.name in note and "incomplete" in note
    assert b.records.get("organisation", oid)["city"] == ""
    target.write_bytes(whole)
    assert b.sync.run().received == 1
    assert b.records.get("organisation", oid)["city"] == "Nairobi"


def test_a_damaged_file_is_skipped_and_its_good_conflicted_copy_is_used(pair):
    a, b, written, delivered, oid = pair
    a.records.update("organisation", oid, {"city": "Nairobi"})
    a.sync.run()
    (path,) = _new_files(written, delivered)
    data = bytearray(path.read_bytes())
    data[-5] ^= 0xFF
    _deliver(path, written, delivered, bytes(data))
    report = b.sync.run()
    assert report.received == 0 and any("checksum" in n for n in report.notes)
    # the syncing service also delivered a good copy under a name of its own
    twin = delivered / path.relative_to(written)
    twin = twin.with_name(twin.stem + " (Agnès's conflicted copy 2026-12-03).mdc")
    twin.write_bytes(path.read_bytes())
    assert b.sync.run().received == 1
    assert b.records.get("organisation", oid)["city"] == "Nairobi"


def test_a_file_delivered_twice_is_applied_once(pair):
    a, b, written, delivered, oid = pair
    a.records.update("organisation", oid, {"city": "Nairobi"})
    a.sync.run()
    (path,) = _new_files(written, delivered)
    target = _deliver(path, written, delivered)
    shutil.copy(target, target.with_name(target.stem + " (1).mdc"))
    assert b.sync.run().received == 1
    b.records.update("organisation", oid, {"city": "Geneva"})
    assert b.sync.run().received == 0  # nothing twice
    assert b.records.get("organisation", oid)["city"] == "Geneva"
    with b.db.read() as s:
        from sqlalchemy import func, select

        from metrodesk.data.journal import JournalEntry

        count = s.scalar(
            select(func.count()).where(JournalEntry.record_id == oid, JournalEntry.op == "update")
        )
    assert count == 2


def test_unfinished_temporary_files_and_foreign_names_are_ignored(pair):
    a, b, _written, delivered, _oid = pair
    folder = delivered / "changes" / a.db.device
    (folder / ".0000000002-0000000002.mdc.1a2b3c4d.tmp").write_bytes(b"MDCHANGES1\n{")
    (folder / "desktop.ini").write_text("[.ShellClassInfo]")
    (delivered / "Thumbs.db").write_bytes(b"\x00")
    report = b.sync.run()
    assert report.received == 0 and report.notes == []


def test_an_empty_or_unmounted_folder_changes_nothing(pair):
    _a, b, _written, delivered, _oid = pair
    shutil.rmtree(delivered)
    with pytest.raises(SyncError, match="cannot be found"):
        b.sync.run()
    delivered.mkdir()  # an empty mount point
    with pytest.raises(SyncError, match="not connected"):
        b.sync.run()
    assert _names(b) == ["UN-Habitat"]
    assert list(delivered.iterdir()) == []  # and nothing was written into it


def test_a_folder_holding_other_files_is_not_taken_over(tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "budget.xlsx").write_bytes(b"PK")
    svc = Services.open(tmp_path / "A.sqlite")
    try:
        with pytest.raises(SyncError, match="holds other files"):
            svc.sync.run(str(folder), "A")
    finally:
        svc.close()
    assert [p.name for p in folder.iterdir()] == ["budget.xlsx"]


def test_a_damaged_snapshot_is_not_joined_from(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    a = Services.open(tmp_path / "A.sqlite")
    b = Services.open(tmp_path / "B.sqlite")
    try:
        a.records.create("organisation", {"name": "UN-Habitat"})
        a.sync.run(str(folder), "A")
        (data,) = folder.glob("snapshots/*.mds")
        raw = bytearray(data.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        data.write_bytes(bytes(raw))
        report = b.sync.run(str(folder), "B")
        # the snapshot was refused whole; the change files (kept until another copy has
        # them) were used instead
        assert any("snapshot could not be used" in n for n in report.notes)
        assert report.received == 1 and not report.joined
        assert b.lists.count("organisation") == 1
    finally:
        a.close()
        b.close()


def test_change_files_are_written_whole_and_never_rewritten(pair):
    a, _b, written, delivered, oid = pair
    a.records.update("organisation", oid, {"city": "Nairobi"})
    a.sync.run()
    (path,) = _new_files(written, delivered)
    before = (path.stat().st_mtime_ns, path.read_bytes())
    hub = FolderHub(written)
    from metrodesk.services.sync.transport import ChangeSet

    found = [c for c in hub.pull({}) if isinstance(c, ChangeSet) and c.first == 2]
    hub.push(found[0])  # a retry: the file is left as it is
    assert (path.stat().st_mtime_ns, path.read_bytes()) == before
    assert not [p for p in written.rglob("*") if p.name.endswith(".tmp")]
