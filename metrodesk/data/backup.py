"""Copies made with SQLite's online backup API: consistent even while another connection writes.

A copy of an encrypted database is encrypted with the same key (the backup API copies pages as
they are), and its key file is written beside it before the copy takes its final name: a
finished backup is never without the envelope that opens it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import connect
from metrodesk.data.crypto.envelope import key_file
from metrodesk.data.file_kinds import refuse_special_target
from metrodesk.data.files import create_private_file, private_folder, read_only_uri
from metrodesk.data.partial_files import SUFFIX, held


def backup_database(source: Path, target: Path, replace: bool = True) -> Path:
    """Copy `source` to `target` page by page, then check the copy; the copy is owner-only.

    The copy is made under a `.partial` name, held while it is written (so that a clean-up
    tells it from an orphan), and takes `target`'s name only when whole and checked. Without
    `replace` it never takes the place of anything already there (FileExistsError, nothing
    left behind); with it, only of a regular file.
    """
    refuse_special_target(target)
    private_folder(target.parent, tighten=False)
    partial = target.with_name(target.name + SUFFIX)
    partial.unlink(missing_ok=True)
    key = keys.key_for(source)
    create_private_file(partial)
    try:
        with held(partial):
            _copy_pages(source, partial, key)
            if replace or not os.path.lexists(target):  # never the key of a file left in place
                copy_key_file(source, target)  # beside the copy before the copy takes its name
            _move_into_place(partial, target, replace)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _copy_pages(source: Path, partial: Path, key: bytes | None) -> None:
    src = connect(read_only_uri(source), key, uri=True)
    dst = connect(partial, key)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")
        verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        raise OSError(f"the backup of {source.name} failed its integrity check: {verdict}")


def _move_into_place(partial: Path, target: Path, replace: bool) -> None:
    if replace:
        refuse_special_target(target)
        os.replace(partial, target)
        return
    try:
        os.link(partial, target)  # fails, changing nothing, when the name is taken
    except FileExistsError:
        raise
    except OSError:  # a file system without hard links (FAT): a shorter guard
        if os.path.lexists(target):
            raise FileExistsError(target) from None
        os.rename(partial, target)


def copy_key_file(source: Path, target: Path) -> None:
    """`target` gets the key file of `source` (one key, one envelope); a plain `source` leaves
    `target` without one."""
    if keys.is_encrypted(source):
        partial = key_file(target).with_name(key_file(target).name + SUFFIX)
        partial.unlink(missing_ok=True)
        create_private_file(partial)
        shutil.copyfile(key_file(source), partial)
        os.replace(partial, key_file(target))
    else:
        key_file(target).unlink(missing_ok=True)
