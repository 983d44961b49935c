"""Workers that measure the app's window: its start, and search and scrolling in one window.

Each runs in a process of its own (`run.py --worker NAME`), prints its figures and exits.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from harness import QUERIES, emit, peak_rss_mb, qt_app, wait_exposed
from workers_floors import fts_floor


def _open_contacts(db: str) -> tuple[Any, Any, Any]:
    """The app's main window on `db`, shown, on the Contacts section with its first page."""
    from metrodesk.app import create_main_window

    app = qt_app()
    window = create_main_window(db)
    window.show()
    window.show_kind("contact")
    page = window.page("contact")
    deadline = time.perf_counter() + 30
    while page.model.rowCount() == 0 and time.perf_counter() < deadline:
        app.processEvents()
    wait_exposed(app, window)
    return app, window, page


#: where the start worker keeps compiled bytecode between its runs (outside the source tree)
PYCACHE = Path(tempfile.gettempdir()) / "metrodesk-bench-pycache"


def worker_start_app(args: list[str]) -> None:
    """As `metrodesk --db FILE` starts (`app._ShownDatabase.open`, the section shown last being
    Contacts): the frame painted, then the database opened beside it and the window filled,
    timed until the first page of contacts is painted."""
    t0 = float(args[1])
    marks = {"python_up": time.time() - t0}
    # As installed (pip compiles every module), the app starts from bytecode. This tree runs
    # with PYTHONDONTWRITEBYTECODE, which would have every start compile the app's modules from
    # source while the libraries, bare Qt's included, load compiled: the warm-up start writes
    # the bytecode here, the timed ones read it.
    sys.pycache_prefix = str(PYCACHE)
    sys.dont_write_bytecode = False
    import metrodesk.app as start
    from metrodesk.ui.window.main_window import MainWindow

    marks["imported"] = time.time() - t0
    app = qt_app()
    _mark_after(start._FirstPaint, "wait", marks, "frame", t0)
    _mark_after(MainWindow, "attach", marks, "attached", t0)
    shown = start._ShownDatabase(Path(args[0]))
    if not shown.open() or shown.window is None:
        raise SystemExit("the window did not open")
    window = shown.window
    page = window.page("contact")
    if window.current_page() is not page:
        raise SystemExit("the window did not start on Contacts (its preferences were not read)")
    while page.model.rowCount() == 0:
        app.processEvents()
    app.processEvents()  # the paint the first rows asked for
    elapsed = time.time() - t0
    marks["cpu"] = time.process_time()  # of every thread of the process, since it began
    rows = page.model.rowCount()
    # the file's integrity check runs on beside the shown window (writes wait for it): how
    # much longer it takes, for the record
    window.check_runner.wait()
    marks["checked"] = time.time() - t0
    window.shutdown()
    window.close()
    app.processEvents()
    emit({"elapsed": elapsed, "rows": rows, "marks": marks})


def _mark_after(owner: Any, name: str, marks: dict[str, float], mark: str, t0: float) -> None:
    """Note in `marks` when `owner.name` (a method) has returned, the first time."""
    method = getattr(owner, name)

    def timed(self: Any, *args: Any) -> Any:
        result = method(self, *args)
        marks.setdefault(mark, time.time() - t0)
        return result

    setattr(owner, name, timed)


def _shows(page: Any, text: str) -> bool:
    """Whether the list shows the search for `text`: asked for, and not still being read."""
    model = page.model
    return bool(
        model.query == text.strip() and not model.loading and not getattr(model, "searching", False)
    )


def _settle(app: Any, page: Any, text: str, deadline: float = 30.0) -> None:
    """Wait until the list shows the search for `text` (its typing pause included)."""
    end = time.perf_counter() + deadline
    while not _shows(page, text) and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0002)
    app.processEvents()


