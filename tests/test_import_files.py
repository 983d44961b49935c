"""Moving in: Outlook and Google contacts, vCards and calendars through the same preview and
commit as workbooks, from the command line and the services, imported twice.

The files are those of tests/data/imports (see test_import_readers.py for how each was made).
"""

from __future__ import annotations

import csv
import io
import sqlite3
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select
from test_cli import failed, metrodesk, sha256

from metrodesk.data.database import Database
from metrodesk.data.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Meeting,
    MeetingParticipant,
    Organisation,
)
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.imports.calendar_apply import CalendarOptions, name_from
from metrodesk.services.imports.calendar_file import Attendee
from metrodesk.services.imports.mapping import ColumnMapping

DATA = Path(__file__).parent / "data" / "imports"
YEAR_2026 = CalendarOptions(date(2026, 1, 1), date(2027, 1, 1))


def contacts_by_email(services: Services) -> dict[str, Contact]:
    with services.db.read() as s:
        rows = s.execute(
            select(ContactEmail.address, Contact)
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.deleted_at.is_(None), Contact.deleted_at.is_(None))
        )
        return {address: contact for address, contact in rows}


def count(services: Services, model: type) -> int:
    with services.db.read() as s:
        return int(
            s.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None)))
        )


def details(services: Services, contact_id: uuid.UUID) -> dict:
    return services.records.get("contact", contact_id)


# --- contacts -------------------------------------------------------------------------------


def test_outlook_csv_through_the_command_line_twice(sample_path: Path) -> None:
    # given the sample database, where Agnès Bickart is known by her e-mail
    before = Services.open(sample_path)
    people_before = count(before, Contact)
    before.close()

    # when the French Outlook export is imported
    first = metrodesk("import", DATA / "outlook_fr.csv", "--db", sample_path)

    # then four people are new, Agnès is updated (matched by e-mail), and the company nobody
    # knew yet is an organisation
    assert first.returncode == 0, first.stderr
    assert "Contacts: 4 new, 1 updated, 0 unchanged" in first.stdout
    assert "Created organisation Métropole du Grand Paris" in first.stdout
    assert "1 person matched to an existing contact by e-mail" in first.stdout
    svc = Services.open(sample_path)
    try:
        assert count(svc, Contact) == people_before + 4
        people = contacts_by_email(svc)
        jm = details(svc, people["jm.lefevre@grandparis.fr"].id)
        assert (jm["honorific"], jm["given_name"], jm["family_name"]) == (
            "M.",
            "Jean-Marc",
            "Lefèvre",
        )
        assert (jm["phone"], jm["country"], jm["language"]) == ("+33144556677", "FR", "fr")
        assert jm["tags"] == ["Europe", "Partenaires"]
        assert (
            jm["notes"] == "Rencontré à Séville en octobre.\nSuit le dossier « Villes durables »."
        )
        with svc.db.read() as s:
            org = s.get(Organisation, jm["organisation_id"])
            assert org is not None and org.name == "Métropole du Grand Paris"
            phones = s.scalars(
                select(ContactPhone.number).where(ContactPhone.contact_id == jm["id"])
            ).all()
            assert sorted(phones) == ["+33144556677", "+33612345678"]
            # organisations named by their local name are the ones already there
            helene = details(svc, people["helene.duboeuf@iledefrance.fr"].id)
            assert s.get(Organisation, helene["organisation_id"]).name == "Île-de-France Region"
            jose = details(svc, people["jramirez@bcn.cat"].id)
            assert s.get(Organisation, jose["organisation_id"]).name == "Barcelona City Council"
        agnes = details(svc, people["abickart@metropolis.org"].id)
        # her sample notes were kept (the export has none), her category added to her tags
        assert agnes["notes"].startswith("Contact for the Metropolis training programme.")
        assert agnes["tags"] == ["Secrétariat"]
        assert agnes["phone"] == "+34933428750"
        assert "paul.girard@metropolis.org" in people
    finally:
        svc.close()

    # when the same export is imported again, nothing changes and nothing doubles
    second = metrodesk("import", DATA / "outlook_fr.csv", "--db", sample_path)
    assert second.returncode == 0, second.stderr
    assert "Contacts: 0 new, 0 updated, 5 unchanged" in second.stdout
    assert "Nothing to change." in second.stdout
    svc = Services.open(sample_path)
    assert count(svc, Contact) == people_before + 4
    svc.close()


