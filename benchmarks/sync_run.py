"""Team sync benchmark: two copies of a large database meeting through a folder.

    .venv/bin/python benchmarks/sync_run.py [--size N] [--work DIR] [--skip-build]
    .venv/bin/python benchmarks/sync_run.py --size 2000          # a smoke run, ~1 minute

Builds copy A with `metrodesk demo --size N` (default 100,000), then measures, each step in a
`metrodesk` process of its own as a user would run it: A's first sync into an empty folder
(its data and a snapshot go in), a new copy B joining (filled from the snapshot), 100 changes
made on A (100 actions) going to the folder and into B, the database and folder sizes, and the
longest stall of B's window (UI thread) while it syncs 100 more changes on its worker. Prints
one table with the targets of the issue. Not a test: pytest does not collect it.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.run import machine  # noqa: E402

MB = 1024 * 1024


def _metrodesk(*args: object) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
    )
    spent = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"metrodesk {' '.join(map(str, args))} failed: {done.stderr.strip()}")
    return spent, done.stdout.strip().splitlines()[-1] if done.stdout.strip() else ""


def _in_process_sync(db: Path) -> float:
    """The sync alone (no process start): what a running app spends."""
    code = (
        "import time, sys\n"
        "from metrodesk.services.facade import Services\n"
        f"svc = Services.open({str(db)!r})\n"
        "t = time.perf_counter(); r = svc.sync.run(); spent = time.perf_counter() - t\n"
        "svc.close(); print(spent, r.summary())\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return float(done.stdout.split()[0])


def _changes(db: Path, count: int, seed: int) -> None:
    """`count` edits of different contacts, each its own user action (as people make them)."""
    code = (
        "import random\n"
        "from sqlalchemy import select\n"
        "from metrodesk.data.models import Contact\n"
        "from metrodesk.services.facade import Services\n"
        f"svc = Services.open({str(db)!r}); rng = random.Random({seed})\n"
        "with svc.db.read() as s:\n"
        "    ids = list(s.scalars(select(Contact.id).limit(20000)))\n"
        f"for i, cid in enumerate(rng.sample(ids, {count})):\n"
        "    svc.records.update('contact', cid, {'job_title': f'Edited {i}'})\n"
        "svc.close()\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _size(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / MB
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / MB


STALL_WORKER = """
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from metrodesk.app import create_main_window
app = QApplication(["sync-bench"])
window = create_main_window(sys.argv[1])
window.show()
gaps = []
last = [time.perf_counter()]
def tick():
    now = time.perf_counter(); gaps.append(now - last[0]); last[0] = now
beat = QTimer(); beat.setInterval(5); beat.timeout.connect(tick)
done = []
window.sync.synced.connect(lambda r: done.append(r))
def start():
    gaps.clear(); last[0] = time.perf_counter(); beat.start(); window.sync.sync(quiet=True)
QTimer.singleShot(1500, start)
deadline = time.perf_counter() + 600
while not done and time.perf_counter() < deadline:
    app.processEvents()
    time.sleep(0.001)
beat.stop()
print(max(gaps) * 1000 if gaps else -1, done[0].received if done else -1)
window.close()
"""


def _ui_stall(db: Path) -> tuple[float, int]:
    done = subprocess.run(
        [sys.executable, "-c", STALL_WORKER, str(db)], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    stall, received = done.stdout.split()[-2:]
    return float(stall), int(received)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=100_000)
    parser.add_argument("--work", type=Path, help="the folder to work in (kept afterwards)")
    parser.add_argument("--skip-build", action="store_true", help="reuse WORK/a.sqlite")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="metrodesk-sync-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    a, b, folder = work / "a.sqlite", work / "b.sqlite", work / "team"
    rows: list[tuple[str, str, str]] = []
    if not args.skip_build:
        for path in (a, b):
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        spent, _ = _metrodesk("demo", "--db", a, "--size", args.size)
        rows.append((f"build: `metrodesk demo --size {args.size}`", f"{spent:.1f} s", ""))
    folder.mkdir(exist_ok=True)
    rows.append(("database A (after the demo)", f"{_size(a):.0f} MB", "< 250 MB"))
    spent, _ = _metrodesk("sync", "--db", a, "--hub", folder, "--name", "A")
    rows.append(("A's first sync (its data and a snapshot into the folder)", f"{spent:.1f} s", ""))
    rows.append(("folder after it", f"{_size(folder):.1f} MB", "< 50 MB"))
    spent, _ = _metrodesk("sync", "--db", b, "--hub", folder, "--name", "B")
    rows.append(("a new copy B joins (`metrodesk sync` of a new file)", f"{spent:.1f} s", "< 60 s"))
    rows.append(("database B (joined)", f"{_size(b):.0f} MB", "< 250 MB"))
    _changes(a, 100, 1)
    push = _in_process_sync(a)
    pull = _in_process_sync(b)
    rows.append(("100 changes: A sends them (sync in a running app)", f"{push * 1000:.0f} ms", ""))
    rows.append(("100 changes: B receives and applies them", f"{pull * 1000:.0f} ms", ""))
    rows.append(("100 changes from A to B through the folder", f"{push + pull:.2f} s", "< 1 s"))
    _changes(a, 100, 2)
    _in_process_sync(a)
    stall, received = _ui_stall(b)
    rows.append(
        (f"B's window while it syncs ({received} changes): longest UI stall", f"{stall:.0f} ms",
         "< 100 ms")
    )  # fmt: skip
    rows.append(("folder at the end", f"{_size(folder):.1f} MB", "< 50 MB"))
    print("\n".join(machine()))
    print("| figure | value | target |\n| --- | --- | --- |")
    for figure, value, target in rows:
        print(f"| {figure} | {value} | {target} |")
    print(json.dumps({"work": str(work)}))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    random.seed(0)
    sys.exit(main())
