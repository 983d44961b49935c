"""The right of access: everything held about one person, in one workbook."""

from __future__ import annotations

import stat
import subprocess
import sys

import openpyxl
import pytest
from sqlalchemy import select

from metrodesk.data.people import Contact
from metrodesk.services.errors import ServiceError
from metrodesk.services.privacy.access import SHEETS, write_person_workbook


def person_id(services, family: str):
    with services.db.read() as s:
        return s.scalars(select(Contact.id).where(Contact.family_name == family)).one()


def cells(workbook, sheet: str) -> list[tuple]:
    return list(workbook[sheet].iter_rows(values_only=True))


def test_the_workbook_for_agnes_bickart_holds_her_email_and_both_seed_meetings(
    sample_services, tmp_path
):
    # given Agnès Bickart, with an e-mail, two meetings and an edit in her history
    agnes = person_id(sample_services, "Bickart")
    sample_services.records.update("contact", agnes, {"job_title": "Training manager"})
    # when her data is written out
    target = tmp_path / "agnes.xlsx"
    write_person_workbook(sample_services.db, agnes, target)
    # then the workbook says what it is, and holds her e-mail and both meetings with their roles
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["About this file", *(title for title, *_ in SHEETS)]
    assert ("Personal data held about", "Agnès Bickart") in cells(wb, "About this file")
    assert ("abickart@metropolis.org", "work", 1, None) in cells(wb, "E-mails")
    meetings = cells(wb, "Meetings")[1:]
    assert [m[0].year for m in meetings] == [2016, 2019]
    assert "Seoul" in meetings[0][1] and "Action Plan 2021-2023" in meetings[1][1]
    assert all(m[2] for m in meetings)  # her role in each
    # and the history says when and by whom her data changed
    changed = [row for row in cells(wb, "History") if row[4] == "job_title" and row[3] == "changed"]
    assert changed and changed[-1][6] == "Training manager" and changed[-1][1]
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_an_unknown_person_is_refused_and_nothing_is_written(sample_services, tmp_path):
    import uuid

    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ServiceError, match="no person"):
        write_person_workbook(sample_services.db, uuid.uuid4(), out / "x.xlsx")
    assert list(out.iterdir()) == []


def test_the_command_writes_it_and_refuses_a_bad_id(sample_path, sample_services, tmp_path):
    agnes = person_id(sample_services, "Bickart")
    sample_services.close()
    target = tmp_path / "out.xlsx"
    run = [sys.executable, "-m", "metrodesk", "person-data"]
    ok = subprocess.run([*run, str(agnes), "--db", str(sample_path), "-o", str(target)],
                        capture_output=True, text=True)  # fmt: skip
    assert ok.returncode == 0 and "Agnès Bickart" in ok.stdout, ok.stderr
    bad = subprocess.run([*run, "not-an-id", "--db", str(sample_path), "-o", str(target)],
                         capture_output=True, text=True)  # fmt: skip
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "not a record id" in bad.stderr
