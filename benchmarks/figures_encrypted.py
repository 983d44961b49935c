"""Encryption's cost: the same figures on an encrypted copy against the plain file (owned by
privacy)."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path
from typing import Any

from harness import QUERIES, ROOT, copy_db, run_worker, start_preferences, start_run
from report import Table, ms, sec


def measure_encrypted(db: Path, work: Path, quick: bool, table: Table) -> None:
    """Start, search, scroll and export on an encrypted copy of `db` against the plain file, in
    the same run: target ≤ 1.3× each. The key comes from a keychain, as on a user's laptop (the
    tests' file keychain stands in for the OS one here; a passphrase would add Argon2id's cost,
    once per start). The two files take turns, round after round (3; 1 with --quick), so that
    a change in the machine's load meets both; the copy is opened once first, as the plain
    file is, so that no timed open of either runs the full check beside the window."""
    encrypted = _encrypted_copy(db, work)
    files = {"plain": db, "encrypted": encrypted}
    env = start_preferences(work)
    for path in files.values():
        start_run("start_app", str(path), env=env)  # warm-up: file cache, the day's backup
    rounds: dict[str, list[dict[str, Any]]] = {name: [] for name in files}
    for _ in range(1 if quick else 3):
        for name, path in files.items():
            rounds[name].append(_encryption_round(path, work, env))
    plain, enc = (_encryption_summary(rounds[name]) for name in files)
    n = len(rounds["plain"])
    passes = f"median of {n} passes" if n > 1 else "one pass"
    for what, key, unit in (
        ("start → window with first contacts page", "start", sec),
        ("search: keystroke → list updated, worst", "search_worst", ms),
        ("search: keystroke → list updated, median", "search_median", ms),
        (f"scroll: worst step ({passes})", "scroll_worst", ms),
        ("export of all contacts", "export", sec),
    ):
        ratio = enc[key] / plain[key]
        table.add(f"encrypted: {what}", unit(enc[key]), f"{unit(plain[key])} plain",
                  f"{ratio:.2f}×", "≤ 1.3×", ratio <= 1.3)  # fmt: skip
    table.add("encrypted: peak RSS, search + scroll", f"{enc['rss']:.0f} MB",
              f"{plain['rss']:.0f} MB plain", f"{enc['rss'] / plain['rss']:.2f}×", "≤ 300 MB",
              enc["rss"] <= 300)  # fmt: skip


def _encrypted_copy(db: Path, work: Path) -> Path:
    """A protected copy of `db`, its full check passed and recorded (as the plain file's)."""
    print("encrypted copy…", flush=True)
    tests = ROOT / "tests"
    os.environ.update(
        PYTHON_KEYRING_BACKEND="keyring_backend.FileKeyring",
        METRODESK_TEST_KEYRING=str(work / "keychain.json"),
        PYTHONPATH=os.pathsep.join(p for p in (str(tests), os.environ.get("PYTHONPATH")) if p),
    )
    sys.path.insert(0, str(tests))
    from metrodesk.services.privacy.protection import protect

    encrypted = work / "encrypted.sqlite"
    copy_db(db, encrypted)
    protect(encrypted, "benchmark passphrase")
    run_worker("prepare", str(encrypted))
    return encrypted


def _encryption_round(db: Path, work: Path, env: dict[str, str]) -> dict[str, Any]:
    """One start, one window's search (each query once) and scroll, one export of `db`."""
    start = start_run("start_app", str(db), env=env)["elapsed"]
    res = run_worker("search", str(db), "1", "search,scroll")
    xlsx = work / f"{db.stem}-contacts.xlsx"
    export = run_worker("export", str(db), str(xlsx))["elapsed"]
    return {
        "start": start,
        "search": [v for q in QUERIES for v in res["search"][q]],
        "scroll_worst": max(res["scroll_steps"]),
        "rss": res["peak_rss_mb"],
        "export": export,
    }


def _encryption_summary(rounds: list[dict[str, Any]]) -> dict[str, float]:
    every = [v for r in rounds for v in r["search"]]
    return {
        "start": statistics.median(r["start"] for r in rounds),
        "search_worst": max(every),
        "search_median": statistics.median(every),
        "scroll_worst": statistics.median(r["scroll_worst"] for r in rounds),
        "export": statistics.median(r["export"] for r in rounds),
        "rss": max(r["rss"] for r in rounds),
    }
