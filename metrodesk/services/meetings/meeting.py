"""Meetings with everything they hold: participants and their roles, decisions, quotes, links to
cities, organisations, events and programmes, and the action items that follow them.

The meeting editor saves a whole meeting in one call (`Meetings.save`): one user action, one
undo step, however many rows it touches. Readers get frozen dataclasses, never ORM objects.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.database import Database
from metrodesk.data.enums import ActionStatus
from metrodesk.data.models import (
    ActionItem,
    Attachment,
    Contact,
    Decision,
    Event,
    Meeting,
    MeetingCity,
    MeetingEvent,
    MeetingOrganisation,
    MeetingParticipant,
    MeetingProgramme,
    MemberCity,
    Organisation,
    Programme,
    Quote,
)
from metrodesk.data.search_index import match_expression
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.lists.source import ConditionList
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import clean, contact_sort_key
from metrodesk.services.records.kinds import KINDS
from metrodesk.services.records.rich_text import notes_text, sanitise_html

#: the field an action item's problem is told at, numbered: "Action item 2" (errors.field_text)
ACTION_ITEM = QT_TR_NOOP("Action item")

ACTION_STATUSES = tuple(s.value for s in ActionStatus)
UNFINISHED = (ActionStatus.OPEN.value, ActionStatus.IN_PROGRESS.value)


# --- what readers get ---------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    """A person at a meeting. `contact_id=None` with a name is a new person to create."""

    contact_id: uuid.UUID | None
    name: str
    role: str = "participant"
    given_name: str = ""
    family_name: str = ""


@dataclass(frozen=True)
class QuoteLine:
    text: str
    contact_id: uuid.UUID | None = None
    speaker: str = ""


@dataclass(frozen=True)
class Link:
    id: uuid.UUID
    label: str


@dataclass(frozen=True)
class ActionLine:
    """An action item as the meeting editor and the minutes show it; `id=None` is new."""

    id: uuid.UUID | None
    description: str
    owner_id: uuid.UUID | None = None
    owner: str = ""
    due_on: date | None = None
    status: str = ActionStatus.OPEN.value
    done_on: date | None = None

    def overdue(self, today: date) -> bool:
        return is_overdue(self.due_on, self.status, today)


@dataclass(frozen=True)
class AttachmentInfo:
    id: uuid.UUID
    filename: str
    size: int
    sha256: str
    added_at: datetime


@dataclass(frozen=True)
class MeetingParts:
    """What a meeting holds besides its form fields."""

    participants: tuple[Participant, ...] = ()
    decisions: tuple[str, ...] = ()
    quotes: tuple[QuoteLine, ...] = ()
    cities: tuple[Link, ...] = ()
    organisations: tuple[Link, ...] = ()
    events: tuple[Link, ...] = ()
    programmes: tuple[Link, ...] = ()
    actions: tuple[ActionLine, ...] = ()
    attachments: tuple[AttachmentInfo, ...] = ()


@dataclass(frozen=True)
class MeetingMinutes:
    """Everything the minutes of one meeting show, ready to lay out."""

    id: uuid.UUID
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime | None
    city: str
    country: str
    venue: str
    organiser: str
    facilitator: str
    other_attendees: int
    agenda: str
    notes_html: str
    tags: tuple[str, ...]
    parts: MeetingParts = field(default_factory=MeetingParts)

    @property
    def place(self) -> str:
        return ", ".join(p for p in (self.venue, self.city, self.country) if p)


@dataclass(frozen=True)
class AttendedMeeting:
    id: uuid.UUID
    title: str
    starts_at: datetime
    role: str


@dataclass(frozen=True)
class ContactMeetings:
    """The meetings a person attended, newest first, and when we last met them (derived)."""

    meetings: tuple[AttendedMeeting, ...]
    last_met: date | None


@dataclass(frozen=True)
class MeetingFilter:
    """Filters of the meetings list; empty values filter nothing."""

    starts_from: date | None = None
    starts_until: date | None = None
    kind: str = ""
    city: str = ""
    participant_id: uuid.UUID | None = None
    tag: str = ""


def meeting_filter(filters: Mapping[str, Any]) -> MeetingFilter:
    """The meetings list's filters as named in a `ListQuery`."""
    try:
        return MeetingFilter(**filters)
    except TypeError:
        raise ValueError(f"the meeting list has no filter among {sorted(filters)}") from None


def is_overdue(due_on: date | None, status: str, today: date) -> bool:
    """Still to do and past its due date."""
    return due_on is not None and due_on < today and status in UNFINISHED


