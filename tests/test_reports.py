"""The in-app reports, checked against figures counted by hand from the seed texts' sample:
nine active member cities (Africa 2, Asia-Pacific 3, Europe 3, North America 1), fees for
2018-2020 of 8,000 / 12,000 / 16,000 EUR by population (112,000 EUR a year), Barcelona and
Cairo not having paid 2020."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.reports.workbook import (
    write_actions,
    write_meetings,
    write_membership,
    write_training,
)
from metrodesk.services.training.network import NewParticipant


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
    # saved as the reports window saves what it shows: through the service
    path = svc.reports.save(svc.reports.membership(today=date(2021, 2, 1)), tmp_path / "m.xlsx")
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Members by region", "Fees by year", "Arrears"]
    assert wb.properties.lastModifiedBy == svc.db.author
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


def _summary(path) -> dict:
    """The Summary sheet's label -> value rows (title and section headings have no value)."""
    wb = load_workbook(path)
    assert wb.sheetnames[0] == "Summary"
    return {r[0]: r[1] for r in wb["Summary"].iter_rows(values_only=True) if r and r[0]}


def test_membership_summary_sheet(sample_services: Services, tmp_path):
    report = sample_services.reports.membership(today=date(2021, 2, 1))
    path = write_membership(report, tmp_path / "m.xlsx", sample_services.db, date(2021, 2, 1))
    summary = _summary(path)
    assert summary["Membership report"] is None
    assert summary["Generated"] == datetime(2021, 2, 1)
    assert summary["Member cities"] == 9
    assert (summary["Active members"], summary["Suspended members"]) == (9, 0)
    assert summary["Regions with members"] == 4
    assert summary["Fees 2020 (EUR): paid"] == 7
    assert summary["Fees 2020 (EUR): overdue"] == 2
    assert summary["Fees 2020 (EUR): amount unpaid"] == 24000
    assert "Members by region" in summary and "Fees by year" in summary
    wb = load_workbook(path)
    assert wb.properties.title == "Membership report"
    assert wb["Fees by year"].freeze_panes == "A2"
    assert wb["Fees by year"]["G2"].number_format == "#,##0.00"


def test_training_summary_sheet(sample_services: Services, tmp_path):
    _sessions(sample_services)
    path = write_training(sample_services.reports.training(), tmp_path / "t.xlsx")
    summary = _summary(path)
    assert summary["Training centres"] == 5
    assert summary["Years with sessions"] == "2019–2020"
    assert (summary["Sessions"], summary["Participants"], summary["Attended"]) == (3, 6, 3)


def test_meetings_register(sample_services: Services, tmp_path):
    register = sample_services.reports.meetings_register()
    seoul, barcelona = register.rows
    assert (seoul.starts_at, seoul.kind, seoul.city) == (
        datetime(2016, 11, 4, 10),
        "bilateral",
        "Seoul",
    )
    assert (seoul.participants, seoul.decisions, seoul.open_actions) == (4, 2, 2)
    assert (barcelona.participants, barcelona.other_attendees, barcelona.attendance) == (6, 33, 39)
    assert barcelona.cities == "Barcelona, Dakar"
    assert barcelona.organiser == "Metropolis Secretariat General"
    assert barcelona.ends_at == datetime(2019, 11, 27, 17)
    path = write_meetings(register, tmp_path / "meetings.xlsx", generated=date(2021, 2, 1))
    summary = _summary(path)
    assert summary["Meetings"] == 2
    assert summary["Other attendees"] == 33
    assert summary["Participants listed by name"] == 10
    assert summary["Decisions"] == 5 and summary["Open action items"] == 4
    assert summary["Bilateral meetings"] == 1 and summary["Meetings in 2019"] == 1
    rows = list(load_workbook(path)["Meetings register"].values)
    assert rows[0][:4] == ("Starts", "Ends", "Title", "Kind")
    assert rows[2][0] == datetime(2019, 11, 26, 9) and rows[2][3] == "Strategic"
    assert rows[2][8:11] == (6, 33, 39)
    assert rows[2][13:] == (3, 2)


