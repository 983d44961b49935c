"""Creating and editing records: values are checked and stored normalised, errors name the field."""

from __future__ import annotations

import uuid

import pytest

from metrodesk.services.errors import NotFound, ValidationError


def test_contact_values_are_stored_normalised(services):
    cid = services.records.create(
        "contact",
        {"given_name": " Agnès ", "family_name": "Bickart", "email": "ABickart@Metropolis.org",
         "phone": "+34 934 13 45 00", "country": "Spain", "language": "French",
         "tags": "training, staff, training"},
    )  # fmt: skip
    got = services.records.get("contact", cid)
    assert (got["given_name"], got["country"], got["language"]) == ("Agnès", "ES", "fr")
    assert got["email"] == "ABickart@metropolis.org"
    assert got["phone"] == "+34934134500"
    assert got["tags"] == ["staff", "training"]


def test_national_phone_numbers_use_the_contact_country(services):
    cid = services.records.create(
        "contact", {"family_name": "Won", "country": "KR", "phone": "02-2133-0000"}
    )
    assert services.records.get("contact", cid)["phone"] == "+82221330000"


@pytest.mark.parametrize(
    ("values", "field", "reason"),
    [
        ({"family_name": ""}, "Family name", "is required"),
        ({"family_name": "X", "email": "abickart@"}, "E-mail", "not a valid e-mail"),
        ({"family_name": "X", "phone": "12"}, "Phone", "not a phone number"),
        ({"family_name": "X", "country": "Atlantis"}, "Country", "unknown country"),
        ({"family_name": "X", "language": "Klingonese"}, "Language", "unknown language"),
        ({"family_name": "X", "name_order": "sideways"}, "Name order", "must be one of"),
        ({"family_name": "X", "shoe_size": 44}, "shoe_size", "is not a field"),
    ],
)
def test_invalid_contact_values_name_the_field_and_write_nothing(services, values, field, reason):
    with pytest.raises(ValidationError) as err:
        services.records.create("contact", values)
    assert err.value.field == field
    assert reason in err.value.message
    assert services.lists.count("contact") == 0


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("member_city", {"name": "Paris", "country": "FR", "member_since": "1985a"},
         "Member since"),
        ("member_city", {"name": "Paris", "country": "FR", "member_since": 85}, "Member since"),
        ("member_city", {"name": "Paris", "country": "FR", "population": -3}, "Population"),
        ("meeting", {"title": "Strategic meeting", "starts_at": "2019-11-27 09:00",
                     "ends_at": "2019-11-26 18:00"}, "Ends"),
        ("meeting", {"title": "Strategic meeting", "starts_at": "26/11/2019"}, "Starts"),
        ("action_item", {"description": "Draft", "due_on": "soon"}, "Due"),
    ],
)  # fmt: skip
def test_other_kinds_check_their_fields(services, kind, values, field):
    with pytest.raises(ValidationError) as err:
        services.records.create(kind, values)
    assert err.value.field == field


def test_multi_day_meeting_and_update(services):
    mid = services.records.create(
        "meeting",
        {"title": "Strategic meeting", "starts_at": "2019-11-26 09:00",
         "ends_at": "2019-11-27 18:00", "city": "Barcelona", "other_attendees": "33"},
    )  # fmt: skip
    services.records.update("meeting", mid, {"venue": "Secretariat General"})
    got = services.records.get("meeting", mid)
    assert (got["ends_at"] - got["starts_at"]).days == 1
    assert (got["venue"], got["other_attendees"]) == ("Secretariat General", 33)


def test_changing_organisation_keeps_the_past_affiliation(services):
    a = services.records.create("organisation", {"name": "City of Dakar"})
    b = services.records.create("organisation", {"name": "Metropolis Secretariat General"})
    cid = services.records.create("contact", {"family_name": "Sow", "organisation_id": a})
    services.records.update("contact", cid, {"organisation_id": b})
    assert services.records.get("contact", cid)["organisation_id"] == b
    assert [r.values[2] for r in services.lists.page("contact")] == [
        "Metropolis Secretariat General"
    ]
    # search finds people by their current organisation only
    assert [h.kind for h in services.search.find("dakar")] == ["organisation"]
    assert [h.label for h in services.search.find("metropolis")] == [
        "Sow",
        "Metropolis Secretariat General",
    ]


def test_missing_records(services):
    with pytest.raises(NotFound, match="no contact"):
        services.records.get("contact", uuid.uuid4())
    cid = services.records.create("contact", {"family_name": "Park"})
    services.records.delete("contact", cid)
    with pytest.raises(NotFound):
        services.records.update("contact", cid, {"job_title": "Mayor"})
    assert services.records.get("contact", cid)["deleted"] is True


def test_meeting_notes_are_stored_without_anything_active(services):
    mid = services.records.create(
        "meeting",
        {"title": "Board", "starts_at": "2020-01-10 10:00",
         "notes_html": '<p onclick="x()">Agreed <b>budget</b><script>alert(1)</script>'
                       '<a href="javascript:evil()">link</a><img src="http://t.example/p.png"></p>'},
    )  # fmt: skip
    notes = services.records.get("meeting", mid)["notes_html"]
    assert "<b>budget</b>" in notes
    for active in ("script", "onclick", "javascript:", "<img", "alert"):
        assert active not in notes
    assert [h.label for h in services.search.find("budget")] == ["Board"]


def test_countries_and_languages_are_understood_in_french_and_spanish():
    """Colleagues' sheets name countries and languages in their own language."""
    from metrodesk.services.records import validation

    assert validation.country("Country", "Mexique") == "MX"
    assert validation.country("Country", "México") == "MX"
    assert validation.country("Country", "Corée, République de") == "KR"
    assert validation.country("Country", "Égypte") == "EG"
    assert validation.language("Language", "Francés") == "fr"
    assert validation.language("Language", "anglais") == "en"
    with pytest.raises(ValidationError, match="unknown country 'Atlantis'"):
        validation.country("Country", "Atlantis")
