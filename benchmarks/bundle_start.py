"""The bundle's start against the source checkout's: `--only bundle` of benchmarks/run.py.

Both are the whole `metrodesk --db FILE --smoke-test` process, timed from just before it is
created to the line it prints once the window is shown with its first reads done: the
PyInstaller bundle `dist/metrodesk/metrodesk` (build it first: `python3 tasks.py bundle`)
against `python -m metrodesk` of this checkout's .venv. Target: the bundle within 1.2× of it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "metrodesk" / "metrodesk"


def time_to_shown(cmd: list[str]) -> float:
    """Seconds from creating the process to its 'window shown' line."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env
    )
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("window shown"):
            elapsed = time.perf_counter() - started
            break
    else:
        raise SystemExit(f"{cmd[0]} did not show its window (exit {proc.wait()})")
    proc.wait(timeout=60)
    return elapsed


def measure(db: Path, runs: int, table: Any) -> None:
    print("bundle start…", flush=True)
    if not BUNDLE.is_file():
        table.add("bundle start", "not built", "", "", "≤ 1.2×", None)
        return
    bundle = [str(BUNDLE), "--db", str(db), "--smoke-test"]
    source = [sys.executable, "-m", "metrodesk", "--db", str(db), "--smoke-test"]
    time_to_shown(bundle)  # warm-up: the file cache, and the day's automatic backup
    time_to_shown(source)
    # alternated, so that a change in the machine's load falls on both alike
    pairs = [(time_to_shown(bundle), time_to_shown(source)) for _ in range(runs)]
    bundle_t = statistics.median(b for b, _ in pairs)
    source_t = statistics.median(s for _, s in pairs)
    table.add(
        f"bundle start → window shown (median of {runs})",
        f"{bundle_t:.2f} s",
        f"{source_t:.2f} s source checkout (`python -m metrodesk`)",
        f"{bundle_t / source_t:.2f}×",
        "≤ 1.2×",
        bundle_t <= 1.2 * source_t,
    )
