"""Merging two contacts: links move, nothing is lost, and one undo puts both back."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from metrodesk.data.models import (
    ActionItem,
    Affiliation,
    ContactEmail,
    ContactPhone,
    Meeting,
    MeetingParticipant,
    Quote,
)
from metrodesk.services.errors import NotFound, ServiceError


def _ids(s, model, column, value):
    return {
        r.id for r in s.scalars(select(model).where(column == value, model.deleted_at.is_(None)))
    }


@pytest.fixture
def pair(sample_services):
    """Agnès of the sample data and a second "Agnes Bickart" with the same e-mail and more."""
    svc = sample_services
    agnes = svc.lists.page("contact", "Bickart")[0].id
    org = svc.records.create("organisation", {"name": "Metropolis Training"})
    other = svc.records.create(
        "contact",
        {
            "given_name": "Agnes",
            "family_name": "Bickart",
            "email": "ABickart@metropolis.org",
            "phone": "+34 933 42 87 50",
            "job_title": "Training manager",
            "organisation_id": org,
        },
    )
    with svc.db.action("Add a second address") as s:
        s.add(ContactEmail(contact_id=other, address="agnes@example.org", position=1))
    meeting = svc.records.create(
        "meeting", {"title": "Planning", "starts_at": "2024-05-02 10:00", "facilitator_id": other}
    )
    with svc.db.action("Links") as s:
        s.add(MeetingParticipant(meeting_id=meeting, contact_id=other, role="participant"))
        s.add(Quote(meeting_id=meeting, contact_id=other, text="We will do it"))
        s.add(ActionItem(description="Send the report", owner_id=other))
    return svc, agnes, other, meeting


def test_merge_moves_every_link_and_trashes_the_other(pair):
    svc, agnes, other, meeting = pair
    before = svc.records.get("contact", agnes)

    result = svc.merge.merge_contacts(agnes, other, {"job_title": "other", "given_name": "keep"})

    kept = svc.records.get("contact", agnes)
    assert kept["given_name"] == "Agnès"
    assert kept["job_title"] == "Training manager"
    assert kept["notes"] == before["notes"]
    gone = svc.records.get("contact", other)
    assert gone["deleted"] and f"Merged into Agnès Bickart ({agnes})" in gone["notes"]
    with svc.db.read() as s:
        addresses = {
            e.address
            for e in s.scalars(
                select(ContactEmail).where(
                    ContactEmail.contact_id == agnes, ContactEmail.deleted_at.is_(None)
                )
            )
        }
        assert addresses == {"abickart@metropolis.org", "agnes@example.org"}  # no double
        assert _ids(s, ContactPhone, ContactPhone.contact_id, agnes)
        assert s.get(Meeting, meeting).facilitator_id == agnes
        assert _ids(s, MeetingParticipant, MeetingParticipant.contact_id, agnes)
        assert _ids(s, Quote, Quote.contact_id, agnes)
        assert _ids(s, ActionItem, ActionItem.owner_id, agnes)
        orgs = {
            a.organisation.name
            for a in s.scalars(select(Affiliation).where(Affiliation.contact_id == agnes))
        }
        assert "Metropolis Training" in orgs
        for model, col in (
            (ContactEmail, ContactEmail.contact_id),
            (ContactPhone, ContactPhone.contact_id),
            (MeetingParticipant, MeetingParticipant.contact_id),
            (Quote, Quote.contact_id),
            (ActionItem, ActionItem.owner_id),
            (Affiliation, Affiliation.contact_id),
        ):
            assert not _ids(s, model, col, other), model
    assert result.moved >= 7 and result.dropped == 1
    assert svc.history.state().undo == "Merge contacts"
    # the list shows one Bickart, and search finds the moved address on the kept contact
    assert [r.id for r in svc.lists.page("contact", "Bickart")] == [agnes]
    assert [r.id for r in svc.lists.page("contact", "agnes@example")] == [agnes]


def test_one_undo_restores_both_contacts(pair):
    svc, agnes, other, meeting = pair
    before_kept = svc.records.get("contact", agnes)
    before_other = svc.records.get("contact", other)

    svc.merge.merge_contacts(agnes, other, {"job_title": "other"})
    assert svc.history.undo() == "Merge contacts"

    assert svc.records.get("contact", agnes) == before_kept
    assert svc.records.get("contact", other) == before_other
    with svc.db.read() as s:
        assert s.get(Meeting, meeting).facilitator_id == other
        assert len(_ids(s, ContactEmail, ContactEmail.contact_id, other)) == 2
        assert _ids(s, Quote, Quote.contact_id, other)
        assert _ids(s, ActionItem, ActionItem.owner_id, other)
        assert _ids(s, MeetingParticipant, MeetingParticipant.contact_id, other)
    assert len(svc.lists.page("contact", "Bickart")) == 2


def test_history_of_both_stays(pair):
    svc, agnes, other, _ = pair
    svc.merge.merge_contacts(agnes, other, {"job_title": "other"})
    assert any(c.action == "Merge contacts" for c in svc.history.of_record(agnes))
    assert [c.action for c in svc.history.of_record(other)][-1].startswith("New contact")
    assert any(c.action == "Merge contacts" for c in svc.history.of_record(other))


def test_preview_shows_both_sides(pair):
    svc, agnes, other, _ = pair
    preview = svc.merge.preview(agnes, other)
    fields = {f.key: f for f in preview.fields}
    assert fields["given_name"].keep == "Agnès" and fields["given_name"].other == "Agnes"
    assert "agnes@example.org" in preview.other_links


def test_bad_merges_are_refused(pair):
    svc, agnes, other, _ = pair
    with pytest.raises(ServiceError):
        svc.merge.merge_contacts(agnes, agnes, {})
    with pytest.raises(ServiceError):
        svc.merge.merge_contacts(agnes, other, {"email": "other"})
    with pytest.raises(ServiceError):
        svc.merge.merge_contacts(agnes, other, {"city": "both"})
    svc.records.delete("contact", other)
    with pytest.raises(NotFound):
        svc.merge.merge_contacts(agnes, other, {})


def test_a_merge_is_preceded_by_a_verified_backup(sample_services):
    from metrodesk.services.storage.backups import BEFORE_MERGE, list_backups

    a = sample_services.records.create("contact", {"given_name": "Agnes", "family_name": "Bickart"})
    (agnes,) = [r for r in sample_services.lists.page("contact", "agnès") if r.id != a]
    sample_services.merge.merge_contacts(agnes.id, a, {})
    kinds = [b.kind for b in list_backups(sample_services.path)]
    assert kinds.count(BEFORE_MERGE) == 1
