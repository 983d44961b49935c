"""Helpers for the sync tests: copies of one team on real files, meeting in a real folder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from metrodesk.data.backup import copy_key_file
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import connect
from metrodesk.services.facade import Services
from metrodesk.services.sync.engine import SyncReport
from metrodesk.services.sync.snapshot import record_tables

BOOKKEEPING = {"created_at", "updated_at", "created_by", "updated_by"}


class Team:
    """Copies named A, B, C… on their own database files, syncing through one folder."""

    def __init__(self, tmp_path: Path, names: str = "ABC", template: Path | None = None) -> None:
        self.folder = tmp_path / "team-folder"
        self.folder.mkdir(exist_ok=True)
        self.copies: dict[str, Services] = {}
        for name in names:
            path = tmp_path / f"{name}.sqlite"
            if template is not None:  # a migrated empty file, copied: no upgrade to run
                shutil.copyfile(template, path)
                copy_key_file(template, path)  # an encrypted template's copy opens with its key
                path.chmod(0o600)
            self.copies[name] = Services.open(path)

    def __getitem__(self, name: str) -> Services:
        return self.copies[name]

    def sync(self, name: str) -> SyncReport:
        return self.copies[name].sync.run(str(self.folder), name)

    def exchange(self) -> None:
        """Every copy syncs, twice round: each then holds every other's changes."""
        for _ in range(2):
            for name in self.copies:
                self.sync(name)

    def close(self) -> None:
        for svc in self.copies.values():
            svc.close()


def content(path: Path) -> dict[str, Any]:
    """Everything a copy holds that must be the same on every copy: each table of records
    (rows by id, bookkeeping left out), the inbox, and the journal's entries."""
    conn = connect(f"file:{path}?mode=ro", keys.key_for(Path(path)), uri=True)
    try:
        out: dict[str, Any] = {}
        for table in record_tables():
            cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
            names = [d[0] for d in cursor.description]
            out[table] = [
                {k: v for k, v in zip(names, row, strict=True) if k not in BOOKKEEPING}
                for row in cursor
            ]
        out["inbox"] = conn.execute(
            "SELECT id, kind, record_kind, record_id, field, kept, aside, kept_hlc, aside_hlc "
            "FROM sync_conflict ORDER BY id"
        ).fetchall()
        out["journal"] = sorted(
            conn.execute(
                "SELECT e.hlc, e.record_kind, e.record_id, e.op, e.data, a.id, a.dseq, d.id "
                "FROM journal_entry e JOIN journal_action a ON a.ref = e.action_ref "
                "JOIN journal_device d ON d.ref = a.device_ref"
            ).fetchall()
        )
        out["search"] = conn.execute(
            "SELECT kind, record_id, label, body FROM search_doc ORDER BY record_id"
        ).fetchall()
        return out
    finally:
        conn.close()


def assert_converged(team: Team) -> None:
    first, *others = [content(svc.path) for svc in team.copies.values()]
    for other in others:
        for key in first:
            assert other[key] == first[key], key
