"""List sorting by any column and the contact filters; search, filters and sort combine."""

from __future__ import annotations

import pytest


def _names(services, kind="contact", **kw):
    return [r.values[0] for r in services.lists.page(kind, kw.pop("query", ""), 0, 100, **kw)]


@pytest.fixture
def people(services):
    r = services.records
    unesco = r.create("organisation", {"name": "UNESCO", "country": "FR"})
    dakar = r.create("organisation", {"name": "City of Dakar", "country": "SN"})
    r.create("contact", {"given_name": "Agnès", "family_name": "Bickart", "country": "FR",
                         "language": "fr", "email": "ab@example.org", "organisation_id": unesco,
                         "tags": "training"})  # fmt: skip
    r.create("contact", {"given_name": "Rahmatouca", "family_name": "Sow", "country": "SN",
                         "language": "fr", "organisation_id": dakar})  # fmt: skip
    r.create("contact", {"given_name": "Chang-Beom", "family_name": "Kim", "country": "KR",
                         "language": "ko", "email": "kim@seoul.go.kr",
                         "tags": "training, staff"})  # fmt: skip
    return {"unesco": unesco, "dakar": dakar}


def test_default_order_is_kept_without_sort(services, people):
    assert _names(services) == ["Agnès Bickart", "Chang-Beom Kim", "Rahmatouca Sow"]
    assert services.lists.page("contact", "", 0, 100) == services.lists.page("contact")


def test_sort_by_name_uses_the_sort_key_both_ways(services, people):
    assert _names(services, sort=("name", False)) == [
        "Agnès Bickart",
        "Chang-Beom Kim",
        "Rahmatouca Sow",
    ]
    assert _names(services, sort=("name", True)) == [
        "Rahmatouca Sow",
        "Chang-Beom Kim",
        "Agnès Bickart",
    ]


def test_sort_by_a_column_puts_empty_values_last(services, people):
    # Kim has no organisation: last whichever way
    assert _names(services, sort=("organisation", False)) == [
        "Rahmatouca Sow",
        "Agnès Bickart",
        "Chang-Beom Kim",
    ]
    assert _names(services, sort=("organisation", True)) == [
        "Agnès Bickart",
        "Rahmatouca Sow",
        "Chang-Beom Kim",
    ]
    assert _names(services, sort=("country", True))[0] == "Rahmatouca Sow"


def test_organisations_sort_by_their_columns(services, people):
    assert _names(services, "organisation", sort=("country", True)) == ["City of Dakar", "UNESCO"]
    assert _names(services, "organisation", sort=("name", True)) == ["UNESCO", "City of Dakar"]


def test_unknown_sort_column_is_refused(services, people):
    with pytest.raises(ValueError, match="cannot be sorted"):
        services.lists.page("contact", sort=("nope", False))


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"country": "FR"}, ["Agnès Bickart"]),
        ({"language": "fr"}, ["Agnès Bickart", "Rahmatouca Sow"]),
        ({"tag": "training"}, ["Agnès Bickart", "Chang-Beom Kim"]),
        ({"tag": "staff"}, ["Chang-Beom Kim"]),
        ({"has_email": True}, ["Agnès Bickart", "Chang-Beom Kim"]),
        ({"has_email": False}, ["Rahmatouca Sow"]),
        ({"country": "", "language": None}, ["Agnès Bickart", "Chang-Beom Kim", "Rahmatouca Sow"]),
    ],
)
def test_contact_filters(services, people, filters, expected):
    assert _names(services, filters=filters) == expected
    assert services.lists.count("contact", filters=filters) == len(expected)


def test_filter_by_organisation(services, people):
    filters = {"organisation": people["dakar"]}
    assert _names(services, filters=filters) == ["Rahmatouca Sow"]
    assert _names(services, filters={"organisation": str(people["unesco"])}) == ["Agnès Bickart"]


def test_search_filter_and_sort_combine(services, people):
    kw = {"query": "training", "filters": {"has_email": True}, "sort": ("name", True)}
    assert _names(services, **kw) == ["Chang-Beom Kim", "Agnès Bickart"]
    assert services.lists.count("contact", "training", filters={"has_email": True}) == 2
    # search and sort without filters: sorted, not by relevance
    assert _names(services, query="training", sort=("name", True)) == [
        "Chang-Beom Kim",
        "Agnès Bickart",
    ]


def test_filter_choices_come_from_live_contacts(services, people):
    choices = services.lists.contact_filter_choices()
    assert [name for _, name in choices.organisations] == ["City of Dakar", "UNESCO"]
    assert choices.countries == ("FR", "KR", "SN")
    assert choices.languages == ("fr", "ko")
    assert choices.tags == ("staff", "training")
