"""Bulk actions on many records as one undo step, and saved views in the database."""

from __future__ import annotations

import pytest

from metrodesk.services.errors import ValidationError


def _ids(svc, kind: str, words: str = ""):
    return [r.id for r in svc.lists.page(kind, words, 0, 100)]


def test_a_bulk_tag_is_one_undo_step(sample_services):
    svc = sample_services
    people = _ids(svc, "contact")[:4]
    assert svc.bulk.tag("contact", people, "Dakar 2026") == 4
    assert all("Dakar 2026" in svc.records.get("contact", p)["tags"] for p in people)
    assert svc.history.state().undo == "Tag 4 contacts Dakar 2026"
    # tagging again adds nothing twice; untag takes it off again
    svc.bulk.tag("contact", people[:2], "dakar 2026")
    assert svc.records.get("contact", people[0])["tags"].count("Dakar 2026") == 1
    svc.history.undo()
    svc.history.undo()
    assert not any("Dakar 2026" in svc.records.get("contact", p)["tags"] for p in people)


def test_bulk_organisation_owner_status_and_trash(sample_services):
    svc = sample_services
    people = _ids(svc, "contact")[:2]
    org = _ids(svc, "organisation", "Institut Paris")[0]
    svc.bulk.set_field("contact", people, "organisation_id", org)
    assert {svc.records.get("contact", p)["organisation_id"] for p in people} == {org}
    actions = _ids(svc, "action_item")
    svc.bulk.set_field("action_item", actions, "owner_id", people[0])
    svc.bulk.set_field("action_item", actions, "status", "done")
    assert all(svc.records.get("action_item", a)["status"] == "done" for a in actions)
    assert svc.reminders.due() == tuple(r for r in svc.reminders.due() if r.what == "fee")
    # a status the membership rules refuse for one city refuses them all, naming it
    cities = _ids(svc, "member_city")
    with pytest.raises(ValidationError) as refused:
        svc.bulk.set_field("member_city", cities, "status", "candidate")
    assert "(Barcelona)" in refused.value.message
    assert {svc.records.get("member_city", c)["status"] for c in cities} == {"active"}
    count = svc.lists.count("contact")
    svc.bulk.trash("contact", people)
    assert svc.lists.count("contact") == count - 2
    assert svc.history.state().undo == "Delete 2 contacts"
    svc.history.undo()
    assert svc.lists.count("contact") == count


def test_saved_views_are_kept_in_the_database(sample_services):
    svc = sample_services
    view = svc.views.save(
        "contact",
        "Focal points, Africa",
        query="dakar",
        filters={"country": "SN", "consent": None},
        sort=("name", True),
        hidden_columns=["phone"],
    )
    (saved,) = svc.views.all("contact")
    assert saved.id == view and saved.filters == {"country": "SN"}
    assert (saved.query, saved.sort, saved.hidden_columns) == ("dakar", ("name", True), ("phone",))
    with pytest.raises(ValidationError):
        svc.views.save("contact", "focal points, africa")
    svc.views.save("contact", "Focal points, Africa", query="", replace=True)
    assert svc.views.all("contact")[0].query == ""
    svc.views.save("member_city", "Unpaid 2026", filters={"unpaid_year": 2026})
    assert [v.name for v in svc.views.all()] == ["Focal points, Africa", "Unpaid 2026"]
    svc.views.rename(view, "Focal points")
    svc.views.delete(view)
    assert [v.name for v in svc.views.all()] == ["Unpaid 2026"]
    svc.history.undo()
    assert [v.name for v in svc.views.all("contact")] == ["Focal points"]
