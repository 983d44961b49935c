"""MetroDesk benchmark: each figure against a floor measured in the same run, on this machine.

    .venv/bin/python benchmarks/run.py [--size N] [--db PATH] [--skip-build] [--quick]

Builds a database with `metrodesk demo --size N` (or reuses `--db PATH` with `--skip-build`),
then measures start, search, scrolling, export, import and peak memory, each in a fresh
subprocess of this script (`--worker NAME`), and prints one table. See README.md › Benchmark.
Not a test: pytest does not collect it.

The modules beside it: `harness` (workers in processes of their own), `report` (the machine,
the table), `workers_window` / `workers_files` (the app measured), `workers_floors` (the
floors), and `figures_*` (each figure's measuring and rows).
"""

from __future__ import annotations

import argparse
import importlib
import shutil
import sys
import tempfile
import time
from pathlib import Path

from figures_encrypted import measure_encrypted
from figures_excel import measure_export
from figures_memory import measure_memory
from figures_search import measure_search
from figures_start import measure_start
from harness import MB, ROOT, build, run_worker
from report import Table, machine

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

#: `--worker NAME` → (module, function), imported when that worker runs
WORKERS = {
    "start_app": ("workers_window", "worker_start_app"),
    "start_bare": ("workers_floors", "worker_start_bare"),
    "search": ("workers_window", "worker_search"),
    "export": ("workers_files", "worker_export"),
    "openpyxl": ("workers_floors", "worker_openpyxl"),
    "import": ("workers_files", "worker_import"),
    "calamine": ("workers_floors", "worker_calamine"),
    "prepare": ("workers_files", "worker_prepare"),
}

#: the figures `--only` can pick (search and scroll share one window; import needs the export)
FIGURES = ("start", "search", "scroll", "export", "import", "bundle", "encrypted")


def _figures(value: str) -> tuple[str, ...]:
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in FIGURES]
    if unknown or not names:
        raise argparse.ArgumentTypeError(f"figures are {', '.join(FIGURES)}, not {value!r}")
    return names


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="synthetic contacts")
    parser.add_argument("--db", type=Path, help="database file (default: a temporary one)")
    parser.add_argument("--skip-build", action="store_true", help="reuse --db as it is")
    parser.add_argument("--quick", action="store_true", help="one run of each, no pandas")
    parser.add_argument(
        "--only",
        type=_figures,
        default=FIGURES,
        metavar="NAME[,NAME]",
        help=f"measure only these figures, of {', '.join(FIGURES)} (import includes export)",
    )
    parser.add_argument("--worker", nargs=argparse.REMAINDER, help=argparse.SUPPRESS)
    opts = parser.parse_args(argv)
    if opts.worker:
        module, function = WORKERS[opts.worker[0]]
        getattr(importlib.import_module(module), function)(opts.worker[1:])
        return 0

    work = Path(tempfile.mkdtemp(prefix="metrodesk-bench-"))
    db: Path = (opts.db or work / f"bench{opts.size}.sqlite").resolve()
    table = Table()
    print("\n".join(machine()), flush=True)
    total = time.perf_counter()
    try:
        if opts.skip_build:
            if not db.exists():
                raise SystemExit(f"--skip-build: there is no {db}")
            run_worker("prepare", str(db))
        else:
            build(db, opts.size, table)
        measure(db, work, opts.quick, table, opts.only)
        size_mb = db.stat().st_size / MB
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{db} ({size_mb:.0f} MB), whole run {time.perf_counter() - total:.0f} s")
    print("\n" + "\n".join(f"- {line}" for line in machine()) + "\n")
    print(table.markdown())
    if table.failed:
        print("\nfailed: " + "; ".join(table.failed))
    return 0


def measure(db: Path, work: Path, quick: bool, table: Table, only: tuple[str, ...]) -> None:
    rss: dict[str, float] = {}
    if "start" in only:
        measure_start(db, work, 1 if quick else 5, table, rss)
    parts = [f for f in ("search", "scroll") if f in only]
    if parts:
        measure_search(db, quick, parts, table, rss)
    if "export" in only or "import" in only:
        measure_export(db, work, quick, "import" in only, table, rss)
    if "bundle" in only:
        import bundle_start  # benchmarks/bundle_start.py, beside this script

        bundle_start.measure(db, 3 if quick else 5, table)
    measure_memory(table, rss)
    if "encrypted" in only:
        measure_encrypted(db, work, quick, table)


if __name__ == "__main__":
    sys.exit(main())
