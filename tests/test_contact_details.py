"""A contact's e-mails, phones, affiliations and consents, replaced as one undoable action."""

from __future__ import annotations

from datetime import date

import pytest

from metrodesk.services.contacts.details import (
    AffiliationEntry,
    ConsentEntry,
    EmailEntry,
    PhoneEntry,
)
from metrodesk.services.errors import ValidationError


@pytest.fixture
def person(services):
    org = services.records.create("organisation", {"name": "Metropolis Secretariat General"})
    cid = services.records.create(
        "contact",
        {
            "given_name": "Agnès",
            "family_name": "Bickart",
            "country": "ES",
            "email": "abickart@metropolis.org",
            "organisation_id": org,
        },
    )
    return cid, org


def _save(services, cid, emails=(), phones=(), affiliations=None, consents=()):
    current = services.contact_details.details(cid)
    services.contact_details.save(
        cid,
        list(emails),
        list(phones),
        list(current.affiliations if affiliations is None else affiliations),
        list(consents),
    )


def test_several_emails_and_phones_are_kept_in_order(services, person):
    cid, _org = person
    first = services.contact_details.details(cid).emails[0]
    _save(
        services,
        cid,
        [
            EmailEntry(" agnes@example.org ", "home"),
            EmailEntry(first.address, first.label, first.id),
        ],
        [PhoneEntry("934 13 45 00"), PhoneEntry("+82 2 2133 0000", "mobile")],
    )
    got = services.contact_details.details(cid)
    assert [(e.address, e.label, e.position) for e in got.emails] == [
        ("agnes@example.org", "home", 0),
        ("abickart@metropolis.org", "work", 1),
    ]
    assert got.emails[1].id == first.id  # the unchanged address kept its row
    assert [p.number for p in got.phones] == ["+34934134500", "+82221330000"]
    # position 0 is what the form and the list show as the contact's e-mail and phone
    form = services.records.get("contact", cid)
    assert (form["email"], form["phone"]) == ("agnes@example.org", "+34934134500")
    row = services.lists.page("contact", "")[0]
    assert "agnes@example.org" in row.values and "+34934134500" in row.values


def test_removed_rows_are_soft_deleted(services, person):
    cid, _org = person
    _save(services, cid, [], [])
    assert services.contact_details.details(cid).emails == ()
    assert services.records.get("contact", cid)["email"] == ""
    assert services.lists.count("contact", filters={"has_email": False}) == 1


def test_an_invalid_second_email_is_refused_by_its_row_and_nothing_changes(services, person):
    cid, _org = person
    before = services.contact_details.details(cid)
    state = services.history.state()
    with pytest.raises(ValidationError) as err:
        _save(
            services,
            cid,
            [*before.emails, EmailEntry("abickart@")],
            [PhoneEntry("+34 934 13 45 00")],
        )
    assert err.value.field == "E-mail 2"
    assert "not a valid e-mail" in err.value.message
    assert services.contact_details.details(cid) == before
    assert services.history.state() == state


def test_a_bad_phone_names_its_row(services, person):
    cid, _org = person
    with pytest.raises(ValidationError) as err:
        _save(services, cid, [], [PhoneEntry("+34934134500"), PhoneEntry("12")])
    assert err.value.field == "Phone 2"


def test_affiliation_history_keeps_past_and_current_roles(services, person):
    cid, org = person
    town = services.records.create("organisation", {"name": "Barcelona City Council"})
    current = services.contact_details.details(cid).affiliations[0]
    _save(
        services,
        cid,
        affiliations=[
            AffiliationEntry(org, "Training officer", "2019-01-01", None, current.id),
            AffiliationEntry(town, "Adviser", date(2012, 5, 1), "2018-12-31"),
        ],
    )
    got = services.contact_details.details(cid).affiliations
    assert [(a.organisation_name, a.role, a.end) for a in got] == [
        ("Metropolis Secretariat General", "Training officer", None),
        ("Barcelona City Council", "Adviser", date(2018, 12, 31)),
    ]
    assert got[0].id == current.id
    assert services.records.get("contact", cid)["organisation_id"] == org
    people = services.contact_details.organisation_people(town)
    assert [(p.name, p.role, p.current) for p in people] == [("Agnès Bickart", "Adviser", False)]
    here = services.contact_details.organisation_people(org)
    assert [(p.name, p.current) for p in here] == [("Agnès Bickart", True)]


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        (AffiliationEntry(None, "Adviser"), "needs an organisation"),
        ("ends-early", "ends before it starts"),
    ],
)
def test_affiliation_rules(services, person, entry, reason):
    cid, org = person
    if entry == "ends-early":
        entry = AffiliationEntry(org, "Adviser", "2020-01-01", "2019-01-01")
    with pytest.raises(ValidationError) as err:
        _save(services, cid, affiliations=[entry])
    assert err.value.field == "Affiliation 1"
    assert reason in err.value.message


def test_consents_need_a_purpose_and_withdrawal_after_giving(services, person):
    cid, _org = person
    with pytest.raises(ValidationError) as err:
        _save(services, cid, consents=[ConsentEntry("  ", "2021-01-01")])
    assert (err.value.field, err.value.message) == ("Consent 1", "needs a purpose")
    late = ConsentEntry("Newsletter", "2021-03-01", "2021-02-01")
    with pytest.raises(ValidationError) as err:
        _save(services, cid, consents=[ConsentEntry("Events", "2021-01-01"), late])
    assert err.value.field == "Consent 2"
    assert "withdrawn before" in err.value.message
    _save(services, cid, consents=[ConsentEntry("Newsletter", "2021-03-01", "2021-03-01", "form")])
    (got,) = services.contact_details.details(cid).consents
    assert (got.purpose, got.given_on, got.withdrawn_on, got.source) == (
        "Newsletter",
        date(2021, 3, 1),
        date(2021, 3, 1),
        "form",
    )


def test_consent_filter(services, person):
    cid, _org = person
    other = services.records.create("contact", {"family_name": "Sow"})
    withdrawn = services.records.create("contact", {"family_name": "Kim"})
    _save(services, cid, consents=[ConsentEntry("Newsletter", "2021-01-01")])
    services.contact_details.save(
        withdrawn, [], [], [], [ConsentEntry("Newsletter", "2020-01-01", "2021-01-01")]
    )

    def names(value):
        return {r.id for r in services.lists.page("contact", filters={"consent": value})}

    assert names("given") == {cid}
    assert names("none") == {other, withdrawn}
    assert services.lists.count("contact", filters={"consent": "given"}) == 1
    with pytest.raises(ValueError):
        names("maybe")


def test_one_undo_restores_every_list(services, person):
    cid, org = person
    before = services.contact_details.details(cid)
    _save(
        services,
        cid,
        [EmailEntry("one@example.org"), EmailEntry("two@example.org")],
        [PhoneEntry("+34934134500")],
        [AffiliationEntry(org, "Adviser", "2020-01-01", "2021-01-01")],
        [ConsentEntry("Newsletter", "2021-01-01")],
    )
    assert services.history.state().undo == "Edit contact details"
    assert services.history.undo() == "Edit contact details"
    assert services.contact_details.details(cid) == before
    assert services.records.get("contact", cid)["email"] == "abickart@metropolis.org"
