"""The few file operations MetroDesk does at the OS level, on Windows as on the Unixes.

The lock on the database file, the held `.partial` files and the owner-only logs use POSIX
calls (`fcntl`, `O_NOFOLLOW`, `fchmod`, `geteuid`, `register_at_fork`) that Windows lacks:
importing them unguarded would stop the app before its window on Windows. Here each has its
Windows counterpart or, where Windows has none and needs none, does nothing: Windows has no
symbolic-link following on `open` to refuse, no fork, and a file's owner is not a uid.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable

IS_WINDOWS = sys.platform == "win32"

#: flags that keep an open from following a link, leaking into children or blocking on a FIFO;
#: 0 where the system has no such flag (Windows: O_NOINHERIT plays O_CLOEXEC's part)
NOFOLLOW: int = getattr(os, "O_NOFOLLOW", 0)
CLOEXEC: int = getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_NOINHERIT", 0)
NONBLOCK: int = getattr(os, "O_NONBLOCK", 0)
#: Windows opens files in text mode unless told otherwise
BINARY: int = getattr(os, "O_BINARY", 0)


def owned_by_me(st: os.stat_result) -> bool:
    """Whether this process's user owns the file `st` describes (always so on Windows, whose
    stat carries no owner: its per-user folders already keep others out)."""
    geteuid = getattr(os, "geteuid", None)
    return geteuid is None or st.st_uid == geteuid()


def fchmod(fd: int, mode: int) -> None:
    """Set the permission bits through a descriptor where the system has them."""
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def set_blocking(fd: int) -> None:
    """Make reads of `fd` wait again (opened non-blocking so a FIFO could not hang the open)."""
    if sys.platform != "win32":
        os.set_blocking(fd, True)


def in_forked_child(forget: Callable[[], None]) -> None:
    """Run `forget` in a forked child: it must not think it holds its parent's locks."""
    if hasattr(os, "register_at_fork"):
        os.register_at_fork(after_in_child=forget)


def lock_byte(fd: int, offset: int) -> bool:
    """Windows: lock one byte of the file at `offset` for this handle without waiting; False
    when another handle holds it. The lock goes when the handle is closed or the process ends,
    however it ends. Windows locks are mandatory, so callers lock bytes past any data; the
    offset is 64-bit (LockFileEx), as the C runtime's `_locking` may not be."""
    if sys.platform == "win32":
        import ctypes
        import msvcrt
        from ctypes import wintypes

        class Overlapped(ctypes.Structure):
            _fields_ = [
                ("Internal", ctypes.c_size_t),
                ("InternalHigh", ctypes.c_size_t),
                ("Offset", wintypes.DWORD),
                ("OffsetHigh", wintypes.DWORD),
                ("hEvent", wintypes.HANDLE),
            ]

        where = Overlapped(0, 0, offset & 0xFFFFFFFF, offset >> 32, None)
        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = wintypes.HANDLE(msvcrt.get_osfhandle(fd))
        flags = _EXCLUSIVE | _FAIL_IMMEDIATELY
        if kernel32.LockFileEx(handle, flags, 0, 1, 0, ctypes.byref(where)):
            return True
        error = ctypes.get_last_error()
        if error == _LOCK_VIOLATION:
            return False
        raise ctypes.WinError(error)
    raise NotImplementedError("lock_byte is the Windows lock; the Unixes use fcntl")


_FAIL_IMMEDIATELY = 0x1  # LOCKFILE_FAIL_IMMEDIATELY
_EXCLUSIVE = 0x2  # LOCKFILE_EXCLUSIVE_LOCK
_LOCK_VIOLATION = 33  # ERROR_LOCK_VIOLATION