# --- notes: keep Qt's rich text, drop anything active or remote ----------------------------


# --- the service ----------------------------------------------------------------------------

_LINKS: dict[str, tuple[type[Record], str, type[Record], str]] = {
    # part name: (link class, its key column, target class, target's label column)
    "cities": (MeetingCity, "city_id", MemberCity, "name"),
    "organisations": (MeetingOrganisation, "organisation_id", Organisation, "name"),
    "events": (MeetingEvent, "event_id", Event, "name"),
    "programmes": (MeetingProgramme, "programme_id", Programme, "name"),
}


class Meetings:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ----------------------------------------------------------------------------

    def parts(self, meeting_id: uuid.UUID) -> MeetingParts:
        with self.db.read() as s:
            _meeting(s, meeting_id)
            return _parts(s, meeting_id)

    def minutes(self, meeting_id: uuid.UUID) -> MeetingMinutes:
        with self.db.read() as s:
            m = _meeting(s, meeting_id)
            return MeetingMinutes(
                id=m.id,
                title=m.title,
                kind=m.meeting_kind,
                starts_at=m.starts_at,
                ends_at=m.ends_at,
                city=m.city,
                country=m.country,
                venue=m.venue,
                organiser=m.organiser.name if m.organiser is not None else "",
                facilitator=m.facilitator.display_name if m.facilitator is not None else "",
                other_attendees=m.other_attendees or 0,
                agenda=m.agenda or "",
                notes_html=m.notes_html or "",
                tags=tuple(m.tags or ()),
                parts=_parts(s, meeting_id),
            )

    def for_contact(self, contact_id: uuid.UUID, now: datetime | None = None) -> ContactMeetings:
        """Meetings the person took part in (as participant or facilitator), newest first;
        `last_met` is the day of the latest one that has begun."""
        now = now or datetime.now()
        with self.db.read() as s:
            attended = select(MeetingParticipant.meeting_id, MeetingParticipant.role).where(
                MeetingParticipant.contact_id == contact_id,
                MeetingParticipant.deleted_at.is_(None),
            )
            roles = {mid: role for mid, role in s.execute(attended)}
            stmt = (
                select(Meeting.id, Meeting.title, Meeting.starts_at)
                .where(
                    Meeting.deleted_at.is_(None),
                    or_(Meeting.id.in_(list(roles)), Meeting.facilitator_id == contact_id),
                )
                .order_by(Meeting.starts_at.desc())
            )
            rows = tuple(
                AttendedMeeting(mid, title, start, roles.get(mid, "facilitator"))
                for mid, title, start in s.execute(stmt)
            )
        past = [m.starts_at for m in rows if m.starts_at <= now]
        return ContactMeetings(rows, max(past).date() if past else None)

    def list_source(self) -> ConditionList:
        """The meetings list, searched and filtered (filters: `MeetingFilter`'s fields)."""
        return ConditionList(
            self.db,
            "meeting",
            lambda s, query, filters: _conditions(s, query, meeting_filter(filters)),
        )

    def kinds_and_tags(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """Cities and tags in use, for the list's filter choices."""
        with self.db.read() as s:
            live = Meeting.deleted_at.is_(None)
            cities = s.execute(
                select(Meeting.city).where(live, Meeting.city != "").distinct()
            ).scalars()
            tags: set[str] = set()
            for row in s.execute(select(Meeting.tags).where(live)).scalars():
                tags.update(row or ())
            return tuple(sorted(set(cities))), tuple(sorted(tags, key=str.casefold))

    # --- writing ----------------------------------------------------------------------------

    def save(
        self,
        meeting_id: uuid.UUID | None,
        values: Mapping[str, Any],
        *,
        participants: Sequence[Participant] | None = None,
        decisions: Sequence[str] | None = None,
        quotes: Sequence[QuoteLine] | None = None,
        cities: Sequence[uuid.UUID] | None = None,
        organisations: Sequence[uuid.UUID] | None = None,
        events: Sequence[uuid.UUID] | None = None,
        programmes: Sequence[uuid.UUID] | None = None,
        actions: Sequence[ActionLine] | None = None,
        today: date | None = None,
    ) -> uuid.UUID:
        """Create (`meeting_id=None`) or update a meeting and what it holds, as one action.

        Form values are checked as `Records` checks them (only those given, when updating);
        a part left as None stays as it is, a part given replaces what was there.
        """
        data = clean("meeting", values, partial=meeting_id is not None)
        if "notes_html" in data:
            data["notes_html"] = sanitise_html(data["notes_html"])
        today = today or date.today()
        people = _check_participants(participants)
        action_lines = _check_actions(actions, today)
        texts = KINDS["meeting"]
        name = texts.new if meeting_id is None else texts.edit
        with self.db.action(name) as s:
            if meeting_id is None:
                m = Meeting()
                for key, value in data.items():
                    setattr(m, key, value)
                s.add(m)
                s.flush()
            else:
                m = _meeting(s, meeting_id)
                for key, value in data.items():
                    setattr(m, key, value)
            if m.ends_at is not None and m.ends_at < m.starts_at:
                raise ValidationError(QT_TR_NOOP("Ends"), tr("is before the start"))
            if people is not None:
                _save_participants(s, m, people)
            if decisions is not None:
                decided = [v.text(QT_TR_NOOP("Decisions"), d, multiline=True) for d in decisions]
                _save_decisions(s, m, [d.strip() for d in decided if d.strip()])
            if quotes is not None:
                for q in quotes:
                    v.text(QT_TR_NOOP("Quotes"), q.text, multiline=True)
                _save_quotes(s, m, [q for q in quotes if q.text.strip()])
            for part, ids in (
                ("cities", cities),
                ("organisations", organisations),
                ("events", events),
                ("programmes", programmes),
            ):
                if ids is not None:
                    _save_links(s, m, part, ids)
            if action_lines is not None:
                _save_actions(s, m, action_lines)
            return m.id


# --- helpers --------------------------------------------------------------------------------


def _meeting(s: Session, meeting_id: uuid.UUID) -> Meeting:
    m = s.get(Meeting, meeting_id)
    if m is None or m.deleted_at is not None:
        raise NotFound("meeting", meeting_id)
    return m


def _name(c: Contact | None) -> str:
    return c.display_name if c is not None else ""


def _parts(s: Session, meeting_id: uuid.UUID) -> MeetingParts:
    people = s.execute(
        select(MeetingParticipant, Contact)
        .join(Contact, Contact.id == MeetingParticipant.contact_id)
        .where(MeetingParticipant.meeting_id == meeting_id, MeetingParticipant.deleted_at.is_(None))
        .order_by(MeetingParticipant.created_at, MeetingParticipant.id)
    )
    participants = tuple(
        Participant(c.id, c.display_name, p.role or "") for p, c in people if c.deleted_at is None
    )
    decisions = tuple(
        d.text
        for d in s.scalars(
            select(Decision)
            .where(Decision.meeting_id == meeting_id, Decision.deleted_at.is_(None))
            .order_by(Decision.position, Decision.created_at)
        )
    )
    quotes = tuple(
        QuoteLine(q.text, q.contact_id, _name(q.contact))
        for q in s.scalars(
            select(Quote)
            .where(Quote.meeting_id == meeting_id, Quote.deleted_at.is_(None))
            .order_by(Quote.created_at, Quote.id)
        )
    )
    links = _links(s, meeting_id)
    actions = tuple(
        ActionLine(a.id, a.description, a.owner_id, _name(a.owner), a.due_on, a.status, a.done_on)
        for a in s.scalars(
            select(ActionItem)
            .where(ActionItem.meeting_id == meeting_id, ActionItem.deleted_at.is_(None))
            .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.created_at)
        )
    )
    return MeetingParts(
        participants=participants,
        decisions=decisions,
        quotes=quotes,
        cities=links["cities"],
        organisations=links["organisations"],
        events=links["events"],
        programmes=links["programmes"],
        actions=actions,
        attachments=_attachments(s, meeting_id),
    )


