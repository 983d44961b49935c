"""Opening a file: created private, set up for safety, migrated with a backup, bad files refused."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from conftest import connect_raw
from sqlalchemy import text

from metrodesk.data.backup import copy_key_file
from metrodesk.data.clock import encode
from metrodesk.data.crypto import keys
from metrodesk.data.database import Database
from metrodesk.data.engine import make_engine
from metrodesk.data.errors import DamagedDatabase, NewerDatabase, NotADatabase
from metrodesk.data.revisions import alembic_config, head_revision
from metrodesk.services.facade import Services


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_private_and_safe(tmp_path):
    path = tmp_path / "new.sqlite"
    db = Database.open(path)
    with db.engine.connect() as conn:
        pragmas = {
            name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "foreign_keys", "synchronous", "busy_timeout")
        }
    db.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert pragmas == {"journal_mode": "wal", "foreign_keys": 1, "synchronous": 2,
                       "busy_timeout": 10000}  # fmt: skip


def test_foreign_keys_are_enforced(services):
    with pytest.raises(Exception, match="FOREIGN KEY"), services.db.action("Bad link") as s:
        from metrodesk.data.models import ContactEmail

        s.add(ContactEmail(contact_id=__import__("uuid").uuid4(), address="x@y.org"))


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"PK\x03\x04 this is a zip file, not a database", NotADatabase),
        (b"Name,E-mail\nAgnes,a@b.org\n", NotADatabase),
    ],
)
def test_foreign_files_are_refused_untouched(tmp_path, content, error):
    path = tmp_path / "file.sqlite"
    path.write_bytes(content)
    with pytest.raises(error):
        Database.open(path)
    assert path.read_bytes() == content


def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    conn.close()
    before = _digest(path)
    with pytest.raises(NotADatabase, match="another program"):
        Database.open(path)
    assert _digest(path) == before


def test_damaged_database_is_refused_untouched(tmp_path, sample_path):
    damaged = tmp_path / "damaged.sqlite"
    data = bytearray(sample_path.read_bytes())
    for offset in range(4096 * 2, len(data), 4096):
        data[offset + 8 : offset + 40] = b"\xff" * 32  # wreck every page header but the first
    damaged.write_bytes(bytes(data))
    copy_key_file(sample_path, damaged)  # an encrypted file's damage, not its missing key
    before = _digest(damaged)
    with pytest.raises(DamagedDatabase):
        Database.open(damaged)
    assert _digest(damaged) == before


def test_database_from_a_newer_version_is_refused_untouched(db_path):
    with connect_raw(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'f00dfeed'")
    conn.close()
    before = _digest(db_path)
    with pytest.raises(NewerDatabase, match="newer MetroDesk"):
        Database.open(db_path)
    assert _digest(db_path) == before


def test_upgrade_from_first_revision_keeps_data_and_backs_up_first(tmp_path):
    # given a database at revision 0001 holding a contact
    path = tmp_path / "old.sqlite"
    path.touch(mode=0o600)
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
    engine.dispose()
    with connect_raw(path) as conn:
        conn.execute(
            "INSERT INTO contact (id, honorific, given_name, family_name, name_order, job_title,"
            " language, city, country, tags, notes, sort_key, created_at, updated_at,"
            " created_by, updated_by) VALUES ('0123456789abcdef0123456789abcdef', '', 'Octavi',"
            " 'de la Varga Mas', 'given-first', 'Executive director', 'ca', 'Barcelona', 'ES',"
            " '[]', '', 'de la varga mas octavi', '2019-01-01', '2019-01-01', 'x', 'x')"
        )
    conn.close()
    # when MetroDesk opens it
    svc = Services.open(path)
    # then it is at the newest revision, the contact is still there, and a backup was made
    rows = svc.lists.page("contact")
    svc.close()
    assert [r.values[0] for r in rows] == ["Octavi de la Varga Mas"]
    with connect_raw(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            head_revision()
        )
    conn.close()
    backups = list((tmp_path / "backups").glob("old-before-*.sqlite"))
    assert len(backups) == 1
    with connect_raw(backups[0]) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == 1
    conn.close()


def test_downgrade_to_first_revision_and_back(db_path):
    engine = make_engine(db_path, keys.key_for(db_path))
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    engine.dispose()
    svc = Services.open(db_path)
    assert svc.lists.count("contact") == 0
    svc.close()


def test_names_with_uri_characters_open_and_back_up(tmp_path):
    from metrodesk.data.backup import backup_database

    path = tmp_path / "notes #1 ?100%.sqlite"
    svc = Services.open(path)
    svc.records.create("organisation", {"name": "SHRDC"})
    svc.close()
    reopened = Services.open(path)
    assert reopened.lists.count("organisation") == 1
    reopened.close()
    copy = backup_database(path, tmp_path / "copy #2.sqlite")
    restored = Services.open(copy)
    assert restored.lists.count("organisation") == 1
    restored.close()


def _wreck_contact_table(path: Path) -> None:
    """Damage only SQLite's quick_check sees at open: the contact table's root page is not a
    b-tree page any more (nothing the open itself reads lives there)."""
    with connect_raw(path) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root[0] - 1) * page_size] = 0xFF
    path.write_bytes(bytes(data))


def test_a_check_left_for_later_still_refuses_every_write_to_a_damaged_file(sample_path):
    _wreck_contact_table(sample_path)
    before = _digest(sample_path)
    # the usual open refuses it outright
    with pytest.raises(DamagedDatabase):
        Database.open(sample_path)
    # the GUI's open leaves the check for after its window shows: the file opens...
    db = Database.open(sample_path, check_later=True)
    try:
        # ...the check then reports the damage, and so does every write, which never starts
        with pytest.raises(DamagedDatabase, match="is damaged"):
            db.verify()
        with pytest.raises(DamagedDatabase, match="is damaged"), db.action("Edit") as session:
            session.execute(text("DELETE FROM meta"))
        with pytest.raises(DamagedDatabase):
            db.verify()  # asked again, the same verdict, without checking again
    finally:
        db.close()
    assert _digest(sample_path) == before


def test_a_check_left_for_later_runs_before_the_first_write(sample_path):
    db = Database.open(sample_path, check_later=True)
    try:
        assert not db._checked
        with db.action("Edit") as session:
            session.execute(text("UPDATE meta SET value = value WHERE key = 'device'"))
        assert db._checked
    finally:
        db.close()


def test_the_migration_files_name_the_head_alembic_finds():
    from metrodesk.data.revisions import scanned_head

    assert scanned_head() == head_revision()


def test_opening_a_current_file_does_not_load_alembic(sample_path):
    # Alembic costs ~0.3 s of every start; only an upgrade needs it
    code = (
        "import sys\n"
        "from metrodesk.data.database import Database\n"
        f"Database.open({str(sample_path)!r}).close()\n"
        "print('alembic' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_clock_continues_after_the_newest_stamp_even_with_the_system_clock_behind(
    sample_path,
):
    # the file's last entry was stamped by a clock far ahead of this machine's
    ahead = encode(4_102_444_800_000, 7)  # in 2100
    with connect_raw(sample_path) as conn:
        conn.execute(
            "UPDATE journal_action SET hlc = ? WHERE ref = (SELECT max(ref) FROM journal_action)",
            (ahead,),
        )
    conn.close()
    db = Database.open(sample_path)
    try:
        assert db.clock.now() > ahead
    finally:
        db.close()
