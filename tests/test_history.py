"""Undo and redo of every kind of action, and a record's history, all from the journal."""

from __future__ import annotations

import pytest

from metrodesk.services.errors import ServiceError


def test_undo_and_redo_an_edit(services):
    cid = services.records.create("contact", {"given_name": "Agnès", "family_name": "Bickart"})
    services.records.update("contact", cid, {"job_title": "Training manager"})
    assert services.history.state().undo == "Edit contact"

    assert services.history.undo() == "Edit contact"
    assert services.records.get("contact", cid)["job_title"] == ""
    assert services.history.state().redo == "Edit contact"

    services.history.redo()
    assert services.records.get("contact", cid)["job_title"] == "Training manager"


def test_undo_creation_and_deletion(services):
    cid = services.records.create("contact", {"family_name": "Moosajee", "email": "r@b.org"})
    services.records.delete("contact", cid)
    assert services.lists.count("contact") == 0
    services.history.undo()  # the deletion
    assert services.lists.count("contact", "moosajee") == 1
    services.history.undo()  # the creation
    assert services.lists.count("contact") == 0
    assert services.search.find("moosajee") == []
    services.history.redo()
    assert [r.values[3] for r in services.lists.page("contact")] == ["r@b.org"]


def test_a_new_action_clears_redo_and_stack_runs_out(services):
    services.records.create("organisation", {"name": "SHRDC"})
    services.history.undo()
    services.records.create("organisation", {"name": "L'Institut Paris Region"})
    assert services.history.state().redo is None
    services.history.undo()
    with pytest.raises(ServiceError, match="nothing to undo"):
        services.history.undo()
    with pytest.raises(ServiceError, match="nothing to redo"):
        services.history.redo()
        services.history.redo()


def test_undo_of_undo_state_names(services):
    oid = services.records.create("organisation", {"name": "SHRDC"})
    services.records.update("organisation", oid, {"city": "Seoul"})
    services.history.undo()
    state = services.history.state()
    assert (state.undo, state.redo) == ("New organisation", "Edit organisation")


def test_record_history_lists_changes_newest_first(services):
    oid = services.records.create("organisation", {"name": "SHRDC"})
    services.records.update("organisation", oid, {"city": "Seoul"})
    services.records.update("organisation", oid, {"city": "Seoul", "country": "KR"})
    changes = services.history.of_record(oid)
    assert [(c.field, c.old, c.new) for c in changes[:2]] == [
        ("country", "", "KR"),
        ("city", "", "Seoul"),
    ]
    assert changes[0].action == "Edit organisation"
    assert changes[0].author == services.db.author
