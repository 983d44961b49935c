"""Migration 0005 (the compact journal) on a real file of revision 0003 with data.

`tests/data/journal-0003.sqlite.gz` was written by MetroDesk at revision 0003 (before 0004 and
this migration): the sample data with 20 synthetic contacts, then a contact created with an
e-mail, an organisation and tags, edited twice, undone, redone and undone again, a contact
deleted and purged by emptying the trash, an organisation left in the trash, and one deleted
and restored.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import uuid
from collections import Counter
from pathlib import Path

import pytest
from alembic import command

from metrodesk.data.engine import make_engine
from metrodesk.data.revisions import alembic_config, head_revision
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database

FIXTURE = Path(__file__).parent / "data" / "journal-0003.sqlite.gz"


@pytest.fixture
def old_file(tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite"
    path.write_bytes(gzip.decompress(FIXTURE.read_bytes()))
    path.chmod(0o600)
    return path


def _old_journal(path: Path) -> list[tuple]:
    """The 0003 journal, one row per field, oldest first."""
    with sqlite3.connect(path) as conn:
        rows = conn.execute(
            "SELECT e.device, e.action_id, e.author, a.name, e.record_kind, e.record_id, e.op,"
            " e.field, e.old, e.new FROM journal_entry e JOIN user_action a"
            " ON a.id = e.action_id ORDER BY e.seq"
        ).fetchall()
    conn.close()
    return rows


def _loaded(value):
    # the old JSON columns have NUMERIC affinity: numbers come back as numbers
    return json.loads(value) if isinstance(value, str) else value


def test_the_old_journal_reads_the_same_through_history_after_the_upgrade(old_file):
    # given the 0003 file's journal, read as it was stored
    old = _old_journal(old_file)
    assert len(old) > 1000
    per_record: dict[str, list[tuple]] = {}
    for _dev, _aid, author, action, _kind, rid, op, field, before, after in old:
        if (op, field) == ("create", "id"):
            continue  # the id of a creation is now the entry's own
        per_record.setdefault(rid, []).append(
            (op, field, _loaded(before), _loaded(after), author, action)
        )
    # when MetroDesk opens it (upgrading it, after a backup)
    svc = Services.open(old_file)
    try:
        # then every record's history holds the same changes, newest first
        for rid, expected in per_record.items():
            changes = svc.history.of_record(uuid.UUID(rid))
            got = [(c.op, c.field, c.old, c.new, c.author, c.action) for c in changes]
            assert got == list(reversed(expected)), rid
            assert all(c.device == "" for c in changes)  # all made on this copy
    finally:
        svc.close()
    assert list((old_file.parent / "backups").glob("team-before-*.sqlite"))


def test_undo_redo_trash_and_recent_changes_carry_on_after_the_upgrade(old_file):
    with sqlite3.connect(old_file) as conn:
        old_actions = conn.execute(
            "SELECT name, role FROM user_action ORDER BY hlc DESC LIMIT 8"
        ).fetchall()
    conn.close()
    svc = Services.open(old_file)
    try:
        # the dashboard lists the same actions, newest first
        recent = [(c.name, c.role) for c in svc.dashboard.recent_changes()]
        assert recent == old_actions[: len(recent)]
        # the trash still knows what is there, and who put it there
        items = {i.label: i for i in svc.trash.page()}
        assert "Old partner" in items and items["Old partner"].deleted_by
        assert "Back again" not in items
        # undo continues the file's own stack: the restore, then the deletion before it
        assert svc.history.state().undo == "Restore organisation"
        assert svc.history.undo() == "Restore organisation"
        assert "Back again" in {i.label for i in svc.trash.page()}
        assert svc.history.undo() == "Delete organisation"
        assert svc.history.redo() == "Delete organisation"
        # the contact edited, undone, redone and undone again holds the first edit
        (nuria,) = svc.search.find("nuria", kinds=("contact",))
        record = svc.records.get("contact", nuria.id)
        assert (record["job_title"], record["tags"]) == ("Mayor", ["board", "mayors"])
        # a new edit is stamped after everything the file held
        svc.records.update("contact", nuria.id, {"job_title": "President"})
        assert svc.history.of_record(nuria.id)[0].new == "President"
        assert svc.history.state().undo == "Edit contact"
    finally:
        svc.close()
    assert check_database(old_file).ok


def _root_pages(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE rootpage > 0")}
    conn.close()
    return names


def _page_size(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    return size


def test_the_upgrade_makes_the_journal_smaller_and_downgrades_back_to_the_same_rows(old_file):
    old = _old_journal(old_file)
    with sqlite3.connect(old_file) as conn:
        old_rows = conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    conn.close()
    old_size = old_file.stat().st_size
    before = _root_pages(old_file)
    Services.open(old_file).close()
    # the space the old journal took is given back to the disk (less the one root page each
    # empty table and index of the later revisions takes)
    added = len(_root_pages(old_file) - before) * _page_size(old_file)
    assert old_file.stat().st_size - added < old_size * 0.7
    with sqlite3.connect(old_file) as conn:
        new_rows = conn.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    conn.close()
    assert version == head_revision()
    assert new_rows * 5 < old_rows  # creations are one entry each now
    # and back to 0004: the same rows (stamps of regrouped fields aside)
    engine = make_engine(old_file)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    engine.dispose()
    back = _old_journal(old_file)

    def comparable(rows: list[tuple]) -> Counter:
        return Counter((*r[:8], json.dumps(_loaded(r[8])), json.dumps(_loaded(r[9]))) for r in rows)

    assert comparable(back) == comparable(old)
