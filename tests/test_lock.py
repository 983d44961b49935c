"""One MetroDesk process per file, and read-only places refused: real second processes."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import signal
import stat
import tempfile
from pathlib import Path

import pytest

from metrodesk.cli import main as cli_main
from metrodesk.data.database import Database
from metrodesk.data.errors import DatabaseInUse, ReadOnlyDatabase
from metrodesk.services.errors import ServiceError
from metrodesk.services.storage.maintenance import backup, restore

CTX = multiprocessing.get_context("fork")
NOBODY = 65534


def _holder(path: str, ready: multiprocessing.synchronize.Event) -> None:
    Database.open(path)
    ready.set()
    signal.pause()


def _start_holder(path: Path) -> multiprocessing.process.BaseProcess:
    ready = CTX.Event()
    child = CTX.Process(target=_holder, args=(str(path), ready))
    child.start()
    assert ready.wait(20), "the holder process did not open the database"
    return child


def _stop(child: multiprocessing.process.BaseProcess) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.join()


def test_a_second_process_is_refused_with_the_holders_pid(db_path: Path) -> None:
    # given another process with the database open
    child = _start_holder(db_path)
    try:
        # when this one opens it, then it is told which process holds it
        with pytest.raises(
            DatabaseInUse, match=rf"another MetroDesk window \(process {child.pid}\)"
        ):
            Database.open(db_path)
    finally:
        _stop(child)
    # and once that process is gone (even killed), the file opens: no stale lock
    Database.open(db_path).close()


def test_the_lock_is_released_on_close(db_path: Path) -> None:
    db = Database.open(db_path)
    again = Database.open(db_path)  # the same process may open its file twice
    db.close()
    db.close()  # idempotent: must not release the second holder's share
    child_result = CTX.Queue()

    def probe() -> None:
        try:
            Database.open(db_path).close()
            child_result.put("opened")
        except DatabaseInUse:
            child_result.put("in use")

    p = CTX.Process(target=probe)
    p.start()
    p.join(30)
    assert child_result.get(timeout=5) == "in use"
    again.close()
    p = CTX.Process(target=probe)
    p.start()
    p.join(30)
    assert child_result.get(timeout=5) == "opened"


def test_restore_is_refused_while_another_process_has_the_file_open(
    sample_path: Path, tmp_path: Path
) -> None:
    saved = backup(sample_path, tmp_path / "saved.sqlite")
    child = _start_holder(sample_path)
    try:
        with pytest.raises(ServiceError, match="open in another MetroDesk window"):
            restore(saved, sample_path)
    finally:
        _stop(child)
    assert restore(saved, sample_path).previous is not None


def test_the_cli_says_so_in_one_line(db_path: Path, tmp_path: Path, capsys) -> None:
    child = _start_holder(db_path)
    try:
        status = cli_main(
            ["--db", str(db_path), "export", "contacts", "-o", str(tmp_path / "x.xlsx")]
        )
    finally:
        _stop(child)
    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and f"process {child.pid}" in err


def _open_as_nobody(path: str, result: multiprocessing.queues.Queue) -> None:
    if os.geteuid() == 0:  # root writes anywhere: drop to an ordinary user, as users run it
        os.setgid(NOBODY)
        os.setuid(NOBODY)
    try:
        Database.open(path).close()
        result.put("opened")
    except ReadOnlyDatabase as exc:
        result.put(f"read-only: {exc}")
    except Exception as exc:  # anything else is a failure of the test
        result.put(f"{type(exc).__name__}: {exc}")


@pytest.fixture
def shared_dir() -> Path:
    """A folder an ordinary user can reach (pytest's own tmp folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="metrodesk-ro-"))
    folder.chmod(0o755)
    yield folder
    for p in folder.iterdir():
        p.chmod(0o644)
        p.unlink()
    folder.chmod(0o755)
    folder.rmdir()


def _run_as_nobody(path: Path) -> str:
    result = CTX.Queue()
    child = CTX.Process(target=_open_as_nobody, args=(str(path), result))
    child.start()
    child.join(30)
    return result.get(timeout=5)


def test_a_read_only_file_is_refused_untouched(db_path: Path, shared_dir: Path) -> None:
    path = shared_dir / "ro.sqlite"
    path.write_bytes(db_path.read_bytes())
    path.chmod(0o444)
    shared_dir.chmod(0o777)  # the folder is writable: only the file is not
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    said = _run_as_nobody(path)
    assert said.startswith("read-only: ro.sqlite is read-only"), said
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in shared_dir.iterdir()) == ["ro.sqlite"]


def test_a_read_only_folder_is_refused(db_path: Path, shared_dir: Path) -> None:
    path = shared_dir / "shared.sqlite"
    path.write_bytes(db_path.read_bytes())
    path.chmod(0o666)
    shared_dir.chmod(0o555)
    said = _run_as_nobody(path)
    assert said.startswith("read-only: the folder"), said
    assert stat.S_IMODE(shared_dir.stat().st_mode) == 0o555
