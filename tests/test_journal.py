"""Every write reaches the change journal, in the same transaction as the write."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from metrodesk.data.database import Database
from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.data.journaling import WriteOutsideAction
from metrodesk.data.models import Contact, ContactEmail


def _entries(db: Database, record_id) -> list[JournalEntry]:
    with db.read() as s:
        return list(
            s.scalars(
                select(JournalEntry)
                .where(JournalEntry.record_id == record_id.hex)
                .order_by(JournalEntry.hlc)
            )
        )


def test_creation_journals_every_field_under_one_action(services):
    # when a contact with an e-mail is created
    cid = services.records.create(
        "contact", {"given_name": "Agnès", "family_name": "Bickart", "email": "a@b.org"}
    )
    # then each of its fields has a create entry, old None, new the stored value
    entries = _entries(services.db, cid)
    by_field = {e.field: e for e in entries}
    assert {e.op for e in entries} == {"create"}
    assert by_field["given_name"].new == "Agnès"
    assert by_field["family_name"].old is None
    assert by_field["id"].new == cid.hex
    # and the e-mail row belongs to the same user action, named for the user
    with services.db.read() as s:
        email = s.scalars(select(ContactEmail).where(ContactEmail.contact_id == cid)).one()
        action = s.get(UserAction, by_field["given_name"].action_id)
    email_entries = {e.field: e for e in _entries(services.db, email.id)}
    assert email_entries["contact_id"].new == cid.hex
    assert email_entries["address"].action_id == action.id
    assert action.name == "New contact"
    assert action.device == services.db.device


def test_update_journals_only_changed_fields_with_old_and_new(services):
    cid = services.records.create("contact", {"given_name": "Chang-Beom", "family_name": "Kim"})
    services.records.update("contact", cid, {"job_title": "Representative", "family_name": "Kim"})
    updates = [e for e in _entries(services.db, cid) if e.op == "update"]
    assert [(e.field, e.old, e.new) for e in updates] == [("job_title", "", "Representative")]


def test_delete_and_restore_are_journal_entries(services):
    cid = services.records.create("organisation", {"name": "SHRDC"})
    services.records.delete("organisation", cid)
    services.records.restore("organisation", cid)
    ops = [e.op for e in _entries(services.db, cid) if e.field == "deleted_at"]
    assert ops == ["create", "delete", "restore"]


def test_a_failed_action_leaves_neither_rows_nor_journal(services):
    db = services.db
    with db.read() as s:
        before = s.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
    with pytest.raises(RuntimeError), db.action("Doomed") as s:
        s.add(Contact(family_name="Ghost"))
        s.flush()
        raise RuntimeError("power cut")
    with db.read() as s:
        after = s.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
        ghosts = s.scalars(select(Contact).where(Contact.family_name == "Ghost")).all()
    assert (after, ghosts) == (before, [])


def test_writing_outside_an_action_is_refused(services):
    with services.db.read() as s:
        s.add(Contact(family_name="Sneaky"))
        with pytest.raises(WriteOutsideAction):
            s.flush()


def test_clock_orders_entries_and_survives_reopening(db_path):
    db = Database.open(db_path)
    from metrodesk.services.records.crud import Records

    for i in range(5):
        Records(db).create("organisation", {"name": f"Org {i}"})
    device = db.device
    with db.read() as s:
        stamps = list(s.scalars(select(JournalEntry.hlc).order_by(JournalEntry.seq)))
    db.close()
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    reopened = Database.open(db_path)
    assert reopened.device == device
    assert reopened.clock.now() > stamps[-1]
    reopened.close()
