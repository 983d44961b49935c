"""What the dashboard shows: counts, meetings around today, open action items, members by region.

One read per snapshot, returned as frozen dataclasses, so the GUI can ask for it on its worker
thread and draw it on the UI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.enums import ActionStatus, MembershipStatus
from metrodesk.data.models import (
    ActionItem,
    Contact,
    Meeting,
    MemberCity,
    Organisation,
    Record,
    TrainingCentre,
)
from metrodesk.data.people import display_name

#: the statuses of an action item still to be done
OPEN_STATUSES = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


@dataclass(frozen=True)
class KindCount:
    kind: str
    count: int


@dataclass(frozen=True)
class MeetingSummary:
    id: uuid.UUID
    title: str
    starts_at: datetime
    city: str


@dataclass(frozen=True)
class ActionSummary:
    id: uuid.UUID
    description: str
    owner: str
    due_on: date | None
    status: str
    overdue: bool


@dataclass(frozen=True)
class RegionCount:
    region: str
    count: int


@dataclass(frozen=True)
class Snapshot:
    today: date
    counts: tuple[KindCount, ...]
    upcoming_meetings: tuple[MeetingSummary, ...]
    recent_meetings: tuple[MeetingSummary, ...]
    open_actions: tuple[ActionSummary, ...]
    open_action_count: int
    overdue_action_count: int
    members_by_region: tuple[RegionCount, ...]
    #: unfinished action items due from today to Sunday
    due_this_week_count: int = 0

    def count(self, kind: str) -> int:
        return next((c.count for c in self.counts if c.kind == kind), 0)


#: the kinds counted on the dashboard's cards, in the order shown
COUNTED: tuple[type[Record], ...] = (Contact, Organisation, MemberCity, TrainingCentre, Meeting)


owner_name = display_name


class Dashboard:
    def __init__(self, db: Database) -> None:
        self.db = db

    def snapshot(self, today: date | None = None, limit: int = 6) -> Snapshot:
        today = today or date.today()
        midnight = datetime(today.year, today.month, today.day)
        with self.db.read() as s:
            counts = tuple(KindCount(m.kind, _live_count(s, m)) for m in COUNTED)
            upcoming = _meetings(s, Meeting.starts_at >= midnight, Meeting.starts_at.asc(), limit)
            recent = _meetings(s, Meeting.starts_at < midnight, Meeting.starts_at.desc(), limit)
            actions, open_count, overdue_count = _open_actions(s, today, limit)
            regions = _members_by_region(s)
            this_week = _due_this_week(s, today)
        return Snapshot(
            today=today,
            counts=counts,
            upcoming_meetings=upcoming,
            recent_meetings=recent,
            open_actions=actions,
            open_action_count=open_count,
            overdue_action_count=overdue_count,
            members_by_region=regions,
            due_this_week_count=this_week,
        )


def _live_count(s: Session, model: type[Record]) -> int:
    stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
    return int(s.execute(stmt).scalar_one())


def _meetings(s: Session, when: Any, order: Any, limit: int) -> tuple[MeetingSummary, ...]:
    stmt = (
        select(Meeting.id, Meeting.title, Meeting.starts_at, Meeting.city)
        .where(Meeting.deleted_at.is_(None), when)
        .order_by(order)
        .limit(limit)
    )
    return tuple(MeetingSummary(*row) for row in s.execute(stmt))


def _open_actions(
    s: Session, today: date, limit: int
) -> tuple[tuple[ActionSummary, ...], int, int]:
    live_open = (ActionItem.deleted_at.is_(None), ActionItem.status.in_(OPEN_STATUSES))
    stmt = (
        select(
            ActionItem.id,
            ActionItem.description,
            Contact.given_name,
            Contact.family_name,
            Contact.name_order,
            ActionItem.due_on,
            ActionItem.status,
        )
        .outerjoin(Contact, Contact.id == ActionItem.owner_id)
        .where(*live_open)
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
        .limit(limit)
    )
    items = tuple(
        ActionSummary(
            id=rid,
            description=description,
            owner=owner_name(given or "", family or "", order or ""),
            due_on=due,
            status=status,
            overdue=due is not None and due < today,
        )
        for rid, description, given, family, order, due, status in s.execute(stmt)
    )
    total = select(func.count()).select_from(ActionItem).where(*live_open)
    overdue = total.where(ActionItem.due_on < today)
    return items, int(s.execute(total).scalar_one()), int(s.execute(overdue).scalar_one())


def _due_this_week(s: Session, today: date) -> int:
    sunday = today + timedelta(days=6 - today.weekday())
    stmt = (
        select(func.count())
        .select_from(ActionItem)
        .where(
            ActionItem.deleted_at.is_(None),
            ActionItem.status.in_(OPEN_STATUSES),
            ActionItem.due_on >= today,
            ActionItem.due_on <= sunday,
        )
    )
    return int(s.execute(stmt).scalar_one())


def _members_by_region(s: Session) -> tuple[RegionCount, ...]:
    """Active member cities per region; cities without a region count under ''."""
    region = func.coalesce(MemberCity.region, "")
    stmt = (
        select(region, func.count())
        .where(
            MemberCity.deleted_at.is_(None),
            MemberCity.status == MembershipStatus.ACTIVE.value,
        )
        .group_by(region)
        .order_by(func.count().desc(), region)
    )
    return tuple(RegionCount(str(name), int(n)) for name, n in s.execute(stmt))
