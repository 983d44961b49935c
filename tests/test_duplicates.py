"""Duplicate contacts: found by e-mail, phone and alike names, and hinted while creating one."""

from __future__ import annotations

import time

from metrodesk.services.contacts.duplicates import name_key


def _contact(services, given: str, family: str, **more: str):
    return services.records.create("contact", {"given_name": given, "family_name": family, **more})


def _pair_ids(pairs):
    return [{p.first.id, p.second.id} for p in pairs]


def test_same_email_in_another_case_is_a_duplicate(services):
    a = _contact(services, "Ana", "Ferreira", email="ana.ferreira@lisboa.pt")
    b = _contact(services, "Joana", "Silva", email="Ana.Ferreira@Lisboa.pt")
    _contact(services, "Pedro", "Costa", email="pedro@lisboa.pt")

    pairs = services.duplicates.find_duplicates()

    assert _pair_ids(pairs) == [{a, b}]
    assert pairs[0].score == 100
    assert pairs[0].reason.startswith("same e-mail ana.ferreira@lisboa.pt")


def test_same_phone_written_differently_is_a_duplicate(services):
    a = _contact(services, "Ana", "Ferreira", phone="+34 933 42 87 50")
    b = _contact(services, "Joana", "Silva", phone="(93) 342 87 50", country="ES")

    (pair,) = services.duplicates.find_duplicates()

    assert {pair.first.id, pair.second.id} == {a, b}
    assert pair.reason == "same phone +34933428750"


def test_names_match_across_accents_order_and_spelling(services):
    agnes = _contact(services, "Agnès", "Bickart")
    plain = _contact(services, "Agnes", "Bickart")
    swapped = _contact(services, "Bickart", "Agnes")
    typo = _contact(services, "Agnes", "Bickkart")
    _contact(services, "Agnes", "Martin")
    _contact(services, "Bernard", "Bickart")

    pairs = services.duplicates.find_duplicates()

    found = _pair_ids(pairs)
    for other in (plain, swapped, typo):
        assert {agnes, other} in found
    assert all(p.score >= 88 and p.reason.startswith("similar names") for p in pairs)
    assert len(found) == 6  # the four spellings pairwise; Martin and Bernard stay apart


def test_an_email_pair_with_alike_names_ranks_first_and_says_both(services):
    _contact(services, "Kim", "Park")
    _contact(services, "Kim", "Park")
    a = _contact(services, "Agnès", "Bickart", email="abickart@metropolis.org")
    b = _contact(services, "Agnes", "Bickart", email="ABICKART@metropolis.org")

    pairs = services.duplicates.find_duplicates()

    assert {pairs[0].first.id, pairs[0].second.id} == {a, b}
    assert pairs[0].reason == "same e-mail abickart@metropolis.org; similar names (100)"


def test_deleted_contacts_are_not_duplicates(services):
    a = _contact(services, "Ana", "Ferreira", email="ana@lisboa.pt")
    _contact(services, "Ana", "Ferreira", email="ana@lisboa.pt")
    services.records.delete("contact", a)

    assert services.duplicates.find_duplicates() == ()


def test_limit_and_progress(services):
    for _ in range(4):
        _contact(services, "Maria", "Garcia")
    seen = []

    pairs = services.duplicates.find_duplicates(
        limit=3, progress=lambda d, t: seen.append(d) or True
    )

    assert len(pairs) == 3
    assert seen


def test_likely_matches_while_typing(sample_services):
    agnes = next(p.id for p in sample_services.lists.page("contact", "Bickart"))

    by_family = sample_services.duplicates.likely_matches({"family_name": "Bickart"})
    by_email = sample_services.duplicates.likely_matches(
        {"family_name": "Nobody", "email": "ABickart@Metropolis.org"}
    )
    swapped = sample_services.duplicates.likely_matches(
        {"given_name": "Bickart", "family_name": "Agnes"}
    )
    nothing = sample_services.duplicates.likely_matches({"family_name": "Zzyzx"})

    assert [m.contact.id for m in by_family] == [agnes]
    assert by_email[0].contact.id == agnes and by_email[0].reason.startswith("same e-mail")
    assert [m.contact.id for m in swapped] == [agnes]
    assert nothing == ()


def test_name_key_folds_accents_and_punctuation():
    assert name_key("Chang-Beom", "Kim") == "chang beom kim"
    assert name_key("Agnès", "Bickart") == name_key("AGNES", "bickart")


def test_scan_of_many_contacts_is_quick(services):
    # given: 3,000 contacts with a few hundred distinct names (many alike, as in real files)
    from metrodesk.services.sample.demo import load_demo

    load_demo(services.db, 3000)
    # when
    start = time.perf_counter()
    pairs = services.duplicates.find_duplicates(limit=200)
    # then
    assert time.perf_counter() - start < 5
    assert len(pairs) == 200
