"""A disk that fills up mid-write: the action rolls back whole, the user gets one clear
sentence, and writing works again once there is space.

The full disk is a real one as far as the process can tell: a forked child lowers its
RLIMIT_FSIZE (SIGXFSZ ignored), so the kernel refuses to grow any file past the limit (EFBIG),
exactly where a full disk would refuse with ENOSPC.
"""

from __future__ import annotations

import multiprocessing
import resource
import signal
from pathlib import Path

from conftest import connect_raw
from sqlalchemy import event

from metrodesk.data.errors import DamagedValue, StorageError
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database

CTX = multiprocessing.get_context("fork")
NOTES = "x" * 3000  # each record adds pages, so the limit is reached within a few dozen


def _fill_then_free(path: str, out: multiprocessing.queues.Queue) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    svc = Services.open(path)
    wal = Path(path + "-wal")
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    limit = max(Path(path).stat().st_size, wal.stat().st_size if wal.exists() else 0) + 200_000
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    saved, message = 0, ""
    try:
        for i in range(10_000):
            svc.records.create("organisation", {"name": f"Org {i}", "notes": NOTES})
            saved += 1
    except StorageError as exc:
        message = str(exc)
    except Exception as exc:  # the test fails on anything but the clear error
        message = f"UNEXPECTED {type(exc).__name__}: {exc}"
    count_after_failure = svc.lists.count("organisation")
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))  # space is back
    svc.records.create("organisation", {"name": "After the disk was freed"})
    out.put((saved, message, count_after_failure, svc.lists.count("organisation")))
    svc.close()


def test_a_full_disk_rolls_back_says_so_and_writing_resumes(db_path: Path) -> None:
    out = CTX.Queue()
    child = CTX.Process(target=_fill_then_free, args=(str(db_path), out))
    child.start()
    saved, message, after_failure, after_freeing = out.get(timeout=60)
    child.join(30)
    assert child.exitcode == 0
    assert saved > 0, "the limit was hit before anything could be written"
    assert message.startswith("The change was not saved:"), message
    assert "\n" not in message and "sqlite" not in message.lower()
    assert after_failure == saved  # nothing partial: the failed record is not there
    assert after_freeing == saved + 1
    report = check_database(db_path)
    assert report.ok, report.lines
    with connect_raw(db_path) as conn:
        journal = conn.execute(
            "SELECT count(*) FROM journal_entry WHERE record_kind='organisation' AND op='create'"
        ).fetchone()[0]
    conn.close()
    assert journal == saved + 1  # the journal is whole too: no entry of the failed action


def test_a_database_at_its_page_limit_behaves_the_same(services: Services) -> None:
    # given a connection that may not grow the file beyond its present size
    def cap(dbapi_conn, _record) -> None:
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count={pages + 2}")

    services.db.engine.dispose()
    event.listen(services.db.engine, "connect", cap)
    saved = 0
    message = ""
    try:
        for i in range(1000):
            services.records.create("organisation", {"name": f"Org {i}", "notes": NOTES})
            saved += 1
    except StorageError as exc:
        message = str(exc)
    assert message.startswith("The change was not saved: the disk is full")
    assert services.lists.count("organisation") == saved
    event.remove(services.db.engine, "connect", cap)
    services.db.engine.dispose()
    services.records.create("organisation", {"name": "After"})
    assert services.lists.count("organisation") == saved + 1


def test_a_damaged_stored_date_is_a_clear_error_not_a_crash(services: Services) -> None:
    record = services.records.create("organisation", {"name": "UCLG"})
    with connect_raw(services.path) as conn:
        conn.execute("UPDATE organisation SET updated_at = '2026-11-2x 10:00:00'")
    conn.close()
    try:
        services.records.get("organisation", record)
    except DamagedValue as exc:
        assert "damaged" in str(exc)
    else:
        raise AssertionError("the damaged date was not noticed")


def test_a_damaged_stored_list_is_a_clear_error_not_a_crash(services: Services) -> None:
    record = services.records.create(
        "contact", {"given_name": "Awa", "family_name": "Diop", "tags": ["board"]}
    )
    with connect_raw(services.path) as conn:
        conn.execute("""UPDATE contact SET tags = '["board", \x01oard"]'""")
    conn.close()
    try:
        services.records.get("contact", record)
    except DamagedValue as exc:
        assert "damaged" in str(exc)
    else:
        raise AssertionError("the damaged list was not noticed")
