"""The same promise on a real full file system: a 3 MB tmpfs mounted for the test (CI runs as
root, as the issue's crash and disk tests assume), filled to the last byte, then grown."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from conftest import connect_raw, copy_database

from metrodesk.data.errors import StorageError
from metrodesk.services.facade import Services


@pytest.fixture
def small_disk(tmp_path: Path):
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_a_full_file_system_rolls_back_says_so_and_writing_resumes(small_disk, empty_template):
    path = copy_database(empty_template, small_disk / "metrodesk.sqlite")
    svc = Services.open(path)
    saved, message = 0, ""
    try:
        for i in range(10_000):
            svc.records.create("organisation", {"name": f"Org {i}", "notes": "x" * 3000})
            saved += 1
    except StorageError as exc:
        message = str(exc)
    # the failed action left nothing behind, and the app still reads
    assert message.startswith("The change was not saved")
    assert saved > 0
    assert svc.lists.count("organisation") == saved
    # space comes back: writing works again without reopening
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    svc.records.create("organisation", {"name": "After the disk was grown"})
    assert svc.lists.count("organisation") == saved + 1
    svc.close()
    with connect_raw(path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        names = conn.execute("SELECT count(*) FROM organisation").fetchone()[0]
    conn.close()
    assert names == saved + 1
