"""Importing workbooks in the contract layout: round trips with the export, all or nothing."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.data.models import Contact, ContactEmail
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.facade import Services
from metrodesk.services.imports.apply import import_workbook
from metrodesk.services.imports.outcome import ImportCancelled, ImportRejected


def journal_size(svc: Services) -> tuple[int, int]:
    with svc.db.read() as s:
        entries = s.execute(select(func.count()).select_from(JournalEntry)).scalar_one()
        actions = s.execute(select(func.count()).select_from(UserAction)).scalar_one()
    return entries, actions


def exported(svc: Services, tmp_path: Path, kind: str = "all") -> Path:
    target = tmp_path / f"{kind}.xlsx"
    export_workbook(svc.db, kind, target)
    return target


def edit(path: Path, sheet: str, header: str, row: int, value: Any) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    column = [c.value for c in ws[1]].index(header) + 1
    ws.cell(row=row, column=column, value=value)
    wb.save(path)
    return path


def append(path: Path, sheet: str, values: dict[str, Any]) -> Path:
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    headers = [c.value for c in ws[1]]
    ws.append([values.get(h) for h in headers])
    wb.save(path)
    return path


def row_of(path: Path, sheet: str, header: str, value: Any) -> int:
    ws = openpyxl.load_workbook(path)[sheet]
    column = [c.value for c in ws[1]].index(header)
    for number, row in enumerate(ws.iter_rows(min_row=2, values_only=True), 2):
        if row[column] == value:
            return number
    raise AssertionError(f"no {header} {value!r} in {sheet}")


def new_workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


def contact_by_name(svc: Services, family: str) -> dict[str, Any]:
    rows = svc.lists.page("contact", family)
    assert rows, f"no contact {family}"
    return svc.records.get("contact", rows[0].id)


def test_importing_an_unedited_export_changes_nothing(
    sample_services: Services, tmp_path: Path
) -> None:
    workbook = exported(sample_services, tmp_path)
    before = journal_size(sample_services)

    report = import_workbook(sample_services.db, workbook)

    assert report.changed == 0
    assert all(c.new == c.updated == c.rejected == 0 for c in report.sheets.values())
    assert report.sheets["Contacts"].unchanged == sample_services.lists.count("contact")
    # not even an empty step on the undo stack
    assert journal_size(sample_services) == before


def test_an_edited_cell_updates_that_record_only(sample_services: Services, tmp_path: Path) -> None:
    workbook = exported(sample_services, tmp_path)
    row = row_of(workbook, "Contacts", "Given name", "Agnès")
    edit(workbook, "Contacts", "Job title", row, "Director of Training")
    entries, actions = journal_size(sample_services)

    report = import_workbook(sample_services.db, workbook)

    assert report.sheets["Contacts"].updated == 1
    assert report.changed == 1
    agnes = contact_by_name(sample_services, "Bickart")
    assert agnes["job_title"] == "Director of Training"
    assert journal_size(sample_services) == (entries + 1, actions + 1)


def test_rows_without_uuid_are_new_records_linked_by_name(
    services: Services, tmp_path: Path
) -> None:
    services.records.create("organisation", {"name": "Metropolis Secretariat General"})
    workbook = exported(services, tmp_path)
    append(workbook, "Organisations", {"Name": "Seoul Metropolitan Government", "Country": "KR"})
    append(
        workbook,
        "Contacts",
        {
            "Given name": "Chang-Beom",
            "Family name": "Kim",
            "Name order": "family-first",
            "Organisation": "Seoul Metropolitan Government",
            "E-mail": "kim@seoul.go.kr",
            "Phone": "+82 2 2133 1234",
            "Country": "South Korea",
            "Language": "Korean",
        },
    )

    report = import_workbook(services.db, workbook)

    assert report.sheets["Organisations"].new == 1
    assert report.sheets["Contacts"].new == 1
    kim = contact_by_name(services, "Kim")
    assert (kim["email"], kim["country"], kim["language"]) == ("kim@seoul.go.kr", "KR", "ko")
    org = services.records.get("organisation", kim["organisation_id"])
    assert org["name"] == "Seoul Metropolitan Government"


def test_a_bad_row_rejects_the_whole_workbook(sample_services: Services, tmp_path: Path) -> None:
    workbook = exported(sample_services, tmp_path)
    agnes = row_of(workbook, "Contacts", "Given name", "Agnès")
    edit(workbook, "Contacts", "Job title", agnes, "Changed, but must not be kept")
    edit(workbook, "Contacts", "E-mail", agnes + 1, "not an address")
    append(workbook, "Contacts", {"Given name": "Nobody"})
    append(workbook, "Organisations", {"Name": "A new one", "Country": "Atlantis"})
    before = journal_size(sample_services)

    with pytest.raises(ImportRejected) as caught:
        import_workbook(sample_services.db, workbook)

    problems = caught.value.problems
    assert len(problems) == 3
    assert any(p.startswith(f"Contacts, row {agnes + 1}: E-mail:") for p in problems)
    assert any("Family name: is required" in p for p in problems)
    assert any(p.startswith("Organisations, row ") and "Atlantis" in p for p in problems)
    assert "nothing was changed" in str(caught.value)
    assert journal_size(sample_services) == before
    assert (
        contact_by_name(sample_services, "Bickart")["job_title"] != "Changed, but must not be kept"
    )


def test_dry_run_counts_and_writes_nothing(sample_services: Services, tmp_path: Path) -> None:
    workbook = exported(sample_services, tmp_path)
    edit(workbook, "Contacts", "City", 2, "Seoul")
    append(workbook, "Organisations", {"Name": "UN-Habitat"})
    before = journal_size(sample_services)

    report = import_workbook(sample_services.db, workbook, dry_run=True)

    assert report.sheets["Contacts"].updated == 1
    assert report.sheets["Organisations"].new == 1
    assert "Dry run: nothing was written." in report.lines()
    assert journal_size(sample_services) == before


def test_formula_like_text_and_escapes_round_trip(services: Services, tmp_path: Path) -> None:
    cid = services.records.create(
        "contact", {"family_name": "Injection", "job_title": "=1+1", "notes": "\rline\t"}
    )
    # a NUL no editor lets in any more, as a file written by an earlier version may hold it:
    # an unedited round trip leaves it as it is
    with services.db.action("older data") as s:
        contact = s.get(Contact, cid)
        assert contact is not None
        contact.notes = "\rline\x00"
    before = journal_size(services)

    report = import_workbook(services.db, exported(services, tmp_path))

    assert report.changed == 0
    assert journal_size(services) == before


def test_further_emails_round_trip_and_can_be_edited(services: Services, tmp_path: Path) -> None:
    cid = services.records.create("contact", {"family_name": "Kim", "email": "kim@seoul.go.kr"})
    with services.db.action("add e-mail") as s:
        s.add(ContactEmail(contact_id=cid, address="kim@example.org", position=1))
    workbook = exported(services, tmp_path)
    assert import_workbook(services.db, workbook).changed == 0

    edit(workbook, "Contacts", "E-mail 2", 2, "chang-beom@example.org")
    import_workbook(services.db, workbook)

    with services.db.read() as s:
        live = s.scalars(
            select(ContactEmail.address)
            .where(ContactEmail.contact_id == cid, ContactEmail.deleted_at.is_(None))
            .order_by(ContactEmail.position)
        ).all()
    assert live == ["kim@seoul.go.kr", "chang-beom@example.org"]


def test_a_phone_excel_turned_into_a_number_gets_its_plus_back(
    services: Services, tmp_path: Path
) -> None:
    services.records.create("contact", {"family_name": "Vidal", "phone": "+34 934 134 500"})
    workbook = edit(exported(services, tmp_path, "contacts"), "Contacts", "Phone", 2, 34934134500)

    report = import_workbook(services.db, workbook)

    assert report.changed == 0


def test_references_by_name_and_ambiguous_names(services: Services, tmp_path: Path) -> None:
    agnes = services.records.create("contact", {"given_name": "Agnès", "family_name": "Bickart"})
    services.records.create("contact", {"given_name": "Octavi", "family_name": "de la Varga"})
    services.records.create("contact", {"given_name": "Ana", "family_name": "Garcia"})
    services.records.create("contact", {"given_name": "Ana", "family_name": "García"})
    item = services.records.create("action_item", {"description": "Report", "owner_id": agnes})
    workbook = exported(services, tmp_path, "actions")

    import_workbook(services.db, edit(workbook, "Action items", "Owner", 2, "octavi DE LA varga"))
    owner = services.records.get("action_item", item)["owner_id"]
    assert services.records.get("contact", owner)["given_name"] == "Octavi"

    with pytest.raises(ImportRejected) as caught:
        import_workbook(services.db, edit(workbook, "Action items", "Owner", 2, "Ana Garcia"))
    assert "2 records are named" in caught.value.problems[0]


def test_an_unknown_uuid_becomes_a_record_with_that_id(services: Services, tmp_path: Path) -> None:
    wanted = uuid.uuid4()
    workbook = new_workbook(
        tmp_path / "orgs.xlsx", {"Organisations": [["UUID", "Name"], [str(wanted), "UCLG"]]}
    )

    import_workbook(services.db, workbook)

    assert services.records.get("organisation", wanted)["name"] == "UCLG"


def test_a_deleted_record_is_not_updated_behind_the_trash(
    services: Services, tmp_path: Path
) -> None:
    org = services.records.create("organisation", {"name": "Gone"})
    workbook = new_workbook(
        tmp_path / "orgs.xlsx", {"Organisations": [["UUID", "Name"], [str(org), "Back"]]}
    )
    services.records.delete("organisation", org)

    with pytest.raises(ImportRejected, match="rejected") as caught:
        import_workbook(services.db, workbook)

    assert "trash" in caught.value.problems[0]


def test_a_repeated_uuid_is_rejected(services: Services, tmp_path: Path) -> None:
    org = str(services.records.create("organisation", {"name": "Metropolis"}))
    rows = [["UUID", "Name"], [org, "One"], [org, "Two"]]
    workbook = new_workbook(tmp_path / "orgs.xlsx", {"Organisations": rows})

    with pytest.raises(ImportRejected) as caught:
        import_workbook(services.db, workbook)

    assert caught.value.problems == [
        "Organisations, row 3: UUID: appears on an earlier row of this sheet too"
    ]


def test_a_workbook_without_contract_sheets_is_refused(services: Services, tmp_path: Path) -> None:
    workbook = new_workbook(tmp_path / "other.xlsx", {"Sheet1": [["Name", "Mail"], ["A", "b"]]})

    with pytest.raises(ServiceError, match="none of the sheets"):
        import_workbook(services.db, workbook)


@pytest.mark.parametrize(
    "content", [b"", b"name,e-mail\nA,b\n", b"PK\x03\x04 not really a zip file"]
)
def test_files_that_are_no_workbook_are_refused(
    services: Services, tmp_path: Path, content: bytes
) -> None:
    path = tmp_path / "bad.xlsx"
    path.write_bytes(content)

    with pytest.raises(ServiceError, match="not an Excel workbook"):
        import_workbook(services.db, path)


def test_a_truncated_workbook_is_refused(sample_services: Services, tmp_path: Path) -> None:
    workbook = exported(sample_services, tmp_path)
    workbook.write_bytes(workbook.read_bytes()[: workbook.stat().st_size // 2])
    before = journal_size(sample_services)

    with pytest.raises(ServiceError):
        import_workbook(sample_services.db, workbook)

    assert journal_size(sample_services) == before


def test_cancel_rolls_back(sample_services: Services, tmp_path: Path) -> None:
    workbook = exported(sample_services, tmp_path)
    wb = openpyxl.load_workbook(workbook)
    for n in range(600):
        wb["Organisations"].append([None, f"Organisation {n}"])
    wb.save(workbook)
    before = journal_size(sample_services)

    with pytest.raises(ImportCancelled):
        import_workbook(sample_services.db, workbook, progress=lambda done, total: False)

    assert journal_size(sample_services) == before


def test_an_imported_status_change_obeys_the_membership_rule(
    sample_services: Services, tmp_path: Path
) -> None:
    svc = sample_services
    dakar = next(i for i, n in svc.cities.city_names("Dakar") if n == "Dakar")
    workbook = exported(svc, tmp_path)
    row = row_of(workbook, "Member cities", "City", "Dakar")
    edit(workbook, "Member cities", "Status", row, "suspended")

    import_workbook(svc.db, workbook)

    city = svc.cities.detail(dakar)
    assert city.status == "suspended"
    assert [(h.status, h.note) for h in city.history][-1] == ("suspended", "Changed by import")

    # suspended -> candidate is not a membership change: the whole workbook is refused
    workbook = exported(svc, tmp_path)
    edit(workbook, "Member cities", "Status", row, "candidate")
    before = journal_size(svc)
    with pytest.raises(ImportRejected) as caught:
        import_workbook(svc.db, workbook)
    assert any(
        "Status: a suspended member cannot become candidate" in p for p in caught.value.problems
    )
    assert svc.cities.detail(dakar) == city
    assert journal_size(svc) == before


def test_a_city_new_in_a_workbook_starts_its_history(services: Services, tmp_path: Path) -> None:
    workbook = exported(services, tmp_path)
    append(workbook, "Member cities", {"City": "Lyon", "Country": "FR", "Status": "candidate"})

    import_workbook(services.db, workbook)

    ((cid, _),) = services.cities.city_names("Lyon")
    assert [(h.status, h.note) for h in services.cities.detail(cid).history] == [
        ("candidate", "Created by import")
    ]
