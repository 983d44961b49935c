"""Opening a MetroDesk file: recognise it, migrate it safely, and hand out journaled sessions."""

from __future__ import annotations

import getpass
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import URL, Engine, create_engine, event, insert, select, text
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.orm import Session, sessionmaker

from metrodesk.data import search_index
from metrodesk.data.backup import backup_database
from metrodesk.data.base import Record
from metrodesk.data.clock import HybridClock
from metrodesk.data.errors import DamagedDatabase, NewerDatabase, NotADatabase
from metrodesk.data.files import create_private_file, looks_like_sqlite, read_only_uri
from metrodesk.data.journal import JournalEntry, Meta, UserAction
from metrodesk.data.journaling import WriteContext, before_flush

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 10_000


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling defers BEGIN; we issue it ourselves (see _on_begin)
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.info.get("writing") else "BEGIN")


def make_engine(path: Path) -> Engine:
    # URL.create, not a string: '?' and '#' are legal in file names and must not parse as a URL
    url = URL.create("sqlite", database=str(path))
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


def _check_file(path: Path) -> None:
    if not looks_like_sqlite(path):
        raise NotADatabase(f"{path.name} is not a MetroDesk database (not an SQLite file)")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DamagedDatabase(f"{path.name} cannot be opened ({exc})") from exc
    try:
        verdict = conn.execute("PRAGMA quick_check(1)").fetchone()[0]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(f"{path.name} is damaged and cannot be read ({exc})") from exc
    finally:
        conn.close()
    if verdict != "ok":
        raise DamagedDatabase(f"{path.name} is damaged: {verdict}")
    if tables and "alembic_version" not in tables:
        raise NotADatabase(f"{path.name} is an SQLite file of another program, not MetroDesk")


class Database:
    """One MetroDesk file. Sessions it hands out write the change journal as they flush."""

    def __init__(self, path: Path, engine: Engine, author: str | None = None) -> None:
        self.path = path
        self.engine = engine
        self.author = author or getpass.getuser()
        self._sessions = sessionmaker(engine, expire_on_commit=False, autoflush=False)
        event.listen(self._sessions, "before_flush", before_flush)
        with self.engine.begin() as conn:
            row = conn.execute(select(Meta.value).where(Meta.key == "device")).scalar()
            if row is None:
                row = uuid.uuid4().hex
                conn.execute(insert(Meta).values(key="device", value=row))
            last = conn.execute(
                select(JournalEntry.hlc)
                .where(JournalEntry.device == row)
                .order_by(JournalEntry.hlc.desc())
                .limit(1)
            ).scalar()
        self.device: str = row
        self.clock = HybridClock(last)

    @classmethod
    def open(cls, path: Path | str, backup_dir: Path | None = None) -> Database:
        """Open (creating if missing) and migrate to the current schema, backing up first."""
        path = Path(path).expanduser().resolve()
        if path.exists():
            _check_file(path)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            create_private_file(path)
        engine = make_engine(path)
        try:
            _migrate(engine, path, backup_dir or path.parent / "backups")
            return cls(path, engine)
        except SQLAlchemyDatabaseError as exc:
            engine.dispose()
            raise DamagedDatabase(f"{path.name} cannot be used: {exc.orig}") from exc
        except BaseException:
            engine.dispose()
            raise

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    @contextmanager
    def action(self, name: str, role: str = "do", reverts: str | None = None) -> Iterator[Session]:
        """One user action: one transaction, one undo step, one entry in the journal per field."""
        with self._sessions() as session:
            session.connection(execution_options={}).info["writing"] = True
            try:
                action_id = uuid.uuid4().hex
                hlc = self.clock.now()
                # written first and directly: every journal entry of this action refers to it
                session.execute(
                    insert(UserAction).values(
                        id=action_id,
                        name=name,
                        author=self.author,
                        device=self.device,
                        hlc=hlc,
                        role=role,
                        reverts=reverts,
                    )
                )
                session.info["write"] = WriteContext(
                    action_id, self.author, self.device, self.clock
                )
                session.info["action_id"] = action_id
                yield session
                session.flush()
                _reindex(session)
                session.commit()
            except BaseException:
                session.rollback()
                raise
            finally:
                session.connection().info.pop("writing", None)


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


def _migrate(engine: Engine, path: Path, backup_dir: Path) -> None:
    head = head_revision()
    scripts = ScriptDirectory.from_config(_alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise NewerDatabase(
            f"{path.name} was written by a newer MetroDesk (schema {current}); update MetroDesk"
        )
    if current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_database(path, backup_dir / f"{path.stem}-before-{head}-{stamp}.sqlite")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with engine.connect() as conn:
        conn.execute(text("PRAGMA optimize"))