def test_an_export_that_knows_less_never_erases_what_metrodesk_holds(
    sample_services: Services,
) -> None:
    imports = sample_services.imports
    imports.commit(DATA / "google.csv")
    mj = contacts_by_email(sample_services)["mjgarcia@cdmx.gob.mx"]
    # edited in MetroDesk after the first import: a language, a tag, a third e-mail
    sample_services.records.update("contact", mj.id, {"language": "es", "tags": ["Comité", "CDMX"]})
    with sample_services.db.action("add e-mail") as s:
        s.add(ContactEmail(contact_id=mj.id, address="mjg@example.org", position=5))

    preview = imports.preview(DATA / "google.csv")

    assert (preview.new, preview.updated, preview.rejected) == (0, 0, 0)
    report = imports.commit(DATA / "google.csv")
    assert report.changed == 0
    values = details(sample_services, mj.id)
    assert (values["language"], values["tags"]) == ("es", ["CDMX", "Comité"])
    assert "mjg@example.org" in contacts_by_email(sample_services)


def test_google_older_layout_and_vcards_update_the_same_people(services: Services) -> None:
    imports = services.imports
    assert imports.commit(DATA / "google_older.csv").sheets["Contacts"].new == 2
    assert imports.commit(DATA / "google_older.csv").changed == 0
    # Outlook's vCard of a person its CSV brought in is the same person, unchanged
    imports.commit(DATA / "outlook_fr.csv")
    outlook = imports.preview(DATA / "outlook.vcf")
    assert (outlook.new, outlook.updated, outlook.unchanged) == (0, 0, 1)
    # Apple's cards: their UIDs identify them the next time
    first = imports.commit(DATA / "contacts_apple.vcf")
    assert first.sheets["Contacts"].new == 2
    assert imports.commit(DATA / "contacts_apple.vcf").changed == 0
    rehana = uuid.UUID("6f1c2e7a-3b4d-4c5e-9a8b-7c6d5e4f3a2b")
    assert details(services, rehana)["family_name"] == "Moosajee"


def test_new_contacts_keep_their_further_emails_and_phones(services: Services) -> None:
    services.imports.commit(DATA / "google.csv")
    with services.db.read() as s:
        mj = s.scalar(
            select(ContactEmail.contact_id).where(ContactEmail.address == "mjgarcia@cdmx.gob.mx")
        )
        emails = s.scalars(
            select(ContactEmail.address)
            .where(ContactEmail.contact_id == mj)
            .order_by(ContactEmail.position)
        ).all()
    assert emails == ["mjgarcia@cdmx.gob.mx", "mj.garcia@gmail.com"]


def test_a_bad_row_rejects_the_whole_file_with_every_reason(
    sample_path: Path, tmp_path: Path
) -> None:
    text = (DATA / "outlook_fr.csv").read_bytes().decode("cp1252")
    broken = tmp_path / "broken.csv"
    text = text.replace("jm.lefevre@grandparis.fr", "jm.lefevre(at)grandparis").replace(
        '"Espagne"', '"Atlantide"', 1
    )
    broken.write_bytes(text.encode("cp1252"))
    digest = sha256(sample_path)

    result = metrodesk("import", broken, "--db", sample_path)

    assert result.returncode == 1
    problems = result.stderr.splitlines()
    assert any(p.startswith("Contacts, row 2: E-mail: not a valid e-mail") for p in problems)
    assert any(
        p.startswith("Contacts, row 3: Country: unknown country 'Atlantide'") for p in problems
    )
    assert problems[-1] == "metrodesk: import refused: 2 rows were rejected; nothing was changed"
    assert sha256(sample_path) == digest


