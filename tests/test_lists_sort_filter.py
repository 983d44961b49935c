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


@pytest.mark.parametrize(
    ("kind", "sort"),
    [("contact", None), ("contact", ("name", False)), ("contact", ("name", True)),
     ("contact", ("organisation", False)), ("organisation", None), ("member_city", None),
     ("action_item", None)],
)  # fmt: skip
def test_pages_after_a_row_match_pages_past_an_offset(sample_services, kind, sort):
    lists = sample_services.lists
    options = {"sort": sort} if sort else {}
    whole = [row.id for row in lists.page(kind, "", 0, 1000, **options)]
    assert len(whole) >= 4
    seen = []
    while len(seen) < len(whole):
        after = seen[-1] if seen else None
        page = lists.page(kind, "", len(seen), 3, after=after, **options)
        assert page, "a page short of the end"
        seen += [row.id for row in page]
    assert seen == whole


def test_a_page_after_a_deleted_row_falls_back_to_the_offset(services, people):
    first, second = services.lists.page("contact", "", 0, 2)
    services.records.delete("contact", second.id)
    rest = services.lists.page("contact", "", 1, 10, after=second.id)
    assert [row.values[0] for row in rest] == ["Rahmatouca Sow"]
    assert services.lists.rows("contact", [second.id, first.id]) == [first]


def test_pages_after_a_row_without_due_date_still_reach_the_end(services):
    # rows whose order holds a NULL (no due date, listed last) are paged past by offset
    for n, due in enumerate([None, "2024-05-01", None, None]):
        services.records.create("action_item", {"description": f"Follow-up {n}", "due_on": due})
    whole = [row.id for row in services.lists.page("action_item", "", 0, 100)]
    seen: list = []
    while len(seen) < len(whole):
        page = services.lists.page(
            "action_item", "", len(seen), 1, after=seen[-1] if seen else None
        )
        assert page, "a page short of the end"
        seen += [row.id for row in page]
    assert seen == whole


def test_names_sort_without_regard_to_accents_or_case(services):
    for name, city in [("The Hague City", "Den Haag"), ("Île-de-France Region", "Paris"),
                       ("zagreb city office", "Zagreb"), ("Ëtat de Genève", "Genève"),
                       ("Agence Française", "Évry")]:  # fmt: skip
        services.records.create("organisation", {"name": name, "city": city})
    assert _names(services, "organisation") == [
        "Agence Française",
        "Ëtat de Genève",
        "Île-de-France Region",
        "The Hague City",
        "zagreb city office",
    ]
    cities = services.lists.page("organisation", "", 0, 10, sort=("city", False))
    assert [r.values[2] for r in cities] == ["Den Haag", "Évry", "Genève", "Paris", "Zagreb"]


def test_which_lists_page_from_an_index(services):
    quick = services.lists.quick
    assert quick("contact") and quick("contact", "kim")
    assert quick("contact", sort=("name", True))
    assert not quick("contact", sort=("email", False))
    assert not quick("contact", "kim", sort=("name", False))
    assert not quick("contact", filters={"has_email": True})
    assert quick("contact", filters={"country": ""})  # an empty filter is no filter
