"""One MetroDesk process per database *file*, whatever name it is reached by.

The lock is taken on the database file itself, not on a file beside its name: a hard link, a
symbolic link or a relative path all reach the same inode, so they all meet the same lock. (A
lock file beside the name let two processes write one file through two hard links, each with
its own write-ahead log: rows were lost and an index damaged.)

On Linux the lock is an open-file-description lock (`F_OFD_SETLK`) on one byte far past any
byte SQLite locks (its locks sit around 1 GiB; ours at 1 TiB, where no data needs to exist):
it does not meet SQLite's own locks, and, unlike a classic POSIX lock, closing some other
descriptor of the file (SQLite opens and closes them freely) does not drop it. The holder
also locks the byte `PID_BASE + its pid`, so the next process can name it in its message,
with nothing written anywhere. Other Unixes: `flock` on the file; Windows: a LockFileEx lock on
that same far byte (`platform_files.lock_byte`); there the holder's pid is not told.
The kernel drops either when the process ends, however it ends: never a stale lock.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import struct
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

from metrodesk.data.platform_files import BINARY, CLOEXEC, NOFOLLOW, NONBLOCK, in_forked_child
from metrodesk.data.platform_files import lock_byte as windows_lock_byte

#: the byte whose write lock means "a MetroDesk process has this file open"
LOCK_BYTE = 1 << 40
#: the holder's pid is told by a lock on LOCK_BYTE + 1 + pid (Linux pids stay below 2**22)
PID_BASE = LOCK_BYTE + 1
PID_SPAN = 1 << 22

if sys.platform != "win32":
    import fcntl

    _OFD_SETLK: int | None = getattr(fcntl, "F_OFD_SETLK", None)
    _OFD_GETLK: int | None = getattr(fcntl, "F_OFD_GETLK", None)
# struct flock: short l_type, short l_whence, off_t l_start, off_t l_len, pid_t l_pid (+ pad)
_FLOCK = struct.Struct("hhqqi4x")


class InUse(Exception):
    """Another process holds the file (`pid` when known), or this one holds it under another
    name (`other_name`): two names mean two write-ahead logs for one file."""

    def __init__(self, pid: int | None, other_name: Path | None = None) -> None:
        super().__init__(pid)
        self.pid = pid
        self.other_name = other_name


@dataclass
class _Held:
    fd: int
    identity: tuple[int, int]
    count: int


#: path (as the caller resolved it) -> the descriptor holding the lock and its holders here
_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


def file_identity(path: Path) -> tuple[int, int]:
    """(device, inode): what every name of one file shares."""
    st = os.stat(path)
    return st.st_dev, st.st_ino


def acquire_lock(database: Path) -> None:
    """Lock the existing file `database` for this process (re-entrant under the same name).

    Raises InUse when another process holds it, or when this process has the same file open
    under another name; OSError when the file cannot be opened for writing.
    """
    with _held_guard:
        entry = _held.get(database)
        if entry is not None:
            entry.count += 1
            return
        fd = os.open(database, os.O_RDWR | BINARY | CLOEXEC | NOFOLLOW | NONBLOCK)
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                raise OSError(errno.EINVAL, "not a regular file", str(database))
            identity = (st.st_dev, st.st_ino)
            for name, other in _held.items():
                if other.identity == identity:
                    raise InUse(os.getpid(), name)
            if not _try_lock(fd):
                raise InUse(_holder_pid(fd))
        except BaseException:
            os.close(fd)
            raise
        _held[database] = _Held(fd, identity, 1)


def release_lock(database: Path) -> None:
    """Give back one hold of `database`; the lock goes with the last one. Idempotent."""
    with _held_guard:
        entry = _held.get(database)
        if entry is None:
            return
        entry.count -= 1
        if entry.count == 0:
            del _held[database]
            os.close(entry.fd)


def replace_locked(replacement: Path, database: Path) -> None:
    """Rename `replacement` over `database`, the lock this process holds on `database` going
    with the name: the new file is locked before it takes the name, so no other process can
    open it in between, and the old file's lock (on an inode no name reaches) is let go."""
    with _held_guard:
        entry = _held.get(database)
        if entry is None:
            os.replace(replacement, database)
            return
        fd = os.open(replacement, os.O_RDWR | BINARY | CLOEXEC | NOFOLLOW | NONBLOCK)
        try:
            if not _try_lock(fd):  # nobody else opens a file under our temporary name
                raise InUse(_holder_pid(fd))
            st = os.fstat(fd)
            os.replace(replacement, database)
        except BaseException:
            os.close(fd)
            raise
        os.close(entry.fd)
        entry.fd, entry.identity = fd, (st.st_dev, st.st_ino)


if sys.platform == "win32":

    def _try_lock(fd: int) -> bool:
        return windows_lock_byte(fd, LOCK_BYTE)

    def _holder_pid(fd: int) -> int | None:
        return None  # Windows tells nobody who holds a byte

else:

    def _ofd(fd: int, command: int, kind: int, start: int, length: int) -> tuple[int, int]:
        """One OFD lock call; returns (l_type, l_start) as the kernel reports them."""
        packed = fcntl.fcntl(fd, command, _FLOCK.pack(kind, os.SEEK_SET, start, length, 0))
        l_type, _whence, l_start, _len, _pid = _FLOCK.unpack(packed)
        return l_type, l_start

    def _try_lock(fd: int) -> bool:
        if _OFD_SETLK is None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                return False
            return True
        try:
            _ofd(fd, _OFD_SETLK, fcntl.F_WRLCK, LOCK_BYTE, 1)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                return False
            raise
        pid = os.getpid()
        if pid < PID_SPAN:
            _ofd(fd, _OFD_SETLK, fcntl.F_WRLCK, PID_BASE + pid, 1)
        return True

    def _holder_pid(fd: int) -> int | None:
        """The pid the holder wrote into its locks, or None (not said yet, or not Linux)."""
        if _OFD_GETLK is None:
            return None
        try:
            l_type, l_start = _ofd(fd, _OFD_GETLK, fcntl.F_WRLCK, PID_BASE, PID_SPAN)
        except OSError:
            return None
        if l_type == fcntl.F_UNLCK:
            return None
        return l_start - PID_BASE


def _forget_locks_in_child() -> None:
    # a forked child is another process: it must take the lock for itself (and fail while the
    # parent holds it); closing its copies of the descriptors leaves the parent's lock in place
    global _held_guard
    for entry in _held.values():
        with contextlib.suppress(OSError):
            os.close(entry.fd)
    _held.clear()
    _held_guard = threading.Lock()


in_forked_child(_forget_locks_in_child)
