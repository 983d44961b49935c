"""Migration 0008 (interaction log, saved views) on a file of the revision before, with data."""

from __future__ import annotations

import sqlite3
from datetime import date

from alembic import command

from metrodesk.data.engine import make_engine
from metrodesk.data.revisions import alembic_config, head_revision
from metrodesk.services.facade import Services


def test_a_0007_file_with_a_contact_upgrades_and_logs_interactions(tmp_path):
    path = tmp_path / "before.sqlite"
    path.touch(mode=0o600)
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0007")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO contact (id, honorific, given_name, family_name, name_order, job_title,"
            " language, city, country, tags, notes, sort_key, created_at, updated_at,"
            " created_by, updated_by) VALUES ('0123456789abcdef0123456789abcdef', '', 'Awa',"
            " 'Diop', 'given-first', '', 'fr', 'Dakar', 'SN', '[]', '', 'diop awa',"
            " '2026-01-01', '2026-01-01', 'x', 'x')"
        )
    conn.close()
    svc = Services.open(path)
    try:
        (row,) = svc.lists.page("contact")
        assert row.values[0] == "Awa Diop"
        svc.interactions.add(row.id, "visit", date(2026, 11, 2), "At the City Hall")
        assert svc.interactions.last_contact(row.id).how == "visit"
    finally:
        svc.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
        assert conn.execute("SELECT count(*) FROM saved_view").fetchone()[0] == 0
    conn.close()
    # and back: the revision before has neither table
    engine = make_engine(path)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    conn.close()
    assert "interaction" not in tables and "saved_view" not in tables
