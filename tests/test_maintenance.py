"""Check, backup and restore on real files, including damaged and foreign ones."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import connect_raw

from metrodesk import paths
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import backup, check_database, restore

PAGE = 4096
Spoiler = Callable[[Path], Path]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()}


def damage_table(db: Path, table: str = "contact") -> Path:
    """Overwrite the first page of a table's b-tree: structural damage SQLite must notice
    (flipping bytes inside a text value is not something any check can see)."""
    with connect_raw(db) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,))
        page = root.fetchone()[0]
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(db.read_bytes())
    start = (page - 1) * size
    data[start : start + size] = bytes((i * 7 + 3) % 256 for i in range(size))
    db.write_bytes(bytes(data))
    return db


def flip_middle(db: Path) -> Path:
    """Flip every byte of the middle third of the file."""
    data = bytearray(db.read_bytes())
    third = len(data) // 3
    data[third : 2 * third] = bytes(b ^ 0xFF for b in data[third : 2 * third])
    db.write_bytes(bytes(data))
    return db


def truncate(db: Path) -> Path:
    db.write_bytes(db.read_bytes()[: PAGE * 3 + 100])
    return db


def text_file(db: Path) -> Path:
    db.write_text("name,e-mail\nAgnès,abickart@metropolis.org\n", encoding="utf-8")
    return db


def foreign_sqlite(db: Path) -> Path:
    db.unlink()
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
    conn.close()
    return db


def newer_schema(db: Path) -> Path:
    with connect_raw(db) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return db


def empty_file(db: Path) -> Path:
    db.write_bytes(b"")
    return db


BAD: list[Spoiler] = [
    damage_table,
    flip_middle,
    truncate,
    text_file,
    foreign_sqlite,
    newer_schema,
    empty_file,
]


def live_contacts(path: Path) -> int:
    svc = Services.open(path)
    try:
        return svc.lists.count("contact")
    finally:
        svc.close()


def test_a_sound_database_passes(sample_path: Path) -> None:
    report = check_database(sample_path)

    assert report.ok, report.lines
    assert "integrity: ok" in report.lines
    assert any(line.startswith("schema: ") and "(current)" in line for line in report.lines)
    assert report.lines[-1] == "result: sound"


def test_a_missing_file_fails_without_being_created(tmp_path: Path) -> None:
    report = check_database(tmp_path / "nowhere.sqlite")

    assert not report.ok
    assert "no database" in report.reason
    assert not (tmp_path / "nowhere.sqlite").exists()


@pytest.mark.parametrize("spoil", BAD, ids=lambda f: f.__name__)
def test_a_bad_file_fails_and_is_left_untouched(sample_path: Path, spoil: Spoiler) -> None:
    spoil(sample_path)
    before, files = sha256(sample_path), siblings(sample_path)

    report = check_database(sample_path)

    assert not report.ok
    assert report.reason and "\n" not in report.reason
    assert sha256(sample_path) == before
    assert siblings(sample_path) == files


def test_an_older_schema_is_sound_but_said_to_need_an_upgrade(sample_path: Path) -> None:
    with connect_raw(sample_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    conn.close()

    report = check_database(sample_path)

    assert report.ok
    assert any("older" in line for line in report.lines)


def test_broken_links_are_found(sample_path: Path) -> None:
    with connect_raw(sample_path) as conn:
        conn.execute("UPDATE contact_email SET contact_id = 'ffffffffffffffffffffffffffffffff'")
    conn.close()

    report = check_database(sample_path)

    assert not report.ok
    assert "contact_email" in report.reason


def test_backup_then_restore_brings_deleted_data_back(sample_path: Path, tmp_path: Path) -> None:
    saved = backup(sample_path, tmp_path / "saved.sqlite")
    before = live_contacts(sample_path)
    svc = Services.open(sample_path)
    victim = svc.lists.page("contact", limit=1)[0].id
    svc.records.delete("contact", victim)
    svc.close()
    assert live_contacts(sample_path) == before - 1

    result = restore(saved, sample_path)

    assert live_contacts(sample_path) == before
    assert check_database(sample_path).ok
    # what was there before the restore is kept, and still holds the deletion
    assert result.previous is not None
    assert result.previous.parent == paths.backup_dir(sample_path)
    assert live_contacts(result.previous) == before - 1


def test_restore_works_under_an_open_connection(sample_path: Path, tmp_path: Path) -> None:
    saved = backup(sample_path, tmp_path / "saved.sqlite")
    svc = Services.open(sample_path)
    before = svc.lists.count("contact")
    svc.records.delete("contact", svc.lists.page("contact", limit=1)[0].id)

    restore(saved, sample_path)

    assert svc.lists.count("contact") == before
    svc.close()


@pytest.mark.parametrize("spoil", BAD, ids=lambda f: f.__name__)
def test_a_bad_backup_is_refused_and_changes_nothing(
    sample_path: Path, tmp_path: Path, spoil: Spoiler
) -> None:
    bad = spoil(backup(sample_path, tmp_path / "bad.sqlite"))
    before = sha256(sample_path)

    with pytest.raises(ServiceError, match="cannot restore from"):
        restore(bad, sample_path)

    assert sha256(sample_path) == before
    assert not paths.backup_dir(sample_path).exists()


def test_restore_replaces_a_damaged_database_when_asked_and_keeps_its_bytes(
    sample_path: Path, tmp_path: Path
) -> None:
    saved = backup(sample_path, tmp_path / "saved.sqlite")
    damage_table(sample_path)
    damaged = sample_path.read_bytes()
    with pytest.raises(ServiceError, match="is damaged"):
        restore(saved, sample_path)
    assert sample_path.read_bytes() == damaged

    result = restore(saved, sample_path, replace_damaged=True)

    assert check_database(sample_path).ok
    assert result.previous is not None and result.previous.read_bytes() == damaged


def test_restore_into_a_new_place(sample_path: Path, tmp_path: Path) -> None:
    saved = backup(sample_path, tmp_path / "saved.sqlite")
    target = tmp_path / "elsewhere" / "restored.sqlite"

    result = restore(saved, target)

    assert result.previous is None
    assert live_contacts(target) == live_contacts(sample_path)


def test_backup_is_verified_private_and_sound(sample_path: Path, tmp_path: Path) -> None:
    target = backup(sample_path, tmp_path / "copy.sqlite")

    assert check_database(target).ok
    assert target.stat().st_mode & 0o077 == 0


def test_backup_into_a_folder_names_the_file(sample_path: Path, tmp_path: Path) -> None:
    folder = tmp_path / "backups-here"
    folder.mkdir()

    target = backup(sample_path, folder)

    assert target.parent == folder and target.name.startswith("sample-")


def test_backup_refuses_to_overwrite_the_database(sample_path: Path) -> None:
    before = sha256(sample_path)

    with pytest.raises(ServiceError):
        backup(sample_path, sample_path)

    assert sha256(sample_path) == before


def test_backup_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    with pytest.raises(ServiceError, match="no database"):
        backup(tmp_path / "missing.sqlite", tmp_path / "copy.sqlite")

    assert sorted(p.name for p in tmp_path.iterdir() if "sqlite" in p.name) == []


def test_backup_of_a_damaged_database_is_refused(sample_path: Path, tmp_path: Path) -> None:
    damage_table(sample_path)

    with pytest.raises(ServiceError, match="cannot back up"):
        backup(sample_path, tmp_path / "copy.sqlite")

    assert not (tmp_path / "copy.sqlite").exists()
