"""Action items: overdue and this-week logic, filters, marking done."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from metrodesk.services.lists.source import ListQuery, list_pages
from metrodesk.services.meetings.action_items import ActionFilter, week_end
from metrodesk.services.meetings.meeting import ActionLine, is_overdue

TODAY = date(2026, 11, 18)  # a Wednesday


def test_overdue_means_unfinished_and_past_due():
    assert is_overdue(date(2026, 11, 17), "open", TODAY)
    assert is_overdue(date(2026, 11, 17), "in progress", TODAY)
    assert not is_overdue(date(2026, 11, 18), "open", TODAY)  # due today is not late yet
    assert not is_overdue(date(2026, 11, 1), "done", TODAY)
    assert not is_overdue(date(2026, 11, 1), "dropped", TODAY)
    assert not is_overdue(None, "open", TODAY)
    assert week_end(TODAY) == date(2026, 11, 22)
    assert week_end(date(2026, 11, 22)) == date(2026, 11, 22)


def _setup(services):
    ann = services.records.create("contact", {"given_name": "Ann", "family_name": "Alpha"})
    ben = services.records.create("contact", {"given_name": "Ben", "family_name": "Beta"})
    mid = services.meetings.save(
        None,
        {"title": "Follow-ups", "starts_at": "2026-11-01 10:00"},
        actions=[
            ActionLine(None, "late one", owner_id=ann, due_on=date(2026, 11, 10)),
            ActionLine(
                None, "this week", owner_id=ben, due_on=date(2026, 11, 21), status="in progress"
            ),
            ActionLine(None, "next week", owner_id=ann, due_on=date(2026, 11, 24)),
            ActionLine(None, "finished", owner_id=ann, due_on=date(2026, 11, 2), status="done"),
        ],
        today=TODAY,
    )
    free = services.records.create("action_item", {"description": "free-standing", "owner_id": ben})
    return ann, ben, mid, free


def _list(services, flt=None, query=""):
    filters = asdict(flt or ActionFilter()) | {"today": TODAY}
    return services.list_source("action_item"), ListQuery(query, filters)


def _descriptions(services, flt=None, query=""):
    source, q = _list(services, flt, query)
    return sorted(r.values[0] for page in list_pages(source, q, 100) for r in page)


def _count(services, flt=None):
    source, q = _list(services, flt)
    return source.count(q)


def test_filters_by_owner_status_and_due(services):
    ann, ben, _mid, _free = _setup(services)
    assert _count(services) == 5
    assert _descriptions(services, ActionFilter(owner_id=ben)) == ["free-standing", "this week"]
    assert _descriptions(services, ActionFilter(due="overdue")) == ["late one"]
    assert _descriptions(services, ActionFilter(due="week")) == ["this week"]
    assert _descriptions(services, ActionFilter(status="done")) == ["finished"]
    assert len(_descriptions(services, ActionFilter(status="unfinished"))) == 4
    assert _descriptions(services, ActionFilter(owner_id=ann, due="overdue")) == ["late one"]
    assert _descriptions(services, ActionFilter(owner_id=ann), query="week") == ["next week"]
    assert _count(services, ActionFilter(due="overdue")) == 1
    # the dashboard counts them the same way
    snap = services.dashboard.snapshot(TODAY)
    assert (snap.overdue_action_count, snap.due_this_week_count) == (1, 1)


def test_done_items_record_their_day(services):
    _ann, _ben, mid, free = _setup(services)
    finished = next(a for a in services.meetings.parts(mid).actions if a.status == "done")
    assert finished.done_on == TODAY  # done inside the meeting editor: done today
    late = next(a for a in services.meetings.parts(mid).actions if a.description == "late one")
    assert services.actions.overdue(late.id, TODAY)
    services.actions.mark_done(late.id, today=TODAY)
    assert services.history.state().undo == "Mark action item done"
    values = services.records.get("action_item", late.id)
    assert values["status"] == "done" and values["done_on"] == TODAY
    assert not services.actions.overdue(late.id, TODAY)
    services.actions.set_status(late.id, "open")
    assert services.records.get("action_item", late.id)["done_on"] is None
    # a free-standing item belongs to no meeting and is listed all the same
    assert services.records.get("action_item", free)["meeting_id"] is None
