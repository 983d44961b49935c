"""Search ignores case and accents, matches word starts, and follows every edit."""

from __future__ import annotations

import pytest

from metrodesk.data.search_index import fold, match_expression


@pytest.fixture
def filled(services):
    r = services.records
    org = r.create("organisation", {"name": "Metropolitan Government of Seoul", "country": "KR"})
    r.create("contact", {"given_name": "Agnès", "family_name": "Bickart", "country": "ES"})
    r.create(
        "contact",
        {"given_name": "Chang-Beom", "family_name": "Kim", "name_order": "family-first",
         "organisation_id": org},
    )  # fmt: skip
    r.create("member_city", {"name": "São Paulo", "country": "BR", "region": "Latin America"})
    r.create("member_city", {"name": "Mexico City", "local_name": "Ciudad de México",
                             "country": "MX"})  # fmt: skip
    return services


@pytest.mark.parametrize(
    ("kind", "query", "expected"),
    [
        ("contact", "agnes", ["Agnès Bickart"]),
        ("contact", "AGNÈS", ["Agnès Bickart"]),
        ("contact", "bick", ["Agnès Bickart"]),
        ("contact", "kim", ["KIM Chang-Beom"]),
        ("contact", "beom", ["KIM Chang-Beom"]),
        ("contact", "seoul", ["KIM Chang-Beom"]),
        ("contact", "ickart", []),
        ("member_city", "sao paulo", ["São Paulo"]),
        ("member_city", "mex", ["Mexico City"]),
        ("member_city", "mexico", ["Mexico City"]),
    ],
)
def test_list_search(filled, kind, query, expected):
    rows = filled.lists.page(kind, query)
    assert [r.values[0] for r in rows] == expected
    assert filled.lists.count(kind, query) == len(expected)


def test_global_search_groups_kinds(filled):
    hits = filled.search.find("seoul")
    assert [(h.group, h.label) for h in hits] == [
        ("Contacts", "KIM Chang-Beom"),
        ("Organisations", "Metropolitan Government of Seoul"),
    ]


def test_search_follows_edits_and_deletions(filled):
    (agnes,) = filled.lists.page("contact", "agnes")
    filled.records.update("contact", agnes.id, {"family_name": "Bickart-Martin"})
    assert filled.lists.count("contact", "martin") == 1
    filled.records.delete("contact", agnes.id)
    assert filled.lists.count("contact", "agnes") == 0
    assert filled.search.find("agnes") == []
    filled.records.restore("contact", agnes.id)
    assert [h.label for h in filled.search.find("agnes")] == ["Agnès Bickart-Martin"]


@pytest.mark.parametrize("query", ["", "   ", '"', "*", "()", "AND", "-"])
def test_odd_queries_never_fail(filled, query):
    filled.lists.page("contact", query)
    filled.search.find(query)


def test_fold_and_match_expression():
    assert fold("Agnès ÇA Straße") == "agnes ca strasse"
    assert match_expression("São  Paulo!") == '"sao"* AND "paulo"*'
    assert match_expression("  ") is None


@pytest.mark.parametrize(
    ("name", "query"),
    [
        ("서울특별시", "서울"),  # Hangul syllables, not their letters
        ("أحمد", "أحمد"),  # Arabic with hamza, typed as written
        ("أحمد", "احمد"),  # and without it
        ("Île-de-France Region", "ile de france"),
    ],
)
def test_non_latin_scripts_are_found(services, name, query):
    services.records.create("organisation", {"name": name})
    assert [h.label for h in services.search.find(query)] == [name]


def test_family_first_name_without_given_name_has_no_stray_space(services):
    services.records.create("contact", {"family_name": "Park", "name_order": "family-first"})
    assert [r.values[0] for r in services.lists.page("contact")] == ["PARK"]


def test_a_filter_with_a_search_matching_more_than_sqlite_takes_as_parameters(db_path):
    """A common word (every synthetic e-mail is at an example.org domain) matches the whole
    list; with a filter the matches must stay in SQL rather than become parameters."""
    from metrodesk.data.database import Database
    from metrodesk.services.facade import Services
    from metrodesk.services.sample.demo import load_demo

    db = Database.open(db_path)
    load_demo(db, size=33_000)
    db.close()
    svc = Services.open(db_path)
    total = svc.lists.count("contact", "example")
    assert total > 32_766  # SQLite's default limit of parameters in one statement
    in_kr = svc.lists.count("contact", "example", filters={"country": "KR"})
    rows = svc.lists.page("contact", "example", 0, 50, filters={"country": "KR"})
    svc.close()
    assert 0 < in_kr < total
    assert len(rows) == 50


