"""Workers that measure the floors the app's figures are held against, on the same machine in
the same run: a bare Qt window, SQLite's FTS5 alone, openpyxl alone (and pandas, calamine).
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from harness import QUERIES, emit, peak_rss_mb, qt_app, wait_exposed


def worker_start_bare(args: list[str]) -> None:
    t0 = float(args[0])
    from PySide6.QtWidgets import QMainWindow, QTableView

    app = qt_app()
    window = QMainWindow()
    window.setCentralWidget(QTableView())
    window.resize(1280, 800)
    window.show()
    wait_exposed(app, window)
    elapsed = time.time() - t0
    cpu = time.process_time()
    window.close()
    emit({"elapsed": elapsed, "cpu": cpu})


def fts_floor(db: str, repeats: int) -> dict[str, Any]:
    """The search's floor: SQLite's FTS5 alone for the same words, on a plain connection of the
    same driver the app uses (SQLCipher for an encrypted file): the first 200 matches, and
    those with their count as the list asks for it."""
    from metrodesk.data.crypto import driver, keys
    from metrodesk.data.search_index import match_expression

    raw: dict[str, list[float]] = {q: [] for q in QUERIES}
    raw_count: dict[str, list[float]] = {q: [] for q in QUERIES}
    con = driver.connect(f"file:{db}?mode=ro", keys.key_for(Path(db)), uri=True)
    for _ in range(repeats):
        for q in QUERIES:
            expr = match_expression(q)
            t = time.perf_counter()
            con.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 200", (expr,)
            ).fetchall()
            raw[q].append(time.perf_counter() - t)
            t = time.perf_counter()
            con.execute("SELECT count(*) FROM search_fts WHERE search_fts MATCH ?", (expr,))
            con.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? LIMIT 200", (expr,)
            ).fetchall()
            raw_count[q].append(time.perf_counter() - t)
    con.close()
    return {"raw": raw, "raw_count": raw_count}


def worker_openpyxl(args: list[str]) -> None:
    """Floors on the exported file: read-only iteration (timed); then a write-only loop
    writing the same cells from memory (timed); then pandas `to_excel` when installed."""
    from openpyxl import Workbook, load_workbook

    source, out_dir, with_pandas = Path(args[0]), Path(args[1]), args[2] == "1"
    t = time.perf_counter()
    wb = load_workbook(source, read_only=True)
    rows = [row for row in wb["Contacts"].iter_rows(values_only=True)]
    wb.close()
    read = time.perf_counter() - t

    t = time.perf_counter()
    out = Workbook(write_only=True)
    ws = out.create_sheet("Contacts")
    for row in rows:
        ws.append(row)
    out.save(out_dir / "bare.xlsx")
    write = time.perf_counter() - t
    result: dict[str, Any] = {"read": read, "write": write, "rows": len(rows) - 1}
    result["write_rss_mb"] = round(peak_rss_mb(), 1)
    if with_pandas:
        try:
            import pandas as pd
        except ImportError:
            result["pandas"] = None
        else:
            frame = pd.DataFrame(rows[1:], columns=rows[0])
            t = time.perf_counter()
            frame.to_excel(out_dir / "pandas.xlsx", index=False, engine="openpyxl")
            result["pandas"] = time.perf_counter() - t
    emit(result)


def worker_calamine(args: list[str]) -> None:
    """python-calamine (Rust) reading the exported sheet, when installed: timed as the openpyxl
    floor is (every row into memory); then, untimed, every cell compared with what openpyxl's
    read-only mode reads (an empty cell is None there and "" here), so that a faster reader
    that reads a value differently shows here before anyone adopts it."""
    try:
        from python_calamine import CalamineWorkbook
    except ImportError:
        emit({"missing": True})
        return
    from openpyxl import load_workbook

    source = Path(args[0])
    t = time.perf_counter()
    rows = CalamineWorkbook.from_path(str(source)).get_sheet_by_name("Contacts").to_python()
    read = time.perf_counter() - t
    rss = round(peak_rss_mb(), 1)
    wb = load_workbook(source, read_only=True)
    differ = 0
    for mine, theirs in zip(wb["Contacts"].iter_rows(values_only=True), rows, strict=False):
        for a, b in zip(mine, theirs, strict=False):
            differ += ("" if a is None else a) != b or type(a) not in (type(b), type(None))
    wb.close()
    emit({"read": read, "rss_mb": rss, "differ": differ, "rows": len(rows) - 1})
