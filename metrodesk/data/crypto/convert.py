"""Turning a plain file into an encrypted one and back, in place, so that a crash at any moment
leaves either the old file or the new one, each sound.

The new file is written beside the old one under a temporary name, checked, synced to disk and
renamed over it (a rename is atomic). The key file goes down before the rename when encrypting
(an encrypted file never lacks it) and is removed after it when decrypting; a key file left
beside a plain file by a crash between the two steps is ignored, since the file's own header
says it is plain.
"""

from __future__ import annotations

import os
from pathlib import Path

from metrodesk.data.crypto.driver import Progress, connect, export
from metrodesk.data.crypto.envelope import Envelope, fsync_path, key_file, write_key_file
from metrodesk.data.file_lock import replace_locked
from metrodesk.data.files import read_only_uri


class ConversionFailed(Exception):
    """The converted copy did not match the original; the original was left as it was."""


def encrypt_file(
    path: Path, key: bytes, sealed: Envelope, progress: Progress | None = None
) -> None:
    """Rewrite the plain file `path` encrypted with `key`; `sealed` becomes its key file."""
    staged = _stage(path, None, key, progress)
    try:
        write_key_file(path, sealed)
        _swap(staged, path)
    finally:
        staged.unlink(missing_ok=True)


def decrypt_file(path: Path, key: bytes, progress: Progress | None = None) -> None:
    """Rewrite the encrypted file `path` (keyed with `key`) as a plain one."""
    staged = _stage(path, key, None, progress)
    try:
        _swap(staged, path)
    finally:
        staged.unlink(missing_ok=True)
    key_file(path).unlink(missing_ok=True)
    fsync_path(path.parent)


def _stage(
    path: Path, source_key: bytes | None, key: bytes | None, progress: Progress | None
) -> Path:
    """The converted copy, checked and on disk, beside `path` under a temporary name."""
    _settle(path, source_key)
    staged = path.with_name(f".{path.name}.converting")
    staged.unlink(missing_ok=True)
    export(path, source_key, staged, key, progress)
    try:
        _same_content(path, source_key, staged, key)
        fsync_path(staged)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    return staged


def _settle(path: Path, key: bytes | None) -> None:
    """Everything committed into the main file and no write-ahead log left beside it: a log
    of the old file must never be replayed into the new one. The caller holds the file's lock,
    so no other connection can write meanwhile."""
    conn = connect(path, key)
    try:
        busy = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        conn.close()
    if busy:
        raise ConversionFailed(f"{path.name} is still being written to; close it and try again")
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists() and side.stat().st_size and suffix == "-wal":
            raise ConversionFailed(f"{path.name} has unsaved changes in {side.name}")
        side.unlink(missing_ok=True)


def _same_content(
    original: Path, original_key: bytes | None, copy: Path, copy_key: bytes | None
) -> None:
    """The copy passes SQLite's integrity check and holds as many rows in every table."""
    old = connect(read_only_uri(original), original_key, uri=True)
    new = connect(read_only_uri(copy), copy_key, uri=True)
    try:
        verdict = new.execute("PRAGMA integrity_check(1)").fetchone()[0]
        if verdict != "ok":
            raise ConversionFailed(f"the converted copy failed its check: {verdict}")
        tables = [
            row[0]
            for row in old.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND sql NOT LIKE 'CREATE VIRTUAL%'"
            )
        ]
        for table in tables:
            count = f'SELECT count(*) FROM "{table}"'
            if old.execute(count).fetchone() != new.execute(count).fetchone():
                raise ConversionFailed(f"the converted copy lost rows of {table}")
    finally:
        new.close()
        old.close()


def _swap(staged: Path, path: Path) -> None:
    replace_locked(staged, path)  # the lock on the file moves to the new one with its name
    for suffix in ("-wal", "-shm"):  # only an empty log can be there (see _settle)
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    fsync_path(path.parent)


def encrypted_copy(
    source: Path, target: Path, key: bytes, sealed: Envelope, progress: Progress | None = None
) -> Path:
    """A checked copy of the plain file `source` at `target`, encrypted with `key`, its key
    file beside it before the copy takes its name."""
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    export(source, None, partial, key, progress)
    try:
        _same_content(source, None, partial, key)
        fsync_path(partial)
        write_key_file(target, sealed)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    fsync_path(target.parent)
    return target