def test_action_items_overdue_first(sample_services: Services, tmp_path):
    svc = sample_services
    agnes = next(r.id for r in svc.lists.page("contact", "agnes"))
    svc.records.create(
        "action_item",
        {"description": "Send the minutes", "owner_id": agnes, "due_on": "2020-12-01"},
    )
    done = svc.records.create(
        "action_item", {"description": "Book the room", "owner_id": agnes, "due_on": "2016-01-01"}
    )
    svc.records.update("action_item", done, {"status": "done", "done_on": "2016-01-02"})
    svc.records.create("action_item", {"description": "Undated follow-up"})
    report = svc.reports.action_items(today=date(2020, 7, 1))
    assert [(r.description[:20], r.days_overdue) for r in report.rows] == [
        ("Share Metropolis' ex", 1293),  # due 2016-12-16
        ("Integrate the traini", 1097),  # due 2017-06-30
        ("Draft the Metropolis", 1),  # due 2020-06-30
        ("Present the Action P", None),  # due 2020-10-27
        ("Send the minutes", None),  # due 2020-12-01
        ("Undated follow-up", None),
        ("Book the room", None),  # done: last
    ]
    by_owner = {o.owner: (o.open, o.overdue, o.done) for o in report.owners}
    assert by_owner == {
        "Agnès Bickart": (2, 1, 1),
        "Octavi de la Varga Mas": (3, 2, 0),
        "(no owner)": (1, 0, 0),
    }
    path = write_actions(report, tmp_path / "actions.xlsx")
    summary = _summary(path)
    assert summary["Overdue as of"] == datetime(2020, 7, 1)
    assert (summary["Action items"], summary["Open (overdue included)"]) == (7, 6)
    assert (summary["Overdue"], summary["Done"], summary["Dropped"]) == (3, 1, 0)
    wb = load_workbook(path)
    assert wb.sheetnames == ["Summary", "Actions by due date", "Actions by owner"]
    rows = list(wb["Actions by due date"].values)
    assert rows[0] == (
        "Description",
        "Owner",
        "Meeting",
        "Due",
        "Status",
        "Days overdue",
        "Done on",
    )
    assert rows[1][1] == "Agnès Bickart" and rows[1][3] == datetime(2016, 12, 16)
    assert rows[1][5] == 1293
    assert rows[-1][:2] == ("Book the room", "Agnès Bickart")
    assert rows[-1][4:] == ("Done", None, datetime(2016, 1, 2))
    assert list(wb["Actions by owner"].values)[1] == ("Agnès Bickart", 2, 1, 1)


def test_report_workbooks_are_refused_by_the_importer(sample_services: Services, tmp_path):
    """Their sheet names never clash with the contract's: given back to the importer, a report
    is refused with its reason, and nothing is written."""
    svc = sample_services
    reports = (
        svc.reports.membership(),
        svc.reports.training(),
        svc.reports.meetings_register(),
        svc.reports.action_items(),
    )
    mark = svc.change_log.mark()
    for n, report in enumerate(reports):
        path = svc.reports.save(report, tmp_path / f"report-{n}.xlsx")
        with pytest.raises(ServiceError, match="none of the sheets MetroDesk exports"):
            svc.imports.preview(path)
        with pytest.raises(ServiceError, match="none of the sheets MetroDesk exports"):
            svc.imports.commit(path)
    assert not svc.change_log.since(mark)


def test_report_command_writes_each_report(sample_path, tmp_path, capsys):
    from metrodesk.cli import main

    for name in ("membership", "training", "meetings", "actions"):
        target = tmp_path / f"{name}.xlsx"
        assert main(["report", name, "--db", str(sample_path), "-o", str(target)]) == 0
        assert load_workbook(target).sheetnames[0] == "Summary"
    assert main(["report", "budget", "--db", str(sample_path), "-o", str(tmp_path / "b.xlsx")]) == 1
    assert "unknown report 'budget'" in capsys.readouterr().err
    assert not (tmp_path / "b.xlsx").exists()
