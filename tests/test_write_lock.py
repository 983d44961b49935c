"""A write takes SQLite's write lock when it begins (BEGIN IMMEDIATE); a read never takes it,
even on a pooled connection a write used before. Reads run beside writes (the window's reader
thread), so a read holding the write lock would stall a write, and a write that began as a
read would fail to upgrade its snapshot once another write had committed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, select

from metrodesk.data.models import Organisation
from metrodesk.data.sessions import sync_write
from metrodesk.services.facade import Services


@contextmanager
def _begins(db: Any) -> Iterator[list[str]]:
    """The BEGIN statements the database's connections run meanwhile."""
    begun: list[str] = []

    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("BEGIN"):
            begun.append(statement)

    event.listen(db.engine, "before_cursor_execute", seen)
    try:
        yield begun
    finally:
        event.remove(db.engine, "before_cursor_execute", seen)


def test_writes_begin_immediate_and_reads_do_not(services: Services):
    db = services.db
    with _begins(db) as begun:
        for n in range(3):
            # a read held open while the write runs: the pool hands out two connections
            with db.read() as held:
                held.execute(select(Organisation.id).limit(1)).all()
                with db.action("Add") as s:
                    s.add(Organisation(name=f"Org {n}"))
            with db.read() as s:
                s.execute(select(Organisation.id).limit(1)).all()
    assert begun == ["BEGIN", "BEGIN IMMEDIATE", "BEGIN"] * 3


def test_sync_writes_begin_immediate_too(services: Services):
    """Sync applies other copies' actions in a write of its own (`sync_write`): it takes the
    lock at BEGIN as an action does, and the read after it does not."""
    db = services.db
    with _begins(db) as begun:
        for _ in range(2):
            with sync_write(db) as s:
                s.execute(select(Organisation.id).limit(1)).all()
            with db.read() as s:
                s.execute(select(Organisation.id).limit(1)).all()
    assert begun == ["BEGIN IMMEDIATE", "BEGIN"] * 2
