"""The training network: institute headquarters, satellites, programmes, courses, participants."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from metrodesk.data.base import Record, long_text
from metrodesk.data.enums import CourseMode, ProgrammeKind, RegistrationStatus
from metrodesk.data.people import Contact, Organisation


class TrainingCentre(Record):
    """The institute's headquarters (Seoul) or one of its satellites."""

    __tablename__ = "training_centre"
    kind = "training_centre"

    name: Mapped[str] = mapped_column(index=True)
    role: Mapped[str] = mapped_column(default="satellite")
    host_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), default=None
    )
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    status: Mapped[str] = mapped_column(default="active")
    notes: Mapped[str] = long_text()

    host_organisation: Mapped[Organisation | None] = relationship()
    contacts: Mapped[list[CentreContact]] = relationship(back_populates="centre")

    def search_document(self) -> tuple[str, str]:
        return self.name, " ".join([self.name, self.city, self.country, self.role])


class CentreContact(Record):
    __tablename__ = "centre_contact"
    kind = "centre_contact"

    centre_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("training_centre.id"), index=True)
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[str] = mapped_column(default="")

    centre: Mapped[TrainingCentre] = relationship(back_populates="contacts")
    contact: Mapped[Contact] = relationship()


class Programme(Record):
    """A training programme, or an initiative, platform, community or action plan."""

    __tablename__ = "programme"
    kind = "programme"

    name: Mapped[str] = mapped_column(index=True)
    programme_kind: Mapped[str] = mapped_column(default=ProgrammeKind.INITIATIVE.value)
    start_year: Mapped[int | None] = mapped_column(default=None)
    end_year: Mapped[int | None] = mapped_column(default=None)
    lead_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), default=None
    )
    description: Mapped[str] = long_text()

    lead_organisation: Mapped[Organisation | None] = relationship()

    def search_document(self) -> tuple[str, str]:
        return self.name, " ".join([self.name, self.programme_kind, self.description])


class Course(Record):
    """One course or session of training, held at a centre on given dates."""

    __tablename__ = "course"
    kind = "course"

    title: Mapped[str] = mapped_column()
    programme_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("programme.id"), default=None, index=True
    )
    centre_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("training_centre.id"), default=None, index=True
    )
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    language: Mapped[str] = mapped_column(default="en")
    mode: Mapped[str] = mapped_column(default=CourseMode.IN_PERSON.value)
    capacity: Mapped[int | None] = mapped_column(default=None)

    centre: Mapped[TrainingCentre | None] = relationship()
    programme: Mapped[Programme | None] = relationship()
    participants: Mapped[list[CourseParticipant]] = relationship(back_populates="course")

    def search_document(self) -> tuple[str, str]:
        return self.title, self.title


class CourseParticipant(Record):
    __tablename__ = "course_participant"
    kind = "course_participant"

    course_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("course.id"), index=True)
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    registration: Mapped[str] = mapped_column(default=RegistrationStatus.REGISTERED.value)
    attended: Mapped[bool] = mapped_column(default=False)
    certificate_issued: Mapped[bool] = mapped_column(default=False)

    course: Mapped[Course] = relationship(back_populates="participants")
    contact: Mapped[Contact] = relationship()
