"""Events, meetings (with everything they link to) and action items."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from html.parser import HTMLParser

from sqlalchemy import ForeignKey, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from metrodesk.data.base import Record, long_text
from metrodesk.data.cities import MemberCity
from metrodesk.data.enums import ActionStatus, MeetingKind
from metrodesk.data.people import Contact, Organisation
from metrodesk.data.training import Programme


class Event(Record):
    """A dated gathering meetings belong to, e.g. the 13th Metropolis World Congress."""

    __tablename__ = "event"
    kind = "event"

    name: Mapped[str] = mapped_column(index=True)
    event_kind: Mapped[str] = mapped_column(default="congress")
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    venue: Mapped[str] = mapped_column(default="")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)
    notes: Mapped[str] = long_text()

    def search_document(self) -> tuple[str, str]:
        return self.name, " ".join([self.name, self.city, self.venue, self.event_kind])


class _TextOnly(HTMLParser):
    """The words of an HTML fragment, without markup, scripts or styles."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head") and self._skip:
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def html_text(html: str | None) -> str:
    """Plain text of rich notes, for the search index."""
    if not html:
        return ""
    parser = _TextOnly()
    parser.feed(html)
    parser.close()
    return " ".join(" ".join(parser.parts).split())


class Meeting(Record):
    __tablename__ = "meeting"
    kind = "meeting"

    title: Mapped[str] = mapped_column()
    meeting_kind: Mapped[str] = mapped_column(default=MeetingKind.OTHER.value)
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime | None] = mapped_column(default=None)
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(default="")
    venue: Mapped[str] = mapped_column(default="")
    organiser_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), default=None
    )
    facilitator_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact.id"), default=None)
    other_attendees: Mapped[int] = mapped_column(default=0)
    agenda: Mapped[str] = long_text()
    #: rich text as Qt's HTML subset; the search index keeps its plain text
    notes_html: Mapped[str] = long_text()
    tags: Mapped[list[str]] = mapped_column(default=list)
    #: the calendar event it came from (UID, "#" and the original start for an occurrence of
    #: a series): a calendar imported again updates its meetings instead of adding them
    external_uid: Mapped[str | None] = mapped_column(default=None, index=True)
    #: the IANA zone of `starts_at` and `ends_at` ("Asia/Seoul"); "" for floating local times
    time_zone: Mapped[str] = mapped_column(default="", server_default="")

    organiser: Mapped[Organisation | None] = relationship()
    facilitator: Mapped[Contact | None] = relationship()
    participants: Mapped[list[MeetingParticipant]] = relationship(back_populates="meeting")
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="meeting", order_by="Decision.position"
    )
    quotes: Mapped[list[Quote]] = relationship(back_populates="meeting")

    def search_document(self) -> tuple[str, str]:
        words = [self.title, self.city, self.venue, self.agenda, html_text(self.notes_html)]
        return self.title, " ".join(words + list(self.tags or []))


class MeetingParticipant(Record):
    __tablename__ = "meeting_participant"
    kind = "meeting_participant"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[str] = mapped_column(default="participant")

    meeting: Mapped[Meeting] = relationship(back_populates="participants")
    contact: Mapped[Contact] = relationship()


class MeetingCity(Record):
    __tablename__ = "meeting_city"
    kind = "meeting_city"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    city_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member_city.id"), index=True)

    meeting: Mapped[Meeting] = relationship()
    city: Mapped[MemberCity] = relationship()


class MeetingOrganisation(Record):
    __tablename__ = "meeting_organisation"
    kind = "meeting_organisation"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)

    meeting: Mapped[Meeting] = relationship()
    organisation: Mapped[Organisation] = relationship()


class MeetingEvent(Record):
    __tablename__ = "meeting_event"
    kind = "meeting_event"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    event_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("event.id"), index=True)

    meeting: Mapped[Meeting] = relationship()
    event: Mapped[Event] = relationship()


class MeetingProgramme(Record):
    __tablename__ = "meeting_programme"
    kind = "meeting_programme"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    programme_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("programme.id"), index=True)

    meeting: Mapped[Meeting] = relationship()
    programme: Mapped[Programme] = relationship()


class Decision(Record):
    __tablename__ = "decision"
    kind = "decision"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(default=0)

    meeting: Mapped[Meeting] = relationship(back_populates="decisions")


class Quote(Record):
    __tablename__ = "quote"
    kind = "quote"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    contact_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("contact.id"), default=None)
    text: Mapped[str] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="quotes")
    contact: Mapped[Contact | None] = relationship()


class Attachment(Record):
    """A file kept beside the database; the checksum proves it is the one that was attached."""

    __tablename__ = "attachment"
    kind = "attachment"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    filename: Mapped[str] = mapped_column()
    size: Mapped[int] = mapped_column()
    sha256: Mapped[str] = mapped_column()

    meeting: Mapped[Meeting] = relationship()


class ActionItem(Record):
    __tablename__ = "action_item"
    kind = "action_item"

    description: Mapped[str] = mapped_column(Text)
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("meeting.id"), default=None, index=True
    )
    owner_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("contact.id"), default=None, index=True
    )
    due_on: Mapped[date | None] = mapped_column(default=None, index=True)
    status: Mapped[str] = mapped_column(default=ActionStatus.OPEN.value, index=True)
    done_on: Mapped[date | None] = mapped_column(default=None)

    meeting: Mapped[Meeting | None] = relationship()
    owner: Mapped[Contact | None] = relationship()

    def search_document(self) -> tuple[str, str]:
        return self.description[:120], self.description
