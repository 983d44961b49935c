"""Opening a MetroDesk file: recognise it, migrate it safely, and hand out journaled sessions.

`Database` is the file while it is open. What it is made of lives beside it: `opening` (the
checks before a file is used, and the lock), `engine` (the connections and their pragmas),
`revisions` and `upgrade` (the schema, and upgrading with a backup first), `integrity`
(SQLite's full check, stoppable), `sessions` (reads, one user action, sync's writes).
"""

from __future__ import annotations

import contextlib
import getpass
import threading
import uuid
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, event, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from metrodesk.data import open_checks
from metrodesk.data.clock import HybridClock
from metrodesk.data.crypto.driver import DRIVER_ERRORS
from metrodesk.data.engine import make_engine
from metrodesk.data.errors import DamagedDatabase, DatabaseLocked
from metrodesk.data.file_lock import release_lock
from metrodesk.data.integrity import Interrupter, quick_check
from metrodesk.data.journal import JournalDevice, Meta
from metrodesk.data.journal_actions import device_ref, newest_stamp
from metrodesk.data.journaling import before_flush
from metrodesk.data.opening import lock_and_check, unusable
from metrodesk.data.sessions import Sessions
from metrodesk.data.upgrade import migrate


class Database(Sessions):
    """One MetroDesk file. Sessions it hands out write the change journal as they flush."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        author: str | None = None,
        checked: bool = True,
        key: bytes | None = None,
    ) -> None:
        self.path = path
        self.engine = engine
        #: the SQLCipher key of an encrypted file, None for a plain one
        self.key = key
        self.author = author or getpass.getuser()
        self._closed = False
        self._locked = False
        # the quick check left for later by open(check_later=True): done before the first write
        self._check_lock = threading.Lock()
        self._checked = checked
        self._damage: DamagedDatabase | None = None
        self._check_stopper = Interrupter()
        #: opened by `open`, which keeps the record of checks beside the file (open_checks)
        self._recorded = False
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        event.listen(self._sessions, "before_flush", before_flush)
        #: called inside every action before it commits, with the records it wrote (kind, id):
        #: sync keeps its conflict inbox in step with local edits this way
        self.after_write: list[Callable[[Connection, set[tuple[str, uuid.UUID]]], None]] = []
        #: the session of the action open on this thread, which nested actions and reads join
        self._open_action = threading.local()
        with self.engine.begin() as conn:
            row = conn.execute(select(Meta.value).where(Meta.key == "device")).scalar()
            if row is None:
                self.verify()  # the first write to this file
                row = uuid.uuid4().hex
                conn.execute(insert(Meta).values(key="device", value=row))
            last = newest_stamp(conn)
        self.device: str = row
        self.device_ref = self._own_device_ref()
        self.clock = HybridClock(last)

    @classmethod
    def open(
        cls, path: Path | str, backup_dir: Path | None = None, check_later: bool = False
    ) -> Database:
        """Open (creating if missing) and migrate to the current schema, backing up first.

        The cheap checks run at every open; SQLite's quick_check, which reads every page, only
        when `open_checks.full_check_due` says the file may have come to harm since one last
        passed (an unclean shutdown, a file changed behind MetroDesk's back, a week gone by).

        `check_later` (the GUI) leaves a due quick_check out of the open: the caller runs
        `verify()` in the background once its window shows. Safety is kept: nothing is written
        to the file before that check has passed (an upgrade, the first write and every
        `action()` run it first and wait for it), and the header, schema table, schema revision
        and journal are still read at open, so a file that is not a database, or one too
        damaged to read those, is refused here as before. The trade-off: a damaged file whose
        damage lies in pages the open does not read is reported a second or so after the window
        shows instead of before; reads in that time may meet the damage, which they report as a
        clear error, as they would for damage a check cannot see.
        """
        path = Path(path).expanduser().resolve()
        found = lock_and_check(path, check_later)
        try:
            engine = make_engine(path, found.key)
        except BaseException:
            release_lock(path)
            raise
        try:
            migrate(engine, path, backup_dir or path.parent / "backups", found.before_upgrading)
            db = cls(path, engine, checked=found.checked, key=found.key)
        except BaseException as exc:
            engine.dispose()
            release_lock(path)
            refusal = unusable(path, exc)
            if refusal is None:
                raise
            raise refusal from exc
        open_checks.session_opened(path, checked=found.checked_now)
        db._recorded = True
        return db

    def _own_device_ref(self) -> int:
        with self.engine.connect() as conn:
            found = conn.execute(
                select(JournalDevice.ref).where(JournalDevice.id == uuid.UUID(self.device))
            ).scalar()
        if found is not None:
            return int(found)
        self.verify()  # a write: a new file, or one whose device has not written yet
        with self.engine.begin() as conn:
            return device_ref(conn, uuid.UUID(self.device))

    def verify(self) -> None:
        """The quick check `open(check_later=True)` left for later; raises DamagedDatabase.

        Runs once (later calls wait for it, then repeat its verdict); closing the database
        interrupts it.
        """
        with self._check_lock:
            if not self._checked:
                try:
                    if quick_check(self.path, self.key, self._check_stopper) and self._recorded:
                        open_checks.full_check_passed(self.path)
                except DamagedDatabase as exc:
                    self._damage = exc
                self._checked = True
        if self._damage is not None:
            raise DamagedDatabase(str(self._damage))

    def reopen(self, key: bytes | None) -> None:
        """Connect afresh, with `key`, to a file rewritten in place (protected with a
        passphrase, or its protection removed) or after `lock`. No session may be open."""
        self.engine.dispose()
        self.engine = make_engine(self.path, key)
        self._sessions.configure(bind=self.engine)
        self.key = key
        self._locked = False

    def lock(self) -> None:
        """Close every connection and let go of the key (the window locked after inactivity):
        reads and writes raise DatabaseLocked until `reopen` gives it back."""
        self._locked = True
        self.engine.dispose()
        self.engine = make_engine(self.path, None)  # holds no key; never used while locked
        self._sessions.configure(bind=self.engine)
        self.key = None

    def _refuse_when_locked(self) -> None:
        if self._locked:
            raise DatabaseLocked(f"{self.path.name} is locked; unlock it with its passphrase")

    def close(self) -> None:
        """Close the connections and let another MetroDesk process open the file; idempotent."""
        self._check_stopper.stop()  # a check still running gives up at once
        if not self._closed:
            self._fold_log_in()
        self.engine.dispose()
        if not self._closed:
            self._closed = True
            if self._recorded:
                open_checks.session_closed(self.path)
            release_lock(self.path)

    def _fold_log_in(self) -> None:
        """Copy the write-ahead log into the file and empty it before closing.

        SQLite does so itself when its last connection closes, but only if it gets the file's
        exclusive lock: while another process reads the file (a MetroDesk refused through a
        hard link checks what it was given) the log stays behind, and a log is seen only
        through the name it was written by. Opened through another name, the file would show
        older content, and a write there would make the stale log wreck it later. A
        checkpoint needs no lock on the file itself."""
        # busy, read-only or damaged: SQLite's own checkpoint at close may still do it
        with contextlib.suppress(*DRIVER_ERRORS, SQLAlchemyError):
            raw = self.engine.raw_connection()
            try:
                raw.cursor().execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                raw.close()
