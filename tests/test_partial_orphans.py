"""Partial files of killed backups and exports are cleaned up at the next start or export
(issue 18, item 16); a partial file a live writer holds is never touched.

Writers are real processes killed with SIGKILL. A partial file must also have been left
untouched for a minute before it counts as an orphan: the test ages the files it made
(os.utime) instead of waiting that minute.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from pathlib import Path

from metrodesk import paths
from metrodesk.data.files import create_private_file
from metrodesk.data.partial_files import (
    ORPHAN_AGE_SECONDS,
    clean_export_folders,
    held,
    remember_export_folder,
)
from metrodesk.services.storage import backups

CTX = multiprocessing.get_context("fork")


def _writer(partial: str, ready: multiprocessing.synchronize.Event) -> None:
    create_private_file(Path(partial))
    with held(Path(partial)):
        Path(partial).write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
        ready.set()
        signal.pause()


def start_writer(partial: Path) -> multiprocessing.process.BaseProcess:
    ready = CTX.Event()
    child = CTX.Process(target=_writer, args=(str(partial), ready))
    child.start()
    assert ready.wait(30)
    return child


def age(path: Path) -> None:
    old = time.time() - 10 * ORPHAN_AGE_SECONDS
    os.utime(path, (old, old))


def kill(child: multiprocessing.process.BaseProcess) -> None:
    assert child.pid is not None
    os.kill(child.pid, signal.SIGKILL)
    child.join()


def test_a_killed_backups_partial_file_goes_at_the_next_start(sample_path: Path) -> None:
    folder = paths.backup_dir(sample_path)
    folder.mkdir()
    orphan = folder / "sample-before-import-20261201-101010.sqlite.partial"
    writing = folder / "sample-daily-20261203-090000.sqlite.partial"
    other_programs = folder / "notes.txt.partial"
    kill(start_writer(orphan))
    alive = start_writer(writing)
    other_programs.write_text("not ours")
    for path in (orphan, writing, other_programs):
        age(path)
    try:
        # when the app starts (its daily backup runs first thing)
        backups.automatic_backup(sample_path)
        # then the killed writer's file is gone, the live writer's and a stranger's stay
        assert not orphan.exists()
        assert writing.exists() and other_programs.exists()
    finally:
        kill(alive)
    # and once that writer is killed too, the next backup takes its file away
    age(writing)
    backups.take_backup(sample_path, "before-import")
    assert not writing.exists() and other_programs.exists()


def test_a_fresh_partial_file_is_left_for_a_minute(sample_path: Path) -> None:
    folder = paths.backup_dir(sample_path)
    folder.mkdir()
    just_made = folder / "sample-daily-20261203-090000.sqlite.partial"
    kill(start_writer(just_made))

    backups.tidy_orphans(sample_path)

    assert just_made.exists()  # perhaps a writer that has not taken its hold yet


def test_a_killed_exports_partial_file_goes_at_the_next_start(tmp_path: Path) -> None:
    exports = tmp_path / "Documents"
    exports.mkdir()
    remember_export_folder(exports)
    orphan = exports / ".contacts-ab12cd34.partial"
    kill(start_writer(orphan))
    age(orphan)
    users_own = exports / "draft.partial"
    users_own.write_text("a file of the user's that happens to end so")
    age(users_own)

    gone = clean_export_folders()

    assert gone == [orphan] and not orphan.exists() and users_own.exists()


def _export_then_hang(db: str, target: str, ready: multiprocessing.synchronize.Event) -> None:
    """A real export, killed while it writes its partial file (its save never returns)."""
    from openpyxl.workbook.workbook import Workbook

    from metrodesk.data.database import Database
    from metrodesk.services.exports.workbook import export_workbook

    def save_halfway(self: Workbook, filename: str) -> None:
        Path(filename).write_bytes(b"PK\x03\x04 half a workbook")
        ready.set()
        signal.pause()

    Workbook.save = save_halfway  # type: ignore[method-assign]
    export_workbook(Database.open(db), "contacts", Path(target))


def test_a_killed_export_leaves_an_orphan_the_next_export_removes(
    sample_path: Path, tmp_path: Path
) -> None:
    from metrodesk.services.exports.workbook import export_workbook
    from metrodesk.services.facade import Services

    out = tmp_path / "Documents"
    out.mkdir()
    ready = CTX.Event()
    child = CTX.Process(
        target=_export_then_hang, args=(str(sample_path), str(out / "contacts.xlsx"), ready)
    )
    child.start()
    assert ready.wait(60)
    kill(child)
    (orphan,) = out.glob("*.partial")
    age(orphan)

    svc = Services.open(sample_path)
    try:
        export_workbook(svc.db, "contacts", out / "other.xlsx")
    finally:
        svc.close()

    assert sorted(p.name for p in out.iterdir()) == ["other.xlsx"]
