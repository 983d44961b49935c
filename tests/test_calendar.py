"""Meetings to .ics, read back with icalendar."""

from __future__ import annotations

from datetime import date, datetime

import icalendar
import pytest

from metrodesk.services.errors import ValidationError
from metrodesk.services.lists.source import ListQuery


def _meeting_ids(svc):
    return svc.list_source("meeting").page_ids(ListQuery(), 0, 100)


def test_both_seed_meetings_in_one_calendar_file(sample_services, tmp_path):
    svc = sample_services
    path = svc.calendar.write(_meeting_ids(svc), tmp_path / "meetings.ics")
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = {str(e["summary"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 2
    strategic = next(e for s, e in events.items() if s.startswith("Strategic meeting"))
    # a two-day meeting keeps both ends
    assert strategic.decoded("dtstart") == datetime(2019, 11, 26, 9, 0)
    assert strategic.decoded("dtend") == datetime(2019, 11, 27, 17, 0)
    assert "Barcelona" in str(strategic["location"])
    assert "Rehana" in str(strategic["description"])
    seoul = next(e for s, e in events.items() if "Seoul" in s)
    # no end: an hour by default
    assert seoul.decoded("dtend") == datetime(2016, 11, 4, 11, 0)
    assert all(str(e["uid"]).endswith("@metrodesk") for e in events.values())


def test_a_day_without_times_is_an_all_day_event(services):
    mid = services.meetings.save(
        None, {"title": "Assembly", "starts_at": "2026-05-04", "ends_at": "2026-05-06"}
    )
    cal = icalendar.Calendar.from_ical(services.calendar.ics([mid]))
    (event,) = cal.walk("VEVENT")
    assert event.decoded("dtstart") == date(2026, 5, 4)
    assert event.decoded("dtend") == date(2026, 5, 7)


def test_no_meeting_chosen_is_refused(services):
    with pytest.raises(ValidationError):
        services.calendar.ics([])
