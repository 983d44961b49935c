"""Which integrity check an open runs: cheap ones always, SQLite's full `quick_check` only when
the file may have come to harm since a full check last passed.

`quick_check` reads every page, so its cost grows with the file (seconds at 100,000 contacts,
far more at a million). Damage comes from a few places, and each has its rule:

- a process, the system or the power died with the file open (the write-ahead log may have
  been half replayed, a disk may have lied about a flush): the previous session did not mark
  its close, so the next open runs the full check;
- something other than MetroDesk wrote the file, or replaced it (a copy, a sync tool, a
  restore by hand): its size, time, identity or write-ahead log differ from what MetroDesk
  recorded when it closed the file, so the next open runs the full check;
- the disk decays under a file nobody touches: a full check once every FULL_CHECK_EVERY;
- a file this MetroDesk has no record of (new to this folder, or written by an older version):
  the full check.

Otherwise an open costs the same for 100 contacts as for a million: the header (SQLite's, with
a page size and page count that match the file's size), the schema table, the schema revision
and the journal's last stamp, all read by the open anyway. Risky operations read every page
before they write whatever this module says: an upgrade and a restore run their own checks,
an import and a merge first take a backup that is verified page by page.

The record lives beside the database (`NAME.sqlite.state`, owner-only JSON), written only by
the process that holds the file's lock, and never inside the database: marking a session
open must not write to a file that has not been checked yet.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import struct
import threading
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from metrodesk.data.errors import DamagedDatabase
from metrodesk.data.files import SQLITE_HEADER
from metrodesk.data.platform_files import in_forked_child

#: a file nobody reports trouble with is still read whole this often (slow decay of a disk)
FULL_CHECK_EVERY = timedelta(days=7)

#: why a full check runs (the reasons `full_check_due` gives)
NO_RECORD = "no record of an earlier check"
UNCLEAN = "the last session did not close cleanly"
CHANGED = "the file changed since MetroDesk closed it"
SCHEDULED = "the weekly full check is due"


def state_path(database: Path) -> Path:
    return database.with_name(database.name + ".state")


@dataclass(frozen=True)
class Fingerprint:
    """What a file looked like when MetroDesk closed it. Any write changes the time (and SQLite
    leaves a write-ahead log behind when a writer dies); a file put in its place has another
    identity."""

    size: int
    mtime_ns: int
    inode: int
    device: int
    #: the write-ahead log's size, 0 when there is none (a clean close removes it)
    wal: int

    @classmethod
    def of(cls, database: Path) -> Fingerprint:
        st = database.stat()
        try:
            wal = database.with_name(database.name + "-wal").stat().st_size
        except FileNotFoundError:
            wal = 0
        return cls(st.st_size, st.st_mtime_ns, st.st_ino, st.st_dev, wal)


@dataclass(frozen=True)
class Record:
    """The state file's content."""

    #: True from a session's open to its clean close
    open: bool
    #: when a full check last passed (UTC, ISO 8601), '' for never
    checked_at: str = ""
    #: the file as the last clean close left it
    closed_as: Fingerprint | None = None


def read_record(database: Path) -> Record | None:
    """The record beside `database`; None when there is none or it cannot be read (which only
    makes the next open check in full)."""
    try:
        raw = json.loads(state_path(database).read_text(encoding="utf-8"))
        closed = raw.get("closed_as")
        return Record(
            open=bool(raw["open"]),
            checked_at=str(raw.get("checked_at", "")),
            closed_as=Fingerprint(**closed) if closed else None,
        )
    except (OSError, ValueError, TypeError, KeyError, AttributeError):
        return None


def _write_record(database: Path, record: Record) -> None:
    """Whole or not at all, owner-only. A record that cannot be written (a full disk) is not an
    error: the file stays usable, and its next open checks it in full."""
    target = state_path(database)
    partial = target.with_name(f"{target.name}.{os.getpid()}.{threading.get_ident()}.part")
    with contextlib.suppress(OSError):
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(asdict(record), out)
        os.replace(partial, target)
    with contextlib.suppress(OSError):
        partial.unlink(missing_ok=True)


def _now() -> datetime:
    return datetime.now(UTC)


def full_check_due(database: Path, now: datetime | None = None) -> str | None:
    """Why `database` needs the full check before it is used, or None when the cheap checks
    are enough. Call it before anything opens the file (an open may leave a log behind)."""
    now = now or _now()
    with _guard:
        if database in _held:
            return _held_here(database, now)
    record = read_record(database)
    if record is None or not record.checked_at:
        return NO_RECORD
    if record.open:
        return UNCLEAN
    if record.closed_as is None or record.closed_as != Fingerprint.of(database):
        return CHANGED
    try:
        checked = datetime.fromisoformat(record.checked_at)
    except ValueError:
        return NO_RECORD
    if checked.tzinfo is None:
        return NO_RECORD
    if now - checked >= FULL_CHECK_EVERY:
        return SCHEDULED
    return None


# --- what one process records for the files it holds -------------------------------------------


