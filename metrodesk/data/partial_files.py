"""Files being written under a temporary `.partial` name, and the orphans killed writers leave.

Exports and backups are written under a `.partial` name and renamed when whole, so a killed
writer never leaves a half file under the real name; it does leave the `.partial` file. Each
writer holds an `flock` on its partial file while it writes: the kernel drops it when the
process ends, however it ends, so a partial file nobody holds (and that has not been touched
for a minute) is an orphan, and is deleted at the next start or the next export or backup.
The folders exports were written to are remembered (a short list in the user's state folder),
so that the next start finds orphans in folders it would not otherwise look at.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import platformdirs

from metrodesk.data.platform_files import BINARY, CLOEXEC, NOFOLLOW, NONBLOCK, owned_by_me
from metrodesk.data.platform_files import lock_byte as windows_lock_byte

if sys.platform != "win32":
    import fcntl

SUFFIX = ".partial"
#: a partial file untouched for this long, and held by no process, is an orphan
ORPHAN_AGE_SECONDS = 60.0
#: names exports give their partial files (tempfile.mkstemp: `.<stem>-<8 characters>.partial`)
EXPORT_PARTIAL = re.compile(r"\..+-[a-z0-9_]{8}\.partial")
#: how many export folders are remembered for the clean-up at start
REMEMBERED_FOLDERS = 20
#: Windows: the byte of a partial file its writer locks (locks there are mandatory: none on data)
_HELD_BYTE = 1 << 40


@contextmanager
def held(partial: Path) -> Iterator[None]:
    """Hold `partial` (already created) as being written, until the block ends."""
    fd = os.open(partial, os.O_RDONLY | BINARY | NOFOLLOW | CLOEXEC)
    try:
        _hold(fd)
        yield
    finally:
        os.close(fd)


#: how much of the target's name a partial file's name repeats: a name near the file
#: system's 255-byte limit must still leave room for the rest
_STEM_CHARS = 40


@contextmanager
def writing_beside(target: Path) -> Iterator[Path]:
    """A new owner-only partial file beside `target`, held while the block writes it; gone
    afterwards unless the block moved it into place (`move_into_place`). The folder is
    remembered, and its orphans from killed exports are cleaned first."""
    folder = target.parent
    clean_orphans(folder, is_export_partial)
    remember_export_folder(folder)
    fd, name = tempfile.mkstemp(prefix=f".{target.stem[:_STEM_CHARS]}-", suffix=SUFFIX, dir=folder)
    os.close(fd)
    partial = Path(name)
    try:
        with held(partial):
            yield partial
    finally:
        partial.unlink(missing_ok=True)


def move_into_place(partial: Path, target: Path) -> None:
    """The finished partial file takes `target`'s name, owner-only; never over a device, a
    FIFO or a folder (see file_kinds)."""
    from metrodesk.data.file_kinds import refuse_special_target

    os.chmod(partial, 0o600)
    refuse_special_target(target)
    os.replace(partial, target)


def is_export_partial(name: str) -> bool:
    return EXPORT_PARTIAL.fullmatch(name) is not None


def clean_orphans(folder: Path, wanted: Callable[[str], bool]) -> list[Path]:
    """Delete the orphaned partial files in `folder` whose names `wanted` accepts; the ones
    deleted. Only regular files of this user are considered; errors are passed over (a
    clean-up never stops the work it precedes)."""
    gone: list[Path] = []
    try:
        names = [n for n in os.listdir(folder) if n.endswith(SUFFIX) and wanted(n)]
    except OSError:
        return gone
    for name in names:
        path = folder / name
        with contextlib.suppress(OSError):
            if _remove_if_orphan(path):
                gone.append(path)
    return gone


if sys.platform == "win32":

    def _hold(fd: int) -> None:
        windows_lock_byte(fd, _HELD_BYTE)  # a file this process just made: nobody holds it

    def _held_by_a_writer(fd: int) -> bool:
        return not windows_lock_byte(fd, _HELD_BYTE)

else:

    def _hold(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_SH)

    def _held_by_a_writer(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return True
        return False


def _remove_if_orphan(path: Path) -> bool:
    fd = os.open(path, os.O_RDONLY | BINARY | NOFOLLOW | NONBLOCK | CLOEXEC)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or not owned_by_me(st):
            return False
        if time.time() - st.st_mtime < ORPHAN_AGE_SECONDS:
            return False
        if _held_by_a_writer(fd):
            return False  # still being written
        if sys.platform != "win32":
            os.unlink(path)  # while we hold it, so no writer can have taken it meanwhile
            return True
    finally:
        os.close(fd)
    os.unlink(path)  # Windows deletes no file a handle has open
    return True


# ---------------------------------------------------------------------------------------------
# the folders exports were written to


def _folders_file() -> Path:
    return Path(platformdirs.user_state_dir("MetroDesk", appauthor=False)) / "export-folders"


def _read_folders() -> list[Path]:
    try:
        text = _folders_file().read_text(encoding="utf-8", errors="surrogateescape")
    except OSError:
        return []
    return [Path(line) for line in text.splitlines() if line.strip()]


def remember_export_folder(folder: Path) -> None:
    """Note `folder` (newest first, at most REMEMBERED_FOLDERS) for the clean-up at start."""
    folder = Path(os.path.abspath(folder))
    known = [f for f in _read_folders() if f != folder]
    _write_folders([folder, *known][:REMEMBERED_FOLDERS])


def _write_folders(folders: Iterable[Path]) -> None:
    from metrodesk.data.files import private_folder, write_private

    target = _folders_file()
    with contextlib.suppress(OSError):
        private_folder(target.parent)
        data = "".join(f"{os.fsdecode(f)}\n" for f in folders)
        write_private(target, data.encode("utf-8", errors="surrogateescape"))


def clean_export_folders() -> list[Path]:
    """At start: the orphans in every remembered export folder; the ones deleted."""
    gone: list[Path] = []
    for folder in _read_folders():
        gone += clean_orphans(folder, is_export_partial)
    return gone
