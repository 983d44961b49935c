"""Copies made with SQLite's online backup API: consistent even while another connection writes."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from metrodesk.data.files import create_private_file, read_only_uri


def backup_database(source: Path, target: Path) -> Path:
    """Copy `source` to `target` page by page, then check the copy; the copy is owner-only."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    create_private_file(partial)
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
        partial.unlink(missing_ok=True)
        raise OSError(f"the backup of {source.name} failed its integrity check: {verdict}")
    os.replace(partial, target)
    return target
