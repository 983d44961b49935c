"""File helpers shared by the database, backups and exports: private by default."""

from __future__ import annotations

import os
from pathlib import Path

from metrodesk.data.file_kinds import open_regular, refuse_special_target
from metrodesk.data.platform_files import owned_by_me

SQLITE_HEADER = b"SQLite format 3\x00"


def shown_name(text: str) -> str:
    """`text` as valid Unicode, for SQLite and for people: a file name that is not UTF-8
    (a Latin-1 'café.xlsx') reaches Python with its odd bytes as surrogates, which SQLite
    refuses to store and a terminal cannot print; they become U+FFFD."""
    try:
        raw = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = text.encode("utf-8", "replace")
    return raw.decode("utf-8", "replace")


def create_private_file(path: Path) -> None:
    """Create an empty file readable and writable by its owner only."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)


def private_folder(folder: Path, tighten: bool = True) -> Path:
    """Make `folder` (and any missing parent) owner-only (0700), as the XDG rules ask of the
    folders an application creates. With `tighten`, a folder of MetroDesk's own that exists
    already (made before this rule, 0755) is made owner-only too; a folder the user chose
    (where a database or an export goes) is never changed."""
    missing: list[Path] = []
    probe = Path(folder)
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for each in reversed(missing):
        try:
            os.mkdir(each, 0o700)
        except FileExistsError:
            continue
        os.chmod(each, 0o700)  # mkdir's mode is cut by the umask; 0700 needs nothing of it
    if tighten and not missing:
        st = os.stat(folder)
        if owned_by_me(st) and st.st_mode & 0o077:
            os.chmod(folder, 0o700)
    return Path(folder)


def looks_like_sqlite(path: Path) -> bool:
    """True for an empty file (SQLite's own empty database) or one with SQLite's header.

    Only a regular file is read (never a FIFO, which would block, nor a device): anything
    else raises OSError."""
    fd = open_regular(path)
    try:
        head = os.read(fd, len(SQLITE_HEADER))  # a fresh descriptor reads from the start
    finally:
        os.close(fd)
    return head in (b"", SQLITE_HEADER)


def replace_privately(partial: Path, target: Path) -> None:
    """Move a finished `partial` file over `target`, owner-only: exports carry personal data."""
    os.chmod(partial, 0o600)
    refuse_special_target(target)
    os.replace(partial, target)


def write_private(target: Path, data: bytes) -> None:
    """Write `data` to `target` whole or not at all, readable by its owner only."""
    refuse_special_target(target)
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
    """An SQLite URI opening `path` read-only, leaving its folder as it was.

    `mode=ro` alone still creates -wal and -shm files beside a WAL-mode file (and leaves
    them): a refused or checked file would not be alone in its folder any more. Without a
    write-ahead log or rollback journal beside it, the file is all there is to read, and
    `immutable` reads it without creating anything; with one, some process has it open (or
    crashed with it open) and its log must be read, so `mode=ro`. as_uri() escapes '?', '#'
    and '%' in names.
    """
    resolved = path.resolve()
    logs = (resolved.with_name(resolved.name + suffix) for suffix in ("-wal", "-journal"))
    if any(os.path.lexists(log) for log in logs):
        return f"{resolved.as_uri()}?mode=ro"
    return f"{resolved.as_uri()}?immutable=1"


def writable(path: Path) -> bool:
    """Whether this process may write `path` (False on a read-only file system too)."""
    return os.access(path, os.W_OK)
