"""`restore` writes only over a MetroDesk database or onto a new path (issue 18, item 2).

It used to write over whatever `--db` named: a device node became a regular file, a FIFO hung
the command, text files and other programs' databases were overwritten with exit 0. Every
refused target here is left exactly as it was (its kind, bytes and folder), said in one line.
Devices are made only safely: a null device node (1, 3) in the test's own folder, where a
write would be lost harmlessly; the system's own /dev is never touched.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import connect_raw

from metrodesk.services.errors import ServiceError
from metrodesk.services.storage.maintenance import DamagedTarget, backup, check_database, restore

Maker = Callable[[Path, Path], Path]


def fifo(tmp: Path, sample: Path) -> Path:
    path = tmp / "pipe.sqlite"
    os.mkfifo(path)
    return path


def null_device(tmp: Path, sample: Path) -> Path:
    path = tmp / "device.sqlite"
    os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 3))
    return path


def folder(tmp: Path, sample: Path) -> Path:
    path = tmp / "folder.sqlite"
    path.mkdir()
    (path / "inside.txt").write_text("keep me")
    return path


def link_to_fifo(tmp: Path, sample: Path) -> Path:
    link = tmp / "link.sqlite"
    link.symlink_to(fifo(tmp, sample))
    return link


def text_file(tmp: Path, sample: Path) -> Path:
    path = tmp / "notes.sqlite"
    path.write_text("name,e-mail\nAgnès,abickart@metropolis.org\n", encoding="utf-8")
    return path


def empty_file(tmp: Path, sample: Path) -> Path:
    path = tmp / "empty.sqlite"
    path.touch()
    return path


def foreign_sqlite(tmp: Path, sample: Path) -> Path:
    path = tmp / "photos.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")  # Alembic users too
        conn.execute("INSERT INTO alembic_version VALUES ('abc123')")
    conn.close()
    return path


def newer_metrodesk(tmp: Path, sample: Path) -> Path:
    path = tmp / "newer.sqlite"
    backup(sample, path)
    with connect_raw(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return path


def damaged_metrodesk(tmp: Path, sample: Path) -> Path:
    path = tmp / "damaged.sqlite"
    backup(sample, path)
    with connect_raw(path) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page[0] - 1) * 4096 : page[0] * 4096] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    return path


REFUSED: list[Maker] = [
    fifo,
    null_device,
    folder,
    link_to_fifo,
    text_file,
    empty_file,
    foreign_sqlite,
    newer_metrodesk,
    damaged_metrodesk,
]


def snapshot(path: Path) -> tuple[object, ...]:
    """Everything a refusal must leave alone: the folder's listing, the kind of every entry,
    and the bytes of every regular file (read without ever opening a FIFO or a device)."""
    entries = []
    for entry in sorted(path.parent.iterdir()):
        mode = entry.lstat().st_mode
        digest = ""
        if stat.S_ISREG(mode):
            digest = hashlib.sha256(entry.read_bytes()).hexdigest()
        entries.append((entry.name, stat.S_IFMT(mode), digest))
    return tuple(entries)


@pytest.fixture
def saved(sample_path: Path, tmp_path: Path) -> Path:
    keep = tmp_path / "kept"
    keep.mkdir()
    return backup(sample_path, keep / "saved.sqlite")


@pytest.mark.parametrize("make", REFUSED, ids=lambda f: f.__name__)
def test_restore_refuses_anything_but_a_metrodesk_database(
    sample_path: Path, tmp_path: Path, saved: Path, make: Maker
) -> None:
    place = tmp_path / "place"
    place.mkdir()
    target = make(place, sample_path)
    before = snapshot(target)

    with pytest.raises(ServiceError) as refused:
        restore(saved, target)

    assert "\n" not in str(refused.value)
    assert snapshot(target) == before
    assert not (place / "backups").exists()


@pytest.mark.parametrize("make", REFUSED, ids=lambda f: f.__name__)
def test_the_cli_says_why_in_one_line_and_leaves_the_target(
    sample_path: Path, tmp_path: Path, saved: Path, make: Maker
) -> None:
    place = tmp_path / "place"
    place.mkdir()
    target = make(place, sample_path)
    before = snapshot(target)

    run = subprocess.run(
        [sys.executable, "-m", "metrodesk", "restore", str(saved), "--db", str(target)],
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert run.returncode == 1, run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("metrodesk: "), run.stderr
    assert "Traceback" not in run.stderr
    assert snapshot(target) == before


def test_a_damaged_metrodesk_database_is_replaced_only_when_asked(
    sample_path: Path, tmp_path: Path, saved: Path
) -> None:
    target = damaged_metrodesk(tmp_path, sample_path)
    damaged = target.read_bytes()
    with pytest.raises(DamagedTarget):
        restore(saved, target)

    result = restore(saved, target, replace_damaged=True)

    assert check_database(target).ok
    assert result.previous is not None and result.previous.read_bytes() == damaged


def test_a_backup_that_is_a_fifo_is_refused_without_blocking(
    sample_path: Path, tmp_path: Path
) -> None:
    pipe = fifo(tmp_path, sample_path)
    before = sha(sample_path)
    with pytest.raises(ServiceError, match="named pipe"):
        restore(pipe, sample_path)
    assert sha(sample_path) == before


def test_a_new_path_is_made_whole_and_private(saved: Path, tmp_path: Path) -> None:
    target = tmp_path / "new" / "restored.sqlite"

    result = restore(saved, target)

    assert result.previous is None and check_database(target).ok
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    # (and the backup's key file beside it, when the backup is encrypted)
    listed = sorted(p.name for p in target.parent.iterdir() if p.name != "restored.sqlite.key")
    assert listed == ["restored.sqlite"]


def test_backup_refuses_a_device_or_fifo_as_its_output(sample_path: Path, tmp_path: Path) -> None:
    for make in (fifo, null_device):
        target = make(tmp_path, sample_path)
        before = snapshot(target)
        with pytest.raises(OSError, match="writes only regular files"):
            backup(sample_path, target)
        assert snapshot(target) == before
        target.unlink()


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_exports_refuse_a_device_or_fifo_as_their_output(
    sample_path: Path, tmp_path: Path, suffix: str
) -> None:
    from metrodesk.services.exports.csv_file import export_csv
    from metrodesk.services.exports.workbook import export_workbook
    from metrodesk.services.facade import Services

    write = export_csv if suffix == ".csv" else export_workbook
    svc = Services.open(sample_path)
    try:
        for make in (fifo, null_device):
            place = tmp_path / make.__name__
            place.mkdir()
            made = make(place, sample_path)
            target = made.rename(made.with_suffix(suffix))
            before = snapshot(target)
            with pytest.raises(ServiceError, match="an export writes only files"):
                write(svc.db, "contacts", target)
            assert snapshot(target) == before
    finally:
        svc.close()
