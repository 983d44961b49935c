"""The right to be forgotten: after an erasure the person's name and e-mail are nowhere in the
file (records, history, search index, free pages, log), and the anonymous facts stay."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import openpyxl
from conftest import connect_raw
from sqlalchemy import select

from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import export
from metrodesk.data.people import Contact
from metrodesk.services.privacy.erasure import Erasure
from metrodesk.services.privacy.erasure_terms import ERASED_NAME
from metrodesk.services.privacy.register import entries, export_register
from metrodesk.services.storage.backups import take_backup
from metrodesk.services.storage.maintenance import check_database

SECRETS = ("Bickart", "bickart", "BICKART", "abickart@metropolis.org")


def person_id(services, family: str):
    with services.db.read() as s:
        return s.scalars(select(Contact.id).where(Contact.family_name == family)).one()


def meeting_counts(path) -> list[tuple]:
    conn = connect_raw(path)
    try:
        return conn.execute(
            "SELECT m.title, m.other_attendees, (SELECT count(*) FROM meeting_participant p "
            "WHERE p.meeting_id = m.id AND p.deleted_at IS NULL) FROM meeting m ORDER BY m.title"
        ).fetchall()
    finally:
        conn.close()


def plain_bytes(path) -> bytes:
    """Everything SQLite can read in the file (decrypted first when it is encrypted: a copy
    made with sqlcipher_export), its raw bytes and its log."""
    wal = path.with_name(path.name + "-wal")
    raw = path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
    readable = path
    if keys.is_encrypted(path):
        readable = path.with_name("decrypted-copy.sqlite")
        readable.unlink(missing_ok=True)
        export(path, keys.key_for(path), readable, None)
    plain = sqlite3.connect(readable)
    try:
        dump = "\n".join(plain.iterdump()).encode("utf-8")
    finally:
        plain.close()
    return dump + readable.read_bytes() + raw


def free_pages(path) -> int:
    conn = connect_raw(path)
    try:
        return int(conn.execute("PRAGMA freelist_count").fetchone()[0])
    finally:
        conn.close()


def test_erasing_agnes_bickart_leaves_her_nowhere_and_keeps_the_counts(sample_services):
    # given Agnès Bickart, edited once (her old values are in the history) and searchable
    agnes = person_id(sample_services, "Bickart")
    sample_services.records.update("contact", agnes, {"job_title": "Head of training"})
    path = sample_services.path
    counts = meeting_counts(path)
    assert any(s.encode() in plain_bytes(path) for s in SECRETS)
    # when she is erased
    erasure = Erasure(sample_services.db)
    plan = erasure.plan(agnes)
    assert "1 e-mail address" in plan.removed and plan.name == "Agnès Bickart"
    result = erasure.erase(agnes)
    # then neither her name nor her e-mail is anywhere in the file or its log
    data = plain_bytes(path)
    assert [s for s in SECRETS if s.encode() in data] == []
    assert free_pages(path) == 0  # encrypted or not, no free page keeps an old copy
    assert "Agnès".encode() not in data and b"Agn\\u00e8s" not in data
    # the meetings keep their counts, the record stays as an anonymous one, search finds nothing
    assert meeting_counts(path) == counts
    assert result.counts["history entries scrubbed"] > 0
    assert sample_services.search.find("bickart") == []
    with sample_services.db.read() as s:
        assert s.get(Contact, agnes).display_name == ERASED_NAME
    # nothing to undo: an erasure is not an undo step
    assert "Erase" not in (sample_services.history.state().undo or "")
    # the register says it happened, and not what was erased
    (line,) = [e for e in entries(sample_services.db) if e.event == "erasure"]
    assert line.person_id == agnes.hex and line.person == ERASED_NAME
    assert check_database(path).ok


def test_the_register_lists_exports_and_erasures_for_the_dpo(sample_services, tmp_path):
    from metrodesk.services.privacy.access import write_person_workbook

    agnes = person_id(sample_services, "Bickart")
    write_person_workbook(sample_services.db, agnes, tmp_path / "agnes.xlsx")
    Erasure(sample_services.db).erase(agnes)
    target = tmp_path / "register.xlsx"
    assert export_register(sample_services.db, target) == 2
    rows = list(openpyxl.load_workbook(target)["Register"].iter_rows(values_only=True))
    assert [r[2] for r in rows[1:]] == ["access export", "erasure"]
    assert all(r[3] == agnes.hex for r in rows[1:])
    assert b"Bickart" not in target.read_bytes()
    assert all("Bickart" not in str(cell) for row in rows for cell in row)


def test_backups_made_before_are_named_and_can_be_purged(sample_services):
    agnes = person_id(sample_services, "Bickart")
    made = take_backup(sample_services.path, "daily")
    erasure = Erasure(sample_services.db)
    assert made.path in [b.path for b in erasure.plan(agnes).backups]
    result = erasure.erase(agnes, purge_backups=True)
    assert made.path in result.backups_purged and not made.path.exists()


def test_the_command_erases_and_check_passes(sample_path, sample_services):
    agnes = person_id(sample_services, "Bickart")
    sample_services.close()
    run = [sys.executable, "-m", "metrodesk"]
    done = subprocess.run([*run, "erase", agnes.hex, "--db", str(sample_path)],
                          capture_output=True, text=True)  # fmt: skip
    assert done.returncode == 0 and "Erased person" in done.stdout, done.stderr
    check = subprocess.run([*run, "check", "--db", str(sample_path)], capture_output=True)
    assert check.returncode == 0
    assert [s for s in SECRETS if s.encode() in plain_bytes(sample_path)] == []


def test_migration_0007_adds_the_register_to_a_file_with_data(tmp_path, monkeypatch):
    from alembic import command

    from metrodesk.data.database import Database
    from metrodesk.data.engine import make_engine
    from metrodesk.data.revisions import alembic_config
    from metrodesk.services.facade import Services

    # given a plain file at revision 0006 holding an organisation
    monkeypatch.delenv(keys.ENCRYPT_NEW_VARIABLE, raising=False)
    path = tmp_path / "old.sqlite"
    path.touch(mode=0o600)
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        conn.exec_driver_sql(
            "INSERT INTO organisation (id, name, local_name, org_kind, city, country, website,"
            " notes, created_at, updated_at, created_by, updated_by) VALUES ("
            "'0123456789abcdef0123456789abcdef', 'Metropolis', '', 'network', 'Barcelona', 'ES',"
            " '', '', '2020-01-01', '2020-01-01', 'x', 'x')"
        )
    engine.dispose()
    # when MetroDesk opens it, then the data is kept and the register is there, empty
    svc = Services.open(path)
    try:
        assert svc.lists.count("organisation") == 1
        assert entries(svc.db) == []
    finally:
        svc.close()
    Database.open(path).close()


def test_an_erasure_received_from_another_copy_scrubs_this_one_too(sample_path, tmp_path):
    """The seam sync uses: the same erasure applied on a second copy, without a second register
    line, and idempotent (the copy has the person's data until then)."""
    from metrodesk.services.facade import Services

    copy = tmp_path / "copy" / "sample.sqlite"
    copy.parent.mkdir()
    from conftest import copy_database

    copy_database(sample_path, copy)
    svc = Services.open(copy)
    try:
        agnes = person_id(svc, "Bickart")
        Erasure(svc.db).apply_received(agnes)
        Erasure(svc.db).apply_received(agnes)  # twice: nothing more happens
        assert entries(svc.db) == []
        with svc.db.read() as s:
            assert s.get(Contact, agnes).display_name == ERASED_NAME
    finally:
        svc.close()
    assert [s for s in SECRETS if s.encode() in plain_bytes(copy)] == []
