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
import sqlite3
import time
from pathlib import Path

import pytest

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
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        counts: dict[str, int] = {}
        for (name,) in conn.execute("SELECT name FROM organisation"):
            batch = name.split("-")[0]
            counts[batch] = counts.get(batch, 0) + 1
        journal = conn.execute(
            "SELECT count(*) FROM journal_entry WHERE record_kind='organisation' AND field='name'"
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


@pytest.mark.parametrize("seed", [20261123])
def test_kill_minus_nine_never_loses_a_committed_batch(tmp_path, db_path, seed):
    rng = random.Random(seed)
    ctx = multiprocessing.get_context("fork")
    log = tmp_path / "committed.log"
    log.touch()
    total_logged = 0
    for trial in range(TRIALS):
        child = ctx.Process(target=_writer, args=(str(db_path), str(log), trial))
        child.start()
        time.sleep(rng.uniform(0.0, 0.25))
        os.kill(child.pid, signal.SIGKILL)
        child.join()
        assert child.exitcode == -signal.SIGKILL
        total_logged, found = _check(db_path, log)
        assert found >= total_logged
    # the trials did write: a test that never committed anything would prove nothing
    assert total_logged > TRIALS / 2
    print(f"{TRIALS} kills, {total_logged} committed batches, all present and whole")
