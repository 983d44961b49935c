"""Member cities: status history rules, fees and their overdue rule, focal points, regions,
and the list's filters, on the sample data of the seed texts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from metrodesk.services.cities.fees import is_overdue
from metrodesk.services.errors import ValidationError
from metrodesk.services.facade import Services


def city_id(svc: Services, name: str):
    return next(i for i, n in svc.cities.city_names(name) if n == name)


def contact_id(svc: Services, words: str):
    return svc.search.find(words, 1, kinds=("contact",))[0].id


# --- the sample data -----------------------------------------------------------------------


def test_sample_cities_carry_their_links(sample_services: Services):
    seoul = sample_services.cities.detail(city_id(sample_services, "Seoul"))
    assert (seoul.country, seoul.region, seoul.status) == ("KR", "Asia-Pacific", "active")
    assert seoul.lead_organisation == "Seoul Metropolitan Government" or seoul.lead_organisation
    assert [f.contact_name for f in seoul.focal_points] == ["KIM Chang-Beom"]
    assert [f.year for f in seoul.fees] == [2018, 2019, 2020]
    assert [h.status for h in seoul.history] == ["active"]
    assert any("Seoul" in m.title or m.title for m in seoul.meetings)
    assert "KIM Chang-Beom" in [c.name for c in seoul.contacts]
    mashhad = sample_services.cities.detail(city_id(sample_services, "Mashhad"))
    assert [h.status for h in mashhad.history] == ["candidate", "active"]


# --- status history ------------------------------------------------------------------------


def test_status_change_writes_history_and_status_in_one_undo_step(sample_services: Services):
    svc = sample_services
    cid = city_id(svc, "Berlin")
    svc.cities.change_status(cid, "suspended", date(2021, 3, 1), "Fees unpaid for two years")
    city = svc.cities.detail(cid)
    assert city.status == "suspended"
    assert [(h.status, h.changed_on, h.note) for h in city.history][-1] == (
        "suspended",
        date(2021, 3, 1),
        "Fees unpaid for two years",
    )
    assert city.next_statuses == ("active", "former")
    assert svc.history.state().undo == "Change membership status"
    svc.history.undo()
    city = svc.cities.detail(cid)
    assert city.status == "active" and [h.status for h in city.history] == ["active"]


@pytest.mark.parametrize(
    ("path", "refused"),
    [
        ((), "candidate"),  # active -> candidate is not a membership change
        (("former",), "active"),  # a former member reapplies first
        (("suspended",), "candidate"),
        ((), "active"),  # already active
    ],
)
def test_status_changes_outside_the_rules_are_refused(sample_services, path, refused):
    svc = sample_services
    cid = city_id(svc, "Dakar")
    for n, status in enumerate(path):
        svc.cities.change_status(cid, status, date(2021, 1, 1 + n))
    before = svc.cities.detail(cid)
    with pytest.raises(ValidationError) as err:
        svc.cities.change_status(cid, refused, date(2022, 1, 1))
    assert err.value.field == "Status"
    assert svc.cities.detail(cid) == before


def test_full_cycle_and_dates_in_order(sample_services: Services):
    svc = sample_services
    cid = city_id(svc, "Cairo")
    for day, status in enumerate(["suspended", "former", "candidate", "active"], 1):
        svc.cities.change_status(cid, status, date(2022, 1, day))
    assert [h.status for h in svc.cities.detail(cid).history][-4:] == [
        "suspended",
        "former",
        "candidate",
        "active",
    ]
    with pytest.raises(ValidationError, match="before the last recorded change"):
        svc.cities.change_status(cid, "suspended", date(2021, 12, 31))
    with pytest.raises(ValidationError, match="Date"):
        svc.cities.change_status(cid, "suspended", "")


# --- fees ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("year", "invoiced", "paid", "today", "overdue"),
    [
        (2024, date(2024, 1, 31), None, date(2024, 4, 30), False),  # 90 days: not yet
        (2024, date(2024, 1, 31), None, date(2024, 5, 1), True),  # 91 days
        (2024, date(2024, 1, 31), date(2024, 6, 1), date(2025, 1, 1), False),  # paid late
        (2024, None, None, date(2024, 12, 31), False),  # not invoiced, year not over
        (2024, None, None, date(2025, 1, 1), True),  # unpaid past year end
        (2024, date(2024, 12, 1), None, date(2025, 1, 2), True),  # year over, even if recent
    ],
)
def test_overdue_rule(year, invoiced, paid, today, overdue):
    assert is_overdue(year, invoiced, paid, today) is overdue


def test_add_fee_and_record_payment(sample_services: Services):
    svc = sample_services
    cid = city_id(svc, "Berlin")
    fee_id = svc.cities.add_fee(cid, 2021, "12000", "eur", "2021-01-31")
    fee = next(f for f in svc.cities.detail(cid, today=date(2021, 6, 1)).fees if f.id == fee_id)
    assert (fee.amount, fee.currency, fee.state, fee.overdue) == (
        Decimal("12000"),
        "EUR",
        "invoiced",
        True,
    )
    svc.cities.record_payment(fee_id, date(2021, 6, 15))
    fee = next(f for f in svc.cities.detail(cid).fees if f.id == fee_id)
    assert (fee.state, fee.overdue, fee.paid_on) == ("paid", False, date(2021, 6, 15))
    assert svc.history.state().undo == "Record fee payment"


def test_a_fee_entered_wrongly_is_corrected(sample_services: Services):
    svc = sample_services
    cid = city_id(svc, "Berlin")
    fee_id = svc.cities.add_fee(cid, 2021, "1200", "EUR", "2021-01-31")
    svc.cities.correct_fee(fee_id, 2022, "12000.50", "usd", "2022-01-31", "2022-03-01")
    fee = next(f for f in svc.cities.detail(cid).fees if f.id == fee_id)
    assert (fee.year, fee.amount, fee.currency, fee.invoiced_on, fee.paid_on) == (
        2022,
        Decimal("12000.50"),
        "USD",
        date(2022, 1, 31),
        date(2022, 3, 1),
    )
    # a correction onto a year and currency the city already has a fee for is refused
    with pytest.raises(ValidationError) as err:
        svc.cities.correct_fee(fee_id, 2020, "100", "EUR", None, None)
    assert err.value.field == "Year" and "already has a 2020 fee in EUR" in err.value.message
    svc.history.undo()
    fee = next(f for f in svc.cities.detail(cid).fees if f.id == fee_id)
    assert (fee.year, fee.amount, fee.currency) == (2021, Decimal("1200"), "EUR")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        ((2020, "1000", "EUR"), "Year"),  # Berlin already has a 2020 fee in EUR
        ((2021, "-5", "EUR"), "Amount"),
        ((2021, "lots", "EUR"), "Amount"),
        ((2021, "100", "EURO"), "Currency"),
        ((1700, "100", "EUR"), "Year"),
        ((2021, "100", "EUR", "2021-02-01", "2021-01-01"), "Paid on"),
    ],
)
def test_bad_fees_are_refused_at_their_field(sample_services, args, field):
    with pytest.raises(ValidationError) as err:
        sample_services.cities.add_fee(city_id(sample_services, "Berlin"), *args)
    assert err.value.field == field


def test_fees_for_year_lists_every_city_with_totals_per_currency(sample_services: Services):
    report = sample_services.cities.fees_for_year(2020, today=date(2021, 1, 15))
    by_city = {r.city: r for r in report.rows}
    assert len(by_city) == 9
    # Barcelona (8,000) and Cairo (16,000) have not paid 2020 in the sample
    assert {c for c, r in by_city.items() if r.state != "paid"} == {"Barcelona", "Cairo"}
    assert by_city["Cairo"].overdue and not by_city["Seoul"].overdue
    (eur,) = report.totals
    assert (eur.currency, eur.invoiced, eur.paid, eur.unpaid) == (
        "EUR",
        Decimal(112000),
        Decimal(88000),
        Decimal(24000),
    )
    # a year without fees lists the members as having none
    empty = sample_services.cities.fees_for_year(2030)
    assert {r.state for r in empty.rows} == {"no fee"} and empty.totals == ()


# --- focal points, regions, list filters ---------------------------------------------------


def test_focal_point_with_dates(sample_services: Services):
    svc = sample_services
    cid = city_id(svc, "Paris")
    agnes = contact_id(svc, "agnes bickart")
    fp = svc.cities.add_focal_point(cid, agnes, "training focal point", "2019-01-01")
    svc.cities.end_focal_point(fp, "2020-12-31")
    (row,) = svc.cities.detail(cid).focal_points
    assert (row.role, row.start_date, row.end_date) == (
        "training focal point",
        date(2019, 1, 1),
        date(2020, 12, 31),
    )
    with pytest.raises(ValidationError, match="To"):
        svc.cities.add_focal_point(cid, agnes, "x", "2020-01-01", "2019-01-01")


def test_regions_are_an_editable_list(sample_services: Services):
    svc = sample_services
    regions = {r.name: r for r in svc.cities.regions()}
    assert regions["Europe"].cities == 3 and regions["Asia-Pacific"].cities == 3
    svc.cities.rename_region(regions["Europe"].id, "Europe and Mediterranean")
    assert svc.cities.detail(city_id(svc, "Berlin")).region == "Europe and Mediterranean"
    with pytest.raises(ValidationError, match="move them first"):
        svc.cities.delete_region(regions["Africa"].id)
    new = svc.cities.add_region("Middle East and West Asia")
    with pytest.raises(ValidationError, match="already"):
        svc.cities.add_region("middle east and west asia")
    svc.cities.delete_region(new)
    assert "Middle East and West Asia" not in [r.name for r in svc.cities.regions()]


def test_city_list_filters(sample_services: Services):
    lists = sample_services.lists

    def names(**filters):
        rows = lists.page("member_city", filters=filters)
        assert lists.count("member_city", filters=filters) == len(rows)
        return [r.values[0] for r in rows]

    assert names(region="Africa") == ["Cairo", "Dakar"]
    assert names(unpaid_year=2020) == ["Barcelona", "Cairo"]
    assert names(region="Europe", unpaid_year=2020) == ["Barcelona"]
    assert names(status="suspended") == []
    assert len(names(category="full member")) == 9
    assert [r.values[0] for r in lists.page("member_city", "ca", filters={"region": "Africa"})] == [
        "Cairo"
    ]
    assert lists.count("member_city", "") == 9  # the old signature still works


# --- the status rule holds on every path ---------------------------------------------------


def test_a_city_created_through_records_starts_its_history(services: Services):
    cid = services.records.create(
        "member_city", {"name": "Lyon", "country": "FR", "status": "candidate"}
    )
    city = services.cities.detail(cid)
    assert [(h.status, h.changed_on, h.note) for h in city.history] == [
        ("candidate", date.today(), "Created")
    ]
    # the history row is part of the same undo step as the city
    assert services.history.state().undo == "New member city"
    services.history.undo()
    assert services.cities.city_names("Lyon") == []


def test_a_city_created_without_status_starts_active_on_record(services: Services):
    cid = services.records.create("member_city", {"name": "Lyon", "country": "FR"})
    assert [h.status for h in services.cities.detail(cid).history] == ["active"]


def test_a_status_edited_through_records_obeys_the_rule_and_is_dated(sample_services):
    svc = sample_services
    cid = city_id(svc, "Dakar")
    svc.records.update("member_city", cid, {"status": "suspended", "notes": "Bureau decision"})
    city = svc.cities.detail(cid)
    assert city.status == "suspended" and city.notes == "Bureau decision"
    assert [(h.status, h.changed_on, h.note) for h in city.history][-1] == (
        "suspended",
        date.today(),
        "Changed in the editor",
    )
    # one undo step takes back the status, its history row and the other field
    svc.history.undo()
    city = svc.cities.detail(cid)
    assert city.status == "active" and [h.status for h in city.history] == ["active"]


def test_a_forbidden_status_through_records_is_refused_and_changes_nothing(sample_services):
    svc = sample_services
    cid = city_id(svc, "Dakar")
    before = svc.cities.detail(cid)
    with pytest.raises(ValidationError) as err:
        svc.records.update("member_city", cid, {"status": "candidate", "notes": "lost"})
    assert err.value.field == "Status"
    assert "use a dated status change" in err.value.message
    assert svc.cities.detail(cid) == before
    with pytest.raises(ValidationError, match="Status"):
        svc.records.update("member_city", cid, {"status": ""})
    assert svc.cities.detail(cid) == before


def test_an_unchanged_status_through_records_adds_no_history(sample_services):
    svc = sample_services
    cid = city_id(svc, "Dakar")
    svc.records.update("member_city", cid, {"status": "active", "notes": "same status"})
    assert [h.status for h in svc.cities.detail(cid).history] == ["active"]


def test_editing_a_focal_point_role_and_dates(sample_services: Services):
    svc = sample_services
    cid = city_id(svc, "Paris")
    agnes = contact_id(svc, "agnes bickart")
    fp = svc.cities.add_focal_point(cid, agnes, "focal point", "2019-01-01")
    svc.cities.update_focal_point(fp, " training focal point ", "2018-06-01", "2021-01-31")
    (row,) = svc.cities.detail(cid).focal_points
    assert (row.role, row.start_date, row.end_date) == (
        "training focal point",
        date(2018, 6, 1),
        date(2021, 1, 31),
    )
    assert svc.history.state().undo == "Edit focal point"
    # an emptied end date reopens it; a bad pair of dates is refused and changes nothing
    svc.cities.update_focal_point(fp, "training focal point", "2018-06-01", "")
    assert svc.cities.detail(cid).focal_points[0].end_date is None
    before = svc.cities.detail(cid)
    with pytest.raises(ValidationError) as err:
        svc.cities.update_focal_point(fp, "x", "2020-01-01", "2019-01-01")
    assert err.value.field == "To"
    with pytest.raises(ValidationError) as err:
        svc.cities.update_focal_point(fp, "x", "not a date", None)
    assert err.value.field == "From"
    assert svc.cities.detail(cid) == before
