"""The Trash: deleted records of every listed kind, newest first; restore brings a record
back with its links; only an explicit "empty" removes anything for good."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from metrodesk.data.journal import JournalEntry
from metrodesk.data.models import Affiliation, Contact, ContactEmail
from metrodesk.services.errors import NotFound


def _contact(services, family="Bickart", **extra):
    org = services.records.create("organisation", {"name": "Metropolis Secretariat"})
    values = {"given_name": "Agnès", "family_name": family, "email": "ab@metropolis.org"}
    values.update({"organisation_id": org, **extra})
    return services.records.create("contact", values), org


def test_deleted_records_of_every_kind_are_listed_newest_first(services):
    # given a contact and a city deleted in that order, and a live organisation
    cid, org = _contact(services)
    city = services.records.create("member_city", {"name": "Dakar", "country": "SN"})
    services.records.delete("contact", cid)
    services.records.delete("member_city", city)
    # when
    items = services.trash.page()
    # then
    assert [(i.kind, i.id, i.label) for i in items] == [
        ("member_city", city, "Dakar"),
        ("contact", cid, "Agnès Bickart"),
    ]
    assert services.trash.count() == 2
    assert items[0].deleted_at >= items[1].deleted_at
    assert items[0].deleted_by == services.db.author
    assert [i.id for i in services.trash.page(offset=1, limit=1)] == [cid]
    assert org not in [i.id for i in items]


def test_restore_brings_a_contact_back_with_its_email_and_organisation(services):
    cid, org = _contact(services)
    services.records.delete("contact", cid)
    assert services.lists.count("contact") == 0

    services.trash.restore("contact", cid)

    got = services.records.get("contact", cid)
    assert not got["deleted"]
    assert got["email"] == "ab@metropolis.org"
    assert got["organisation_id"] == org
    assert services.trash.count() == 0
    assert services.lists.count("contact") == 1
    assert [h.id for h in services.search.find("Bickart")] == [cid]


def test_nothing_is_purged_unless_the_trash_is_emptied(services):
    cid, _org = _contact(services)
    services.records.delete("contact", cid)
    with services.db.read() as s:
        assert s.get(Contact, cid) is not None
        assert s.execute(select(func.count()).select_from(ContactEmail)).scalar_one() == 1


def test_empty_purges_the_records_and_their_rows_in_one_action(services):
    # given a deleted contact with an e-mail and an affiliation, and a live one
    cid, org = _contact(services)
    keep, _ = _contact(services, family="Sow", email="rs@dakar.sn")
    services.records.delete("contact", cid)
    # when
    assert services.trash.empty() == 1
    # then the contact and its rows are gone; the other contact and the organisation stay
    with services.db.read() as s:
        assert s.get(Contact, cid) is None
        assert s.get(Contact, keep) is not None
        emails = s.scalars(select(ContactEmail.contact_id)).all()
        assert emails == [keep]
        assert cid not in s.scalars(select(Affiliation.contact_id)).all()
        purges = s.scalars(select(JournalEntry.record_kind).where(JournalEntry.op == "purge")).all()
    assert sorted(purges) == ["affiliation", "contact", "contact_email"]
    assert services.history.state().undo == "Empty trash"
    assert services.trash.count() == 0
    with pytest.raises(NotFound):
        services.trash.restore("contact", cid)
    assert services.records.get("organisation", org)["name"] == "Metropolis Secretariat"


def test_empty_older_than_keeps_recent_deletions(services):
    cid, _ = _contact(services)
    services.records.delete("contact", cid)
    assert services.trash.empty(older_than=timedelta(days=30)) == 0
    assert services.trash.count() == 1


def test_empty_purges_a_meeting_with_its_parts_and_clears_links(sample_services):
    svc = sample_services
    meetings = svc.lists.count("meeting")
    meeting = svc.lists.page("meeting", "", 0, 1)[0].id
    svc.records.delete("meeting", meeting)
    assert svc.trash.empty() == 1
    assert svc.trash.count() == 0
    assert svc.lists.count("meeting") == meetings - 1
    # everything else still reads
    for kind in ("contact", "organisation", "member_city", "action_item"):
        svc.lists.page(kind, "", 0, 500)
