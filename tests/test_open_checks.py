"""Which check an open runs: the cheap ones every time, the full quick_check only when the file
may have come to harm since one last passed (metrodesk/data/open_checks.py), and a damaged
file is still refused, untouched, whenever the full check is due."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from conftest import ENCRYPTED_RUN, connect_raw

from metrodesk.data import open_checks
from metrodesk.data.database import Database
from metrodesk.data.errors import DamagedDatabase
from metrodesk.services.storage.maintenance import check_database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _wreck_contact_table(path: Path, keep_time: bool = False) -> None:
    """Damage only a full check finds: the contact table's root page is no b-tree page any
    more. `keep_time`: as a decaying disk would, leaving the file's time and size as they were."""
    before = path.stat()
    conn = connect_raw(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()
    with path.open("r+b") as fh:
        fh.seek((root[0] - 1) * page_size)
        first = fh.read(1)[0]
        fh.seek((root[0] - 1) * page_size)
        # every bit flipped: an encrypted page's first byte is random and may already be 0xff
        fh.write(bytes([first ^ 0xFF]))
    if keep_time:
        os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _closed_cleanly(path: Path) -> None:
    Database.open(path).close()
    assert open_checks.full_check_due(path) is None


def _age_record(path: Path, days: int) -> None:
    state = open_checks.state_path(path)
    record = json.loads(state.read_text())
    when = datetime.fromisoformat(record["checked_at"]) - timedelta(days=days)
    record["checked_at"] = when.isoformat()
    state.write_text(json.dumps(record))


def test_a_file_without_a_record_is_checked_in_full_and_a_damaged_one_refused(sample_path):
    _wreck_contact_table(sample_path)
    before = _digest(sample_path)
    assert open_checks.full_check_due(sample_path) == open_checks.NO_RECORD
    with pytest.raises(DamagedDatabase, match="is damaged"):
        Database.open(sample_path)
    assert _digest(sample_path) == before
    assert not open_checks.state_path(sample_path).exists()  # a refused file gets no record


def test_a_file_closed_cleanly_and_untouched_opens_on_the_cheap_checks_alone(sample_path):
    # given a file MetroDesk checked and closed, that then decayed where only a full check looks
    _closed_cleanly(sample_path)
    _wreck_contact_table(sample_path, keep_time=True)
    assert not check_database(sample_path).ok
    # when it is opened within the week, the open does not read every page: it opens
    Database.open(sample_path).close()
    # but once the weekly check is due, the damage is found and the file left as it was
    _age_record(sample_path, days=8)
    assert open_checks.full_check_due(sample_path) == open_checks.SCHEDULED
    before = _digest(sample_path)
    with pytest.raises(DamagedDatabase, match="is damaged"):
        Database.open(sample_path)
    assert _digest(sample_path) == before


def test_the_week_is_counted_from_the_last_full_check_that_passed(sample_path):
    _closed_cleanly(sample_path)
    now = datetime.now(UTC)
    assert open_checks.full_check_due(sample_path, now + timedelta(days=6)) is None
    assert open_checks.full_check_due(sample_path, now + timedelta(days=7, seconds=1)) == (
        open_checks.SCHEDULED
    )
    # a cheap open does not move the date on; a full check does
    _age_record(sample_path, days=3)
    Database.open(sample_path).close()
    checked = datetime.fromisoformat(open_checks.read_record(sample_path).checked_at)
    assert timedelta(days=2.9) < now - checked < timedelta(days=3.1)
    _age_record(sample_path, days=5)  # 8 days ago in all: due
    Database.open(sample_path).close()
    checked = datetime.fromisoformat(open_checks.read_record(sample_path).checked_at)
    assert datetime.now(UTC) - checked < timedelta(minutes=1)


def test_after_an_unclean_shutdown_the_next_open_checks_in_full(sample_path):
    _closed_cleanly(sample_path)
    # a process opens the file and dies with it open
    code = (
        "import os, signal\n"
        "from metrodesk.data.database import Database\n"
        f"db = Database.open({str(sample_path)!r})\n"
        "os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    died = subprocess.run([sys.executable, "-c", code], check=False)
    assert died.returncode == -9
    assert open_checks.full_check_due(sample_path) == open_checks.UNCLEAN
    _wreck_contact_table(sample_path, keep_time=True)
    before = _digest(sample_path)
    with pytest.raises(DamagedDatabase, match="is damaged"):
        Database.open(sample_path)
    assert _digest(sample_path) == before


def test_a_file_written_behind_metrodesk_s_back_is_checked_in_full(sample_path, tmp_path):
    _closed_cleanly(sample_path)
    _wreck_contact_table(sample_path)  # another program wrote it: its time moved on
    assert open_checks.full_check_due(sample_path) == open_checks.CHANGED
    with pytest.raises(DamagedDatabase):
        Database.open(sample_path)
    # a file put in its place (another identity) is checked too, even with the same time
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(sample_path.read_bytes())
    os.utime(copy, ns=(sample_path.stat().st_atime_ns, sample_path.stat().st_mtime_ns))
    copy.replace(sample_path)
    assert open_checks.full_check_due(sample_path) == open_checks.CHANGED


def test_a_file_cut_short_or_grown_is_refused_by_its_header_alone(sample_path):
    _closed_cleanly(sample_path)
    data = sample_path.read_bytes()
    # SQLite itself refuses an encrypted file cut short by whole pages (its first page, read
    # through the key, says how many there are); the rest only the header tells
    short = "is damaged" if ENCRYPTED_RUN else "header says"
    for changed, says in ((data[:-4096], short), (data + b"\0" * 4096, "header says")):
        sample_path.write_bytes(changed)
        # the record made to match, so that only the header can tell
        record = open_checks.read_record(sample_path)
        assert record is not None
        fingerprint = open_checks.Fingerprint.of(sample_path)
        open_checks._write_record(
            sample_path, open_checks.Record(False, record.checked_at, fingerprint)
        )
        assert open_checks.full_check_due(sample_path) is None
        with pytest.raises(DamagedDatabase, match=says):
            Database.open(sample_path)
        assert sample_path.read_bytes() == changed


def test_the_gui_open_has_nothing_left_to_check_when_no_full_check_is_due(sample_path):
    _closed_cleanly(sample_path)
    db = Database.open(sample_path, check_later=True)
    try:
        assert db._checked  # writes do not wait for a check that is not due
    finally:
        db.close()


def test_a_check_left_for_later_is_recorded_once_it_passes_and_only_then(sample_path):
    db = Database.open(sample_path, check_later=True)
    db.close()  # closed before its check ran: nothing recorded as checked
    assert open_checks.full_check_due(sample_path) == open_checks.NO_RECORD
    db = Database.open(sample_path, check_later=True)
    try:
        assert not db._checked
        assert open_checks.full_check_due(sample_path) is not None  # open meanwhile
        db.verify()
    finally:
        db.close()
    assert open_checks.full_check_due(sample_path) is None


def test_a_second_session_in_the_same_process_trusts_the_first_one_s_check(sample_path):
    first = Database.open(sample_path)
    try:
        assert open_checks.full_check_due(sample_path) is None
        second = Database.open(sample_path)
        second.close()
        # the first session is still open: the file is not marked closed yet
        assert open_checks.read_record(sample_path).open
    finally:
        first.close()
    assert not open_checks.read_record(sample_path).open


def test_an_unreadable_record_only_means_a_full_check(sample_path):
    _closed_cleanly(sample_path)
    open_checks.state_path(sample_path).write_text("{not json")
    assert open_checks.full_check_due(sample_path) == open_checks.NO_RECORD
    Database.open(sample_path).close()
    assert open_checks.full_check_due(sample_path) is None
    assert oct(open_checks.state_path(sample_path).stat().st_mode & 0o777) == "0o600"
