"""Meetings as iCalendar (.ics) events, one meeting or several in one file."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from metrodesk.data.base import utcnow
from metrodesk.data.files import write_private
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import ValidationError
from metrodesk.services.meetings.meeting import MeetingMinutes, Meetings, notes_text

# icalendar is imported when a calendar is written: not a cost of every app start
if TYPE_CHECKING:
    from icalendar import Event as IEvent

PRODID = "-//Metropolis//MetroDesk//EN"
#: a meeting with a start time but no end lasts this long in calendars
DEFAULT_LENGTH = timedelta(hours=1)


def _is_midnight(moment: datetime) -> bool:
    return (moment.hour, moment.minute, moment.second) == (0, 0, 0)


def meeting_event(m: MeetingMinutes, stamp: datetime | None = None) -> IEvent:
    """One VEVENT. Times are floating (the meeting's local time, as stored); a meeting with no
    time of day is an all-day event, over several days when it has an end date."""
    from icalendar import Event as IEvent

    ev = IEvent()
    ev.add("uid", f"{m.id}@metrodesk")
    ev.add("dtstamp", stamp or utcnow())
    ev.add("summary", m.title)
    start, end = m.starts_at, m.ends_at
    if _is_midnight(start) and (end is None or _is_midnight(end)):
        last = (end or start).date()
        ev.add("dtstart", start.date())
        ev.add("dtend", last + timedelta(days=1))
    else:
        ev.add("dtstart", start)
        ev.add("dtend", end if end is not None and end > start else start + DEFAULT_LENGTH)
    if m.place:
        ev.add("location", m.place)
    if m.kind:
        ev.add("categories", [m.kind, *m.tags])
    lines = []
    if m.parts.participants:
        people = [
            f"- {p.name} ({p.role})" if p.role else f"- {p.name}" for p in m.parts.participants
        ]
        lines += ["Participants:", *people, ""]
    if m.agenda.strip():
        lines += ["Agenda:", m.agenda.strip(), ""]
    notes = notes_text(m.notes_html)
    if notes:
        lines += [notes, ""]
    if m.parts.decisions:
        lines += ["Decisions:", *(f"- {d}" for d in m.parts.decisions)]
    if lines:
        ev.add("description", "\n".join(lines).strip())
    return ev


def to_ics(meetings: Sequence[MeetingMinutes]) -> bytes:
    from icalendar import Calendar as ICalendar

    cal = ICalendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    stamp = utcnow()
    for m in meetings:
        cal.add_component(meeting_event(m, stamp))
    return bytes(cal.to_ical())


class CalendarExport:
    def __init__(self, meetings: Meetings) -> None:
        self.meetings = meetings

    def ics(self, meeting_ids: Sequence[uuid.UUID]) -> bytes:
        if not meeting_ids:
            raise ValidationError(QT_TR_NOOP("Meetings"), tr("choose at least one meeting"))
        return to_ics([self.meetings.minutes(i) for i in meeting_ids])

    def write(self, meeting_ids: Sequence[uuid.UUID], path: Path | str) -> Path:
        """Write the meetings to an .ics file (replaced whole, never half-written)."""
        path = Path(path)
        data = self.ics(meeting_ids)
        write_private(path, data)
        return path