def _attachments(s: Session, meeting_id: uuid.UUID) -> tuple[AttachmentInfo, ...]:
    return tuple(
        AttachmentInfo(a.id, a.filename, a.size, a.sha256, a.created_at)
        for a in s.scalars(
            select(Attachment)
            .where(Attachment.meeting_id == meeting_id, Attachment.deleted_at.is_(None))
            .order_by(Attachment.created_at, Attachment.id)
        )
    )


def _links(s: Session, meeting_id: uuid.UUID) -> dict[str, tuple[Link, ...]]:
    """The meeting's linked cities, organisations, events and programmes, by part name."""
    links: dict[str, tuple[Link, ...]] = {}
    for part, (link_cls, key, target, label) in _LINKS.items():
        link: Any = link_cls
        tgt: Any = target
        rows = s.execute(
            select(tgt.id, getattr(tgt, label))
            .join(link, getattr(link, key) == tgt.id)
            .where(
                link.meeting_id == meeting_id,
                link.deleted_at.is_(None),
                tgt.deleted_at.is_(None),
            )
            .order_by(getattr(tgt, label))
        )
        links[part] = tuple(Link(rid, str(text)) for rid, text in rows)
    return links


_MEETING_HITS = text(
    "SELECT d.record_id FROM search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = 'meeting'"
)


