"""File helpers shared by the database, backups and exports: private by default."""

from __future__ import annotations

import contextlib
import fcntl
import os
import threading
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file (SQLite's own empty database) or one with SQLite's header."""
    with path.open("rb") as fh:
        head = fh.read(len(SQLITE_HEADER))
    return head in (b"", SQLITE_HEADER)


def replace_privately(partial: Path, target: Path) -> None:
    """Move a finished `partial` file over `target`, owner-only: exports carry personal data."""
    os.chmod(partial, 0o600)
    os.replace(partial, target)


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all, readable by its owner only."""
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only; as_uri() escapes '?', '#' and '%' in names."""
    return f"{path.resolve().as_uri()}?mode=ro"


# ---------------------------------------------------------------------------------------------
# one MetroDesk process per database file


class InUse(Exception):
    """The lock is held by another process (`pid`, when it wrote its number)."""

    def __init__(self, pid: int | None) -> None:
        super().__init__(pid)
        self.pid = pid


#: lock file -> [descriptor, holders in this process]; a process may open its file twice
_held: dict[Path, list[int]] = {}
_held_guard = threading.Lock()


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def acquire_lock(database: Path) -> Path:
    """Take the lock beside `database` for this process (re-entrant within it).

    `flock` is held by the kernel for the open file and dropped when the process ends, however
    it ends: a killed MetroDesk never leaves a stale lock behind. The file holds the pid of
    the holder, for the message the next process shows.
    """
    path = lock_path(database)
    with _held_guard:
        if path in _held:
            _held[path][1] += 1
            return path
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
            os.close(fd)
            raise InUse(int(holder) if holder.isdigit() else None) from None
        except BaseException:
            os.close(fd)
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"{os.getpid()}\n".encode("ascii"), 0)
        _held[path] = [fd, 1]
        return path


def release_lock(database: Path) -> None:
    path = lock_path(database)
    with _held_guard:
        entry = _held.get(path)
        if entry is None:
            return
        entry[1] -= 1
        if entry[1] == 0:
            del _held[path]
            os.close(entry[0])


def _forget_locks_in_child() -> None:
    # a forked child is another process: it must take the lock for itself (and fail while the
    # parent holds it); closing its copies leaves the parent's lock in place
    global _held_guard
    for fd, _count in _held.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()
    _held_guard = threading.Lock()


os.register_at_fork(after_in_child=_forget_locks_in_child)


def writable(path: Path) -> bool:
    """Whether this process may write `path` (False on a read-only file system too)."""
    return os.access(path, os.W_OK)
