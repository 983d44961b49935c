"""Every file MetroDesk writes for people to carry away holds personal data: owner-only."""

from __future__ import annotations

import stat

import pytest

from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.reports.workbook import write_membership, write_training


def _mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    import os

    old = os.umask(0o022)  # what most desktops use: new files readable by everyone
    yield
    os.umask(old)


def test_exports_reports_calendars_and_vcards_are_owner_only(
    sample_services, tmp_path, loose_umask
):
    svc = sample_services
    meetings = [r.id for r in svc.lists.page("meeting")]
    contacts = [r.id for r in svc.lists.page("contact")]
    written = [
        (export_workbook(svc.db, "all", tmp_path / "all.xlsx"), tmp_path / "all.xlsx")[1],
        write_membership(svc.reports.membership(), tmp_path / "members.xlsx"),
        write_training(svc.reports.training(), tmp_path / "training.xlsx"),
        svc.calendar.write(meetings, tmp_path / "meetings.ics"),
    ]
    svc.vcards.export_file(contacts, tmp_path / "contacts.vcf")
    written.append(tmp_path / "contacts.vcf")
    assert {p.name: _mode(p) for p in written} == {p.name: 0o600 for p in written}
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".part") == []


def test_minutes_pdf_is_owner_only(qtbot, sample_services, tmp_path, loose_umask):
    from metrodesk.ui.meetings.minutes_pdf import write_minutes_pdf

    meeting = sample_services.lists.page("meeting")[0]
    pdf = write_minutes_pdf(sample_services.meetings.minutes(meeting.id), tmp_path / "m.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    assert _mode(pdf) == 0o600
