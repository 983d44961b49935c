"""What the dashboard shows: counts, meetings around today, open action items, members by region,
training sessions per centre this year and the latest user actions.

One read per snapshot, returned as frozen dataclasses, so the GUI can ask for it on its worker
thread and draw it on the UI thread.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select, text
from sqlalchemy.orm import Session

from metrodesk.data.clock import decode
from metrodesk.data.database import Database
from metrodesk.data.enums import ActionStatus, MembershipStatus
from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.data.models import (
    RECORD_CLASSES,
    ActionItem,
    Contact,
    Course,
    Meeting,
    MemberCity,
    Organisation,
    Record,
    TrainingCentre,
)
from metrodesk.data.people import display_name
from metrodesk.services.records.forms import FORMS

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
class CentreSessions:
    """The training sessions (courses) one centre starts in the snapshot's year."""

    id: uuid.UUID
    name: str
    city: str
    role: str
    count: int


@dataclass(frozen=True)
class RecentChange:
    """One user action (a "do", an undo or a redo) and the record it touched first."""

    action_id: str
    name: str
    author: str
    role: str
    #: when it was done, in UTC (from the action's hybrid clock stamp)
    when: datetime
    #: the record's kind, "" when the action touched no record
    kind: str
    record_id: uuid.UUID | None
    #: the record's search label; "" when it has none (show the kind instead)
    label: str
    #: in the trash or purged since
    deleted: bool
    #: an editor exists for the kind (a form), so the record can be opened
    openable: bool


#: the roles of the user actions listed as recent changes
CHANGE_ROLES = ("do", "undo", "redo")
RECENT_CHANGES = 8


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
    #: every live centre, headquarters first, with its sessions starting this year
    sessions_by_centre: tuple[CentreSessions, ...] = ()
    #: the latest user actions, newest first
    recent_changes: tuple[RecentChange, ...] = ()

    def count(self, kind: str) -> int:
        return next((c.count for c in self.counts if c.kind == kind), 0)


#: the kinds counted on the dashboard's cards, in the order shown
COUNTED: tuple[type[Record], ...] = (Contact, Organisation, MemberCity, TrainingCentre, Meeting)


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
            sessions = _sessions_by_centre(s, today.year)
            changes = _recent_changes(s, RECENT_CHANGES)
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
            sessions_by_centre=sessions,
            recent_changes=changes,
        )

    def sessions_by_centre(self, year: int) -> tuple[CentreSessions, ...]:
        """Live courses starting in `year`, per live centre (all of them, even at 0)."""
        with self.db.read() as s:
            return _sessions_by_centre(s, year)

    def recent_changes(self, limit: int = RECENT_CHANGES) -> tuple[RecentChange, ...]:
        """The latest user actions, newest first, each with the first record it touched."""
        with self.db.read() as s:
            return _recent_changes(s, limit)


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
            owner=display_name(given or "", family or "", order or ""),
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


def _sessions_by_centre(s: Session, year: int) -> tuple[CentreSessions, ...]:
    in_year = and_(
        Course.centre_id == TrainingCentre.id,
        Course.deleted_at.is_(None),
        Course.start_date >= date(year, 1, 1),
        Course.start_date <= date(year, 12, 31),
    )
    stmt = (
        select(
            TrainingCentre.id,
            TrainingCentre.name,
            TrainingCentre.city,
            TrainingCentre.role,
            func.count(Course.id),
        )
        .outerjoin(Course, in_year)
        .where(TrainingCentre.deleted_at.is_(None))
        .group_by(TrainingCentre.id)
        # "headquarters" sorts before "satellite", as in the Training section
        .order_by(TrainingCentre.role, TrainingCentre.name)
    )
    return tuple(
        CentreSessions(cid, name, city or "", role, int(n))
        for cid, name, city, role, n in s.execute(stmt)
    )


_LABEL = text("SELECT label FROM search_doc WHERE record_id = :rid")


def _recent_changes(s: Session, limit: int) -> tuple[RecentChange, ...]:
    actions = s.scalars(
        select(UserAction)
        .where(UserAction.role.in_(CHANGE_ROLES))
        .order_by(UserAction.hlc.desc())
        .limit(limit)
    ).all()
    return tuple(_recent_change(s, a) for a in actions)


def _recent_change(s: Session, action: UserAction) -> RecentChange:
    touched = _first_record(s, action.ref)
    if touched is None and action.reverts:  # an undo that found nothing left to change
        reverted = s.execute(select(UserAction.ref).where(UserAction.id == action.reverts))
        ref = reverted.scalar()
        touched = _first_record(s, ref) if ref is not None else None
    wall_ms, _ = decode(action.hlc)
    when = datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
    kind, record_id, label, deleted = "", None, "", False
    if touched is not None:
        kind, record_id = touched
        label = str(s.execute(_LABEL, {"rid": record_id.hex}).scalar() or "")
        cls = RECORD_CLASSES.get(kind)
        rec = s.get(cls, record_id) if cls is not None else None
        deleted = cls is not None and (rec is None or rec.deleted_at is not None)
    return RecentChange(
        action_id=action.id.hex,
        name=action.name,
        author=action.author,
        role=action.role,
        when=when,
        kind=kind,
        record_id=record_id,
        label=label,
        deleted=deleted,
        openable=kind in FORMS and record_id is not None,
    )


def _first_record(s: Session, action_ref: int) -> tuple[str, uuid.UUID] | None:
    """The first record the action touched, preferring one with an editor (a contact over the
    e-mail address saved with it).

    Two queries that each stop at their first row, walking the action's entries in `seq` order
    on its index, rather than one that sorts them all: an import of 100,000 contacts is one
    action of hundreds of thousands of entries.
    """
    first = select(JournalEntry.record_kind, JournalEntry.record_id).where(
        JournalEntry.action_ref == action_ref
    )
    for stmt in (first.where(JournalEntry.record_kind.in_(tuple(FORMS))), first):
        row = s.execute(stmt.order_by(JournalEntry.seq).limit(1)).first()
        if row is not None:
            return str(row[0]), row[1]
    return None
