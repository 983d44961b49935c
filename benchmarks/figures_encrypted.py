"""Encryption's cost: the same figures on an encrypted copy against the plain file (owned by
privacy)."""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

from harness import QUERIES, ROOT, copy_db, run_worker, start_preferences, start_run
from report import Table, ms, sec


def measure_encrypted(db: Path, work: Path, quick: bool, table: Table) -> None:
    """Start, search, scroll and export on an encrypted copy of `db` against the plain file, in
    the same run: target ≤ 1.3× each. The key comes from a keychain, as on a user's laptop (the
    tests' file keychain stands in for the OS one here; a passphrase would add Argon2id's cost,
    once per start)."""
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
    runs = 1 if quick else 3
    figures = {name: _encryption_figures(path, work, runs) for name, path in
               (("plain", db), ("encrypted", encrypted))}  # fmt: skip
    plain, enc = figures["plain"], figures["encrypted"]
    for what, key, unit in (
        ("start → window with first contacts page", "start", sec),
        ("search: keystroke → list updated, worst", "search_worst", ms),
        ("search: keystroke → list updated, median", "search_median", ms),
        ("scroll: worst step", "scroll_worst", ms),
        ("export of all contacts", "export", sec),
    ):
        ratio = enc[key] / plain[key]
        table.add(f"encrypted: {what}", unit(enc[key]), f"{unit(plain[key])} plain",
                  f"{ratio:.2f}×", "≤ 1.3×", ratio <= 1.3)  # fmt: skip


def _encryption_figures(db: Path, work: Path, runs: int) -> dict[str, float]:
    env = start_preferences(work)
    start_run("start_app", str(db), env=env)  # warm-up: file cache, the day's backup
    start = statistics.median(
        start_run("start_app", str(db), env=env)["elapsed"] for _ in range(runs)
    )
    res = run_worker("search", str(db), str(runs), "search,scroll")
    every = [v for q in QUERIES for v in res["search"][q]]
    xlsx = work / f"{db.stem}-contacts.xlsx"
    export = statistics.median(
        run_worker("export", str(db), str(xlsx))["elapsed"] for _ in range(runs)
    )
    return {
        "start": start,
        "search_worst": max(every),
        "search_median": statistics.median(every),
        "scroll_worst": max(res["scroll_steps"]),
        "export": export,
    }
