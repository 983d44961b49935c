"""What sync promises, copy by copy, through a real folder: convergence, field-level merge,
sets, the conflict cases, atomic actions, versions, copied files, clocks, attachments."""

from __future__ import annotations

import re
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from conftest import connect_raw
from sqlalchemy import select
from sync_support import Team, assert_converged, content

from metrodesk.data.backup import copy_key_file
from metrodesk.data.clock import MAX_DRIFT_MS, encode, wall_now_ms
from metrodesk.data.models import ContactEmail
from metrodesk.services.contacts.details import EmailEntry, PhoneEntry
from metrodesk.services.facade import Services
from metrodesk.services.meetings.meeting import Participant


@pytest.fixture
def team(tmp_path, empty_template):
    t = Team(tmp_path, template=empty_template)
    yield t
    t.close()


def _contact(svc: Services, **values) -> uuid.UUID:
    base = {"given_name": "Agnès", "family_name": "Bickart", "email": "abickart@example.org"}
    return svc.records.create("contact", base | values)


def _conflicts(svc: Services) -> list[tuple]:
    return [(c.kind, c.field, c.kept.value, c.aside.value) for c in svc.sync.inbox.list()]


def test_an_empty_copy_fills_from_the_folder_and_every_copy_converges(team):
    cid = _contact(team["A"], job_title="Training manager")
    assert team.sync("A").sent == 1
    report = team.sync("B")
    assert report.joined and report.received == 1
    assert team["B"].records.get("contact", cid)["job_title"] == "Training manager"
    # found by search on the copy that joined
    assert [h.id for h in team["B"].search.find("bickart")] == [cid]
    team.exchange()
    assert_converged(team)


def test_edits_of_different_fields_both_hold_and_of_one_field_the_later_wins(team):
    cid = _contact(team["A"])
    team.exchange()
    team["A"].records.update("contact", cid, {"job_title": "Director"})
    team["B"].records.update("contact", cid, {"city": "Paris"})
    team["C"].records.update("contact", cid, {"job_title": "Manager"})  # the latest stamp
    team.exchange()
    for name in "ABC":
        record = team[name].records.get("contact", cid)
        assert (record["job_title"], record["city"]) == ("Manager", "Paris")
        # the losing value is in every inbox, with who set each and on which computer
        (conflict,) = team[name].sync.inbox.list()
        assert (conflict.kind, conflict.field) == ("field", "job_title")
        assert (conflict.kept.value, conflict.aside.value) == ("Manager", "Director")
        assert conflict.label == "Agnès Bickart"
        assert conflict.aside.device in ("", "A") and conflict.kept.device in ("", "C")
    assert_converged(team)


def test_an_edit_made_knowing_the_other_is_no_conflict(team):
    cid = _contact(team["A"])
    team.exchange()
    team["A"].records.update("contact", cid, {"job_title": "Director"})
    team.exchange()
    team["B"].records.update("contact", cid, {"job_title": "Executive director"})
    team.exchange()
    assert all(_conflicts(team[n]) == [] for n in "ABC")
    assert team["C"].records.get("contact", cid)["job_title"] == "Executive director"


def test_tags_merge_as_sets(team):
    cid = _contact(team["A"], tags=["board", "mayors"])
    team.exchange()
    team["A"].records.update("contact", cid, {"tags": ["board", "mayors", "training"]})
    team["B"].records.update("contact", cid, {"tags": ["board"]})  # removes mayors
    team.exchange()
    for name in "ABC":
        assert team[name].records.get("contact", cid)["tags"] == ["board", "training"]
        assert _conflicts(team[name]) == []
    assert_converged(team)


def test_emails_added_on_one_copy_and_removed_on_another_both_hold(team):
    cid = _contact(team["A"])
    team.exchange()
    mine = team["A"].contact_details.details(cid)
    added = (*mine.emails, EmailEntry("agnes@metropolis.org"))
    team["A"].contact_details.save(cid, added, mine.phones, mine.affiliations, mine.consents)
    theirs = team["B"].contact_details.details(cid)
    # B removes the first address meanwhile
    team["B"].contact_details.save(cid, (), theirs.phones, theirs.affiliations, theirs.consents)
    team.exchange()
    for name in "ABC":
        with team[name].db.read() as s:
            live = s.scalars(
                select(ContactEmail.address).where(
                    ContactEmail.contact_id == cid, ContactEmail.deleted_at.is_(None)
                )
            ).all()
        assert live == ["agnes@metropolis.org"]
    assert_converged(team)


