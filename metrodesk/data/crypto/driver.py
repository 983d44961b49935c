"""Connections to plain and encrypted files alike: sqlite3 for the one, sqlcipher3 for the other.

Code that reads a file by path (checks, backups, restores) asks `connect` instead of
`sqlite3.connect`, and catches `DRIVER_ERRORS` instead of `sqlite3.Error`: the two drivers
raise exceptions of their own classes.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import cast

import sqlcipher3

#: what either driver raises (sqlcipher3's classes are not sqlite3's)
DRIVER_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
#: what reading a file may raise besides: the driver's errors and the operating system's
FILE_ERRORS: tuple[type[Exception], ...] = (OSError, sqlite3.Error, sqlcipher3.Error)
DATABASE_ERRORS: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)
OPERATIONAL_ERRORS: tuple[type[Exception], ...] = (
    sqlite3.OperationalError,
    sqlcipher3.OperationalError,
)
#: the plain "file is damaged" class of each driver (not one of its subclasses)
PLAIN_DATABASE_ERRORS = frozenset({sqlite3.DatabaseError, sqlcipher3.DatabaseError})


def raw_key(key: bytes) -> str:
    """SQLCipher's raw-key form: used as is, without its own passphrase derivation."""
    return f"x'{key.hex()}'"


def connect(target: str | Path, key: bytes | None, uri: bool = False) -> sqlite3.Connection:
    """A DB-API connection to `target` (a path, or an SQLite URI when `uri`): sqlite3 when
    `key` is None, else sqlcipher3 keyed with it. sqlcipher3's connection has sqlite3's API."""
    if key is None:
        return sqlite3.connect(target, uri=uri, check_same_thread=False)
    conn = sqlcipher3.connect(str(target), uri=uri, check_same_thread=False)
    try:
        # a failing key is a damaged file here (keys are checked before use): say it once,
        # in our words, rather than in SQLCipher's log lines on stderr
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f'PRAGMA key = "{raw_key(key)}"')
    except BaseException:
        conn.close()
        raise
    return cast(sqlite3.Connection, conn)


def copy_pages(src: sqlite3.Connection, dst: sqlite3.Connection) -> None:
    """SQLite's backup API: both connections of one driver and one key."""
    src.backup(dst)


#: called now and then with (bytes written so far, bytes expected); returning True cancels
Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled an export; the half-written target was removed."""


def export(
    source: Path,
    source_key: bytes | None,
    target: Path,
    target_key: bytes | None,
    progress: Progress | None = None,
) -> None:
    """Write every table, index and trigger of `source` into the new file `target`, keyed with
    `target_key` (None: plain): SQLCipher's `sqlcipher_export`, the only way between keys
    (the backup API copies pages, so both sides need the same key).

    `target` must not exist; on any failure (or a cancel) it is removed again.
    """
    fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
    os.close(fd)
    try:
        _export(source, source_key, target, target_key, progress)
    except BaseException:
        target.unlink(missing_ok=True)
        raise


def _export(
    source: Path,
    source_key: bytes | None,
    target: Path,
    target_key: bytes | None,
    progress: Progress | None,
) -> None:
    conn = sqlcipher3.connect(str(target), check_same_thread=False)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if target_key is not None:
            conn.execute(f'PRAGMA key = "{raw_key(target_key)}"')
        # without a log beside it the file is all there is: `immutable` leaves no -wal/-shm
        # behind (they would belong to the old file once the new one is renamed over it)
        has_log = source.with_name(source.name + "-wal").exists()
        source_uri = f"{source.resolve().as_uri()}?{'mode=ro' if has_log else 'immutable=1'}"
        attach_key = raw_key(source_key) if source_key else ""
        conn.execute("ATTACH DATABASE ? AS source KEY ?", (source_uri, attach_key))
        for pragma in ("user_version", "application_id"):
            value = int(conn.execute(f"PRAGMA source.{pragma}").fetchone()[0])
            conn.execute(f"PRAGMA main.{pragma} = {value}")
        if progress is not None:
            expected = max(source.stat().st_size, 1)

            def tick() -> int:
                return 1 if progress(target.stat().st_size, expected) else 0

            conn.set_progress_handler(tick, 20_000)
        try:
            conn.execute("SELECT sqlcipher_export('main', 'source')")
        except sqlcipher3.OperationalError as exc:
            if "interrupted" in str(exc):
                raise Cancelled from None
            raise
        conn.set_progress_handler(None, 0)
        conn.execute("DETACH DATABASE source")
        conn.commit()
    finally:
        conn.close()
