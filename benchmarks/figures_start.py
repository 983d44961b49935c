"""The start's figures: the app's window against a bare Qt window, started alternately."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from harness import start_preferences, start_run
from report import Table, sec


def measure_start(db: Path, work: Path, runs: int, table: Table, rss: dict[str, float]) -> None:
    print("start…", flush=True)
    env = start_preferences(work)
    start_run("start_app", str(db), env=env)  # warm-up: file cache, bytecode, daily backup
    start_run("start_bare")
    apps: list[dict[str, Any]] = []
    bares: list[dict[str, Any]] = []
    for _ in range(runs):  # alternated, so that a change in the machine's load hits both
        apps.append(start_run("start_app", str(db), env=env))
        bares.append(start_run("start_bare"))
    bare_t = statistics.median(r["elapsed"] for r in bares)
    frame_t = statistics.median(r["marks"]["frame"] for r in apps)
    app_t = statistics.median(r["elapsed"] for r in apps)
    rss["start"] = max(r["peak_rss_mb"] for r in apps)
    rss["bare Qt start"] = max(r["peak_rss_mb"] for r in bares)
    for figure, value in (
        (f"start → window frame painted (median of {runs})", frame_t),
        (f"start → window with first contacts page (median of {runs})", app_t),
    ):
        table.add(
            figure,
            sec(value),
            f"{sec(bare_t)} bare QMainWindow+QTableView",
            f"{value / bare_t:.1f}×",
            "≤ 4×",
            value <= 4 * bare_t,
        )
    marks = sorted(apps, key=lambda r: r["elapsed"])[len(apps) // 2]["marks"]
    table.add(
        "  of which: Python up / `import metrodesk.app` / frame / database open, window filled",
        " / ".join(sec(marks[k]) for k in ("python_up", "imported", "frame", "attached")),
        "",
        "",
        "",
        None,
    )
    app_cpu = statistics.median(r["marks"]["cpu"] for r in apps)
    bare_cpu = statistics.median(r["cpu"] for r in bares)
    table.add(
        "  CPU time to the first page (every thread; median)",
        sec(app_cpu),
        f"{sec(bare_cpu)} bare",
        f"{app_cpu / bare_cpu:.1f}×",
        "",
        None,
    )
