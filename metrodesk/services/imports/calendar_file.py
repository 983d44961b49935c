"""Calendars (.ics as Outlook, Google Calendar and Thunderbird export them) as the events
that become meetings.

Parsing is icalendar's; Google's X-WR-TIMEZONE is made standard by `x-wr-timezone`, and
recurring events are expanded by `recurring-ical-events` within the range the user chose
(moved and cancelled occurrences included). Each event keeps what identifies it again: its
UID, and for an occurrence of a series the start it was scheduled for (RECURRENCE-ID), so
that the same calendar imported next month updates its meetings instead of adding them twice.

Times stay in the event's own time zone, as a meeting's local time (a 10:00 meeting in
Mexico City is at 10:00, whatever the zone of the laptop that imports it), with the zone's
name kept beside them; times written in UTC (Google writes many so) are shown in the
calendar's own zone when it names one, else in the zone of this computer.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from html import escape
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError

#: the most events a calendar may bring (a busy person's ten years of meetings is some 20,000)
MAX_EVENTS = 50_000
#: the most occurrences one series may have within the range (a daily meeting for two years
#: has 730); more means a range far wider than meant, or a file built to harm
MAX_OCCURRENCES = 1000
#: attendees that are rooms or equipment, not people
_NOT_PEOPLE = {"ROOM", "RESOURCE"}
_ROLES = {"CHAIR": "chair", "OPT-PARTICIPANT": "optional", "NON-PARTICIPANT": "informed"}
NO_TITLE = "(no title)"


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str
    #: "organiser", "chair", "participant", "optional" or "informed"
    role: str


@dataclass(frozen=True)
class CalendarEvent:
    #: the event's place in the file (1 for the first VEVENT), for the preview's "row"
    number: int
    #: what identifies the event, and the occurrence of a series, in every later export
    key: str
    title: str
    starts_at: datetime
    ends_at: datetime | None
    #: the IANA zone of the times ("Europe/Paris"); "" for floating times and all-day events
    time_zone: str
    all_day: bool
    place: str
    notes: str
    organiser: Attendee | None
    attendees: tuple[Attendee, ...]
    tags: tuple[str, ...] = ()
    recurring: bool = False


@dataclass(frozen=True)
class BadEvent:
    """An event that cannot become a meeting, and why: it is listed as rejected."""

    number: int
    title: str
    reason: str


@dataclass
class CalendarRead:
    events: list[CalendarEvent] = field(default_factory=list)
    problems: list[BadEvent] = field(default_factory=list)
    #: what was read but not imported (cancelled events, series outside the range ...)
    notes: list[str] = field(default_factory=list)
    #: the range recurring series were expanded in (first day, day after the last)
    start: date | None = None
    end: date | None = None


def default_range(today: date | None = None) -> tuple[date, date]:
    """A year back and a year ahead: the history a person moves in with, and what is
    already planned."""
    today = today or date.today()
    return today.replace(year=today.year - 1), today.replace(year=today.year + 1)


def read_calendar(
    name: str,
    text: str,
    start: date,
    end: date,
    local_zone: tzinfo | None = None,
) -> CalendarRead:
    """The events of a calendar; recurring ones expanded between `start` (included) and
    `end` (excluded). ServiceError for a file that is no calendar."""
    import icalendar
    import x_wr_timezone

    if end <= start:
        raise ServiceError(tr("the range for recurring events ends before it starts"))
    try:
        calendars = icalendar.Calendar.from_ical(text, multiple=True)
        if not all(isinstance(c, icalendar.Calendar) for c in calendars):
            raise ValueError("not a VCALENDAR")
        calendars = [x_wr_timezone.to_standard(c) for c in calendars]
    except Exception as exc:  # icalendar raises ValueError, IndexError ... on damaged input
        raise ServiceError(
            tr("{name} is not a calendar (.ics), or it is damaged").format(name=name)
        ) from exc
    if not calendars or not any(c.walk("VEVENT") for c in calendars):
        raise ServiceError(
            tr("{name} holds no events (an event starts with BEGIN:VEVENT)").format(name=name)
        )
    out = CalendarRead(start=start, end=end)
    zone = local_zone or local_time_zone()
    for calendar in calendars:
        _read_one(name, calendar, start, end, zone, out)
    out.events.sort(key=lambda e: (e.starts_at, e.key))
    if len(out.events) > MAX_EVENTS:
        raise ServiceError(
            tr("{name} holds more than {limit} events in the range; choose a shorter range").format(
                name=name, limit=MAX_EVENTS
            )
        )
    return out


def _read_one(
    name: str, calendar: Any, start: date, end: date, zone: tzinfo | None, out: CalendarRead
) -> None:
    components = list(calendar.walk("VEVENT"))
    numbers = {id(c): n for n, c in enumerate(components, len(out.events) + 1)}
    series = {str(c.get("uid", "")) for c in components if c.get("rrule") or c.get("rdate")}
    cancelled = 0
    for component in components:
        uid = str(component.get("uid", ""))
        if uid in series:
            continue
        if _cancelled(component):
            cancelled += 1
            continue
        _add(out, numbers[id(component)], component, zone, recurring=False)
    outside = 0
    for uid in sorted(series):
        parts = [c for c in components if str(c.get("uid", "")) == uid]
        found = list(_occurrences(name, parts, start, end))
        if not found:
            outside += 1
        number = numbers[id(parts[0])]
        for occurrence in found:
            if _cancelled(occurrence):
                cancelled += 1
            else:
                _add(out, number, occurrence, zone, recurring=True)
    if cancelled:
        out.notes.append(tr("%n cancelled events left out", "", cancelled))
    if outside:
        out.notes.append(
            tr(
                "%n recurring series with no occurrence between {start} and {end} left out",
                "",
                outside,
            ).format(start=start.isoformat(), end=(end - timedelta(days=1)).isoformat())
        )


def _add(out: CalendarRead, number: int, c: Any, zone: tzinfo | None, recurring: bool) -> None:
    try:
        out.events.append(_event(number, c, zone, recurring))
    except _Unreadable as exc:
        out.problems.append(BadEvent(number, _text(c.get("summary")) or NO_TITLE, str(exc)))


class _Unreadable(Exception):
    """A property of an event holds no value of its type (a start that is no date)."""


def _occurrences(name: str, parts: list[Any], start: date, end: date) -> Iterator[Any]:
    """The occurrences of one series within the range, moved ones where they were moved to."""
    import icalendar
    import recurring_ical_events

    calendar = icalendar.Calendar()
    for part in parts:
        calendar.add_component(part)
    query = recurring_ical_events.of(calendar, skip_bad_series=True)
    for count, occurrence in enumerate(query.after(start), 1):
        begins = occurrence.decoded("dtstart")
        if _day(begins) >= end:
            return
        if count > MAX_OCCURRENCES:
            title = str(parts[0].get("summary", "")) or NO_TITLE
            raise ServiceError(
                tr(
                    "{name}: the series '{title}' has more than {limit} "
                    "occurrences in the range; choose a shorter range"
                ).format(name=name, title=title[:60], limit=MAX_OCCURRENCES)
            )
        yield occurrence


def _day(moment: date) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def _cancelled(component: Any) -> bool:
    return str(component.get("status", "")).upper() == "CANCELLED"


# ---------------------------------------------------------------------------------------------
# one event


def _moment(c: Any, name: str) -> date | None:
    if c.get(name) is None:
        return None
    value = c.decoded(name)
    if not isinstance(value, date):
        raise _Unreadable(
            tr("{property} '{value}' is no date or time").format(
                property=name.upper(), value=str(value)[:40]
            )
        )
    return value


def _event(number: int, c: Any, zone: tzinfo | None, recurring: bool) -> CalendarEvent:
    start = _moment(c, "dtstart")
    if start is None:
        raise _Unreadable(tr("the event has no start (DTSTART)"))
    end = _end(c, start)
    all_day = isinstance(start, date) and not isinstance(start, datetime)
    starts_at, time_zone = _local(start, zone)
    ends_at = None
    if end is not None:
        ends_at, _ = _local(_same_zone(end, start), zone)
        if all_day:
            # DTEND of an all-day event is the day after the last one
            last = ends_at - timedelta(days=1)
            ends_at = last if last > starts_at else None
    organiser = _person(c.get("organizer"), "organiser")
    attendees = tuple(
        a
        for a in (_person(p, None) for p in _as_list(c.get("attendee")))
        if a is not None and (organiser is None or a.email != organiser.email)
    )
    return CalendarEvent(
        number=number,
        key=_key(c, start),
        title=_text(c.get("summary")) or NO_TITLE,
        starts_at=starts_at,
        ends_at=ends_at,
        time_zone=time_zone,
        all_day=all_day,
        place=_text(c.get("location")),
        notes=_text(c.get("description")),
        organiser=organiser,
        attendees=attendees,
        tags=tuple(_categories(c)),
        recurring=recurring,
    )


def _end(c: Any, start: date) -> date | None:
    end = _moment(c, "dtend")
    if end is not None or c.get("duration") is None:
        return end
    length = c.decoded("duration")
    if not isinstance(length, timedelta):
        raise _Unreadable(tr("DURATION '{value}' is no duration").format(value=str(length)[:40]))
    moved: date = start + length
    return moved


def _same_zone(end: date, start: date) -> date:
    """An end in another zone than the start (Outlook writes flights so) is shown in the
    start's zone: a meeting has one local time."""
    if isinstance(end, datetime) and isinstance(start, datetime) and start.tzinfo is not None:
        return end.astimezone(start.tzinfo) if end.tzinfo is not None else end
    return end


