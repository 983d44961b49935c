"""Sessions of a database: reads, one user action (one transaction, one undo step, journaled
as it flushes), rehearsals rolled back, sync's writes; damage met by a read, and a disk that
refuses a write, each said in one clear line."""

from __future__ import annotations

import json
import os
import traceback
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import event
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from metrodesk.data import search_index
from metrodesk.data.base import Record
from metrodesk.data.crypto.driver import OPERATIONAL_ERRORS, PLAIN_DATABASE_ERRORS
from metrodesk.data.engine import WRITING
from metrodesk.data.errors import DamagedValue, StorageError
from metrodesk.data.files import shown_name
from metrodesk.data.journal_actions import begin_action, finish_action
from metrodesk.data.journaling import WriteContext, before_flush

if TYPE_CHECKING:
    import threading
    from collections.abc import Callable
    from pathlib import Path

    from sqlalchemy import Connection
    from sqlalchemy.orm import sessionmaker

    from metrodesk.data.clock import HybridClock
    from metrodesk.data.database import Database


class Sessions:
    """The sessions `Database` hands out (a part of it, kept in a file of its own)."""

    path: Path
    author: str
    clock: HybridClock
    device_ref: int
    #: called inside every action before it commits, with the records it wrote (kind, id)
    after_write: list[Callable[[Connection, set[tuple[str, uuid.UUID]]], None]]
    _sessions: sessionmaker[Session]
    #: the session of the action open on this thread, which nested actions and reads join
    _open_action: threading.local

    if TYPE_CHECKING:

        def verify(self) -> None: ...

        def _refuse_when_locked(self) -> None: ...

    def _joined(self) -> Session | None:
        session: Session | None = getattr(self._open_action, "session", None)
        return session

    @contextmanager
    def read(self) -> Iterator[Session]:
        self._refuse_when_locked()
        joined = self._joined()
        if joined is not None:
            # inside an action: read what it has written so far
            joined.flush()
            yield joined
            return
        with self._sessions() as session:
            try:
                yield session
            except ValueError as exc:
                if not _from_stored_value(exc):
                    raise
                raise DamagedValue(
                    f"A value stored in {self.path.name} is damaged and cannot be read ({exc}); "
                    "check the database, or restore a backup"
                ) from exc
            except SQLAlchemyDatabaseError as exc:
                # damage met by a read before a check has reported it (one left for later, or
                # not due: see open_checks), or that no check sees; one clear line
                if not _reports_damage(exc.orig):
                    raise
                raise DamagedValue(
                    f"{self.path.name} is damaged and cannot be read ({exc.orig}); "
                    "check the database, or restore a backup"
                ) from exc

    @contextmanager
    def action(
        self, name: str, role: str = "do", reverts: uuid.UUID | str | None = None
    ) -> Iterator[Session]:
        """One user action: one transaction, one undo step, one journal entry per record written.

        An action opened while another is open on the same thread joins it: an editor's Save
        calls several services (the form, a fee, a status change) inside one action of its own,
        and they become one transaction and one undo step.
        """
        joined = self._joined()
        if joined is not None:
            yield joined
            joined.flush()  # what the inner call wrote is seen by the next one
            return
        with self._write(name, role, reverts, keep=True) as session:
            yield session

    @contextmanager
    def rehearse(self) -> Iterator[Session]:
        """Writes made as in an action, then rolled back whatever happens: an editor shows its
        unsaved changes as they would be saved, checked by the same rules, writing nothing."""
        with self._write("Rehearsal", "do", None, keep=False) as session:
            yield session

    @contextmanager
    def _write(
        self, name: str, role: str, reverts: uuid.UUID | str | None, keep: bool
    ) -> Iterator[Session]:
        self._refuse_when_locked()
        name = shown_name(name)  # named after a file, perhaps, whose name is not UTF-8
        self.verify()  # never write to a file before its check has passed
        with self._sessions() as session:
            session.connection(execution_options={WRITING: True})
            try:
                # written first and directly: every journal entry of this action refers to it
                action_ref, action_id = begin_action(
                    session.connection(),
                    self.device_ref,
                    self.clock.now(),
                    name,
                    self.author,
                    role,
                    uuid.UUID(reverts) if isinstance(reverts, str) else reverts,
                )
                session.info["write"] = WriteContext(action_ref, self.author, self.clock)
                session.info["action_ref"] = action_ref
                session.info["action_id"] = action_id
                self._open_action.session = session
                yield session
                session.flush()
                if not keep:
                    session.rollback()
                    return
                _reindex(session)
                written: set[tuple[str, uuid.UUID]] = session.info.pop("journaled", set())
                for hook in self.after_write:
                    hook(session.connection(), written)
                finish_action(session.connection(), action_ref, self.clock.now())
                session.commit()
            except OperationalError as exc:
                session.rollback()
                storage = _storage_error(exc)
                if storage is None:
                    raise
                raise storage from exc
            except BaseException:
                session.rollback()
                raise
            finally:
                self._open_action.session = None