def test_dry_run_and_files_that_are_no_export(sample_path: Path, tmp_path: Path) -> None:
    digest = sha256(sample_path)
    dry = metrodesk("import", DATA / "google.csv", "--db", sample_path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.splitlines()[0].startswith("4 new, 0 updated, 0 unchanged, 0 rejected")
    assert "Dry run: nothing was written." in dry.stdout
    other = tmp_path / "budget.csv"
    other.write_text("Item;Amount\nVenue;1200\n", encoding="utf-8")
    assert "no contacts export of Outlook or Google" in failed(
        metrodesk("import", other, "--db", sample_path)
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    assert "MetroDesk imports Excel workbooks (.xlsx), CSV files" in failed(
        metrodesk("import", notes, "--db", sample_path)
    )
    assert sha256(sample_path) == digest


def test_any_other_csv_imports_through_a_mapping(services: Services, tmp_path: Path) -> None:
    sheet = tmp_path / "participants.csv"
    sheet.write_bytes(
        "Participants 2026;;\r\nPrénom;Nom;Courriel\r\nAïcha;Diallo;aicha@dakar.sn\r\n".encode(
            "cp1252"
        )
    )
    mapping = ColumnMapping(
        "participants.csv", 2, "contact", {0: "Given name", 1: "Family name", 2: "E-mail"}
    )
    preview = services.imports.preview(sheet, mapping)
    assert (preview.new, preview.rejected) == (1, 0)
    assert preview.rows[0].row == 3
    services.imports.commit(sheet, mapping)
    assert "aicha@dakar.sn" in contacts_by_email(services)
    with pytest.raises(ServiceError, match="no contacts export"):
        services.imports.preview(sheet)


def test_one_import_is_one_undo_step(sample_services: Services) -> None:
    people = count(sample_services, Contact)
    sample_services.imports.commit(DATA / "outlook_fr.csv")
    assert count(sample_services, Contact) == people + 4
    sample_services.history.undo()
    assert count(sample_services, Contact) == people
    assert "jm.lefevre@grandparis.fr" not in contacts_by_email(sample_services)


# --- calendars ------------------------------------------------------------------------------


def test_outlook_calendar_through_the_command_line_twice(sample_path: Path) -> None:
    svc = Services.open(sample_path)
    meetings, people = count(svc, Meeting), count(svc, Contact)
    svc.close()
    # the machine is in Madrid; the meeting in Mexico City stays at its own 10:00
    env = {"TZ": "Europe/Madrid"}
    args = ("import", DATA / "outlook_calendar.ics", "--db", sample_path)
    range_ = ("--from", "2026-01-01", "--until", "2026-12-31")

    first = metrodesk(*args, *range_, env=env)

    assert first.returncode == 0, first.stderr
    assert "Meetings: 12 new, 0 updated, 0 unchanged" in first.stdout
    assert "Contacts: 4 new, 0 updated, 0 unchanged" in first.stdout
    assert "1 cancelled event left out" in first.stdout
    svc = Services.open(sample_path)
    try:
        assert count(svc, Meeting) == meetings + 12
        assert count(svc, Contact) == people + 4
        with svc.db.read() as s:
            mexico = s.scalars(select(Meeting).where(Meeting.title.like("Bilateral CDMX%"))).one()
            assert (mexico.starts_at, mexico.ends_at, mexico.time_zone) == (
                datetime(2026, 3, 10, 10, 0),
                datetime(2026, 3, 10, 11, 30),
                "America/Mexico_City",
            )
            assert mexico.venue == "Antiguo Palacio del Ayuntamiento, Ciudad de México"
            assert mexico.notes_html == (
                "<p>Satellite of the Training Institute in Mexico City: courses for 2027.</p>"
            )
            rows = s.execute(
                select(ContactEmail.address, MeetingParticipant.role)
                .join(ContactEmail, ContactEmail.contact_id == MeetingParticipant.contact_id)
                .where(MeetingParticipant.meeting_id == mexico.id)
            )
            roles = {address: role for address, role in rows}
        # Agnès, already there, organised it; María José, new, took part; who declined did not
        assert roles == {
            "abickart@metropolis.org": "organiser",
            "mjgarcia@cdmx.gob.mx": "participant",
        }
        agnes = contacts_by_email(svc)["abickart@metropolis.org"].id
        attended = svc.meetings.for_contact(agnes, now=datetime(2026, 12, 3))
        assert len(attended.meetings) >= 12
        assert attended.last_met == date(2026, 4, 15)
    finally:
        svc.close()

    second = metrodesk(*args, *range_, env=env)
    assert second.returncode == 0, second.stderr
    assert "Meetings: 0 new, 0 updated, 12 unchanged" in second.stdout
    assert "Contacts: 0 new, 0 updated, 0 unchanged" in second.stdout
    svc = Services.open(sample_path)
    assert (count(svc, Meeting), count(svc, Contact)) == (meetings + 12, people + 4)
    svc.close()


def test_a_calendar_imported_again_follows_its_changes_and_keeps_metrodesks(
    services: Services, tmp_path: Path
) -> None:
    imports = services.imports
    imports.commit(DATA / "google_calendar.ics", calendar=YEAR_2026)
    with services.db.read() as s:
        first = s.scalars(select(Meeting).order_by(Meeting.starts_at)).first()
        assert first is not None
        mid = first.id
    # minutes written in MetroDesk after the meeting
    services.meetings.save(mid, {"notes_html": "<p>Decided: two sessions in 2027.</p>"})
    moved = tmp_path / "moved.ics"
    moved.write_bytes(
        (DATA / "google_calendar.ics")
        .read_bytes()
        .replace(b"LOCATION:https://meet.google.com/abc-defg-hij", b"LOCATION:Seoul City Hall")
    )

    preview = imports.preview(moved, calendar=YEAR_2026)

    assert (preview.new, preview.updated, preview.unchanged) == (0, 4, 0)
    change = preview.rows[0].changes[0]
    assert (change.label, change.new) == ("Venue", "Seoul City Hall")
    imports.commit(moved, calendar=YEAR_2026)
    minutes = services.meetings.minutes(mid)
    assert minutes.venue == "Seoul City Hall"
    assert minutes.notes_html == "<p>Decided: two sessions in 2027.</p>"


def test_attendees_not_yet_known_can_be_counted_instead_of_added(services: Services) -> None:
    options = CalendarOptions(date(2026, 1, 1), date(2027, 1, 1), add_new_people=False)
    report = services.imports.commit(DATA / "google_calendar.ics", calendar=options)
    assert report.sheets["Meetings"].new == 4
    assert count(services, Contact) == 0
    with services.db.read() as s:
        assert set(s.scalars(select(Meeting.other_attendees))) == {3}


def test_a_meeting_deleted_in_metrodesk_stays_deleted(services: Services) -> None:
    services.imports.commit(DATA / "google_calendar.ics", calendar=YEAR_2026)
    with services.db.read() as s:
        mid = s.scalars(select(Meeting.id).order_by(Meeting.starts_at)).first()
    services.records.delete("meeting", mid)
    preview = services.imports.preview(DATA / "google_calendar.ics", calendar=YEAR_2026)
    assert (preview.new, preview.unchanged) == (0, 4)
    assert "1 meeting in the trash left there" in preview.notes


def test_new_people_are_named_from_the_calendar_or_their_address() -> None:
    assert name_from(Attendee("jordi.puig@metropolis.org", "Jordi Puig", "participant")) == (
        "Jordi",
        "Puig",
    )
    assert name_from(Attendee("jordi.puig@metropolis.org", "", "participant")) == ("Jordi", "Puig")
    assert name_from(Attendee("jpuig@metropolis.org", "jpuig@metropolis.org", "x")) == ("", "jpuig")


def test_migration_0004_keeps_meetings_and_adds_their_calendar_identity(tmp_path: Path) -> None:
    from alembic import command

    from metrodesk.data.engine import make_engine
    from metrodesk.data.revisions import alembic_config

    path = tmp_path / "old.sqlite"
    path.touch(mode=0o600)
    engine = make_engine(path)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute(
            "INSERT INTO meeting (id, title, meeting_kind, starts_at, city, country, venue,"
            " other_attendees, agenda, notes_html, tags, created_at, updated_at, created_by,"
            " updated_by) VALUES ('0123456789abcdef0123456789abcdef', 'Board', 'board',"
            " '2019-11-26 09:00:00', 'Barcelona', 'ES', '', 0, '', '', '[]', '2019-01-01',"
            " '2019-01-01', 'x', 'x')"
        )
    conn.close()
    db = Database.open(path)
    try:
        with db.read() as s:
            m = s.get(Meeting, uuid.UUID("0123456789abcdef0123456789abcdef"))
            assert m is not None
            assert (m.title, m.external_uid, m.time_zone) == ("Board", None, "")
    finally:
        db.close()


def test_an_export_listing_one_person_twice_is_flagged_and_says_who_was_found_by_e_mail(
    sample_services: Services, tmp_path: Path
) -> None:
    """Outlook lists Agnès (known by her e-mail) and Jean-Marc (new) twice each: the first of
    each is imported, the second flagged as the same person and left out unless the user
    says otherwise; Agnès's row says it found her by e-mail."""
    text = (DATA / "outlook_fr.csv").read_bytes().decode("cp1252")
    header, *rows = csv.reader(io.StringIO(text), delimiter=";")
    twice = tmp_path / "outlook_twice.csv"
    with twice.open("w", encoding="cp1252", newline="") as fh:
        csv.writer(fh, delimiter=";", quoting=csv.QUOTE_ALL).writerows(
            [header, *rows, rows[0], rows[1]]
        )
    agnes = contacts_by_email(sample_services)["abickart@metropolis.org"].id

    preview = sample_services.imports.preview(twice)

    assert (preview.new, preview.updated, preview.rejected) == (4, 1, 0)
    by_row = {r.row: r for r in preview.rows}
    found = by_row[3]
    assert (found.status, found.matched, found.record_id) == ("updated", "e-mail", agnes)
    for row, first in ((7, 2), (8, 3)):
        again = by_row[row]
        assert again.status == "skipped", row
        assert [(h.row, h.reason.startswith("same e-mail")) for h in again.duplicates] == [
            (first, True)
        ]
    report = sample_services.imports.commit(twice)
    assert (report.sheets["Contacts"].new, report.sheets["Contacts"].updated) == (4, 1)
    assert details(sample_services, agnes)["phone"] == "+34933428750"
