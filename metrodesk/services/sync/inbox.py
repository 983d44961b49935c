"""The conflict inbox: what sync set aside, and settling it with an ordinary change.

Every way of settling a conflict is a user action (one undo step) that syncs like any other:
keeping the value shown writes a "resolve" entry for the field (made knowing of both values,
it ends the conflict on every copy); taking the other value, or typing a third, is an edit of
the field; for an edit of a record deleted elsewhere, taking the other side restores the
record, and for a link to a deleted record it restores the record linked to.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session, aliased

from metrodesk.data.clock import stamp_time
from metrodesk.data.database import Database
from metrodesk.data.journal import JournalDevice, JournalEntry, UserAction
from metrodesk.data.journal_codec import encode_pairs, to_json
from metrodesk.data.models import RECORD_CLASSES
from metrodesk.data.sync_models import SyncConflict
from metrodesk.i18n import tr, translated
from metrodesk.services.errors import NotFound, ServiceError, ValidationError
from metrodesk.services.records.crud import clean_field
from metrodesk.services.records.forms import FORMS
from metrodesk.services.records.history import device_label, from_json
from metrodesk.services.records.kinds import kind_texts

#: what each kind of conflict is, for people
KIND_TEXT = {
    "field": "changed on two computers",
    "deleted": "changed here, deleted on another computer",
    "purged": "changed here, deleted for good on another computer",
    "link": "linked to a record deleted on another computer",
}


@dataclass(frozen=True)
class Side:
    value: Any
    author: str
    #: the computer's name ("" for this one)
    device: str
    when: datetime | None


@dataclass(frozen=True)
class ConflictView:
    id: str
    kind: str
    record_kind: str
    record_id: uuid.UUID
    #: the record's name as the lists show it ("" when it has none, or is gone)
    label: str
    field: str
    kept: Side
    aside: Side

    @property
    def can_take_other(self) -> bool:
        return self.kind != "purged"

    @property
    def can_type(self) -> bool:
        return self.kind == "field" and any(f.key == self.field for f in FORMS.get(
            self.record_kind, ()))  # fmt: skip


def _loads(value: str | None) -> Any:
    return None if value is None else json.loads(value)


_LABEL = text("SELECT label FROM search_doc WHERE record_id = :rid")


class Inbox:
    def __init__(self, db: Database) -> None:
        self.db = db

    def count(self) -> int:
        with self.db.read() as s:
            return int(s.execute(text("SELECT count(*) FROM sync_conflict")).scalar() or 0)

    def list(self) -> list[ConflictView]:
        """Every open conflict, oldest first."""
        kept_a, aside_a = aliased(UserAction), aliased(UserAction)
        kept_d, aside_d = aliased(JournalDevice), aliased(JournalDevice)
        stmt = (
            select(SyncConflict, kept_a, kept_d, aside_a, aside_d)
            .outerjoin(kept_a, kept_a.ref == SyncConflict.kept_action)
            .outerjoin(kept_d, kept_d.ref == kept_a.device_ref)
            .join(aside_a, aside_a.ref == SyncConflict.aside_action)
            .join(aside_d, aside_d.ref == aside_a.device_ref)
            .order_by(SyncConflict.aside_hlc, SyncConflict.id)
        )
        out = []
        with self.db.read() as s:
            for c, ka, kd, aa, ad in s.execute(stmt):
                label = s.execute(_LABEL, {"rid": c.record_id.hex}).scalar() or ""
                out.append(
                    ConflictView(
                        c.id,
                        c.kind,
                        c.record_kind,
                        c.record_id,
                        str(label),
                        c.field,
                        self._side(_loads(c.kept), ka, kd, c.kept_hlc),
                        self._side(_loads(c.aside), aa, ad, c.aside_hlc),
                    )
                )
        return out

    def _side(
        self, value: Any, action: UserAction | None, device: JournalDevice | None, stamp: int | None
    ) -> Side:
        if action is None or device is None:
            return Side(value, "", "", None)
        where = "" if device.ref == self.db.device_ref else device_label(device)
        when = stamp_time(stamp) if stamp is not None else None
        return Side(value, action.author, where, when)

    def _get(self, s: Session, conflict_id: str) -> SyncConflict:
        found = s.get(SyncConflict, conflict_id)
        if found is None:
            raise ServiceError(
                tr("that conflict was settled already (here or on another computer)")
            )
        return found

    def keep(self, conflict_id: str) -> None:
        """Keep the value the record holds: the conflict ends everywhere."""
        with self.db.action("Keep value in conflict") as s:
            c = self._get(s, conflict_id)
            current = self._current(s, c)
            self._resolve_entry(s, c, current)

    def take_other(self, conflict_id: str) -> None:
        """The value set aside becomes the record's (or the deleted record comes back)."""
        with self.db.action("Take other value in conflict") as s:
            c = self._get(s, conflict_id)
            if c.kind == "purged":
                raise ServiceError(tr("the record was deleted for good on another computer"))
            if c.kind in ("deleted", "link"):
                target = self._restore_target(s, c)
                target.deleted_at = None
                return
            cls = RECORD_CLASSES[c.record_kind]
            rec = s.get(cls, c.record_id)
            if rec is None:
                raise NotFound(c.record_kind, c.record_id)
            setattr(rec, c.field, from_json(cls, c.field, _loads(c.aside)))
            s.flush()
            self._resolve_entry(s, c, _loads(c.aside))

    def set_value(self, conflict_id: str, raw: Any) -> None:
        """A third value, typed by the user, checked as the editor would."""
        with self.db.action("Set value in conflict") as s:
            c = self._get(s, conflict_id)
            form = next((f for f in FORMS.get(c.record_kind, ()) if f.key == c.field), None)
            if c.kind != "field" or form is None:
                raise ServiceError(tr("this conflict is settled by keeping or taking a value"))
            value = clean_field(form, raw)
            cls = RECORD_CLASSES[c.record_kind]
            rec = s.get(cls, c.record_id)
            if rec is None:
                raise NotFound(c.record_kind, c.record_id)
            if value is None and form.required:
                raise ValidationError(form.label, "is required")
            setattr(rec, c.field, value)
            s.flush()
            self._resolve_entry(s, c, to_json(value))

    def _current(self, s: Session, c: SyncConflict) -> Any:
        rec = s.get(RECORD_CLASSES[c.record_kind], c.record_id)
        if rec is None or c.field not in {col.key for col in rec.__table__.columns}:
            return _loads(c.kept)
        return to_json(getattr(rec, c.field))

    def _restore_target(self, s: Session, c: SyncConflict) -> Any:
        cls = RECORD_CLASSES[c.record_kind]
        if c.kind == "deleted":
            rec = s.get(cls, c.record_id)
        else:
            column = cls.__table__.columns[c.field]
            (fk,) = column.foreign_keys
            target_kind = next(
                k for k, k_cls in RECORD_CLASSES.items() if k_cls.__table__ is fk.column.table
            )
            rec = s.get(RECORD_CLASSES[target_kind], uuid.UUID(str(_loads(c.aside))))
        if rec is None:
            raise ServiceError(
                tr("the {kind} is no longer there").format(
                    kind=translated(kind_texts(c.record_kind).noun)
                )
            )
        return rec

    def _resolve_entry(self, s: Session, c: SyncConflict, value: Any) -> None:
        """An entry saying: this field was looked at, knowing of every value it had."""
        s.add(
            JournalEntry(
                action_ref=s.info["action_ref"],
                hlc=self.db.clock.now(),
                record_kind=c.record_kind,
                record_id=c.record_id,
                op="resolve",
                data=encode_pairs({c.field: (value, value)}),
            )
        )
