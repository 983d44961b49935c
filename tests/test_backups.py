"""Backups: tiers (pure, with dates), the daily backup, before an import, while another process
writes, and a failed upgrade put back from its backup."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from alembic import command
from conftest import connect_raw

from metrodesk.data.database import Database
from metrodesk.data.engine import make_engine
from metrodesk.data.errors import MigrationFailed
from metrodesk.data.models import Organisation
from metrodesk.data.revisions import alembic_config, head_revision
from metrodesk.data.upgrade import upgrade_or_restore
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.facade import Services
from metrodesk.services.imports.apply import import_workbook
from metrodesk.services.storage import backups
from metrodesk.services.storage.backups import BackupInfo, BackupPolicy, backups_to_prune
from metrodesk.services.storage.maintenance import check_database, restore

CTX = multiprocessing.get_context("fork")
NOW = datetime(2026, 11, 23, 10, 0, 0)


def _info(taken: datetime, kind: str = backups.DAILY) -> BackupInfo:
    return BackupInfo(Path(f"/b/db-{kind}-{taken:%Y%m%d-%H%M%S}.sqlite"), taken, 1, kind)


# --- the retention rule ----------------------------------------------------------------------


def test_a_year_and_more_of_dailies_keeps_7_days_4_weeks_12_months() -> None:
    # given a daily backup at 09:00 on each of the last 500 days
    daily = [_info(NOW - timedelta(days=d, hours=1)) for d in range(500)]
    # when the rule is applied
    gone = {b.path for b in backups_to_prune(daily, NOW)}
    kept = sorted((b.taken_at for b in daily if b.path not in gone), reverse=True)
    # then the last 7 days are all there, then one a week, then one a month, for a year
    assert kept[:7] == [NOW - timedelta(days=d, hours=1) for d in range(7)]
    weeks = {t.isocalendar()[:2] for t in kept}
    months = {(t.year, t.month) for t in kept}
    assert len(kept) <= 7 + 4 + 12
    assert len(months) == 12
    assert {(NOW - timedelta(weeks=w)).isocalendar()[:2] for w in range(4)} <= weeks
    assert min(kept) > NOW - timedelta(days=366)


def test_recent_backups_are_all_kept_and_manual_ones_never_go() -> None:
    recent = [_info(NOW - timedelta(hours=h), backups.BEFORE_IMPORT) for h in range(0, 40, 2)]
    old_manual = _info(NOW - timedelta(days=900), backups.ON_REQUEST)
    damaged = _info(NOW - timedelta(days=800), backups.DAMAGED)
    assert backups_to_prune([*recent, old_manual, damaged], NOW) == []


def test_several_backups_in_a_day_keep_the_newest_of_that_day() -> None:
    policy = BackupPolicy(daily=2, weekly=0, monthly=0, within_days=0)
    day = NOW - timedelta(days=3)
    same_day = [_info(day.replace(hour=h)) for h in (8, 12, 17)]
    gone = backups_to_prune(same_day, NOW, policy)
    assert [b.taken_at.hour for b in gone] == [12, 8]


def test_names_are_parsed_for_every_kind() -> None:
    parse = backups.parse_name
    assert parse("db", "db-daily-20261123-090000.sqlite") == (
        backups.DAILY,
        datetime(2026, 11, 23, 9),
    )
    assert parse("db", "db-before-0002-20261123-090000.sqlite")[0] == backups.BEFORE_UPGRADE
    assert parse("db", "db-before-restore-20261123-090000-damaged.sqlite")[0] == backups.DAMAGED
    assert parse("db", "db-20261123-090000.sqlite")[0] == backups.ON_REQUEST
    assert parse("db", "db-2-daily-20261123-090000.sqlite") is None  # another file's backup
    assert parse("db", "db-daily-20261399-090000.sqlite") is None


# --- on real files ---------------------------------------------------------------------------


def test_the_daily_backup_is_made_once_a_day_private_and_sound(sample_path: Path) -> None:
    first = backups.automatic_backup(sample_path, NOW)
    assert first is not None and first.kind == backups.DAILY
    assert backups.automatic_backup(sample_path, NOW + timedelta(hours=5)) is None
    second = backups.automatic_backup(sample_path, NOW + timedelta(days=1))
    assert second is not None
    assert [b.path for b in backups.list_backups(sample_path)] == [second.path, first.path]
    for b in (first, second):
        assert stat.S_IMODE(b.path.stat().st_mode) == 0o600
        assert backups.verify(b.path).ok
    assert not list(first.path.parent.glob("*.partial"))


def test_the_daily_backup_prunes_by_the_tiers(sample_path: Path) -> None:
    start = NOW - timedelta(days=60)
    for d in range(61):
        backups.automatic_backup(sample_path, start + timedelta(days=d))
    kept = backups.list_backups(sample_path)
    assert 7 <= len(kept) <= 7 + 4 + 3
    assert kept[0].taken_at == NOW


def test_a_real_import_is_preceded_by_a_backup_a_dry_run_is_not(
    sample_services: Services, tmp_path: Path
) -> None:
    workbook = tmp_path / "all.xlsx"
    export_workbook(sample_services.db, "contacts", workbook)
    # an import that changes nothing writes nothing, so it needs no backup (issue 18, item 14)
    import_workbook(sample_services.db, workbook)
    wb = openpyxl.load_workbook(workbook)
    wb["Contacts"]["D2"] = "A job title edited in Excel"
    wb.save(workbook)
    import_workbook(sample_services.db, workbook, dry_run=True)
    assert backups.list_backups(sample_services.path) == []
    import_workbook(sample_services.db, workbook)
    made = backups.list_backups(sample_services.path)
    assert [b.kind for b in made] == [backups.BEFORE_IMPORT]
    assert backups.verify(made[0].path).ok


def test_the_newest_sound_backup_skips_a_damaged_one(sample_path: Path) -> None:
    older = backups.take_backup(sample_path, "daily", NOW - timedelta(days=1))
    newer = backups.take_backup(sample_path, "daily", NOW)
    data = bytearray(newer.path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset + 8 : offset + 40] = b"\xff" * 32
    newer.path.write_bytes(bytes(data))
    assert backups.newest_sound_backup(sample_path) == older.path


# --- backups while another process writes ---------------------------------------------------

BATCH = 10


def _writer(path: str) -> None:
    db = Database.open(path)
    for batch in range(1_000_000):
        with db.action(f"Batch {batch}") as s:
            s.add_all(Organisation(name=f"b{batch}-{i}") for i in range(BATCH))


def test_backups_taken_while_another_process_writes_are_sound_and_restore(
    db_path: Path, tmp_path: Path
) -> None:
    child = CTX.Process(target=_writer, args=(str(db_path),))
    child.start()
    made = []
    try:
        for n in range(10):
            time.sleep(0.05)
            made.append(backups.take_backup(db_path, None, NOW + timedelta(seconds=n)))
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.join()
    counts = []
    for b in made:
        assert check_database(b.path).ok
        target = tmp_path / f"restored-{b.path.stem}.sqlite"
        restore(b.path, target)
        with connect_raw(target) as conn:
            names = [r[0] for r in conn.execute("SELECT name FROM organisation")]
        conn.close()
        per_batch: dict[str, int] = {}
        for name in names:
            per_batch[name.split("-")[0]] = per_batch.get(name.split("-")[0], 0) + 1
        assert all(n == BATCH for n in per_batch.values())
        counts.append(len(names))
    assert counts == sorted(counts) and counts[-1] > 0, counts


# --- a failed upgrade is put back -------------------------------------------------------------


def _at_first_revision(path: Path) -> Path:
    path.touch(mode=0o600)
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with connect_raw(path) as conn:
        conn.execute(
            "INSERT INTO organisation (id, name, local_name, org_kind, city, country, website,"
            " notes, created_at, updated_at, created_by, updated_by) VALUES"
            " ('0123456789abcdef0123456789abcdef', 'UN-Habitat', '', 'other', '', '', '', '',"
            " '2019-01-01', '2019-01-01', 'x', 'x')"
        )
    conn.close()
    return path


def test_a_failing_upgrade_puts_the_backup_back(tmp_path: Path) -> None:
    path = _at_first_revision(tmp_path / "old.sqlite")
    saved = backups.take_backup(path, "before-test", NOW).path
    engine = make_engine(path)

    def half_done_then_broken(engine) -> None:
        # committed outside any single transaction, as a faulty step might
        with engine.begin() as conn:
            conn.exec_driver_sql("DELETE FROM organisation")
            conn.exec_driver_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("step 3 of 5 failed")

    with pytest.raises(MigrationFailed, match="put back as it was"):
        upgrade_or_restore(engine, path, saved, half_done_then_broken)
    with connect_raw(path) as conn:
        assert conn.execute("SELECT name FROM organisation").fetchall() == [("UN-Habitat",)]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert "half_done" not in tables
    Services.open(path).close()  # and it still opens (and upgrades) normally


def _open(path: str) -> None:
    Database.open(path).close()


def test_an_upgrade_killed_midway_leaves_the_old_or_the_new_database(tmp_path: Path) -> None:
    template = _at_first_revision(tmp_path / "template.sqlite")
    rng = random.Random(20261123)
    outcomes = {"0001": 0, head_revision(): 0}
    for trial in range(12):
        path = tmp_path / f"trial{trial}.sqlite"
        path.write_bytes(template.read_bytes())
        child = CTX.Process(target=_open, args=(str(path),))
        child.start()
        time.sleep(rng.uniform(0.0, 0.4))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        with connect_raw(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            assert conn.execute("SELECT name FROM organisation").fetchall() == [("UN-Habitat",)]
        conn.close()
        outcomes[revision] += 1
        svc = Services.open(path)  # whichever it is, it opens and ends at the newest schema
        assert svc.lists.count("organisation") == 1
        svc.close()
    print(f"upgrade kills: {outcomes}")


def test_two_backups_of_one_kind_within_one_second_are_both_kept(db_path: Path) -> None:
    # given a backup taken before a protection change
    now = datetime(2026, 12, 3, 9, 0, 0, 250_000)
    first = backups.take_backup(db_path, "before-protection", now)
    before = first.path.read_bytes()
    # when another of the same kind is taken within the same second
    second = backups.take_backup(db_path, "before-protection", now.replace(microsecond=900_000))
    # then the first is still there as it was, and the second has a name of its own
    assert second.path != first.path
    assert first.path.read_bytes() == before
    assert [b.path for b in backups.list_backups(db_path)] == [second.path, first.path]
