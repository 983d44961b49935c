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
                .where(JournalEntry.record_id == record_id)
                .order_by(JournalEntry.hlc)
            )
        )


def test_creation_is_one_entry_holding_every_field_under_one_action(services):
    # when a contact with an e-mail is created
    cid = services.records.create(
        "contact", {"given_name": "Agnès", "family_name": "Bickart", "email": "a@b.org"}
    )
    # then one create entry holds each of its fields, old None, new the stored value
    (created,) = _entries(services.db, cid)
    by_field = {c.field: c for c in created.changes()}
    assert created.op == "create"
    assert by_field["given_name"].new == "Agnès"
    assert by_field["family_name"].old is None
    assert by_field["tags"].new == []
    assert by_field["deleted_at"].new is None
    assert "id" not in by_field  # the entry's own record id
    # and the e-mail row belongs to the same user action, named for the user
    with services.db.read() as s:
        email = s.scalars(select(ContactEmail).where(ContactEmail.contact_id == cid)).one()
        action = s.get(UserAction, created.action_ref)
    (email_entry,) = _entries(services.db, email.id)
    assert email_entry.fields()["contact_id"] == (None, cid.hex)
    assert email_entry.fields()["address"] == (None, "a@b.org")
    assert email_entry.action_ref == action.ref
    assert action.name == "New contact"
    assert action.device_ref == services.db.device_ref
    assert (action.dseq, action.deps) == (1, None)


def test_update_journals_only_changed_fields_with_old_and_new(services):
    cid = services.records.create("contact", {"given_name": "Chang-Beom", "family_name": "Kim"})
    services.records.update("contact", cid, {"job_title": "Representative", "family_name": "Kim"})
    updates = [e for e in _entries(services.db, cid) if e.op == "update"]
    assert [e.changes() for e in updates] == [[("job_title", "", "Representative")]]


def test_delete_and_restore_are_journal_entries(services):
    cid = services.records.create("organisation", {"name": "SHRDC"})
    services.records.delete("organisation", cid)
    services.records.restore("organisation", cid)
    entries = _entries(services.db, cid)
    assert [e.op for e in entries] == ["create", "delete", "restore"]
    assert entries[1].fields()["deleted_at"][0] is None
    assert entries[2].fields()["deleted_at"][1] is None


def test_actions_are_numbered_in_order_per_device(services):
    for name in ("UN-Habitat", "UCLG", "ICLEI"):
        services.records.create("organisation", {"name": name})
    with services.db.read() as s:
        actions = s.scalars(select(UserAction).order_by(UserAction.ref)).all()
    assert [a.dseq for a in actions] == [1, 2, 3]
    assert [a.hlc for a in actions] == sorted(a.hlc for a in actions)


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
        stamps.append(s.scalars(select(UserAction.hlc).order_by(UserAction.ref.desc())).first())
    db.close()
    assert stamps == sorted(stamps) and len(set(stamps)) == len(stamps)
    reopened = Database.open(db_path)
    assert reopened.device == device
    assert reopened.clock.now() > stamps[-1]
    reopened.close()


def test_every_journaled_field_has_a_number_and_unknown_names_still_read():
    from metrodesk.data.journal_codec import (
        FIELD_NAMES,
        decode_changes,
        encode_created,
        encode_pairs,
    )
    from metrodesk.data.journaling import journaled_columns
    from metrodesk.data.models import RECORD_CLASSES

    # a new column without a number still works (written by name), but costs bytes on every
    # entry: give it the next number at the end of FIELD_NAMES
    fields = {f for cls in RECORD_CLASSES.values() for f in journaled_columns(cls)} - {"id"}
    assert fields <= set(FIELD_NAMES)
    assert len(set(FIELD_NAMES)) == len(FIELD_NAMES)
    data = encode_created({"given_name": "Agnès", "brand_new": 3})
    assert data == '{"9":"Agnès","brand_new":3}'
    assert decode_changes("create", data) == [("given_name", None, "Agnès"), ("brand_new", None, 3)]
    pairs = encode_pairs({"tags": ([], ["board"])})
    assert decode_changes("update", pairs) == [("tags", [], ["board"])]