def test_results_are_ranked_by_relevance(services):
    # given one person named Park and two who only mention a park in a long job title
    r = services.records.create
    r("contact", {"family_name": "Abbott", "job_title": "Head of parks, gardens, squares, "
                  "playgrounds and street trees of the metropolitan area"})  # fmt: skip
    r("contact", {"given_name": "Min-jun", "family_name": "Park"})
    r("contact", {"family_name": "Baker", "job_title": "Liaison for the park district, the "
                  "riverside and the old harbour development corporation"})  # fmt: skip
    # when searching "park": the name match comes first, before the alphabetical order
    names = [row.values[0] for row in services.lists.page("contact", "park")]
    assert names[0] == "Min-jun Park"
    assert sorted(names) == ["Abbott", "Baker", "Min-jun Park"]


@pytest.mark.parametrize(("rank_limit", "probe_limit"), [(2, 1), (2, 1000), (1000, 1)])
def test_broad_searches_count_exactly_and_list_newest_first(
    services, monkeypatch, rank_limit, probe_limit
):
    """Past RANK_LIMIT matches a search is not ranked but listed newest first, and counted by
    whichever side has fewer documents; every way gives the same exact count and pages."""
    from metrodesk.services.lists import search as list_search

    r = services.records
    for name in ("Mar Alonso", "Maria Berg", "Marc Costa", "Marta Dunn", "Omar Kane"):
        given, family = name.split()
        r.create("contact", {"given_name": given, "family_name": family})
    r.create("organisation", {"name": "Marseille Metropole"})
    r.create("organisation", {"name": "Martinique Region"})
    r.create("contact", {"given_name": "Lee", "family_name": "Park"})
    monkeypatch.setattr(list_search, "RANK_LIMIT", rank_limit)
    monkeypatch.setattr(list_search, "PROBE_LIMIT", probe_limit)

    assert services.lists.count("contact", "mar") == 4
    assert services.lists.count("organisation", "mar") == 2
    names = [row.values[0] for row in services.lists.page("contact", "mar", 0, 10)]
    if rank_limit < 7:  # 6 matches of every kind: broad
        assert names == ["Marta Dunn", "Marc Costa", "Maria Berg", "Mar Alonso"]
    else:
        assert sorted(names) == ["Mar Alonso", "Marc Costa", "Maria Berg", "Marta Dunn"]
    # page by page, after the last row (keyset) or past an offset: the same rows
    first = services.lists.page("contact", "mar", 0, 2)
    by_offset = services.lists.page("contact", "mar", 2, 2)
    after = services.lists.page("contact", "mar", 2, 2, after=first[-1].id)
    assert [row.id for row in after] == [row.id for row in by_offset]
    assert {row.id for row in first} | {row.id for row in after} == {
        row.id for row in services.lists.page("contact", "mar", 0, 10)
    }
    orgs = [row.values[0] for row in services.lists.page("organisation", "mar")]
    assert sorted(orgs) == ["Marseille Metropole", "Martinique Region"]
    assert services.lists.first_page("contact", "mar", 2) == (4, first)


@pytest.mark.parametrize(("rank_limit", "probe_limit"), [(0, 0), (0, 1000)])
def test_broad_global_search_lists_the_newest_of_each_kind(
    filled, monkeypatch, rank_limit, probe_limit
):
    from metrodesk.services.lists import global_search as search

    filled.records.create("contact", {"given_name": "Seo-yeon", "family_name": "Seoul-Park"})
    ranked = filled.search.find("seoul")
    monkeypatch.setattr(search, "RANK_LIMIT", rank_limit)
    monkeypatch.setattr(search, "PROBE_LIMIT", probe_limit)
    broad = filled.search.find("seoul")
    assert [(h.group, h.label) for h in broad] == [
        ("Contacts", "Seo-yeon Seoul-Park"),
        ("Contacts", "KIM Chang-Beom"),
        ("Organisations", "Metropolitan Government of Seoul"),
    ]
    assert sorted(h.label for h in ranked) == sorted(h.label for h in broad)
    assert [h.label for h in filled.search.find("seoul", per_kind=1)] == [
        "Seo-yeon Seoul-Park",
        "Metropolitan Government of Seoul",
    ]


def test_pickers_tell_namesakes_apart(services):
    """Three "Agnès Bickart": each hit says her organisation, e-mail and city."""
    records = services.records
    org = records.create("organisation", {"name": "Metropolis", "city": "Barcelona"})
    records.create(
        "contact",
        {
            "given_name": "Agnès",
            "family_name": "Bickart",
            "email": "abickart@metropolis.org",
            "organisation_id": org,
            "city": "Barcelona",
        },
    )
    records.create(
        "contact",
        {"given_name": "Agnès", "family_name": "Bickart", "email": "agnes@paris.fr"},
    )
    records.create("contact", {"given_name": "Agnès", "family_name": "Bickart", "country": "FR"})
    hits = services.search.find("agnes bickart", kinds=("contact",), hints=True)
    assert sorted(h.hint for h in hits) == [
        "France",
        "Metropolis · abickart@metropolis.org · Barcelona",
        "agnes@paris.fr",
    ]
    (metropolis,) = services.search.find("metropolis", kinds=("organisation",), hints=True)
    assert metropolis.hint == "Barcelona"
    assert all(h.hint == "" for h in services.search.find("agnes", kinds=("contact",)))
