"""Running each measurement in a process of its own, and what the driver and the workers share.

A worker is `run.py --worker NAME ARGS…` (see `run.WORKERS`): it measures, then prints one
`RESULT {json}` line that `run_worker` reads back.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from report import Table, sec

ROOT = Path(__file__).resolve().parent.parent
#: the script the workers run in (its `--worker` option)
SCRIPT = Path(__file__).resolve().parent / "run.py"

QUERIES = ["a", "k", "m", "ag", "kim", "mar", "sao paulo", "agnes"]
MB = 1024 * 1024


def peak_rss_mb() -> float:
    # Linux reports ru_maxrss in KiB
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(result: dict[str, Any]) -> None:
    result["peak_rss_mb"] = round(peak_rss_mb(), 1)
    print("RESULT " + json.dumps(result), flush=True)


def qt_app() -> Any:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(["metrodesk-bench"])
    app.setStyle("Fusion")
    return app


def wait_exposed(app: Any, window: Any) -> None:
    from PySide6.QtTest import QTest

    QTest.qWaitForWindowExposed(window, 5000)
    app.processEvents()


def run_worker(
    name: str, *args: str, timeout: float = 1800, env: dict[str, str] | None = None
) -> dict[str, Any]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1", **(env or {}))
    cmd = [sys.executable, str(SCRIPT), "--worker", name, *args]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("RESULT ")]
    if proc.returncode != 0 or not lines:
        sys.stderr.write(proc.stdout[-2000:] + proc.stderr[-4000:])
        raise SystemExit(f"worker {name} failed (exit {proc.returncode})")
    return dict(json.loads(lines[-1][len("RESULT ") :]))


def start_run(name: str, *args: str, env: dict[str, str] | None = None) -> dict[str, Any]:
    # the timestamp is taken just before the process is made: interpreter start counts
    return run_worker(name, *args, repr(time.time()), env=env)


def start_preferences(work: Path) -> dict[str, str]:
    """A config folder of the run's own in which the app opens on the section shown last,
    Contacts (the user's own preferences are neither read nor changed)."""
    config = work / "config"
    (config / "Metropolis").mkdir(parents=True, exist_ok=True)
    (config / "Metropolis" / "MetroDesk.conf").write_text(
        "[window]\nstartSection=last\nlastSection=contact\n", encoding="utf-8"
    )
    return {"XDG_CONFIG_HOME": str(config)}


def build(db: Path, size: int, table: Table) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "metrodesk", "demo", "--db", str(db), "--size", str(size)]
    print(f"building {db} with {size:,} contacts…", flush=True)
    t = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, cwd=ROOT)
    elapsed = time.perf_counter() - t
    table.add(
        f"build: `metrodesk demo --size {size}`", sec(elapsed), "", "", "< 60 s", elapsed < 60
    )


def copy_db(source: Path, target: Path) -> None:
    """A consistent copy with SQLite's backup API (the source may have a WAL)."""
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as d:
        src.backup(d)
    src.close()
    d.close()
    os.chmod(target, 0o600)
