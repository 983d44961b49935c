"""`load_demo`: the seed texts' people, cities, training network, meetings and follow-ups, plus
synthetic contacts that are realistic, deterministic, journaled and searchable."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from pathlib import Path

import phonenumbers
import pytest
from sqlalchemy import func, select

from metrodesk.data.database import Database
from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.data.journaling import journaled_columns
from metrodesk.data.models import (
    Contact,
    ContactEmail,
    ContactPhone,
    Event,
    Meeting,
    MeetingCity,
    MeetingEvent,
    MeetingOrganisation,
    MeetingProgramme,
    MemberCity,
    MembershipFee,
    Organisation,
    Programme,
    Quote,
)
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.records import validation
from metrodesk.services.sample.demo import load_demo
from metrodesk.services.sample.names import ContactGenerator

SEED_CONTACTS = 9
SECRETARIAT = "Metropolis Secretariat General"
# contact list columns: name, job title, organisation, e-mail, phone, city, country, language
NAME, JOB, ORG, EMAIL, PHONE, CITY, COUNTRY, LANGUAGE = range(8)


def _only_row(services: Services, kind: str, query: str) -> tuple[uuid.UUID, tuple]:
    rows = services.lists.page(kind, query)
    assert len(rows) == 1, (query, rows)
    return rows[0].id, rows[0].values


def _counts(db: Database) -> dict[str, int]:
    """Rows per table that loading writes to, and the search documents."""
    models = (Contact, ContactEmail, ContactPhone, Organisation, JournalEntry, UserAction)
    with db.read() as s:
        counts = {
            m.__tablename__: s.execute(select(func.count()).select_from(m)).scalar_one()
            for m in models
        }
        search = s.connection().exec_driver_sql("SELECT count(*) FROM search_doc").scalar_one()
    return counts | {"search_doc": int(search)}


# --- the seed texts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "name", "job_title", "organisation"),
    [
        ("octavi", "Octavi de la Varga Mas", "Executive Director", SECRETARIAT),
        ("agnes", "Agnès Bickart", "Manager of International Relations and Training",
         SECRETARIAT),
        ("kim", "KIM Chang-Beom", "Representative of the Office of the Mayor of Seoul",
         "Metropolitan Government of Seoul"),
        ("park", "PARK", "Mayor of Seoul", "Metropolitan Government of Seoul"),
        ("won", "WON", "Director of the Training Institute (SHRDC)",
         "Seoul Human Resource Development Center (SHRDC)"),
        ("rehana", "Rehana Moosajee", "Founder, The Barefoot Facilitator",
         "The Barefoot Facilitator"),
        ("huybrechts", "Eric Huybrechts",
         "Architect & urban/regional planner, in charge of International and European affairs",
         "L'Institut Paris Region"),
        ("nicholas you", "Nicholas You",
         "Advisor for Guangzhou International Award for Urban Innovation",
         "Guangzhou International Award for Urban Innovation"),
        ("rahmatouca", "Rahmatouca Sow",
         "Chief Deputy of Cabinet of the Mayor of Dakar; Metropolis Regional Secretary for Africa",
         "City of Dakar"),
    ],
)  # fmt: skip
def test_every_person_of_the_seed_texts_is_a_contact(
    sample_services, query, name, job_title, organisation
):
    _, values = _only_row(sample_services, "contact", query)
    # (strip: the list shows "PARK " for a family-first name without a given name)
    assert values[NAME].strip() == name
    assert values[JOB] == job_title
    assert values[ORG] == organisation


def test_the_sample_has_exactly_the_seed_contacts(sample_services):
    assert sample_services.lists.count("contact") == SEED_CONTACTS


def test_kim_is_found_family_name_first_in_global_search(sample_services):
    hits = [h for h in sample_services.search.find("kim") if h.kind == "contact"]
    assert [h.label for h in hits] == ["KIM Chang-Beom"]
    kim = sample_services.records.get("contact", hits[0].id)
    assert (kim["given_name"], kim["family_name"], kim["name_order"]) == (
        "Chang-Beom",
        "Kim",
        "family-first",
    )
    assert (kim["city"], kim["country"], kim["language"]) == ("Seoul", "KR", "ko")


def test_agnes_has_the_address_and_language_of_the_seed_text(sample_services):
    agnes_id, values = _only_row(sample_services, "contact", "agnes")
    assert values[EMAIL] == "abickart@metropolis.org"
    assert values[LANGUAGE] == "fr"
    # the address is searchable too, as someone pasting it from an e-mail would try
    assert _only_row(sample_services, "contact", "abickart")[0] == agnes_id


def test_rahmatouca_sow_holds_both_of_her_roles(sample_services):
    with sample_services.db.read() as s:
        sow = s.scalars(select(Contact).where(Contact.family_name == "Sow")).one()
        roles = {(a.organisation.name, a.role) for a in sow.affiliations}
    assert roles == {
        ("City of Dakar", "Chief Deputy of Cabinet of the Mayor"),
        ("Metropolis Secretariat General", "Metropolis Regional Secretary for Africa"),
    }


@pytest.mark.parametrize(
    ("query", "kind", "city", "country"),
    [
        ("Metropolis Secretariat General", "network", "Barcelona", "ES"),
        ("Metropolitan Government of Seoul", "city government", "Seoul", "KR"),
        ("SHRDC", "training institute", "Seoul", "KR"),
        ("Barefoot Facilitator", "company", "", ""),
        ("Institut Paris Region", "partner institution", "Paris", "FR"),
        ("Guangzhou International Award", "partner institution", "Guangzhou", "CN"),
        ("City of Dakar", "city government", "Dakar", "SN"),
    ],
)
def test_every_organisation_of_the_seed_texts(sample_services, query, kind, city, country):
    _, values = _only_row(sample_services, "organisation", query)
    assert values[1:4] == (kind, city, country)


def test_seoul_keeps_its_official_local_name(sample_services):
    oid, _ = _only_row(sample_services, "organisation", "Metropolitan Government of Seoul")
    assert sample_services.records.get("organisation", oid)["local_name"] == "서울특별시"


def test_member_cities_with_regions_history_and_fees(sample_services):
    rows = {r.values[0]: r.values for r in sample_services.lists.page("member_city")}
    assert set(rows) == {
        "Seoul", "Barcelona", "Berlin", "Guangzhou", "Dakar", "Cairo", "Mashhad",
        "Mexico City", "Paris",
    }  # fmt: skip
    assert rows["Seoul"][1:4] == ("KR", "Asia-Pacific", "active")
    assert rows["Dakar"][1:4] == ("SN", "Africa", "active")
    assert rows["Mexico City"][1:4] == ("MX", "North America", "active")
    assert all(r[4] and r[5] for r in rows.values())  # member since, population
    with sample_services.db.read() as s:
        seoul = s.scalars(select(MemberCity).where(MemberCity.name == "Seoul")).one()
        assert seoul.lead_organisation is not None
        assert seoul.lead_organisation.name == "Metropolitan Government of Seoul"
        assert [c.status for c in seoul.status_history] == ["active"]
        assert [f.year for f in seoul.fees] == [2018, 2019, 2020]
        assert [fp.contact.family_name for fp in seoul.focal_points] == ["Kim"]
        unpaid = s.execute(
            select(func.count()).select_from(MembershipFee).where(MembershipFee.paid_on.is_(None))
        ).scalar_one()
    assert unpaid > 0  # so that the fees report has something to chase


def test_training_institute_and_its_four_satellites(sample_services):
    rows = sample_services.lists.page("training_centre")
    by_city = {r.values[2]: r for r in rows}
    assert len(rows) == 5
    assert set(by_city) == {"Seoul", "Cairo", "Mashhad", "Mexico City", "Paris"}
    hq = by_city.pop("Seoul")
    assert hq.values[:2] == ("Metropolis International Training Institute", "headquarters")
    assert {r.values[1] for r in by_city.values()} == {"satellite"}
    host = sample_services.records.get("training_centre", hq.id)["host_organisation_id"]
    assert sample_services.records.get("organisation", host)["name"].startswith(
        "Seoul Human Resource Development Center"
    )


def test_programmes_platforms_and_action_plans(sample_services):
    with sample_services.db.read() as s:
        programmes = {
            p.name: (p.programme_kind, p.start_year, p.end_year)
            for p in s.scalars(select(Programme))
        }
        berlin = s.scalars(
            select(Organisation.city)
            .join(Programme, Programme.lead_organisation_id == Organisation.id)
            .where(Programme.name == "Policy Transfer platform")
        ).one()
    assert programmes["Metropolis training programme"][0] == "training programme"
    assert programmes["Policy Transfer platform"][0] == "platform"
    assert programmes["City Managers community"][0] == "community"
    assert programmes["Action Plan 2018-2020"] == ("action plan", 2018, 2020)
    assert programmes["Action Plan 2021-2023"] == ("action plan", 2021, 2023)
    assert berlin == "Berlin"


def test_the_world_congress_event(sample_services):
    hits = [h for h in sample_services.search.find("world congress") if h.kind == "event"]
    assert [h.label for h in hits] == ["13th Metropolis World Congress"]
    with sample_services.db.read() as s:
        event = s.get(Event, hits[0].id)
        assert event is not None
        assert (event.city, event.country) == ("Guangzhou", "CN")
        assert (event.start_date, event.end_date) == (date(2020, 10, 27), date(2020, 10, 30))


def _meeting(services: Services, query: str) -> Meeting:
    mid, _ = _only_row(services, "meeting", query)
    with services.db.read() as s:
        meeting = s.get(Meeting, mid)
        assert meeting is not None
        # load what the assertions read, while the session is open
        _ = [(p.role, p.contact.display_name) for p in meeting.participants]
        _ = [d.text for d in meeting.decisions], [q.text for q in meeting.quotes]
        return meeting


def _linked(services: Services, meeting: Meeting) -> dict[str, set[str]]:
    with services.db.read() as s:
        mid = meeting.id
        return {
            "cities": set(
                s.scalars(
                    select(MemberCity.name)
                    .join(MeetingCity, MeetingCity.city_id == MemberCity.id)
                    .where(MeetingCity.meeting_id == mid)
                )
            ),
            "organisations": set(
                s.scalars(
                    select(Organisation.name)
                    .join(MeetingOrganisation)
                    .where(MeetingOrganisation.meeting_id == mid)
                )
            ),
            "programmes": set(
                s.scalars(
                    select(Programme.name)
                    .join(MeetingProgramme)
                    .where(MeetingProgramme.meeting_id == mid)
                )
            ),
            "events": set(
                s.scalars(
                    select(Event.name).join(MeetingEvent).where(MeetingEvent.meeting_id == mid)
                )
            ),
        }


def test_the_seoul_meeting_of_4_november_2016(sample_services):
    m = _meeting(sample_services, "seoul training")
    assert m.starts_at.date() == date(2016, 11, 4)
    assert (m.meeting_kind, m.city, m.country) == ("bilateral", "Seoul", "KR")
    people = {p.contact.display_name: p.role for p in m.participants}
    assert set(people) == {"Octavi de la Varga Mas", "Agnès Bickart", "KIM Chang-Beom", "WON"}
    assert people["WON"] == "Director, Training Institute (SHRDC)"
    assert m.other_attendees == 0
    assert m.tags == ["New Urban Agenda", "SDGs", "Training"]
    assert "Cairo, Mashhad, Mexico City and Paris" in m.notes_html
    assert m.decisions
    linked = _linked(sample_services, m)
    assert linked["cities"] == {"Seoul"}
    assert "Metropolitan Government of Seoul" in linked["organisations"]
    assert {"Metropolis training programme", "Policy Transfer platform"} <= linked["programmes"]


def test_the_strategic_meeting_brought_together_39_people(sample_services):
    m = _meeting(sample_services, "first steps action plan")
    assert (m.starts_at, m.ends_at.date() if m.ends_at else None) == (
        datetime(2019, 11, 26, 9, 0),
        date(2019, 11, 27),
    )
    assert (m.meeting_kind, m.city) == ("strategic", "Barcelona")
    people = {p.contact.display_name: p.role for p in m.participants}
    assert len(people) + m.other_attendees == 39
    assert people["Rehana Moosajee"] == "facilitator"
    assert people["Eric Huybrechts"] == "presenter"
    assert {"Nicholas You", "Rahmatouca Sow", "Octavi de la Varga Mas"} <= set(people)
    values = sample_services.records.get("meeting", m.id)
    facilitator = sample_services.records.get("contact", values["facilitator_id"])
    organiser = sample_services.records.get("organisation", values["organiser_id"])
    assert (facilitator["family_name"], organiser["name"]) == (
        "Moosajee",
        "Metropolis Secretariat General",
    )
    for item in ("metropolitan planning", "Metropolis Market Place", "Fishbowl", "small group"):
        assert item.lower() in m.agenda.lower()
    assert "Action Plan 2021-2023" in m.tags
    linked = _linked(sample_services, m)
    assert linked["programmes"] == {"Action Plan 2018-2020", "Action Plan 2021-2023"}
    assert linked["events"] == {"13th Metropolis World Congress"}
    assert any("Guangzhou" in d.text for d in m.decisions)


def test_the_quotes_are_verbatim_and_attributed(sample_services):
    with sample_services.db.read() as s:
        quotes = {
            c.family_name: q.text
            for q, c in s.execute(
                select(Quote, Contact).join(Contact, Contact.id == Quote.contact_id)
            )
        }
    assert quotes == {
        "You": "The wealth of Metropolis is the diversity of its membership and all the "
        "different urban realities they experience, which are a tool to learn from each "
        "other’s experiences.",
        "Sow": "There are a lot of territories that are looking for answers about how to "
        "develop metropolitan governance. Metropolis has to be a global hub on these issues "
        "and be able to provide answers with a regional approach.",
    }


def test_the_follow_ups_with_owners_and_due_dates(sample_services):
    rows = {r.values[0]: r.values[1:] for r in sample_services.lists.page("action_item")}
    assert rows["Draft the Metropolis Action Plan 2021-2023"] == (
        "Octavi de la Varga Mas",
        date(2020, 6, 30),
        "open",
    )
    present = (
        "Present the Action Plan 2021-2023 to the General Assembly at the 13th World Congress "
        "in Guangzhou"
    )
    assert rows[present][1] == date(2020, 10, 27)
    seoul = [d for d in rows if d.startswith("Share Metropolis' expectations")]
    assert len(seoul) == 1 and rows[seoul[0]][0] == "Agnès Bickart"
    assert sample_services.lists.count("action_item", "draft action plan") == 1


def test_the_sample_is_one_user_action_with_a_complete_journal(sample_services):
    with sample_services.db.read() as s:
        actions = s.scalars(select(UserAction.name)).all()
        journaled = set(
            s.scalars(select(JournalEntry.record_id).where(JournalEntry.op == "create"))
        )
        contacts = set(s.scalars(select(Contact.id)))
    assert actions == ["Load sample data"]
    assert contacts <= journaled


def test_loading_twice_is_refused_and_changes_nothing(sample_services):
    before = _counts(sample_services.db)
    with pytest.raises(ServiceError, match="already holds the sample data"):
        load_demo(sample_services.db, 10)
    assert _counts(sample_services.db) == before


# --- synthetic contacts ----------------------------------------------------------------------


def test_size_adds_that_many_journaled_searchable_contacts(services):
    load_demo(services.db, 50)
    assert services.lists.count("contact") == SEED_CONTACTS + 50
    fields = set(journaled_columns(Contact)) - {"id"}
    with services.db.read() as s:
        creations = s.scalars(
            select(JournalEntry).where(
                JournalEntry.record_kind == "contact", JournalEntry.op == "create"
            )
        ).all()
        ids = set(s.scalars(select(Contact.id)))
        synthetic = s.scalars(select(Contact).order_by(Contact.created_at.desc()).limit(1)).one()
        (entry,) = s.scalars(select(JournalEntry).where(JournalEntry.record_id == synthetic.id))
        history = {c.field: c.new for c in entry.changes()}
        emails = s.execute(select(func.count()).select_from(ContactEmail)).scalar_one()
        email_entries = s.scalars(
            select(JournalEntry).where(
                JournalEntry.record_kind == "contact_email", JournalEntry.op == "create"
            )
        ).all()
        one_action = s.execute(select(func.count()).select_from(UserAction)).scalar_one()
    # every contact, seed or synthetic, has one create entry holding every journaled field
    assert sorted(e.record_id for e in creations) == sorted(ids)
    assert all({c.field for c in e.changes()} == fields for e in creations)
    # and the entries hold the values the record holds, as the ORM would have written them
    assert history["family_name"] == synthetic.family_name
    assert history["sort_key"] == synthetic.sort_key
    assert history["tags"] == [] and history["deleted_at"] is None
    email_fields = set(journaled_columns(ContactEmail)) - {"id"}
    assert len(email_entries) == emails
    assert all({c.field for c in e.changes()} == email_fields for e in email_entries)
    assert one_action == 1
    # a synthetic person is found by name, with the label the list shows
    person = ContactGenerator().take(50)[-1]
    query = f"{person.email.split('@')[0]}"
    labels = [h.label for h in services.search.find(query, per_kind=50) if h.kind == "contact"]
    assert person.display_name in labels


def test_synthetic_contacts_have_valid_phones_and_emails(services):
    load_demo(services.db, 300)
    rows = services.lists.page("contact", limit=400)
    synthetic = [r.values for r in rows if r.values[EMAIL] and r.values[PHONE]]
    assert len(synthetic) == 300
    for values in synthetic:
        number = phonenumbers.parse(values[PHONE])
        assert phonenumbers.is_valid_number(number), values
        assert (
            phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
            == (values[PHONE])
        )
        assert phonenumbers.region_code_for_number(number) == values[COUNTRY], values
        assert validation.email("E-mail", values[EMAIL]) == values[EMAIL]
        assert values[EMAIL].isascii()
        assert validation.language("Language", values[LANGUAGE]) == values[LANGUAGE]
        assert validation.country("Country", values[COUNTRY]) == values[COUNTRY]


def test_the_same_size_gives_the_same_people(tmp_path: Path):
    lists = []
    for name in ("one.sqlite", "two.sqlite"):
        svc = Services.open(tmp_path / name)
        load_demo(svc.db, 40)
        lists.append([r.values for r in svc.lists.page("contact", limit=100)])
        svc.close()
    assert lists[0] == lists[1]
    assert len(lists[0]) == SEED_CONTACTS + 40


def test_cancelling_leaves_the_database_unchanged(services):
    before = _counts(services.db)
    calls: list[tuple[int, int]] = []

    def cancel_after_first_chunk(done: int, total: int) -> bool:
        calls.append((done, total))
        return done == 0

    with pytest.raises(ServiceError, match="cancelled"):
        load_demo(services.db, 20, cancel_after_first_chunk)
    assert calls == [(0, 20), (20, 20)]  # it did write a chunk before being told to stop
    assert _counts(services.db) == before
    assert services.is_empty()
    # and the sample can still be loaded afterwards
    load_demo(services.db, 5)
    assert services.lists.count("contact") == SEED_CONTACTS + 5


def test_progress_reaches_the_total(services):
    seen: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    load_demo(services.db, 12, record)
    assert seen[0] == (0, 12) and seen[-1] == (12, 12)


# --- the name generator ----------------------------------------------------------------------


def test_generator_is_deterministic_per_seed():
    assert ContactGenerator(7).take(200) == ContactGenerator(7).take(200)
    assert ContactGenerator(7).take(200) != ContactGenerator(8).take(200)


def test_generator_mixes_languages_scripts_and_name_orders():
    people = ContactGenerator().take(2000)
    languages = {p.language for p in people}
    assert {"fr", "es", "pt", "ca", "de", "ko", "ar", "fa", "zh"} <= languages
    names = " ".join(f"{p.given_name} {p.family_name}" for p in people)
    assert re.search(r"[\uac00-\ud7a3]", names)  # Hangul
    assert re.search(r"[\u0600-\u06ff]", names)  # Arabic script (Arabic and Persian)
    assert re.search(r"[\u4e00-\u9fff]", names)  # Han characters
    assert re.search(r"[éèàçñãõüöäíóú]", names)  # accented Latin letters
    korean = [p for p in people if p.country == "KR"]
    assert korean and {p.name_order for p in korean} == {"family-first"}
    latin_korean = next(p for p in korean if p.family_name.isascii())
    assert latin_korean.display_name.startswith(latin_korean.family_name.upper() + " ")
    assert len({p.email for p in people}) == len(people)
    assert all(p.email.isascii() for p in people)


def test_generated_phones_are_valid_for_their_country():
    for p in ContactGenerator(3).take(3000):
        number = phonenumbers.parse(p.phone)
        assert phonenumbers.is_valid_number(number), p
        assert phonenumbers.region_code_for_number(number) == p.country, p
