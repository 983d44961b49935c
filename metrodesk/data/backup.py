"""Copies made with SQLite's online backup API: consistent even while another connection writes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

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
    create_private_file(partial)
    try:
        with held(partial):
            _copy_pages(source, partial)
            _move_into_place(partial, target, replace)
    finally:
        partial.unlink(missing_ok=True)
    return target


def _copy_pages(source: Path, partial: Path) -> None:
    src = sqlite3.connect(read_only_uri(source), uri=True)
    dst = sqlite3.connect(partial)
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