def _keystroke(app: Any, page: Any, resets: list[float], query: str) -> tuple[float, float]:
    """The last key of `query` typed into the search box, as a user types it (the box already
    holding the rest), timed until the list shows its match: the typing pause, the search, the
    model's reset and the repaint that follows. Also the time to the reset alone."""
    from PySide6.QtTest import QTest

    box = page.search_box
    box.setText(query[:-1])
    _settle(app, page, query[:-1])
    resets.clear()
    t = time.perf_counter()
    QTest.keyClick(box, query[-1])
    end = t + 30
    while not (_shows(page, query) and resets) and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0002)
    reset_at = resets[-1] if resets else time.perf_counter()
    app.processEvents()  # the repaint the reset posted
    return time.perf_counter() - t, reset_at - t


def worker_search(args: list[str]) -> None:
    """Search and scrolling in one window. Search: a key typed into the searchBox, timed until
    the list shows the match (what the user waits for, typing pause included); then the
    floor, SQLite's FTS5 alone for the same words; then scrolling the whole list."""
    db, repeats = args[0], int(args[1])
    parts = set(args[2].split(",")) if len(args) > 2 else {"search", "scroll"}
    app, window, page = _open_contacts(db)
    # a person looks at the window before typing: what the window does right after it shows
    # (warming caches) is not counted against the first keystroke
    pause = time.perf_counter() + 1.0
    while time.perf_counter() < pause:
        app.processEvents()
        time.sleep(0.005)
    window.runner.wait()
    searches = repeats if "search" in parts else 0
    result = _search(app, window, page, searches)
    result.update(fts_floor(db, searches))
    result["search_rss_mb"] = round(peak_rss_mb(), 1)
    result.update(_scroll(app, page, "scroll" in parts))
    window.shutdown()
    window.close()
    app.processEvents()
    emit(result)


def _search(app: Any, window: Any, page: Any, repeats: int) -> dict[str, Any]:
    """Each query typed `repeats` times: to the list showing it, to the model's reset, and the
    service calls the model makes for it (count and first ids, the rows on screen)."""
    from metrodesk.ui.lists.record_model import CHUNK_ROWS

    model = page.model
    resets: list[float] = []
    model.modelReset.connect(lambda: resets.append(time.perf_counter()))
    search: dict[str, list[float]] = {q: [] for q in QUERIES}
    reset_only: dict[str, list[float]] = {q: [] for q in QUERIES}
    service: dict[str, list[float]] = {q: [] for q in QUERIES}
    hits: dict[str, int] = {}
    lists = window.services.lists
    for _ in range(repeats):
        for q in QUERIES:
            seen, reset = _keystroke(app, page, resets, q)
            search[q].append(seen)
            reset_only[q].append(reset)
            hits[q] = model.count()
            t = time.perf_counter()
            ids = lists.first_ids("contact", q, model.page_size)[1]
            lists.rows("contact", ids[:CHUNK_ROWS])
            service[q].append(time.perf_counter() - t)
    page.set_query("")
    app.processEvents()
    return {"search": search, "reset_only": reset_only, "service": service, "hits": hits}


def _scroll(app: Any, page: Any, scroll: bool) -> dict[str, Any]:
    """The view at the top, then scrollToBottom step by step (when `scroll`); each step makes
    the view ask fetchMore for the next page, and is timed with the repaint that follows."""
    model = page.model
    page.set_query("")
    app.processEvents()
    table = page.table
    table.scrollToTop()
    app.processEvents()
    steps: list[float] = []
    slow: list[tuple[float, int]] = []
    while scroll and (model.canFetchMore(table.rootIndex()) or not steps):
        before = model.rowCount()
        t = time.perf_counter()
        table.scrollToBottom()
        if model.rowCount() == before and model.canFetchMore(table.rootIndex()):
            model.fetchMore(table.rootIndex())  # the scroll bar was already at its end
        app.processEvents()
        steps.append(time.perf_counter() - t)
        slow.append((steps[-1], before))
        if len(steps) > 100_000:
            break
    table.scrollToBottom()
    app.processEvents()
    return {
        "scroll_steps": steps,
        "scroll_rows": model.rowCount(),
        "scroll_slowest_at_row": max(slow)[1] if slow else 0,
    }
