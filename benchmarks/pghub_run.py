"""Team server benchmark: twenty copies of a team meeting on one PostgreSQL server.

    .venv/bin/python benchmarks/pghub_run.py [--size N] [--copies 20]
    .venv/bin/python benchmarks/pghub_run.py --size 2000          # a smoke run, a few minutes

Starts a PostgreSQL server of its own (as the tests do: `tests/pg_server.py`), prepares a hub,
builds copy 1 with `metrodesk demo --size N` (default 100,000) and syncs it in; the other
copies join, each a `metrodesk sync` of a new file signing in as a role of its own. Then: the
join time of one more new copy; 100 changes made on copy 1 (100 actions) until every other
copy holds them, the others syncing at once as open windows do when the server tells them
(each copy's process already running, as the app's is); and the server-side size. Not a test:
pytest does not collect it.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for path in (ROOT, ROOT / "tests"):
    if str(path) not in sys.path:
        sys.path.insert(0, str(path))

from pg_server import PostgresServer, TeamHub  # noqa: E402

from benchmarks.run import machine  # noqa: E402
from benchmarks.sync_run import _changes, _metrodesk  # noqa: E402

MB = 1024 * 1024
CTX = multiprocessing.get_context("fork")


def _waiting_sync(db: str, ready: object, go: object, done: object) -> None:
    """A copy's running app: its database open, syncing when told."""
    from metrodesk.services.facade import Services

    svc = Services.open(db)
    ready.put(db)  # type: ignore[attr-defined]
    go.wait()  # type: ignore[attr-defined]
    report = svc.sync.run()
    svc.close()
    done.put((time.perf_counter(), report.received))  # type: ignore[attr-defined]
    done.close()  # type: ignore[attr-defined]
    done.join_thread()  # type: ignore[attr-defined]  (flushed before the process ends)
    os._exit(0)


def _reach_everyone(first: Path, others: list[Path]) -> tuple[float, float, int]:
    """(seconds for copy 1 to send, seconds until the last other copy holds them, fewest
    changes a copy received)."""
    ready, go, done = CTX.Queue(), CTX.Event(), CTX.Queue()
    procs = [CTX.Process(target=_waiting_sync, args=(str(db), ready, go, done)) for db in others]
    for proc in procs:
        proc.start()
    for _ in procs:  # every copy's app is open before the clock starts
        ready.get(timeout=1800)
    started = time.perf_counter()
    _metrodesk("sync", "--db", first)
    sent = time.perf_counter() - started
    go.set()
    results = [done.get(timeout=1800) for _ in procs]
    for proc in procs:
        proc.join()
    return sent, max(t for t, _ in results) - started, min(r for _, r in results)


def _timed(*args: object) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one `metrodesk` process: the CPU part is what MetroDesk
    itself spent, whatever else the machine was doing."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent, _ = _metrodesk(*args)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return spent, cpu


def _say(what: str) -> None:
    print(f"{time.strftime('%H:%M:%S')} {what}", file=sys.stderr, flush=True)


def _measure(team: TeamHub, work: Path, size: int, count: int) -> list[tuple[str, str, str]]:
    rows: list[tuple[str, str, str]] = []
    copies = [work / f"copy{i:02d}.sqlite" for i in range(1, count + 1)]
    _say(f"building copy 1 (demo --size {size})")
    spent, _ = _metrodesk("demo", "--db", copies[0], "--size", size)
    rows.append((f"build: `metrodesk demo --size {size}`", f"{spent:.1f} s", ""))
    spent, cpu = _timed("sync", "--db", copies[0], "--hub", team.url(team.alice))
    rows.append(("copy 1's first sync (its data and a snapshot to the server)",
                 f"{spent:.1f} s ({cpu:.1f} s of CPU)", ""))  # fmt: skip
    joins = []
    for i, db in enumerate(copies[1:], start=2):
        role = team.member(f"staff{i}")
        joins.append(_timed("sync", "--db", db, "--hub", team.url(role), "--name", f"c{i}"))
        _say(f"copy {i} joined in {joins[-1][0]:.1f} s ({joins[-1][1]:.1f} s of CPU)")
    walls = [w for w, _ in joins]
    rows.append((f"{len(joins)} copies join one after the other (each, process start included)",
                 f"{min(walls):.1f}-{max(walls):.1f} s", ""))  # fmt: skip
    spent, cpu = _timed("sync", "--db", work / "new.sqlite", "--hub",
                        team.url(team.member("newcomer")))  # fmt: skip
    rows.append(("a new copy joins from the server (`metrodesk sync` of a new file, process "
                 "start included)", f"{spent:.1f} s ({cpu:.1f} s of CPU)", "< 60 s"))  # fmt: skip
    rows.append(("database of the copy that joined",
                 f"{(work / 'new.sqlite').stat().st_size / MB:.0f} MB", ""))  # fmt: skip
    _say("100 changes on copy 1; the others open and wait")
    _changes(copies[0], 100, 1)
    sent, everyone, fewest = _reach_everyone(copies[0], copies[1:])
    rows.append(("100 changes: copy 1 sends them (`metrodesk sync`)", f"{sent:.1f} s", ""))
    rows.append((f"100 changes reach all {len(copies) - 1} other copies (fewest received: "
                 f"{fewest})", f"{everyone:.1f} s", ""))  # fmt: skip
    with team.server.admin(team.dbname) as conn:
        row = conn.execute("SELECT pg_database_size(current_database())").fetchone()
    assert row is not None
    rows.append(("server-side size of the hub's database", f"{row[0] / MB:.1f} MB", ""))
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="metrodesk-pghub-bench-"))
    server = PostgresServer()
    load = [f"load average before: {os.getloadavg()[0]:.1f}"]
    try:
        server.create()
        server.start()
        server.watch(os.getpid())
        os.environ["PGPASSFILE"] = str(server.passfile)
        rows = _measure(TeamHub(server), work, args.size, args.copies)
    finally:
        server.remove()
        shutil.rmtree(work, ignore_errors=True)
    load.append(f"load average after: {os.getloadavg()[0]:.1f}")
    print("\n".join([*machine(), *load]))
    print("| figure | value | target |\n| --- | --- | --- |")
    for figure, value, target in rows:
        print(f"| {figure} | {value} | {target} |")
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.exit(main())
