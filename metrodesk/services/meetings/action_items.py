"""Action items: the follow-ups of meetings (or free-standing ones), filtered, and marked done."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.enums import ActionStatus
from metrodesk.data.models import ActionItem
from metrodesk.data.search_index import match_expression
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.lists.source import ConditionList
from metrodesk.services.meetings.meeting import UNFINISHED, is_overdue

#: the status filter's values besides the statuses themselves
STATUS_UNFINISHED = "unfinished"
#: the due filter's values
DUE_OVERDUE = "overdue"
DUE_THIS_WEEK = "week"


@dataclass(frozen=True)
class ActionFilter:
    """Filters of the action items list; empty values filter nothing.

    `status` is a status or "unfinished" (open or in progress); `due` is "overdue" (unfinished
    and due before today) or "week" (unfinished and due from today to Sunday).
    """

    owner_id: uuid.UUID | None = None
    status: str = ""
    due: str = ""
    #: the day "overdue" and "this week" count from; None: the day of the read
    today: date | None = None


def action_filter(filters: Mapping[str, Any]) -> ActionFilter:
    """The action items list's filters as named in a `ListQuery`."""
    try:
        return ActionFilter(**filters)
    except TypeError:
        raise ValueError(f"the action item list has no filter among {sorted(filters)}") from None


def week_end(today: date) -> date:
    """The Sunday that ends today's week."""
    return today + timedelta(days=6 - today.weekday())


_HITS = text(
    "SELECT d.record_id FROM search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = 'action_item'"
)


class Actions:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list_source(self) -> ConditionList:
        """The action items list, searched and filtered (filters: `ActionFilter`'s fields)."""
        return ConditionList(
            self.db,
            "action_item",
            lambda s, query, filters: _conditions(s, query, action_filter(filters)),
        )

    def mark_done(self, action_id: uuid.UUID, today: date | None = None) -> None:
        """Status done, done today (one user action)."""
        with self.db.action(QT_TR_NOOP("Mark action item done")) as s:
            item = _item(s, action_id)
            if item.status == ActionStatus.DONE.value:
                return
            item.status = ActionStatus.DONE.value
            item.done_on = today or date.today()

    def set_status(self, action_id: uuid.UUID, status: str, today: date | None = None) -> None:
        if status not in {s.value for s in ActionStatus}:
            raise ValidationError(
                QT_TR_NOOP("Status"),
                tr("'{status}' is not one of the statuses").format(status=status),
            )
        with self.db.action(QT_TR_NOOP("Change action item status")) as s:
            item = _item(s, action_id)
            item.status = status
            if status == ActionStatus.DONE.value:
                item.done_on = item.done_on or today or date.today()
            else:
                item.done_on = None

    def overdue(self, action_id: uuid.UUID, today: date | None = None) -> bool:
        with self.db.read() as s:
            item = _item(s, action_id)
            return is_overdue(item.due_on, item.status, today or date.today())


def _item(s: Session, action_id: uuid.UUID) -> ActionItem:
    item = s.get(ActionItem, action_id)
    if item is None or item.deleted_at is not None:
        raise NotFound("action_item", action_id)
    return item


def _conditions(s: Session, query: str, flt: ActionFilter) -> list[Any]:
    conds: list[Any] = [ActionItem.deleted_at.is_(None)]
    expr = match_expression(query)
    if expr is not None:
        found = s.execute(_HITS, {"expr": expr}).scalars()
        conds.append(ActionItem.id.in_([uuid.UUID(str(r)) for r in found]))
    today = flt.today or date.today()
    if flt.owner_id is not None:
        conds.append(ActionItem.owner_id == flt.owner_id)
    if flt.status == STATUS_UNFINISHED:
        conds.append(ActionItem.status.in_(UNFINISHED))
    elif flt.status:
        conds.append(ActionItem.status == flt.status)
    if flt.due == DUE_OVERDUE:
        conds += [ActionItem.status.in_(UNFINISHED), ActionItem.due_on < today]
    elif flt.due == DUE_THIS_WEEK:
        conds += [
            ActionItem.status.in_(UNFINISHED),
            ActionItem.due_on >= today,
            ActionItem.due_on <= week_end(today),
        ]
    return conds
