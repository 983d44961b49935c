"""Workers that measure the app's file work: the export to .xlsx and the import of it."""

from __future__ import annotations

import time
from pathlib import Path

from harness import emit


def worker_export(args: list[str]) -> None:
    from metrodesk.data.database import Database
    from metrodesk.services.exports.workbook import export_workbook

    db = Database.open(args[0])
    try:
        t = time.perf_counter()
        rows = export_workbook(db, "contacts", Path(args[1]))
        elapsed = time.perf_counter() - t
    finally:
        db.close()
    emit({"elapsed": elapsed, "rows": rows})


def worker_import(args: list[str]) -> None:
    from metrodesk.data.database import Database
    from metrodesk.services.imports.apply import import_workbook

    db = Database.open(args[0])
    try:
        t = time.perf_counter()
        report = import_workbook(db, Path(args[1]), dry_run=args[2] == "dry")
        elapsed = time.perf_counter() - t
    finally:
        db.close()
    emit({"elapsed": elapsed, "report": "; ".join(report.lines())[:300]})


def worker_prepare(args: list[str]) -> None:
    """Open (and so upgrade) a reused database once, outside any timing."""
    from metrodesk.data.database import Database

    Database.open(args[0]).close()
    emit({})