@contextmanager
def sync_write(db: Database) -> Iterator[Session]:
    """A write transaction with no user action of its own, for sync: the actions it applies
    come from other copies with their own journal entries, which it writes itself. The session
    is for reading (an ORM write in it is refused, as outside any action); write through its
    connection. Foreign keys are checked at commit: an action's rows may arrive in any order.
    """
    db.verify()
    # an option of this checkout, before BEGIN, so that it is BEGIN IMMEDIATE (see `WRITING`)
    with db.engine.connect().execution_options(**{WRITING: True}) as conn:
        try:
            with conn.begin():
                conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
                with Session(bind=conn, autoflush=False, expire_on_commit=False) as session:
                    event.listen(session, "before_flush", before_flush)
                    yield session
        except OperationalError as exc:
            storage = _storage_error(exc)
            if storage is None:
                raise
            raise storage from exc


#: where a ValueError about a stored value comes from: SQLAlchemy's own types, or the uuid
#: module, which parses ids the services read as text (search hits, journal entries)
_VALUE_PARSERS = (f"{os.sep}sqlalchemy{os.sep}", f"{os.sep}uuid.py")


def _from_stored_value(exc: ValueError) -> bool:
    """Whether `exc` was raised while turning a stored value (a date, an id) into a Python one:
    damage no page check can see, as opposed to a bug of ours."""
    frames = traceback.extract_tb(exc.__traceback__)
    if isinstance(exc, json.JSONDecodeError):
        # a JSON column's text (tags, filters) that no longer parses: SQLAlchemy's result
        # processor called json.loads just before
        return any(_VALUE_PARSERS[0] in frame.filename for frame in frames[-4:])
    return bool(frames) and any(part in frames[-1].filename for part in _VALUE_PARSERS)


#: what SQLite says, besides a plain DatabaseError ("malformed": a damaged page), when a read
#: meets damage: a search index whose own records are damaged, or a stored text that is no
#: longer UTF-8 reaching an SQL function (`fold`, which the sqlite3 module cannot call then)
_DAMAGE_SIGNS = (
    "invalid fts5 file format",
    "fts5: corruption",
    "user-defined function raised exception",
)


def _reports_damage(error: BaseException | None) -> bool:
    if type(error) in PLAIN_DATABASE_ERRORS:
        return True
    return isinstance(error, OPERATIONAL_ERRORS) and any(
        sign in str(error) for sign in _DAMAGE_SIGNS
    )


def _storage_error(exc: OperationalError) -> StorageError | None:
    """A write the disk refused becomes one clear sentence; other errors pass unchanged."""
    reason = str(exc.orig).lower()
    if "disk is full" in reason or "database or disk is full" in reason:
        why = "the disk is full"
    elif "disk i/o error" in reason or "i/o error" in reason:
        why = "the disk reported an error"
    else:
        return None
    return StorageError(
        f"The change was not saved: {why}. Nothing was written and the database is as it "
        "was; free some space (or check the disk) and try again."
    )


def _reindex(session: Session) -> None:
    touched: set[Record] = session.info.pop("touched", set())
    live, gone = [], []
    for rec in touched:
        doc = rec.search_document()
        if rec.deleted_at is None and doc is not None:
            live.append((rec.kind, rec.id.hex, doc[0], doc[1]))
        else:
            gone.append(rec.id.hex)
    conn = session.connection()
    search_index.write_documents(conn, live)
    search_index.remove_documents(conn, gone)
