"""A process killed at any moment leaves a sound database holding every batch it saw committed.

The writer runs in a forked child: it commits batches of records (each one user action) and,
only after a commit returns, appends the batch number to a log file with fsync. The parent kills
it with SIGKILL at a random moment, then checks the file.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from conftest import connect_raw

from metrodesk.data.backup import copy_key_file
from metrodesk.data.database import Database
from metrodesk.data.models import Organisation

TRIALS = int(os.environ.get("METRODESK_CRASH_TRIALS", "200"))
BATCH = 10


def _writer(path: str, log: str, trial: int) -> None:
    db = Database.open(path)
    with open(log, "a") as out:
        for batch in range(1_000_000):
            key = f"t{trial}b{batch}"
            with db.action(f"Batch {key}") as s:
                s.add_all(Organisation(name=f"{key}-{i}") for i in range(BATCH))
            out.write(f"{key}\n")
            out.flush()
            os.fsync(out.fileno())


def _check(path: Path, log: Path) -> tuple[int, int]:
    """(batches logged, batches found); asserts soundness and all-or-nothing batches."""
    conn = connect_raw(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        counts: dict[str, int] = {}
        for (name,) in conn.execute("SELECT name FROM organisation"):
            batch = name.split("-")[0]
            counts[batch] = counts.get(batch, 0) + 1
        journal = conn.execute(
            "SELECT count(*) FROM journal_entry WHERE record_kind='organisation' AND op='create'"
        ).fetchone()[0]
        docs = conn.execute("SELECT count(*) FROM search_doc WHERE kind='organisation'").fetchone()
    finally:
        conn.close()
    assert all(n == BATCH for n in counts.values()), f"a batch was partly written: {counts}"
    assert journal == sum(counts.values()) == docs[0], "journal or index out of step with rows"
    logged = [line for line in log.read_text().split("\n") if line]
    missing = [b for b in logged if b not in counts]
    assert missing == [], f"batches reported committed but lost: {missing}"
    return len(logged), len(counts)


def _wait_for_growth(log: Path, lines: int) -> None:
    """Until the writer has logged a batch past `lines` (it is then mid-way through writing)."""
    deadline = time.monotonic() + 60
    while sum(1 for line in log.read_text().split("\n") if line) <= lines:
        assert time.monotonic() < deadline, "the writer never committed a batch"
        time.sleep(0.002)


@pytest.mark.parametrize("seed", [20261123])
def test_kill_minus_nine_never_loses_a_committed_batch(tmp_path, db_path, seed):
    rng = random.Random(seed)
    ctx = multiprocessing.get_context("fork")
    log = tmp_path / "committed.log"
    log.touch()
    total_logged = 0
    for trial in range(TRIALS):
        before = total_logged
        child = ctx.Process(target=_writer, args=(str(db_path), str(log), trial))
        child.start()
        # one trial in four is killed at any moment of its start (opening the file, the first
        # transaction); the others once they have committed, so that a loaded machine that
        # starts the child slowly still tests kills in the middle of committing batches
        writing = rng.random() >= 0.25
        if writing:
            _wait_for_growth(log, before)
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        total_logged, found = _check(db_path, log)
        assert found >= total_logged
        assert not writing or total_logged > before, "a writing trial committed nothing"
    print(f"{TRIALS} kills, {total_logged} committed batches, all present and whole")


# --- an import, and a backup, killed midway ---------------------------------------------------

IMPORT_TRIALS = int(os.environ.get("METRODESK_CRASH_IMPORT_TRIALS", "30"))
BACKUP_TRIALS = int(os.environ.get("METRODESK_CRASH_BACKUP_TRIALS", "30"))
IMPORTED = 200


def _importer(path: str, workbook: str) -> None:
    from metrodesk.services.imports.apply import import_workbook

    db = Database.open(path)
    import_workbook(db, Path(workbook))
    db.close()
    time.sleep(60)  # wait to be killed: a finished import is one of the outcomes


@pytest.fixture
def organisations_workbook(tmp_path, db_path) -> Path:
    from metrodesk.services.exports.workbook import export_workbook
    from metrodesk.services.facade import Services

    source = tmp_path / "source.sqlite"
    svc = Services.open(source)
    with svc.db.action("Seed") as s:
        s.add_all(Organisation(name=f"Imported {i}") for i in range(IMPORTED))
    target = tmp_path / "organisations.xlsx"
    export_workbook(svc.db, "organisations", target)
    svc.close()
    return target


def test_an_import_killed_midway_writes_all_or_nothing(tmp_path, db_path, organisations_workbook):
    rng = random.Random(20261124)
    ctx = multiprocessing.get_context("fork")
    template = db_path.read_bytes()
    outcomes = {"nothing": 0, "all": 0}
    for trial in range(IMPORT_TRIALS):
        path = tmp_path / f"import{trial}.sqlite"
        path.write_bytes(template)
        copy_key_file(db_path, path)  # an encrypted file's key (the encrypted run)
        child = ctx.Process(target=_importer, args=(str(path), str(organisations_workbook)))
        child.start()
        time.sleep(rng.uniform(0.05, 0.7))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        conn = connect_raw(path)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            rows = conn.execute("SELECT count(*) FROM organisation").fetchone()[0]
            docs = conn.execute("SELECT count(*) FROM search_doc").fetchone()[0]
        finally:
            conn.close()
        assert rows in (0, IMPORTED), f"a killed import left {rows} of {IMPORTED} rows"
        assert docs == rows
        outcomes["all" if rows else "nothing"] += 1
        for made in (tmp_path / "backups").glob(f"import{trial}-before-import-*.sqlite"):
            assert _sound(made)  # a backup that got its final name is whole
    print(f"{IMPORT_TRIALS} import kills: {outcomes}")


def _backer(path: str) -> None:
    from metrodesk.services.storage.backups import take_backup

    for n in range(1_000_000):
        take_backup(Path(path), None, datetime(2026, 1, 1) + timedelta(seconds=n))


def test_a_backup_killed_midway_leaves_the_database_and_finished_backups_sound(sample_path):
    from metrodesk.services.storage.backups import list_backups

    rng = random.Random(20261125)
    ctx = multiprocessing.get_context("fork")
    before = sample_path.read_bytes()
    partial_left = 0
    for _trial in range(BACKUP_TRIALS):
        child = ctx.Process(target=_backer, args=(str(sample_path),))
        child.start()
        time.sleep(rng.uniform(0.0, 0.15))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert sample_path.read_bytes() == before  # a backup only reads the database
        partial_left += len(list((sample_path.parent / "backups").glob("*.partial")))
        for partial in (sample_path.parent / "backups").glob("*.partial"):
            partial.unlink()
    made = list_backups(sample_path)
    assert made, "no backup ever finished"
    assert all(_sound(b.path) for b in made)
    print(
        f"{BACKUP_TRIALS} backup kills: {len(made)} finished backups all sound, "
        f"{partial_left} unfinished (never given a backup's name)"
    )


def _sound(path: Path) -> bool:
    conn = connect_raw(path)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