def _conditions(s: Session, query: str, flt: MeetingFilter | None) -> list[Any]:
    conds: list[Any] = [Meeting.deleted_at.is_(None)]
    expr = match_expression(query)
    if expr is not None:
        found = s.execute(_MEETING_HITS, {"expr": expr}).scalars()
        conds.append(Meeting.id.in_([uuid.UUID(str(r)) for r in found]))
    if flt is None:
        return conds
    if flt.starts_from is not None:
        conds.append(Meeting.starts_at >= datetime.combine(flt.starts_from, datetime.min.time()))
    if flt.starts_until is not None:
        end = datetime.combine(flt.starts_until, datetime.max.time())
        conds.append(Meeting.starts_at <= end)
    if flt.kind:
        conds.append(Meeting.meeting_kind == flt.kind)
    if flt.city:
        conds.append(func.lower(Meeting.city) == flt.city.strip().lower())
    if flt.participant_id is not None:
        attended = select(MeetingParticipant.meeting_id).where(
            MeetingParticipant.contact_id == flt.participant_id,
            MeetingParticipant.deleted_at.is_(None),
        )
        conds.append(or_(Meeting.id.in_(attended), Meeting.facilitator_id == flt.participant_id))
    if flt.tag:
        # tags are a JSON list: a match on the quoted value, then an exact check is not needed
        # because the quotes delimit the whole tag
        conds.append(func.lower(Meeting.tags).like(f'%"{_like_escape(flt.tag.lower())}"%'))
    return conds


def _like_escape(value: str) -> str:
    return value.replace("\\", "").replace("%", "").replace("_", "").replace('"', "")


def _check_participants(people: Sequence[Participant] | None) -> list[Participant] | None:
    if people is None:
        return None
    seen: set[uuid.UUID] = set()
    out = []
    for p in people:
        if p.contact_id is None:
            if not (p.family_name.strip() or p.given_name.strip()):
                raise ValidationError(QT_TR_NOOP("Participants"), tr("a new person needs a name"))
        elif p.contact_id in seen:
            raise ValidationError(
                QT_TR_NOOP("Participants"),
                tr("{name} is listed twice").format(name=p.name or p.contact_id),
            )
        else:
            seen.add(p.contact_id)
        out.append(p)
    return out


def _check_actions(lines: Sequence[ActionLine] | None, today: date) -> list[ActionLine] | None:
    if lines is None:
        return None
    out = []
    for n, a in enumerate(lines, 1):
        if not a.description.strip():
            raise ValidationError(
                QT_TR_NOOP("Action items"), tr("item {n} needs a description").format(n=n)
            )
        v.text(f"{ACTION_ITEM} {n}", a.description, multiline=True)
        for day in (a.due_on, a.done_on):
            if day is not None:
                v.plausible_day(f"{ACTION_ITEM} {n}", day)
        if a.status not in ACTION_STATUSES:
            raise ValidationError(
                QT_TR_NOOP("Action items"),
                tr("item {n} has an unknown status '{status}'").format(n=n, status=a.status),
            )
        done_on = a.done_on
        if a.status == ActionStatus.DONE.value and done_on is None:
            done_on = today
        if a.status != ActionStatus.DONE.value:
            done_on = None
        out.append(
            ActionLine(
                a.id, a.description.strip(), a.owner_id, a.owner, a.due_on, a.status, done_on
            )
        )
    return out