def test_an_edit_of_a_record_deleted_elsewhere_keeps_it_deleted_and_reaches_the_inbox(team):
    cid = _contact(team["A"])
    team.exchange()
    team["A"].records.delete("contact", cid)
    team["B"].records.update("contact", cid, {"job_title": "Mayor"})
    team.exchange()
    for name in "ABC":
        record = team[name].records.get("contact", cid)
        assert record["deleted"] and record["job_title"] == "Mayor"
        assert [(k, f) for k, f, *_ in _conflicts(team[name])] == [("deleted", "job_title")]
    # taking the other side restores it, on every copy
    (conflict,) = team["C"].sync.inbox.list()
    team["C"].sync.inbox.take_other(conflict.id)
    team.exchange()
    for name in "ABC":
        assert not team[name].records.get("contact", cid)["deleted"]
        assert _conflicts(team[name]) == []
    assert_converged(team)


def test_a_restore_against_a_purge_the_purge_holds_and_the_inbox_says_so(team):
    oid = team["A"].records.create("organisation", {"name": "Old partner"})
    team["A"].records.delete("organisation", oid)
    team.exchange()
    team["A"].trash.empty()
    team["B"].records.restore("organisation", oid)
    team.exchange()
    for name in "ABC":
        assert team[name].lists.count("organisation", "old partner") == 0
        assert [(k, f) for k, f, *_ in _conflicts(team[name])] == [("purged", "deleted_at")]
    (conflict,) = team["B"].sync.inbox.list()
    assert not conflict.can_take_other
    team["B"].sync.inbox.keep(conflict.id)
    team.exchange()
    assert all(_conflicts(team[n]) == [] for n in "ABC")
    assert_converged(team)


def test_a_link_to_a_record_deleted_elsewhere_reaches_the_inbox(tmp_path, empty_template):
    team = Team(tmp_path, "AB", empty_template)
    try:
        cid = _contact(team["A"])
        mid = team["A"].records.create(
            "meeting", {"title": "Board", "starts_at": "2026-12-01 10:00"}
        )
        team.exchange()
        team["A"].records.delete("contact", cid)
        team["B"].meetings.save(mid, {}, participants=[Participant(cid, "", "speaker")])
        team.exchange()
        for name in "AB":
            kinds = [(k, f) for k, f, *_ in _conflicts(team[name])]
            assert kinds == [("link", "contact_id")]
        (conflict,) = team["A"].sync.inbox.list()
        team["A"].sync.inbox.take_other(conflict.id)  # the contact comes back
        team.exchange()
        assert not team["B"].records.get("contact", cid)["deleted"]
        assert all(_conflicts(team[n]) == [] for n in "AB")
        assert_converged(team)
    finally:
        team.close()


def test_the_same_person_created_on_two_copies_gives_two_records_flagged_as_duplicates(team):
    _contact(team["A"])
    _contact(team["B"])
    team.exchange()
    assert team["C"].lists.count("contact", "bickart") == 2
    pairs = team["C"].duplicates.find_duplicates()
    assert len(pairs) == 1 and "same e-mail" in pairs[0].reason
    assert_converged(team)


def test_the_same_region_added_on_two_copies_does_not_break_sync(team):
    team["A"].cities.add_region("Oceania")
    team["B"].cities.add_region("Oceania")
    team.exchange()
    assert_converged(team)


def test_a_merge_arrives_whole(team):
    keep = _contact(team["A"])
    other = _contact(team["A"], given_name="Agnes", email="agnes@metropolis.org")
    team.exchange()
    team["A"].merge.merge_contacts(keep, other, {})
    team.exchange()
    for name in "BC":
        assert team[name].records.get("contact", other)["deleted"]
        emails = team[name].contact_details.details(keep).emails
        assert emails[-1].address == "agnes@metropolis.org"
    assert_converged(team)


def test_undo_of_a_synced_action_is_a_change_that_syncs(team):
    cid = _contact(team["A"])
    team["A"].records.update("contact", cid, {"job_title": "Mayor"})
    team.exchange()
    assert team["B"].records.get("contact", cid)["job_title"] == "Mayor"
    team["A"].history.undo()
    team.exchange()
    assert team["B"].records.get("contact", cid)["job_title"] == ""
    changes = team["B"].history.of_record(cid, "contact")
    assert changes[0].action == "Undo Edit contact" and changes[0].device == "A"
    assert_converged(team)