def _local(moment: date, zone: tzinfo | None) -> tuple[datetime, str]:
    """The wall-clock time of the event's place, and the IANA name of its zone."""
    if not isinstance(moment, datetime):
        return datetime.combine(moment, datetime.min.time()), ""
    if moment.tzinfo is None:
        return moment, ""
    name = zone_name(moment)
    if name == "UTC":
        local = moment.astimezone(zone) if zone is not None else moment.astimezone()
        return local.replace(tzinfo=None), (zone_name(local) if zone is not None else "")
    return moment.replace(tzinfo=None), name


def zone_name(moment: datetime) -> str:
    """'Europe/Paris' for a time in Paris, whether the file named the zone that way, by its
    Windows name ('Romance Standard Time') or only by a VTIMEZONE definition; else the UTC
    offset ('UTC+09:00')."""
    from icalendar.timezone import tzid_from_dt
    from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

    tz = moment.tzinfo
    key = getattr(tz, "key", None)
    if isinstance(key, str):
        return key
    tzid = tzid_from_dt(moment) or ""
    if tzid in ("UTC", "Z", "Etc/UTC") or (moment.utcoffset() == timedelta(0) and not tzid):
        return "UTC"
    if tzid in WINDOWS_TO_OLSON:
        return str(WINDOWS_TO_OLSON[tzid])
    if _is_zone(tzid):
        return tzid
    offset = moment.utcoffset() or timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _is_zone(name: str) -> bool:
    if not name or "/" not in name:
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return False
    return True