def _save_participants(s: Session, m: Meeting, people: list[Participant]) -> None:
    rows = list(s.scalars(select(MeetingParticipant).where(MeetingParticipant.meeting_id == m.id)))
    by_contact = {r.contact_id: r for r in rows}
    wanted: set[uuid.UUID] = set()
    for p in people:
        role = p.role.strip() or "participant"
        if p.contact_id is None:
            contact = Contact(
                given_name=p.given_name.strip(),
                family_name=p.family_name.strip(),
                sort_key=contact_sort_key(p.family_name.strip(), p.given_name.strip()),
            )
            s.add(contact)
            s.flush()
            s.add(MeetingParticipant(meeting_id=m.id, contact_id=contact.id, role=role))
            continue
        if s.get(Contact, p.contact_id) is None:
            raise ValidationError(
                QT_TR_NOOP("Participants"),
                tr("{name} no longer exists").format(name=p.name or p.contact_id),
            )
        wanted.add(p.contact_id)
        row = by_contact.get(p.contact_id)
        if row is None:
            s.add(MeetingParticipant(meeting_id=m.id, contact_id=p.contact_id, role=role))
            continue
        if row.deleted_at is not None:
            row.deleted_at = None  # back again: the same row, so its history stays in one place
        if row.role != role:
            row.role = role
    for row in rows:
        if row.contact_id not in wanted and row.deleted_at is None:
            row.deleted_at = utcnow()


def _save_decisions(s: Session, m: Meeting, texts: list[str]) -> None:
    live = list(
        s.scalars(
            select(Decision)
            .where(Decision.meeting_id == m.id, Decision.deleted_at.is_(None))
            .order_by(Decision.position, Decision.created_at)
        )
    )
    for position, body in enumerate(texts):
        if position < len(live):
            row = live[position]
            if row.text != body:
                row.text = body
            if row.position != position:
                row.position = position
        else:
            s.add(Decision(meeting_id=m.id, text=body, position=position))
    for row in live[len(texts) :]:
        row.deleted_at = utcnow()


def _save_quotes(s: Session, m: Meeting, quotes: list[QuoteLine]) -> None:
    live = list(
        s.scalars(
            select(Quote)
            .where(Quote.meeting_id == m.id, Quote.deleted_at.is_(None))
            .order_by(Quote.created_at, Quote.id)
        )
    )
    for i, q in enumerate(quotes):
        if i < len(live):
            row = live[i]
            if row.text != q.text.strip():
                row.text = q.text.strip()
            if row.contact_id != q.contact_id:
                row.contact_id = q.contact_id
        else:
            s.add(Quote(meeting_id=m.id, contact_id=q.contact_id, text=q.text.strip()))
    for row in live[len(quotes) :]:
        row.deleted_at = utcnow()


def _save_links(s: Session, m: Meeting, part: str, ids: Sequence[uuid.UUID]) -> None:
    link_cls, key, target, _label = _LINKS[part]
    link: Any = link_cls
    rows = list(s.scalars(select(link).where(link.meeting_id == m.id)))
    by_target = {getattr(r, key): r for r in rows}
    wanted = set(ids)
    for target_id in dict.fromkeys(ids):
        if s.get(target, target_id) is None:
            raise ValidationError(
                part.capitalize(), tr("no record with id {target_id}").format(target_id=target_id)
            )
        row = by_target.get(target_id)
        if row is None:
            s.add(link(meeting_id=m.id, **{key: target_id}))
        elif row.deleted_at is not None:
            row.deleted_at = None
    for row in rows:
        if getattr(row, key) not in wanted and row.deleted_at is None:
            row.deleted_at = utcnow()


def _save_actions(s: Session, m: Meeting, lines: list[ActionLine]) -> None:
    live = {
        a.id: a
        for a in s.scalars(
            select(ActionItem).where(ActionItem.meeting_id == m.id, ActionItem.deleted_at.is_(None))
        )
    }
    kept: set[uuid.UUID] = set()
    for line in lines:
        values = {
            "description": line.description,
            "owner_id": line.owner_id,
            "due_on": line.due_on,
            "status": line.status,
            "done_on": line.done_on,
        }
        if line.id is None:
            s.add(ActionItem(meeting_id=m.id, **values))
            continue
        item = live.get(line.id)
        if item is None:
            raise ValidationError(
                QT_TR_NOOP("Action items"),
                tr("'{description}' no longer exists").format(description=line.description[:40]),
            )
        kept.add(line.id)
        for key, value in values.items():
            if getattr(item, key) != value:
                setattr(item, key, value)
    for item_id, item in live.items():
        if item_id not in kept:
            item.deleted_at = utcnow()


__all__ = [
    "ActionLine",
    "AttachmentInfo",
    "AttendedMeeting",
    "ContactMeetings",
    "Link",
    "MeetingFilter",
    "MeetingMinutes",
    "MeetingParts",
    "Meetings",
    "Participant",
    "QuoteLine",
    "is_overdue",
    "notes_text",
    "sanitise_html",
]
