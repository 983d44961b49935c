"""The Trash: records of the listed kinds that were deleted (soft), newest first; restoring
one, and emptying the Trash for good, which only ever happens when the user asks for it."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import String, func, literal, select, union_all
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.database import Database
from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.data.models import RECORD_CLASSES
from metrodesk.i18n import QT_TR_NOOP
from metrodesk.services.records.crud import Records

#: the kinds with a section of their own: what the Trash lists
TRASH_KINDS = (
    "contact",
    "organisation",
    "member_city",
    "training_centre",
    "meeting",
    "action_item",
)


@dataclass(frozen=True)
class TrashItem:
    kind: str
    id: uuid.UUID
    label: str
    deleted_at: datetime
    #: who moved it to the Trash, from the journal ("" when the journal does not say)
    deleted_by: str


def _deleted() -> Any:
    """(kind, id, deleted_at) of every record in the Trash, as one union."""
    parts = [
        select(
            literal(kind, String).label("kind"),
            RECORD_CLASSES[kind].id.label("id"),
            RECORD_CLASSES[kind].deleted_at.label("deleted_at"),
        ).where(RECORD_CLASSES[kind].deleted_at.is_not(None))
        for kind in TRASH_KINDS
    ]
    return union_all(*parts).subquery("trash")


def _cutoff(older_than: datetime | timedelta | None) -> datetime | None:
    if isinstance(older_than, timedelta):
        return utcnow() - older_than
    return older_than


class Trash:
    def __init__(self, db: Database, records: Records | None = None) -> None:
        self.db = db
        self.records = records or Records(db)

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.execute(select(func.count()).select_from(_deleted())).scalar_one())

    def page(self, offset: int = 0, limit: int = 100) -> list[TrashItem]:
        """Records in the Trash, the most recently deleted first."""
        trash = _deleted()
        stmt = (
            select(trash.c.kind, trash.c.id, trash.c.deleted_at)
            .order_by(trash.c.deleted_at.desc(), trash.c.kind, trash.c.id)
            .offset(offset)
            .limit(limit)
        )
        with self.db.read() as s:
            rows = s.execute(stmt).all()
            out = []
            for kind, raw_id, _deleted_at in rows:
                record_id = raw_id if isinstance(raw_id, uuid.UUID) else uuid.UUID(str(raw_id))
                rec = s.get(RECORD_CLASSES[kind], record_id)
                if rec is None or rec.deleted_at is None:
                    continue
                doc = rec.search_document()
                label = " ".join((doc[0] if doc else "").split()) or str(record_id)
                out.append(TrashItem(kind, record_id, label, rec.deleted_at, _deleted_by(s, rec)))
            return out

    def restore(self, kind: str, record_id: uuid.UUID) -> None:
        """Back from the Trash; its e-mails, phones and links were never deleted with it."""
        self.records.restore(kind, record_id)

    def empty(self, older_than: datetime | timedelta | None = None) -> int:
        """Delete for good every record in the Trash (deleted before `older_than`, when given:
        a moment, or an age), with the rows that belong to it; returns how many records.
        One user action; the journal keeps a "purge" entry for each row removed."""
        cutoff = _cutoff(older_than)
        purged = 0
        with self.db.action(QT_TR_NOOP("Empty trash")) as s:
            for kind in TRASH_KINDS:
                cls = RECORD_CLASSES[kind]
                stmt = select(cls).where(cls.deleted_at.is_not(None))
                if cutoff is not None:
                    stmt = stmt.where(cls.deleted_at < cutoff)
                for rec in s.scalars(stmt).all():
                    _purge(s, rec, set())
                    purged += 1
                s.flush()
        return purged


def _deleted_by(s: Session, rec: Record) -> str:
    author = s.execute(
        select(UserAction.author)
        .join(JournalEntry, JournalEntry.action_ref == UserAction.ref)
        .where(JournalEntry.record_id == rec.id, JournalEntry.op == "delete")
        .order_by(JournalEntry.hlc.desc())
        .limit(1)
    ).scalar_one_or_none()
    return author if author is not None else rec.updated_by


def _references(target: type[Record]) -> list[tuple[type[Record], str, bool]]:
    """(class, column, nullable) of every record column with a foreign key to `target`."""
    out = []
    for cls in RECORD_CLASSES.values():
        for column in cls.__table__.columns:
            if any(fk.column.table is target.__table__ for fk in column.foreign_keys):
                out.append((cls, str(column.key), bool(column.nullable)))
    return out


def _purge(s: Session, rec: Record, seen: set[uuid.UUID]) -> None:
    """Delete `rec` and the rows that cannot exist without it (recursively); optional links
    to it (a meeting's facilitator, an action item's owner) are cleared instead."""
    if rec.id in seen:
        return
    seen.add(rec.id)
    for cls, column, nullable in _references(type(rec)):
        rows = s.scalars(select(cls).where(getattr(cls, column) == rec.id)).all()
        for row in rows:
            if nullable:
                setattr(row, column, None)
            else:
                _purge(s, row, seen)
    s.flush()
    s.delete(rec)