def local_time_zone() -> ZoneInfo | None:
    """This computer's zone by its IANA name ($TZ, else /etc/localtime), or None."""
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        target = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in target:
            candidates.append(target.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if _is_zone(name):
            return ZoneInfo(name)
    return None


def _key(c: Any, start: date | None) -> str:
    """The event's UID, with the occurrence's original start for a part of a series."""
    uid = _text(c.get("uid"))
    if not uid:
        # no UID (hand-written files): the title and start identify it as well as anything
        seed = f"{_text(c.get('summary'))}|{start.isoformat() if start else ''}"
        uid = "no-uid-" + hashlib.sha256(seed.encode("utf-8")).hexdigest()[:24]
    if c.get("recurrence-id") is None:
        return uid
    original = c.decoded("recurrence-id")
    if isinstance(original, datetime) and original.tzinfo is not None:
        return f"{uid}#{original.astimezone(ZoneInfo('UTC')).strftime('%Y%m%dT%H%M%SZ')}"
    if isinstance(original, datetime):
        return f"{uid}#{original.strftime('%Y%m%dT%H%M%S')}"
    return f"{uid}#{original.strftime('%Y%m%d')}"


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: Any) -> str:
    return str(value).strip() if value is not None else ""


_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


def _person(prop: Any, role: str | None) -> Attendee | None:
    """An ORGANIZER or ATTENDEE as a person with an e-mail; rooms, and people who declined,
    are no participants."""
    if prop is None:
        return None
    params = getattr(prop, "params", {})
    if str(params.get("CUTYPE", "")).upper() in _NOT_PEOPLE:
        return None
    if role is None and str(params.get("PARTSTAT", "")).upper() == "DECLINED":
        return None
    address = _MAILTO.sub("", str(prop)).strip()
    name = str(params.get("CN", "")).strip().strip('"')
    if "@" not in address:
        return None
    if name.casefold() == address.casefold():
        name = ""
    chosen = role or _ROLES.get(str(params.get("ROLE", "")).upper(), "participant")
    return Attendee(address, name, chosen)


def _categories(c: Any) -> Iterable[str]:
    seen: set[str] = set()
    for prop in _as_list(c.get("categories")):
        for item in getattr(prop, "cats", None) or str(prop).split(","):
            tag = str(item).strip()
            if tag and tag.casefold() not in seen:
                seen.add(tag.casefold())
                yield tag


def notes_html(text: str) -> str:
    """A plain-text description as the meeting editor's rich text: paragraphs and lines."""
    paragraphs = re.split(r"\n\s*\n", text.replace("\r\n", "\n").strip())
    return "".join(
        "<p>" + "<br>".join(escape(line) for line in p.split("\n")) + "</p>"
        for p in paragraphs
        if p.strip()
    )


def read_calendar_file(
    path: Path, start: date, end: date, local_zone: tzinfo | None = None
) -> CalendarRead:
    from metrodesk.services.imports.text_file import read_text

    return read_calendar(path.name, read_text(path).text, start, end, local_zone)
