"""What a write changed, read from the journal: the change set every write announces."""

from __future__ import annotations

import pytest

from metrodesk.services.facade import Services
from metrodesk.services.records import changes as changes_module
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.services.records.changes import linked_kinds


def test_a_write_s_records_and_the_kinds_they_touch(services: Services):
    log = services.change_log
    mark = log.mark()
    assert not log.since(mark)

    org = services.records.create("organisation", {"name": "UCLG"})
    values = {"given_name": "Ana", "family_name": "Puig", "email": "ana@example.org"}
    person = services.records.create("contact", values | {"organisation_id": org})
    changed = log.since(mark)
    # the contact, its e-mail and its affiliation, and the organisation made before
    assert changed.record("contact") == person
    assert changed.record("organisation") == org
    assert {"contact", "contact_email", "affiliation", "organisation"} <= changed.kinds
    assert changed.touches("contact") and not changed.touches("meeting")

    # a later mark sees only what follows it: an e-mail edit touches its contact's list
    mark = log.mark()
    services.records.update("contact", person, {"email": "ana@uclg.org"})
    later = log.since(mark)
    assert later.kinds == {"contact_email", "contact"}
    assert later.records is not None and [k for k, _ in later.records] == ["contact_email"]
    assert later.record("contact") is None  # the contact row itself was not written


def test_links_come_from_the_models_foreign_keys():
    assert linked_kinds("membership_fee") == {"membership_fee", "member_city"}
    assert {"action_item", "meeting", "contact"} <= linked_kinds("action_item")
    assert linked_kinds("contact_email") == {"contact_email", "contact"}
    assert linked_kinds("no_such_kind") == {"no_such_kind"}


def test_a_large_write_keeps_only_its_kinds(services: Services, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(changes_module, "MAX_LISTED", 3)
    mark = services.change_log.mark()
    for i in range(5):
        services.records.create("organisation", {"name": f"Org {i}"})
    changed = services.change_log.since(mark)
    assert changed.records is None
    assert changed.kinds == {"organisation"}
    assert changed.record("organisation") is None and changed.touches("organisation")


def test_everything_touches_every_kind():
    everything = ChangeSet.of_everything()
    assert everything and everything.touches("contact") and everything.touches("region")
    assert everything.record("contact") is None
    assert not ChangeSet()