def test_a_copy_of_a_database_file_gets_an_identity_of_its_own(team, tmp_path):
    cid = _contact(team["A"])
    team.sync("A")
    team["A"].close()
    copy = tmp_path / "laptop.sqlite"
    shutil.copy(tmp_path / "A.sqlite", copy)
    copy_key_file(tmp_path / "A.sqlite", copy)
    team.copies["A"] = Services.open(tmp_path / "A.sqlite")
    laptop = Services.open(copy)
    try:
        assert laptop.db.device == team["A"].db.device
        laptop.records.update("contact", cid, {"city": "Seoul"})
        report = laptop.sync.run(str(team.folder), "Laptop")
        assert report.new_identity and laptop.db.device != team["A"].db.device
        team["A"].records.update("contact", cid, {"job_title": "Mayor"})
        team.exchange()
        laptop.sync.run(name="Laptop")
        team.exchange()
        for svc in (team["A"], laptop):
            record = svc.records.get("contact", cid)
            assert (record["city"], record["job_title"]) == ("Seoul", "Mayor")
        assert content(laptop.path) == content(team["A"].path)
    finally:
        laptop.close()


def test_a_backup_put_back_is_told_apart_from_the_copy_that_sent_after_it(team, tmp_path):
    cid = _contact(team["A"])
    team.sync("A")
    team["A"].close()
    saved = (tmp_path / "A.sqlite").read_bytes()
    team.copies["A"] = Services.open(tmp_path / "A.sqlite")
    team["A"].records.update("contact", cid, {"job_title": "Mayor"})
    team.sync("A")  # the hub now holds an action of A that the backup does not
    team["A"].close()
    (tmp_path / "A.sqlite").write_bytes(saved)
    for suffix in ("-wal", "-shm"):
        (tmp_path / f"A.sqlite{suffix}").unlink(missing_ok=True)
    team.copies["A"] = Services.open(tmp_path / "A.sqlite")
    team["A"].records.update("contact", cid, {"city": "Barcelona"})
    report = team.sync("A")
    assert report.new_identity
    team.exchange()
    record = team["B"].records.get("contact", cid)
    assert (record["job_title"], record["city"]) == ("Mayor", "Barcelona")
    assert_converged(team)


def test_changes_dated_far_ahead_wait_and_do_not_win(team):
    cid = _contact(team["A"])
    team.exchange()
    # B's clock is a year ahead when it edits
    far = encode(wall_now_ms() + 365 * 24 * 3600 * 1000, 0)
    team["B"].db.clock.receive(far)
    team["B"].records.update("contact", cid, {"job_title": "From the future"})
    team.sync("B")
    report = team.sync("A")
    assert report.received == 0 and report.waiting == 1
    assert any("ahead of this computer's clock" in note for note in report.notes)
    team["A"].records.update("contact", cid, {"job_title": "Today"})
    team.sync("A")
    assert team["A"].records.get("contact", cid)["job_title"] == "Today"
    # and A's own clock did not take the far stamp in
    assert team["A"].db.clock.now() < encode(wall_now_ms() + MAX_DRIFT_MS, 0)


def test_a_change_set_of_a_newer_metrodesk_is_refused_whole(team):
    cid = _contact(team["A"])
    team.exchange()
    team["B"].records.update("contact", cid, {"job_title": "New"})
    team.sync("B")
    for path in team.folder.glob("changes/*/*.mdc"):
        raw = re.sub(rb'"schema": "\w+"', b'"schema": "9999"', path.read_bytes(), count=1)
        path.write_bytes(raw)
    report = team.sync("A")
    assert any("update MetroDesk to sync" in note for note in report.notes)
    assert team["A"].records.get("contact", cid)["job_title"] == ""


def test_a_change_set_of_an_older_metrodesk_is_read(team):
    cid = _contact(team["A"])
    team.exchange()
    team["B"].records.update("contact", cid, {"job_title": "Old"})
    team.sync("B")
    older = 0
    for path in team.folder.glob("changes/*/*.mdc"):
        raw, n = re.subn(rb'"schema": "\w+"', b'"schema": "0005"', path.read_bytes(), count=1)
        path.write_bytes(raw)
        older += n
    assert older
    report = team.sync("A")
    assert not any("update MetroDesk" in note for note in report.notes)
    assert team["A"].records.get("contact", cid)["job_title"] == "Old"


def test_attachments_travel_once_and_arrive_checked(team, tmp_path):
    mid = team["A"].records.create("meeting", {"title": "Board", "starts_at": "2026-12-01 10:00"})
    minutes = tmp_path / "minutes.pdf"
    minutes.write_bytes(b"%PDF-1.7 " + b"x" * 5000)
    info = team["A"].attachments.add(mid, minutes)
    team.exchange()
    assert team["C"].attachments.read(info.id) == minutes.read_bytes()
    assert len(list(team.folder.glob("blobs/*/*"))) == 1


