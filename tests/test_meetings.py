"""Meetings through the services: whole meetings saved as one action, roles, last met, notes."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, datetime

import pytest

from metrodesk.services.errors import ValidationError
from metrodesk.services.lists.source import ListQuery
from metrodesk.services.meetings.meeting import (
    ActionLine,
    MeetingFilter,
    Participant,
    QuoteLine,
    sanitise_html,
)


def _find(svc, kind: str, text: str):
    hits = svc.search.find(text, kinds=(kind,))
    assert hits, f"no {kind} for {text!r}"
    return hits[0].id


def _person(svc, given: str, family: str):
    return svc.records.create("contact", {"given_name": given, "family_name": family})


def test_seed_meetings_have_participants_places_dates_and_follow_up(sample_services):
    svc = sample_services
    seoul = svc.meetings.minutes(_find(svc, "meeting", "Seoul Metropolitan Government training"))
    assert seoul.city == "Seoul" and seoul.starts_at == datetime(2016, 11, 4, 10, 0)
    names = {p.name: p.role for p in seoul.parts.participants}
    assert names["Agnès Bickart"].startswith("Manager of international relations")
    assert "KIM Chang-Beom" in names
    assert len(seoul.parts.decisions) == 2
    assert {a.owner for a in seoul.parts.actions} == {"Agnès Bickart", "Octavi de la Varga Mas"}

    strategic = svc.meetings.minutes(_find(svc, "meeting", "Strategic meeting first steps"))
    # a two-day meeting, organised and facilitated, with 39 people in all
    assert strategic.starts_at.date() == date(2019, 11, 26)
    assert strategic.ends_at is not None and strategic.ends_at.date() == date(2019, 11, 27)
    assert strategic.facilitator and strategic.organiser
    assert len(strategic.parts.participants) + strategic.other_attendees == 39
    assert [e.label for e in strategic.parts.events] == ["13th Metropolis World Congress"]
    assert len(strategic.parts.quotes) == 2 and all(q.speaker for q in strategic.parts.quotes)


def test_a_multi_day_meeting_is_written_whole_as_one_undo_step(services):
    # given two people and a city's event
    agnes = _person(services, "Agnès", "Bickart")
    kim = _person(services, "Chang-Beom", "Kim")
    # when a three-day meeting is saved with everything it holds
    mid = services.meetings.save(
        None,
        {
            "title": "Training week",
            "meeting_kind": "workshop",
            "starts_at": "2026-03-02 09:00",
            "ends_at": "2026-03-04 17:30",
            "city": "Seoul",
            "notes_html": "<p>We <b>agreed</b> on <script>alert(1)</script>the plan</p>",
        },
        participants=[
            Participant(agnes, "Agnès Bickart", "chair"),
            Participant(kim, "KIM Chang-Beom", "host"),
            Participant(None, "Won", "speaker", given_name="Jae", family_name="Won"),
        ],
        decisions=["Run the course again", "  "],
        quotes=[QuoteLine("Capacities first.", kim)],
        actions=[ActionLine(None, "Send the report", owner_id=agnes, due_on=date(2026, 3, 20))],
    )
    minutes = services.meetings.minutes(mid)
    assert minutes.starts_at == datetime(2026, 3, 2, 9, 0)
    assert minutes.ends_at == datetime(2026, 3, 4, 17, 30)
    assert [(p.name, p.role) for p in minutes.parts.participants] == [
        ("Agnès Bickart", "chair"),
        ("Chang-Beom Kim", "host"),
        ("Jae Won", "speaker"),
    ]
    assert minutes.parts.decisions == ("Run the course again",)
    assert minutes.parts.quotes[0].speaker == "Chang-Beom Kim"
    assert minutes.parts.actions[0].owner == "Agnès Bickart"
    assert "script" not in minutes.notes_html and "<b>agreed</b>" in minutes.notes_html
    # the notes' words are searchable, their markup is not
    assert _find(services, "meeting", "agreed plan") == mid
    assert not services.search.find("script alert", kinds=("meeting",))
    # one undo removes it all (the new person too)
    assert services.history.state().undo == "New meeting"
    services.history.undo()
    assert not services.search.find("Training week", kinds=("meeting",))
    assert not services.search.find("Jae Won", kinds=("contact",))


def test_editing_roles_and_removing_people_and_decisions(services):
    a, b = _person(services, "Ann", "Alpha"), _person(services, "Ben", "Beta")
    mid = services.meetings.save(
        None,
        {"title": "Board", "starts_at": "2026-01-10 10:00"},
        participants=[Participant(a, "", "chair"), Participant(b, "", "")],
        decisions=["One", "Two"],
    )
    services.meetings.save(
        mid,
        {},
        participants=[Participant(b, "", "secretary")],
        decisions=["Two bis"],
    )
    parts = services.meetings.parts(mid)
    assert [(p.name, p.role) for p in parts.participants] == [("Ben Beta", "secretary")]
    assert parts.decisions == ("Two bis",)
    # the same person twice is refused, naming the field
    with pytest.raises(ValidationError) as err:
        services.meetings.save(mid, {}, participants=[Participant(a, "Ann"), Participant(a, "A")])
    assert err.value.field == "Participants"


def test_ends_before_start_is_refused_at_the_field(services):
    with pytest.raises(ValidationError) as err:
        services.meetings.save(
            None, {"title": "x", "starts_at": "2026-01-10 10:00", "ends_at": "2026-01-09 10:00"}
        )
    assert err.value.field == "Ends"


def test_last_met_is_derived_from_meetings_attended(services):
    ann = _person(services, "Ann", "Alpha")
    assert services.meetings.for_contact(ann).last_met is None
    for when in ("2024-05-01 10:00", "2025-02-03 09:00"):
        services.meetings.save(
            None, {"title": f"M {when}", "starts_at": when}, participants=[Participant(ann, "")]
        )
    # a meeting still to come does not count as met
    services.meetings.save(
        None,
        {"title": "Future", "starts_at": "2099-01-01 10:00"},
        participants=[Participant(ann, "")],
    )
    result = services.meetings.for_contact(ann, now=datetime(2026, 1, 1))
    assert result.last_met == date(2025, 2, 3)
    assert [m.title for m in result.meetings] == [
        "Future",
        "M 2025-02-03 09:00",
        "M 2024-05-01 10:00",
    ]


def test_meeting_list_filters(sample_services):
    svc = sample_services
    meetings = svc.list_source("meeting")

    def count(text="", flt=None):
        return meetings.count(ListQuery(text, asdict(flt or MeetingFilter())))

    assert count() == 2
    assert count(flt=MeetingFilter(city="barcelona")) == 1
    assert count(flt=MeetingFilter(kind="bilateral")) == 1
    assert count(flt=MeetingFilter(starts_from=date(2019, 1, 1))) == 1
    assert count(flt=MeetingFilter(tag="SDGs")) == 1
    agnes = _find(svc, "contact", "agnes")
    assert count(flt=MeetingFilter(participant_id=agnes)) == 2
    query = ListQuery("action plan", {"city": "Barcelona"})
    rows = meetings.rows(meetings.page_ids(query, 0, 10))
    assert len(rows) == 1 and rows[0].values[1].startswith("Strategic meeting")
    assert count("nothing-like-this") == 0


def test_sanitiser_keeps_formatting_and_drops_active_content():
    dirty = (
        '<h2 onclick="x()">Title</h2><ul><li><a href="javascript:evil()">bad</a></li>'
        '<li><a href="https://metropolis.org">good</a></li></ul>'
        '<img src="http://tracker.example/p.gif"><p style="background:url(http://x)">t</p>'
        "<style>p{}</style><iframe src='http://x'></iframe>"
    )
    clean = sanitise_html(dirty)
    assert "<h2>Title</h2>" in clean
    assert 'href="https://metropolis.org"' in clean
    for bad in ("onclick", "javascript", "img", "url(", "iframe", "<style"):
        assert bad not in clean
    assert sanitise_html("<p> </p>") == ""
