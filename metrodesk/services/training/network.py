"""The training network: the institute's headquarters and satellites, their sessions (courses)
and participants. Every write is one user action (one undo step)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.base import utcnow
from metrodesk.data.database import Database
from metrodesk.data.enums import RegistrationStatus
from metrodesk.data.models import (
    CentreContact,
    Contact,
    Course,
    CourseParticipant,
    Programme,
    TrainingCentre,
)
from metrodesk.i18n import QT_TR_NOOP, tr, translated
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.records.crud import Records, clean

REGISTRATIONS: tuple[str, ...] = tuple(r.value for r in RegistrationStatus)


@dataclass(frozen=True)
class CentreContactRow:
    id: uuid.UUID
    contact_id: uuid.UUID
    name: str
    role: str


@dataclass(frozen=True)
class SessionRow:
    id: uuid.UUID
    title: str
    programme_id: uuid.UUID | None
    programme: str
    centre_id: uuid.UUID | None
    centre: str
    start_date: date | None
    end_date: date | None
    language: str
    mode: str
    capacity: int | None
    participants: int

    @property
    def year(self) -> int | None:
        return self.start_date.year if self.start_date is not None else None


@dataclass(frozen=True)
class YearFigures:
    #: None for sessions without a start date
    year: int | None
    sessions: int
    participants: int
    attended: int
    certificates: int


@dataclass(frozen=True)
class CentreDetail:
    id: uuid.UUID
    name: str
    role: str
    city: str
    country: str
    status: str
    host_organisation_id: uuid.UUID | None
    host: str
    notes: str
    contacts: tuple[CentreContactRow, ...]
    sessions: tuple[SessionRow, ...]
    years: tuple[YearFigures, ...]


@dataclass(frozen=True)
class CentreSummary:
    id: uuid.UUID
    name: str
    role: str
    city: str
    host: str
    status: str


@dataclass(frozen=True)
class ParticipantRow:
    id: uuid.UUID
    contact_id: uuid.UUID
    name: str
    registration: str
    attended: bool
    certificate_issued: bool


@dataclass(frozen=True)
class SessionDetail:
    session: SessionRow
    participants: tuple[ParticipantRow, ...]


@dataclass(frozen=True)
class NewParticipant:
    """Who to add to a session: an existing contact by id, or a new person by name (and
    optionally e-mail), who becomes a contact in the same action."""

    contact_id: uuid.UUID | None = None
    given_name: str = ""
    family_name: str = ""
    email: str = ""
    registration: str = RegistrationStatus.REGISTERED.value
    attended: bool = False
    certificate_issued: bool = False


@dataclass(frozen=True)
class ContactTraining:
    participant_id: uuid.UUID
    course_id: uuid.UUID
    title: str
    centre: str
    start_date: date | None
    end_date: date | None
    registration: str
    attended: bool
    certificate_issued: bool


def _session_row(c: Course, participants: int) -> SessionRow:
    return SessionRow(
        c.id,
        c.title,
        c.programme_id,
        c.programme.name if c.programme is not None else "",
        c.centre_id,
        c.centre.name if c.centre is not None else "",
        c.start_date,
        c.end_date,
        c.language,
        c.mode,
        c.capacity,
        participants,
    )


def _check_session(values: Mapping[str, Any]) -> None:
    start, end = values.get("start_date"), values.get("end_date")
    if start is not None and end is not None and end < start:
        raise ValidationError(QT_TR_NOOP("Ends"), tr("is before the start"))


def _check_flags(registration: str, attended: bool, certificate: bool) -> None:
    if registration not in REGISTRATIONS:
        raise ValidationError(
            QT_TR_NOOP("Registration"),
            tr("must be one of: {choices}").format(
                choices=", ".join(translated(r) for r in REGISTRATIONS)
            ),
        )
    if attended and registration != RegistrationStatus.REGISTERED.value:
        raise ValidationError(
            QT_TR_NOOP("Attended"),
            tr("a participant whose registration is {registration} cannot have attended").format(
                registration=translated(registration)
            ),
        )
    if certificate and not attended:
        raise ValidationError(
            QT_TR_NOOP("Certificate"), tr("is only issued to participants who attended")
        )


def _check_room(s: Session, course: Course) -> None:
    """A session with a capacity takes no more registered participants than it has places."""
    if course.capacity is None:
        return
    registered = s.scalar(
        select(func.count()).where(
            CourseParticipant.course_id == course.id,
            CourseParticipant.deleted_at.is_(None),
            CourseParticipant.registration == "registered",
        )
    )
    if (registered or 0) >= course.capacity:
        raise ValidationError(
            QT_TR_NOOP("Participant"),
            tr("the session is full ({capacity} places): add as waitlisted").format(
                capacity=course.capacity
            ),
        )


def _live_course(s: Session, course_id: uuid.UUID) -> Course:
    course = s.get(Course, course_id)
    if course is None or course.deleted_at is not None:
        raise NotFound("course", course_id)
    return course


def _live_participant(s: Session, pid: uuid.UUID) -> CourseParticipant:
    p = s.get(CourseParticipant, pid)
    if p is None or p.deleted_at is not None:
        raise NotFound("course_participant", pid)
    return p


class Training:
    """What the training views and reports ask; ids and frozen dataclasses in and out."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._records = Records(db)

    # --- centres ----------------------------------------------------------------------------

    def centres(self) -> list[CentreSummary]:
        """Headquarters first, then the satellites by name."""
        with self.db.read() as s:
            rows = s.scalars(
                select(TrainingCentre)
                .where(TrainingCentre.deleted_at.is_(None))
                .order_by(TrainingCentre.role, TrainingCentre.name)
            )
            return [
                CentreSummary(
                    c.id,
                    c.name,
                    c.role,
                    c.city,
                    c.host_organisation.name if c.host_organisation is not None else "",
                    c.status,
                )
                for c in rows
            ]

    def centre(self, centre_id: uuid.UUID) -> CentreDetail:
        """A centre with its contacts, its sessions (newest first) and figures per year."""
        with self.db.read() as s:
            c = s.get(TrainingCentre, centre_id)
            if c is None or c.deleted_at is not None:
                raise NotFound("training_centre", centre_id)
            contacts = tuple(
                CentreContactRow(cc.id, cc.contact_id, cc.contact.display_name, cc.role)
                for cc in c.contacts
                if cc.deleted_at is None and cc.contact.deleted_at is None
            )
            sessions = self._sessions(s, Course.centre_id == c.id)
            years = self._years(s, [r.id for r in sessions], sessions)
            host = c.host_organisation
            return CentreDetail(
                c.id,
                c.name,
                c.role,
                c.city,
                c.country,
                c.status,
                c.host_organisation_id,
                host.name if host is not None else "",
                c.notes,
                contacts,
                sessions,
                years,
            )

    def _sessions(self, s: Session, where: Any) -> tuple[SessionRow, ...]:
        counts = (
            select(func.count())
            .where(
                CourseParticipant.course_id == Course.id,
                CourseParticipant.deleted_at.is_(None),
                CourseParticipant.registration != RegistrationStatus.CANCELLED.value,
            )
            .scalar_subquery()
        )
        rows = s.execute(
            select(Course, counts)
            .where(where, Course.deleted_at.is_(None))
            .order_by(Course.start_date.desc(), Course.title)
        )
        return tuple(_session_row(c, n) for c, n in rows)

    def _years(
        self, s: Session, course_ids: list[uuid.UUID], sessions: Iterable[SessionRow]
    ) -> tuple[YearFigures, ...]:
        year_of = {r.id: r.year for r in sessions}
        figures: dict[int | None, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
        for year in year_of.values():
            figures[year][0] += 1
        if course_ids:
            for p in s.scalars(
                select(CourseParticipant).where(
                    CourseParticipant.course_id.in_(course_ids),
                    CourseParticipant.deleted_at.is_(None),
                    CourseParticipant.registration != RegistrationStatus.CANCELLED.value,
                )
            ):
                f = figures[year_of[p.course_id]]
                f[1] += 1
                f[2] += int(p.attended)
                f[3] += int(p.certificate_issued)
        order = sorted(figures, key=lambda y: (y is None, -(y or 0)))
        return tuple(YearFigures(y, *figures[y]) for y in order)

    def add_centre_contact(
        self, centre_id: uuid.UUID, contact_id: uuid.UUID, role: str
    ) -> uuid.UUID:
        with self.db.action(QT_TR_NOOP("Add centre contact")) as s:
            centre = s.get(TrainingCentre, centre_id)
            if centre is None or centre.deleted_at is not None:
                raise NotFound("training_centre", centre_id)
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationError(QT_TR_NOOP("Contact"), tr("pick an existing contact"))
            cc = CentreContact(centre_id=centre.id, contact_id=contact.id, role=role.strip())
            s.add(cc)
            s.flush()
            return cc.id

    def remove_centre_contact(self, centre_contact_id: uuid.UUID) -> None:
        with self.db.action(QT_TR_NOOP("Remove centre contact")) as s:
            cc = s.get(CentreContact, centre_contact_id)
            if cc is None or cc.deleted_at is not None:
                raise NotFound("centre_contact", centre_contact_id)
            cc.deleted_at = utcnow()

    def programmes(self) -> list[tuple[uuid.UUID, str]]:
        with self.db.read() as s:
            rows = s.execute(
                select(Programme.id, Programme.name)
                .where(Programme.deleted_at.is_(None))
                .order_by(Programme.name)
            )
            return [(r[0], r[1]) for r in rows]

    # --- sessions ---------------------------------------------------------------------------

    def session(self, course_id: uuid.UUID) -> SessionDetail:
        with self.db.read() as s:
            course = _live_course(s, course_id)
            participants = tuple(
                ParticipantRow(
                    p.id,
                    p.contact_id,
                    p.contact.display_name,
                    p.registration,
                    p.attended,
                    p.certificate_issued,
                )
                for p in sorted(course.participants, key=lambda p: p.contact.sort_key)
                if p.deleted_at is None and p.contact.deleted_at is None
            )
            live = sum(1 for p in participants if p.registration != "cancelled")
            return SessionDetail(_session_row(course, live), participants)

    def sessions(self, centre_id: uuid.UUID | None = None) -> tuple[SessionRow, ...]:
        with self.db.read() as s:
            where = (
                Course.centre_id == centre_id if centre_id is not None else Course.id.is_not(None)
            )
            return self._sessions(s, where)

    def create_session(
        self, values: Mapping[str, Any], participants: Iterable[NewParticipant] = ()
    ) -> uuid.UUID:
        """A new session (the `course` form's fields; its centre is required) with its first
        participants, new people among them becoming contacts: all one action."""
        data = clean("course", values)
        if data.get("centre_id") is None:
            raise ValidationError(QT_TR_NOOP("Centre"), tr("is required"))
        _check_session(data)
        people = list(participants)
        with self.db.action(QT_TR_NOOP("New training session")) as s:
            centre = s.get(TrainingCentre, data["centre_id"])
            if centre is None or centre.deleted_at is not None:
                raise ValidationError(QT_TR_NOOP("Centre"), tr("pick one of the training centres"))
            course = Course(**data)
            s.add(course)
            s.flush()
            for person in people:
                self._add(s, course, person)
            return course.id

    # --- participants -----------------------------------------------------------------------

    def add_participant(self, course_id: uuid.UUID, person: NewParticipant) -> uuid.UUID:
        """Adds an existing contact, or creates the contact first (same action)."""
        with self.db.action(QT_TR_NOOP("Add participant")) as s:
            return self._add(s, _live_course(s, course_id), person)

    def _add(self, s: Session, course: Course, person: NewParticipant) -> uuid.UUID:
        _check_flags(person.registration, person.attended, person.certificate_issued)
        if person.contact_id is not None:
            contact = s.get(Contact, person.contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationError(QT_TR_NOOP("Participant"), tr("pick an existing contact"))
            taken = s.scalar(
                select(CourseParticipant.id).where(
                    CourseParticipant.course_id == course.id,
                    CourseParticipant.contact_id == contact.id,
                    CourseParticipant.deleted_at.is_(None),
                )
            )
            if taken is not None:
                raise ValidationError(
                    QT_TR_NOOP("Participant"),
                    tr("{display_name} is already in this session").format(
                        display_name=contact.display_name
                    ),
                )
        else:
            data = clean(
                "contact",
                {
                    "given_name": person.given_name,
                    "family_name": person.family_name,
                    "email": person.email,
                },
            )
            contact = Contact()
            self._records.apply(s, contact, data)
            s.add(contact)
            s.flush()
        if person.registration == "registered":
            _check_room(s, course)
        p = CourseParticipant(
            course_id=course.id,
            contact_id=contact.id,
            registration=person.registration,
            attended=person.attended,
            certificate_issued=person.certificate_issued,
        )
        s.add(p)
        s.flush()
        return p.id

    def update_participant(
        self,
        participant_id: uuid.UUID,
        registration: str | None = None,
        attended: bool | None = None,
        certificate_issued: bool | None = None,
    ) -> None:
        with self.db.action(QT_TR_NOOP("Edit participant")) as s:
            p = _live_participant(s, participant_id)
            reg = p.registration if registration is None else registration
            att = p.attended if attended is None else attended
            cert = p.certificate_issued if certificate_issued is None else certificate_issued
            _check_flags(reg, att, cert)
            p.registration, p.attended, p.certificate_issued = reg, att, cert

    def remove_participant(self, participant_id: uuid.UUID) -> None:
        with self.db.action(QT_TR_NOOP("Remove participant")) as s:
            _live_participant(s, participant_id).deleted_at = utcnow()

    def contact_trainings(self, contact_id: uuid.UUID) -> tuple[ContactTraining, ...]:
        """The sessions a person took part in (or is registered for), newest first."""
        with self.db.read() as s:
            rows = s.execute(
                select(CourseParticipant, Course)
                .join(Course, Course.id == CourseParticipant.course_id)
                .where(
                    CourseParticipant.contact_id == contact_id,
                    CourseParticipant.deleted_at.is_(None),
                    Course.deleted_at.is_(None),
                )
                .order_by(Course.start_date.desc())
            )
            return tuple(
                ContactTraining(
                    p.id,
                    c.id,
                    c.title,
                    c.centre.name if c.centre is not None else "",
                    c.start_date,
                    c.end_date,
                    p.registration,
                    p.attended,
                    p.certificate_issued,
                )
                for p, c in rows
            )
