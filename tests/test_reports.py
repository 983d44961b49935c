"""The in-app reports, checked against figures counted by hand from the seed texts' sample:
nine active member cities (Africa 2, Asia-Pacific 3, Europe 3, North America 1), fees for
2018-2020 of 8,000 / 12,000 / 16,000 EUR by population (112,000 EUR a year), Barcelona and
Cairo not having paid 2020."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from openpyxl import load_workbook

from metrodesk.services.facade import Services
from metrodesk.services.report_workbook import write_membership, write_training
from metrodesk.services.training import NewParticipant


def test_membership_overview_on_the_sample(sample_services: Services):
    report = sample_services.reports.membership(today=date(2021, 2, 1))
    assert [(r.region, r.counts) for r in report.regions] == [
        ("Africa", (0, 2, 0, 0)),
        ("Asia-Pacific", (0, 3, 0, 0)),
        ("Europe", (0, 3, 0, 0)),
        ("North America", (0, 1, 0, 0)),
    ]
    assert report.statuses == ("candidate", "active", "suspended", "former")
    assert report.totals == (0, 9, 0, 0)
    fees = {(f.year, f.currency): f for f in report.fees}
    assert sorted(fees) == [(2018, "EUR"), (2019, "EUR"), (2020, "EUR")]
    y2019, y2020 = fees[(2019, "EUR")], fees[(2020, "EUR")]
    assert (y2019.fees, y2019.paid, y2019.unpaid, y2019.paid_amount) == (9, 9, 0, Decimal(112000))
    assert (y2020.paid, y2020.unpaid, y2020.overdue) == (7, 2, 2)
    assert (y2020.paid_amount, y2020.unpaid_amount) == (Decimal(88000), Decimal(24000))


def test_membership_overview_follows_a_status_change(sample_services: Services):
    svc = sample_services
    dakar = next(i for i, n in svc.cities.city_names("Dakar"))
    svc.cities.change_status(dakar, "suspended", date(2021, 1, 1))
    africa = svc.reports.membership().regions[0]
    assert (africa.region, africa.counts) == ("Africa", (0, 1, 1, 0))


def _sessions(svc: Services) -> None:
    by_city = {c.city: c.id for c in svc.training.centres()}
    plan = [
        ("Seoul", "2019-06-01", ["Ada Lee", "Bo Kim", "Cy Park"]),
        ("Seoul", "2020-06-01", ["Dan Cho"]),
        ("Cairo", "2020-02-01", ["Eve Said", "Fay Nour"]),
        ("Paris", None, ["Gil Roy"]),  # no date: left out of the yearly figures
    ]
    for city, start, people in plan:
        svc.training.create_session(
            {"title": f"Course in {city}", "centre_id": by_city[city], "start_date": start},
            [
                NewParticipant(given_name=p.split()[0], family_name=p.split()[1], attended=i == 0)
                for i, p in enumerate(people)
            ],
        )


def test_training_activity(sample_services: Services):
    _sessions(sample_services)
    report = sample_services.reports.training()
    assert report.years == (2019, 2020)
    assert report.centres[0] == "Metropolis International Training Institute"
    assert [(r.centre.split()[0], r.year, r.sessions, r.participants, r.attended) for r in
            report.rows] == [
        ("Metropolis", 2019, 1, 3, 1),
        ("Metropolis", 2020, 1, 1, 1),
        ("Cairo", 2020, 1, 2, 1),
    ]  # fmt: skip
    assert report.figure("Cairo training satellite", 2020, "participants") == 2
    assert report.figure("Paris training satellite", 2020) == 0


def test_reports_to_excel(sample_services: Services, tmp_path):
    _sessions(sample_services)
    # a region name that a spreadsheet would take for a formula stays text
    svc = sample_services
    region = svc.cities.add_region("=HYPERLINK(1)")
    berlin = next(i for i, _ in svc.cities.city_names("Berlin"))
    svc.records.update("member_city", berlin, {"region": "=HYPERLINK(1)"})
    assert region
    path = write_membership(svc.reports.membership(today=date(2021, 2, 1)), tmp_path / "m.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Members by region", "Fees by year"]
    rows = list(wb["Members by region"].values)
    assert rows[0] == ("Region", "Candidate", "Active", "Suspended", "Former", "Total")
    assert ("=HYPERLINK(1)", 0, 1, 0, 0, 1) in rows
    assert wb["Members by region"]["A2"].data_type == "s"
    assert rows[-1] == ("Total", 0, 9, 0, 0, 9)
    fees = list(wb["Fees by year"].values)
    assert fees[3] == (2020, "EUR", 9, 7, 2, 2, 88000, 24000)
    formula_cells = [
        c for row in wb["Members by region"].iter_rows() for c in row if c.data_type == "f"
    ]
    assert formula_cells == []

    path = write_training(svc.reports.training(), tmp_path / "t.xlsx")
    rows = list(load_workbook(path)["Training activity"].values)
    assert rows[1][2:5] == (2019, 1, 3)
    assert not (tmp_path / "t.xlsx.part").exists()
