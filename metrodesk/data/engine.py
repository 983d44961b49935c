"""The engine of a MetroDesk file, and what each of its connections is set to: the pragmas
(write-ahead log, full sync, foreign keys, busy timeout), lenient text, search's `fold`, and
the BEGIN that takes the write lock for a write."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.pool import QueuePool

from metrodesk.data import search_index
from metrodesk.data.crypto import connections
from metrodesk.data.crypto.driver import raw_key

BUSY_TIMEOUT_MS = 10_000


#: decode TEXT values as UTF-8, replacing invalid bytes (in C: no cost on large reads)
lenient_text = functools.partial(str, encoding="utf-8", errors="replace")


def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
    # pysqlite's own transaction handling defers BEGIN; we issue it ourselves (see _on_begin)
    dbapi_conn.isolation_level = None
    # a damaged letter in a stored text reads as U+FFFD instead of failing the whole query
    dbapi_conn.text_factory = lenient_text
    # lists sort names as search compares them: "Île-de-France" with the I's, not after "Z"
    dbapi_conn.create_function("fold", 1, search_index.fold_or_none, deterministic=True)
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


#: the execution option a write's connection is opened with: its transaction takes the write
#: lock at BEGIN, so that it never fails upgrading a read snapshot another write has overtaken
WRITING = "metrodesk_writing"


def _on_begin(conn: Any) -> None:
    # an option of this checkout only: a flag kept on the pooled connection would outlive the
    # write and make the next read on that connection take the write lock too
    writing = conn.get_execution_options().get(WRITING, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if writing else "BEGIN")


def make_engine(path: Path, key: bytes | None = None) -> Engine:
    """The engine of a plain file, or with `key` of an encrypted one (SQLAlchemy's
    `sqlite+pysqlcipher` dialect over sqlcipher3, keyed with the raw key on every connection)."""
    # URL.create, not a string: '?' and '#' are legal in file names and must not parse as a URL
    if key is None:
        url = URL.create("sqlite", database=str(path))
    else:
        url = URL.create("sqlite+pysqlcipher", password=raw_key(key), database=str(path))
    # hide_parameters: an error's message never quotes the values of records (names,
    # addresses) into a dialog, a command's one line or a log; the pool plain files get:
    # pysqlcipher's default keeps one connection per thread for ever; the connection given
    # back last is lent next (LIFO), so reads meet the pages its cache already holds
    engine = create_engine(
        url,
        connect_args={"check_same_thread": False},
        hide_parameters=True,
        poolclass=QueuePool,
        pool_use_lifo=True,
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    if key is not None:
        connections.listen(engine)
    return engine
