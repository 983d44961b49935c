"""What a path names, found without opening it: a database is only ever a regular file.

Opening a FIFO for reading blocks until someone writes; writing to /dev/zero fills the disk;
replacing a device node with a file breaks the system. Every path MetroDesk will read as a
database, or write a database onto, is looked at with `lstat` first, and refused in one line
when it is anything but a regular file (or, where a new file may be made, nothing yet).
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from metrodesk.data.platform_files import BINARY, CLOEXEC, NOFOLLOW, NONBLOCK, set_blocking
from metrodesk.i18n import QT_TR_NOOP

_KINDS = (
    (stat.S_ISDIR, QT_TR_NOOP("a folder")),
    (stat.S_ISFIFO, QT_TR_NOOP("a named pipe (FIFO)")),
    (stat.S_ISCHR, QT_TR_NOOP("a device")),
    (stat.S_ISBLK, QT_TR_NOOP("a device")),
    (stat.S_ISSOCK, QT_TR_NOOP("a socket")),
    (stat.S_ISLNK, QT_TR_NOOP("a symbolic link")),
)


def special_kind(path: Path) -> str | None:
    """'a folder', 'a device', … for anything that is not a regular file; None for a regular
    file or for nothing at all. The link itself is described: the caller resolves links first
    when it means to follow them."""
    try:
        mode = os.lstat(path).st_mode
    except FileNotFoundError:
        return None
    except NotADirectoryError:  # a part of the path is a file: nothing can be there
        return None
    if stat.S_ISREG(mode):
        return None
    return next((words for test, words in _KINDS if test(mode)), QT_TR_NOOP("not a regular file"))


def open_regular(path: Path, flags: int = os.O_RDONLY) -> int:
    """A descriptor on the regular file `path` names (links followed to it), never opening a
    FIFO (which would block), a device or a folder: OSError (EINVAL) for those. The kind is
    looked at before the open and checked again on what was opened, so a file swapped for a
    pipe in between is still refused."""
    real = Path(os.path.realpath(path))
    kind = special_kind(real)
    if kind is not None:
        raise OSError(errno.EINVAL, f"not a regular file ({kind})", str(path))
    fd = os.open(real, flags | BINARY | NOFOLLOW | NONBLOCK | CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise OSError(errno.EINVAL, "not a regular file", str(path))
        set_blocking(fd)
    except BaseException:
        os.close(fd)
        raise
    return fd


class NotARegularFile(OSError):
    """A path MetroDesk was asked to write over names a folder, device, FIFO or socket; the
    message is one sentence (the CLI prints it as it is)."""

    def __str__(self) -> str:
        return str(self.strerror)


def refuse_special_target(target: Path) -> None:
    """Refuse, before anything is written, a target that is not a regular file or free: a
    file moved into its place would replace a device node (as root), and writing into a FIFO
    or /dev/zero never ends. A symbolic link is no danger: the new file replaces the link
    itself, not what it points to."""
    kind = special_kind(target)
    if kind is not None and kind != "a symbolic link":
        raise NotARegularFile(
            errno.EINVAL, f"{target} is {kind}; MetroDesk writes only regular files"
        )
