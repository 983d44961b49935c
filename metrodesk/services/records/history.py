"""Undo, redo and per-record history, read from the change journal.

Undo does not rewind the database: it is a new action that writes the old values back, so the
journal (and sync) sees an ordinary edit, and redo is the same in the other direction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Date, DateTime, Numeric, Uuid, inspect, select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.clock import stamp_time
from metrodesk.data.database import Database
from metrodesk.data.journal import JournalDevice, JournalEntry, UserAction
from metrodesk.data.journal_codec import FieldChange
from metrodesk.data.models import (
    RECORD_CLASSES,
    Affiliation,
    Consent,
    ContactEmail,
    ContactPhone,
    Organisation,
)
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError

#: how far back the undo stack reaches
UNDO_DEPTH = 200


@dataclass(frozen=True)
class Change:
    hlc: int
    author: str
    action: str
    op: str
    field: str
    old: Any
    new: Any
    #: a change of one of the record's parts (a contact's e-mail): its kind and what it reads
    part_kind: str = ""
    part: str = ""
    #: the copy it was made on, by the name it gave itself; "" when made on this one
    device: str = ""

    @property
    def when(self) -> datetime:
        """Local time, naive, as the editors show it."""
        return stamp_time(self.hlc).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class UndoState:
    undo: str | None
    redo: str | None


def from_json(cls: type[Record], field: str, value: Any) -> Any:
    """The Python value of a journaled JSON value, by the column's type."""
    if value is None:
        return None
    col_type = inspect(cls).columns[field].type
    if isinstance(col_type, Uuid):
        return uuid.UUID(value)
    if isinstance(col_type, DateTime):
        return datetime.fromisoformat(value)
    if isinstance(col_type, Date):
        return date.fromisoformat(value)
    if isinstance(col_type, Numeric):
        return Decimal(value)
    return value


class History:
    def __init__(self, db: Database) -> None:
        self.db = db

    def of_record(self, record_id: uuid.UUID, kind: str = "") -> list[Change]:
        """Every journaled change of one record, newest first; a contact's with those of its
        e-mails, phones, affiliations and consents (each change naming the part)."""
        out: list[Change] = []
        with self.db.read() as s:
            parts = _contact_parts(s, record_id) if kind == "contact" else {}
            names = {record_id: ("", "")} | parts
            stmt = (
                select(JournalEntry, UserAction.name, UserAction.author, JournalDevice)
                .join(UserAction, UserAction.ref == JournalEntry.action_ref)
                .join(JournalDevice, JournalDevice.ref == UserAction.device_ref)
                .where(JournalEntry.record_id.in_(list(names)))
                .order_by(JournalEntry.hlc.desc(), JournalEntry.seq.desc())
            )
            for e, name, author, device in s.execute(stmt):
                where = "" if device.ref == self.db.device_ref else device_label(device)
                part = names[e.record_id]
                for c in reversed(e.changes() or [FieldChange("*", None, None)]):
                    out.append(
                        Change(e.hlc, author, name, e.op, c.field, c.old, c.new, *part, where)
                    )
        return out

    def _stacks(self, s: Session) -> tuple[list[UserAction], list[UserAction]]:
        recent = s.scalars(
            select(UserAction)
            .where(UserAction.device_ref == self.db.device_ref)
            .order_by(UserAction.hlc.desc())
            .limit(UNDO_DEPTH * 3)
        ).all()
        undo: list[UserAction] = []
        redo: list[UserAction] = []
        for action in reversed(recent):
            if action.role == "do":
                undo.append(action)
                redo.clear()
            elif action.role == "undo" and undo and undo[-1].id == action.reverts:
                redo.append(undo.pop())
            elif action.role == "redo" and redo and redo[-1].id == action.reverts:
                undo.append(redo.pop())
        return undo, redo

    def state(self) -> UndoState:
        with self.db.read() as s:
            undo, redo = self._stacks(s)
        return UndoState(undo[-1].name if undo else None, redo[-1].name if redo else None)

    def undo(self) -> str:
        """Revert the newest action still done; returns its name."""
        return self._replay("undo")

    def redo(self) -> str:
        return self._replay("redo")

    def _replay(self, role: str) -> str:
        with self.db.read() as s:
            undo, redo = self._stacks(s)
            stack = undo if role == "undo" else redo
            if not stack:
                empty = tr("nothing to undo") if role == "undo" else tr("nothing to redo")
                raise ServiceError(empty)
            target = stack[-1]
            entries = list(
                s.scalars(
                    select(JournalEntry)
                    .where(JournalEntry.action_ref == target.ref)
                    .order_by(JournalEntry.seq)
                )
            )
        if role == "undo":
            entries.reverse()
        with self.db.action(f"{role.capitalize()} {target.name}", role, target.id) as s:
            for entry in entries:
                _apply(s, entry, backwards=role == "undo")
        return target.name


def device_label(device: JournalDevice) -> str:
    """A copy as people know it: the name it gave itself, else the start of its id."""
    return device.name or f"copy {device.id.hex[:8]}"


def _apply(s: Session, entry: JournalEntry, backwards: bool) -> None:
    cls = RECORD_CLASSES.get(entry.record_kind)
    if cls is None or entry.op in ("purge", "resolve"):
        return
    rec = s.get(cls, entry.record_id)
    if rec is None:
        return
    if entry.op == "create":
        # a creation is undone by moving the record to the trash, and redone by restoring it
        rec.deleted_at = utcnow() if backwards else None
        return
    changes = entry.changes()
    for c in reversed(changes) if backwards else changes:
        value = c.old if backwards else c.new
        setattr(rec, c.field, from_json(cls, c.field, value))


def _contact_parts(s: Session, contact_id: uuid.UUID) -> dict[uuid.UUID, tuple[str, str]]:
    """Record id -> (kind, what it reads) of every part of a contact, removed ones too."""
    out: dict[uuid.UUID, tuple[str, str]] = {}
    for e in s.scalars(select(ContactEmail).where(ContactEmail.contact_id == contact_id)):
        out[e.id] = (e.kind, e.address)
    for p in s.scalars(select(ContactPhone).where(ContactPhone.contact_id == contact_id)):
        out[p.id] = (p.kind, p.number)
    for a, org in s.execute(
        select(Affiliation, Organisation.name)
        .outerjoin(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(Affiliation.contact_id == contact_id)
    ):
        out[a.id] = (a.kind, org or "")
    for k in s.scalars(select(Consent).where(Consent.contact_id == contact_id)):
        out[k.id] = (k.kind, k.purpose)
    return out
