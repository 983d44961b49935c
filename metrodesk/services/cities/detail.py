"""One member city as its editor shows it (status history, focal points, fees, people,
meetings, trainees), and the lists of names and categories the city views offer."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.enums import MembershipStatus
from metrodesk.data.models import (
    Affiliation,
    Contact,
    Course,
    CourseParticipant,
    Meeting,
    MeetingCity,
    MemberCity,
    TrainingCentre,
)
from metrodesk.services.cities.fees import Fee, fee_row
from metrodesk.services.cities.focal_points import FocalPointRow
from metrodesk.services.cities.live import live_city
from metrodesk.services.cities.status import TRANSITIONS, StatusChange


@dataclass(frozen=True)
class CityContact:
    contact_id: uuid.UUID
    name: str
    #: what links the person to the city: a focal-point role, or a job at the lead organisation
    role: str


@dataclass(frozen=True)
class CityMeeting:
    id: uuid.UUID
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class CityTrainee:
    participant_id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    course_id: uuid.UUID
    course_title: str
    start_date: date | None
    centre: str
    attended: bool
    certificate_issued: bool


@dataclass(frozen=True)
class CityDetail:
    id: uuid.UUID
    name: str
    local_name: str
    country: str
    region: str
    status: str
    member_since: int | None
    category: str
    population: int | None
    lead_organisation_id: uuid.UUID | None
    lead_organisation: str
    notes: str
    history: tuple[StatusChange, ...]
    focal_points: tuple[FocalPointRow, ...]
    fees: tuple[Fee, ...]
    contacts: tuple[CityContact, ...]
    meetings: tuple[CityMeeting, ...]
    trainees: tuple[CityTrainee, ...]

    @property
    def next_statuses(self) -> tuple[str, ...]:
        """The statuses this city may change to now, in the vocabulary's order."""
        allowed = TRANSITIONS.get(self.status, frozenset())
        return tuple(s.value for s in MembershipStatus if s.value in allowed)


def person_name(c: Contact) -> str:
    return c.display_name


class CityReads:
    """`Services.cities`' reads of one city and of the names the views offer."""

    db: Database

    def detail(self, city_id: uuid.UUID, today: date | None = None) -> CityDetail:
        today = today or date.today()
        with self.db.read() as s:
            c = live_city(s, city_id)
            history = tuple(
                StatusChange(h.id, h.status, h.changed_on, h.note)
                for h in sorted(c.status_history, key=lambda h: (h.changed_on, h.created_at))
                if h.deleted_at is None
            )
            focal = tuple(
                FocalPointRow(
                    f.id, f.contact_id, person_name(f.contact), f.role, f.start_date, f.end_date
                )
                for f in c.focal_points
                if f.deleted_at is None and f.contact.deleted_at is None
            )
            fees = tuple(fee_row(f, today) for f in c.fees if f.deleted_at is None)
            contacts = self._contacts(s, c, focal)
            meetings = self._meetings(s, c)
            trainees = self._trainees(s, [cc.contact_id for cc in contacts])
            lead = c.lead_organisation
            return CityDetail(
                c.id,
                c.name,
                c.local_name,
                c.country,
                c.region,
                c.status,
                c.member_since,
                c.category,
                c.population,
                c.lead_organisation_id,
                lead.name if lead is not None and lead.deleted_at is None else "",
                c.notes,
                history,
                focal,
                fees,
                contacts,
                meetings,
                trainees,
            )

    def _meetings(self, s: Session, c: MemberCity) -> tuple[CityMeeting, ...]:
        """The meetings linked to the city, newest first."""
        return tuple(
            CityMeeting(m.id, m.title, m.starts_at)
            for m in s.scalars(
                select(Meeting)
                .join(MeetingCity, MeetingCity.meeting_id == Meeting.id)
                .where(
                    MeetingCity.city_id == c.id,
                    MeetingCity.deleted_at.is_(None),
                    Meeting.deleted_at.is_(None),
                )
                .order_by(Meeting.starts_at.desc())
            )
        )

    def _contacts(
        self, s: Session, c: MemberCity, focal: tuple[FocalPointRow, ...]
    ) -> tuple[CityContact, ...]:
        """Focal points first, then the people currently working at the lead organisation."""
        out: dict[uuid.UUID, CityContact] = {}
        for f in focal:
            if f.end_date is None or f.end_date >= date.today():
                out.setdefault(f.contact_id, CityContact(f.contact_id, f.contact_name, f.role))
        if c.lead_organisation_id is not None:
            rows = s.execute(
                select(Contact, Affiliation.role)
                .join(Affiliation, Affiliation.contact_id == Contact.id)
                .where(
                    Affiliation.organisation_id == c.lead_organisation_id,
                    Affiliation.deleted_at.is_(None),
                    Affiliation.end_date.is_(None),
                    Contact.deleted_at.is_(None),
                )
                .order_by(Contact.sort_key)
            )
            for contact, role in rows:
                out.setdefault(
                    contact.id,
                    CityContact(contact.id, person_name(contact), role or contact.job_title),
                )
        return tuple(out.values())

    def _trainees(self, s: Session, contact_ids: list[uuid.UUID]) -> tuple[CityTrainee, ...]:
        if not contact_ids:
            return ()
        rows = s.execute(
            select(CourseParticipant, Course, Contact, TrainingCentre.name)
            .join(Course, Course.id == CourseParticipant.course_id)
            .join(Contact, Contact.id == CourseParticipant.contact_id)
            .outerjoin(TrainingCentre, TrainingCentre.id == Course.centre_id)
            .where(
                CourseParticipant.contact_id.in_(contact_ids),
                CourseParticipant.deleted_at.is_(None),
                Course.deleted_at.is_(None),
            )
            .order_by(Course.start_date.desc())
        )
        return tuple(
            CityTrainee(
                p.id,
                contact.id,
                person_name(contact),
                course.id,
                course.title,
                course.start_date,
                centre or "",
                p.attended,
                p.certificate_issued,
            )
            for p, course, contact, centre in rows
        )

    def categories(self) -> list[str]:
        """The categories in use, for the list's filter."""
        with self.db.read() as s:
            return sorted(
                c
                for c in s.scalars(
                    select(MemberCity.category)
                    .where(MemberCity.deleted_at.is_(None), MemberCity.category != "")
                    .distinct()
                )
            )

    def city_names(self, query: str = "", limit: int = 20) -> list[tuple[uuid.UUID, str]]:
        with self.db.read() as s:
            stmt = select(MemberCity.id, MemberCity.name).where(MemberCity.deleted_at.is_(None))
            if query.strip():
                like = f"%{query.strip()}%"
                stmt = stmt.where(
                    or_(MemberCity.name.ilike(like), MemberCity.local_name.ilike(like))
                )
            return [(r[0], r[1]) for r in s.execute(stmt.order_by(MemberCity.name).limit(limit))]
