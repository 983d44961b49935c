"""The dashboard's figures: training sessions per centre this year, the latest user actions."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime

from sqlalchemy import select

from metrodesk.data.clock import decode
from metrodesk.data.journal import UserAction
from metrodesk.services.facade import Services
from metrodesk.services.reports.dashboard import RECENT_CHANGES

TODAY = date(2026, 11, 23)


def _centres(svc: Services) -> dict[str, uuid.UUID]:
    return {c.city: c.id for c in svc.training.centres()}


def _course(
    svc: Services, centre: uuid.UUID, start: date | None, title: str = "Course"
) -> uuid.UUID:
    return svc.records.create("course", {"title": title, "centre_id": centre, "start_date": start})


def test_sessions_per_centre_count_this_years_live_courses(sample_services: Services):
    svc = sample_services
    centres = _centres(svc)
    # given, this year: 2 in Paris (1 Jan and 31 Dec count), 1 in Cairo;
    _course(svc, centres["Paris"], date(2026, 1, 1))
    _course(svc, centres["Paris"], date(2026, 12, 31))
    _course(svc, centres["Cairo"], date(2026, 6, 15))
    # and what does not count: last year, next year, no date, no centre, in the trash
    _course(svc, centres["Paris"], date(2025, 12, 31))
    _course(svc, centres["Paris"], date(2027, 1, 1))
    _course(svc, centres["Mashhad"], None)
    svc.records.create("course", {"title": "Nowhere", "start_date": date(2026, 3, 1)})
    svc.records.delete("course", _course(svc, centres["Seoul"], date(2026, 5, 5)))

    snap = svc.dashboard.snapshot(TODAY)

    # then every centre is listed, headquarters first, satellites by name, zeros included
    got = [(c.city, c.role, c.count) for c in snap.sessions_by_centre]
    assert got == [
        ("Seoul", "headquarters", 0),
        ("Cairo", "satellite", 1),
        ("Mashhad", "satellite", 0),
        ("Mexico City", "satellite", 0),
        ("Paris", "satellite", 2),
    ]
    assert snap.sessions_by_centre[0].name == "Metropolis International Training Institute"
    # the year is the snapshot's: in 2025 Paris had one
    last_year = {c.city: c.count for c in svc.dashboard.sessions_by_centre(2025)}
    assert last_year == {"Seoul": 0, "Cairo": 0, "Mashhad": 0, "Mexico City": 0, "Paris": 1}


def test_sessions_per_centre_leave_out_a_deleted_centre(sample_services: Services):
    svc = sample_services
    svc.records.delete("training_centre", _centres(svc)["Cairo"])
    cities = [c.city for c in svc.dashboard.snapshot(TODAY).sessions_by_centre]
    assert cities == ["Seoul", "Mashhad", "Mexico City", "Paris"]


def test_snapshot_defaults_keep_old_callers_working(services: Services):
    snap = services.dashboard.snapshot(TODAY)
    assert snap.sessions_by_centre == ()
    assert snap.recent_changes == ()


def test_recent_changes_name_the_action_its_record_time_and_author(sample_services: Services):
    svc = sample_services
    (park,) = svc.search.find("park", kinds=("contact",))
    (meeting, *_) = svc.search.find("strategic", kinds=("meeting",))

    # given an edit, a deletion and its undo
    svc.records.update("contact", park.id, {"notes": "Met in Seoul"})
    svc.records.delete("meeting", meeting.id)
    svc.history.undo()

    changes = svc.dashboard.snapshot(TODAY).recent_changes

    # then the newest comes first, sample data loading last
    assert [(c.name, c.role) for c in changes] == [
        ("Undo Delete meeting", "undo"),
        ("Delete meeting", "do"),
        ("Edit contact", "do"),
        ("Load sample data", "do"),
    ]
    undo, delete, edit, load = changes
    assert (edit.kind, edit.record_id, edit.label) == ("contact", park.id, park.label)
    assert edit.openable and not edit.deleted
    # the deleted meeting is back since the undo: neither entry shows it as deleted
    assert (delete.kind, delete.record_id, delete.label) == ("meeting", meeting.id, meeting.label)
    assert not delete.deleted and not undo.deleted and undo.record_id == meeting.id
    # the loading touched many records: the first with an editor (a region has none)
    assert load.kind == "organisation" and load.label == "Metropolis Secretariat General"
    # the time is the action's clock stamp, in UTC
    author, hlc = _action(svc, edit.action_id)
    wall_ms, _ = decode(hlc)
    assert edit.when == datetime.fromtimestamp(wall_ms / 1000, tz=UTC)
    assert edit.author == author and edit.author


def test_recent_changes_mark_records_in_the_trash(sample_services: Services):
    svc = sample_services
    (park,) = svc.search.find("park", kinds=("contact",))
    svc.records.update("contact", park.id, {"notes": "x"})
    svc.records.delete("contact", park.id)
    first, second, _load = svc.dashboard.recent_changes()
    assert first.name == "Delete contact" and first.deleted
    assert second.name == "Edit contact" and second.deleted and second.record_id == park.id


def test_recent_changes_keep_the_latest_eight(sample_services: Services):
    svc = sample_services
    centre = _centres(svc)["Paris"]
    for i in range(10):
        _course(svc, centre, date(2026, 1, 1), title=f"Session {i}")
    changes = svc.dashboard.snapshot(TODAY).recent_changes
    assert len(changes) == RECENT_CHANGES == 8
    assert [c.label for c in changes] == [f"Session {i}" for i in range(9, 1, -1)]
    assert all(
        c.name == "New training session" and c.kind == "course" and c.openable for c in changes
    )


def _action(svc: Services, action_id: str) -> tuple[str, int]:
    with svc.db.read() as s:
        action = s.scalars(select(UserAction).where(UserAction.id == uuid.UUID(action_id))).one()
        return action.author, action.hlc