def test_the_folder_is_compacted_once_every_copy_has_the_changes(team):
    for i in range(3):
        team["A"].records.create("organisation", {"name": f"Org {i}"})
    team.exchange()
    team.exchange()
    # every copy has seen A's changes and a snapshot holds them: A removed its change files
    assert list(team.folder.glob("snapshots/*.json"))
    device = team["A"].db.device
    assert list(team.folder.glob(f"changes/{device}/*.mdc")) == []
    # and a new copy still joins with everything
    late = Services.open(team.folder.parent / "D.sqlite")
    try:
        late.sync.run(str(team.folder), "D")
        assert late.lists.count("organisation") == 3
        # the indexes and search triggers set aside while the snapshot loaded are back
        assert _schema_objects(late) == _schema_objects(team["A"])
        assert len(late.search.find("org")) == 3
        oid = late.records.create("organisation", {"name": "Zanzibar office"})
        assert [h.id for h in late.search.find("zanzibar")] == [oid]
    finally:
        late.close()


def _schema_objects(svc: Services) -> list[tuple]:
    path = svc.db.path
    conn = connect_raw(path)
    try:
        return conn.execute(
            "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') "
            "ORDER BY name"
        ).fetchall()
    finally:
        conn.close()


def test_a_different_team_folder_is_refused(team, tmp_path):
    _contact(team["A"])
    team.sync("A")
    other = tmp_path / "other-team"
    other.mkdir()
    with pytest.raises(Exception, match="another team"):
        fresh = Services.open(tmp_path / "X.sqlite")
        try:
            fresh.sync.run(str(other), "X")
        finally:
            fresh.close()
        team["A"].sync.run(str(other), "A")
    assert sqlite3.connect(tmp_path / "A.sqlite").execute("SELECT 1").fetchone() == (1,)


def test_a_missing_folder_is_never_read_as_deletions(team):
    cid = _contact(team["A"])
    team.exchange()
    moved = team.folder.with_name("unmounted")
    team.folder.rename(moved)
    team.folder.mkdir()  # the share's mount point, empty
    with pytest.raises(Exception, match=r"nothing was changed|not connected"):
        team.sync("B")
    assert team["B"].records.get("contact", cid)["given_name"] == "Agnès"
    team.folder.rmdir()
    moved.rename(team.folder)
    team.sync("B")
    assert team["B"].records.get("contact", cid)["given_name"] == "Agnès"


def test_a_fee_with_amount_and_currency_arrives_whole(team):
    city = team["A"].records.create("member_city", {"name": "Barcelona", "country": "ES"})
    team.exchange()
    team["A"].cities.add_fee(city, 2026, "12500.00", "EUR", invoiced_on=date(2026, 1, 15))
    team.exchange()
    assert_converged(team)


def test_a_folder_given_by_a_relative_path_is_remembered_whole(tmp_path, monkeypatch, sample_path):
    (tmp_path / "team").mkdir()
    monkeypatch.chdir(tmp_path)  # as `metrodesk sync --hub team` run in that folder
    svc = Services.open(sample_path)
    try:
        svc.sync.run("team", "Barcelona desk")
        remembered = Path(svc.sync.status().hub)
    finally:
        svc.close()
    # the window, started from anywhere, finds it
    assert remembered.is_absolute() and remembered.samefile(tmp_path / "team")


def test_participants_and_phones_merge_as_sets(team):
    first = _contact(team["A"])
    second = _contact(team["A"], given_name="Octavi", email="ov@example.org")
    third = _contact(team["A"], given_name="Emilia", email="es@example.org")
    mid = team["A"].records.create("meeting", {"title": "Board", "starts_at": "2026-12-01"})
    team["A"].meetings.save(mid, {}, participants=[Participant(first, "", "speaker")])
    team["A"].contact_details.save(first, (), (PhoneEntry("+34 934 013 400"),), (), ())
    team.exchange()
    # A adds a participant and a phone, B removes the first of each, C adds another participant
    team["A"].meetings.save(
        mid, {}, participants=[Participant(first, "", "speaker"), Participant(second, "")]
    )
    phones = team["A"].contact_details.details(first).phones
    team["A"].contact_details.save(first, (), (*phones, PhoneEntry("+82 2 2133 7114")), (), ())
    team["B"].meetings.save(mid, {}, participants=[])
    team["B"].contact_details.save(first, (), (), (), ())
    team["C"].meetings.save(
        mid, {}, participants=[Participant(first, "", "speaker"), Participant(third, "")]
    )
    team.exchange()
    for name in "ABC":
        people = sorted(str(p.contact_id) for p in team[name].meetings.parts(mid).participants)
        assert people == sorted([str(second), str(third)])
        numbers = [p.number for p in team[name].contact_details.details(first).phones]
        assert len(numbers) == 1 and numbers[0].startswith("+82")
        assert _conflicts(team[name]) == []
    assert_converged(team)
