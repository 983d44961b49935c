"""File helpers shared by the database, backups and exports: private by default."""

from __future__ import annotations

import os
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


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening `path` read-only; as_uri() escapes '?', '#' and '%' in names."""
    return f"{path.resolve().as_uri()}?mode=ro"