@dataclass
class _Held:
    """A file this process has open: how many sessions, when a full check last passed."""

    sessions: int
    checked_at: str


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def _held_here(database: Path, now: datetime) -> str | None:
    """For a file this process already has open (its record says "open" because of us): due
    only when no full check of it has passed recently."""
    held = _held[database]
    try:
        checked = datetime.fromisoformat(held.checked_at)
    except ValueError:
        return NO_RECORD
    return SCHEDULED if now - checked >= FULL_CHECK_EVERY else None


def session_opened(database: Path, checked: bool) -> None:
    """Mark the file open (until `session_closed`); `checked`: a full check passed just now."""
    with _guard:
        held = _held.get(database)
        if held is None:
            previous = read_record(database)
            held = _held[database] = _Held(0, previous.checked_at if previous else "")
        held.sessions += 1
        if checked:
            held.checked_at = _now().isoformat()
        _write_record(database, Record(open=True, checked_at=held.checked_at))


def full_check_passed(database: Path) -> None:
    """A full check of the open file passed (one left for later, in the background)."""
    with _guard:
        held = _held.get(database)
        if held is None:
            return
        held.checked_at = _now().isoformat()
        _write_record(database, Record(open=True, checked_at=held.checked_at))


def rewritten_and_checked(database: Path) -> None:
    """MetroDesk has just written the file anew and read all of it in a full check (protect,
    unprotect), with no session of this process on it: its next open need not read every page
    again (at a million contacts, half a minute of a check in the background)."""
    with _guard:
        if database in _held:
            return
        try:
            left = Fingerprint.of(database)
        except OSError:
            return
        _write_record(database, Record(open=False, checked_at=_now().isoformat(), closed_as=left))


def session_closed(database: Path) -> None:
    """The session's connections are closed: once the last session of this process on the file
    is, record how the file was left (an earlier one may leave a log the last one clears)."""
    with _guard:
        held = _held.get(database)
        if held is None:
            return
        held.sessions -= 1
        if held.sessions > 0:
            return
        del _held[database]
        try:
            left = Fingerprint.of(database)
        except OSError:
            return  # gone or unreadable: the record stays "open" and the next open checks
        _write_record(database, Record(open=False, checked_at=held.checked_at, closed_as=left))


def _forget_sessions_in_child() -> None:
    # a forked child does not hold its parent's files: it must not mark them closed
    global _guard
    _held.clear()
    _guard = threading.Lock()


in_forked_child(_forget_sessions_in_child)


# --- the cheap checks ----------------------------------------------------------------------------


def check_header(database: Path) -> None:
    """SQLite's header against the file's size: a file cut short or grown by other means is
    refused without reading past its first 100 bytes. A file with a write-ahead log is left to
    SQLite (the log holds pages the file does not have yet), as is a file whose header does not
    claim a size (written by an SQLite older than 3.7) and one that is not plain SQLite (an
    encrypted file's header is not readable as such)."""
    with database.open("rb") as fh:
        head = fh.read(100)
        size = os.fstat(fh.fileno()).st_size
    if len(head) < 100 or not head.startswith(SQLITE_HEADER):
        return
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    (raw_page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedDatabase(f"{database.name} is damaged (its header names no page size)")
    (change_counter, pages) = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if pages == 0 or change_counter != valid_for:
        return
    if pages * page_size != size:
        raise DamagedDatabase(
            f"{database.name} is damaged: its header says {pages * page_size} bytes, the file "
            f"has {size} (cut short or added to?)"
        )


def check_encrypted_size(conn: sqlite3.Connection, database: Path) -> None:
    """`check_header` for an encrypted file, whose header is only readable through its key:
    the page count SQLite read from the first page (the one page the open reads anyway)
    against the file's size. A file cut short by whole pages SQLite refuses on its own."""
    wal = database.with_name(database.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return
    pages = int(conn.execute("PRAGMA page_count").fetchone()[0])
    page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
    size = database.stat().st_size
    if pages and pages * page_size != size:
        raise DamagedDatabase(
            f"{database.name} is damaged: its header says {pages * page_size} bytes, the file "
            f"has {size} (cut short or added to?)"
        )


def check_schema(conn: sqlite3.Connection, database: Path, head: str | None) -> None:
    """A file at the newest revision has every table and column the models map. The schema is
    text SQLite parses at open, so this reads nothing more; a letter damaged in a column's
    name would otherwise open and then fail every read of that table ("no such column"). An
    older file is left to its upgrade, which checks in full first."""
    rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    if head is None or len(rows) != 1 or rows[0][0] != head:
        return
    from metrodesk.data import models  # every table registered with the metadata
    from metrodesk.data.search_index import DOC_COLUMNS

    for table in models.Base.metadata.tables.values():
        quoted = table.name.replace('"', '""')
        have = {row[1] for row in conn.execute(f'PRAGMA table_info("{quoted}")')}
        missing = sorted(column.name for column in table.columns if column.name not in have)
        if missing:
            raise DamagedDatabase(
                f"{database.name} is damaged: its table {table.name} has no {', '.join(missing)}"
            )
    have = {row[1] for row in conn.execute('PRAGMA table_info("search_doc")')}
    missing = sorted(set(DOC_COLUMNS) - have)
    if missing:
        raise DamagedDatabase(
            f"{database.name} is damaged: its table search_doc has no {', '.join(missing)}"
        )
