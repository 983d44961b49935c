"""A colleague's sheet imports the first time (the revised import rules of DESIGN.md): new
organisations are created (or mapped onto existing ones), every problem of a row is said, a
row without UUID whose e-mail is one contact's updates that contact, the same person twice is
flagged, similar names are decided row by row, and the wizard may import the valid rows and
save the others with their reasons; the command line stays all or nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from colleague_sheets import (
    AGNES_ROW,
    FIRST_ROW,
    MAIRIE,
    REJECTED_ROWS,
    REPEAT_ROW,
    ROWS,
    SOW_ROW,
    dakar_sheet,
    expected,
)

from metrodesk.services.facade import Services
from metrodesk.services.imports.choices import NEW, SKIP, ImportChoices, name_key
from metrodesk.services.imports.mapping import guess_mapping, inspect_workbook
from metrodesk.services.imports.outcome import ImportRejected
from metrodesk.services.imports.preview import FieldChange


def _org(svc: Services, name: str):
    return next(h.id for h in svc.search.find(name, kinds=("organisation",)) if h.label == name)


def _contact(svc: Services, name: str):
    return next(h.id for h in svc.search.find(name, kinds=("contact",)) if h.label == name)


@pytest.fixture
def sheet(tmp_path: Path) -> tuple[Path, object]:
    path = dakar_sheet(tmp_path / "atelier-dakar.xlsx")
    (participants,) = inspect_workbook(path).sheets
    mapping = guess_mapping(participants)
    return path, mapping


def test_the_dakar_sheet_previews_with_every_rule(sample_services, sheet):
    svc = sample_services
    path, mapping = sheet
    assert mapping.header_row == 2 and mapping.kind == "contact"
    preview = svc.imports.preview(path, mapping=mapping)
    counts = (preview.new, preview.updated, preview.unchanged, preview.rejected, preview.skipped)
    assert counts == (14, 1, 0, 4, 1)
    assert counts == tuple(
        expected(s) for s in ("new", "updated", "unchanged", "rejected", "skipped")
    )
    rows = {r.row: r for r in preview.rows}
    assert [rows[n].status for n in range(FIRST_ROW, FIRST_ROW + len(ROWS))] == [s for _, s in ROWS]
    # organisations not on record: listed with the rows naming them, created by default
    names = {n.name: n for n in preview.new_names}
    assert {n: (x.rows, x.decision) for n, x in names.items()} == {
        "Accra Metropolitan Assembly": (2, "create"),
        "City of Johannesburg": (3, "create"),
        "Commune de Rabat": (3, "create"),
        "Lagos State Government": (3, "create"),
        "Mairie de Dakar": (2, "create"),
    }
    assert names["City of Johannesburg"].city == "Johannesburg"
    # the City of Dakar is offered for the Mairie de Dakar: an organisation of the same city
    assert [label for _, label in names[MAIRIE].similar] == ["City of Dakar"]
    # every problem of a row, not the first only
    assert [p.split(":")[0] for p in rows[8].problems] == ["E-mail", "Phone"]
    assert rows[8].reason == "; ".join(rows[8].problems)
    # a known e-mail: that contact is updated, matched by e-mail, with the differences
    agnes = rows[AGNES_ROW]
    assert agnes.matched == "e-mail" and agnes.record_id == _contact(svc, "Agnès Bickart")
    assert agnes.changes == (FieldChange("Phone", "", "+34 933 42 87 50"),)
    # the same person twice in the sheet: flagged, and left out unless the user says so
    repeat = rows[REPEAT_ROW]
    assert repeat.status == "skipped" and repeat.options == (SKIP, NEW)
    assert repeat.duplicates[0].row == FIRST_ROW
    assert repeat.duplicates[0].reason == "same e-mail thabo.mokoena@joburg.org.za"
    # a similar name: a possible duplicate, decided row by row
    sow = rows[SOW_ROW]
    assert sow.status == "new" and sow.duplicates[0].name == "Rahmatouca Sow"
    assert sow.options == (NEW, _contact(svc, "Rahmatouca Sow"), SKIP)
    assert preview.possible_duplicates == 2


def test_the_user_maps_a_name_and_decides_the_flagged_rows(sample_services, sheet):
    svc = sample_services
    path, mapping = sheet
    dakar, sow = _org(svc, "City of Dakar"), _contact(svc, "Rahmatouca Sow")
    organisations = svc.lists.count("organisation")
    choices = ImportChoices(
        names={
            ("organisation", name_key(MAIRIE)): dakar,
            ("organisation", name_key("Commune de Rabat")): SKIP,
        },
        rows={("Participants", SOW_ROW): sow, ("Participants", REPEAT_ROW): NEW},
        skip_rejected=True,
    )
    preview = svc.imports.preview(path, mapping=mapping, choices=choices)
    rows = {r.row: r for r in preview.rows}
    # Rabat not created: its rows are rejected, saying why
    assert rows[6].status == "rejected"
    assert "not to be created" in rows[6].reason
    assert {n.name for n in preview.new_names if n.decision == "create"} == {
        "Accra Metropolitan Assembly", "City of Johannesburg", "Lagos State Government",
    }  # fmt: skip
    assert rows[SOW_ROW].status == "updated" and rows[SOW_ROW].record_id == sow
    assert rows[REPEAT_ROW].status == "new"

    # the wizard's partial import: the valid rows written, one undo step, the rest left out
    report = svc.imports.commit(path, mapping=mapping, choices=choices)
    assert report.partial and sum(c.rejected for c in report.sheets.values()) == preview.rejected
    assert sorted(report.created) == [
        "organisation Accra Metropolitan Assembly",
        "organisation City of Johannesburg",
        "organisation Lagos State Government",
    ]
    assert svc.lists.count("organisation") == organisations + 3
    aminata = svc.records.get("contact", _contact(svc, "Aminata Fall"))
    assert aminata["organisation_id"] == dakar
    joburg = svc.records.get("organisation", _org(svc, "City of Johannesburg"))
    assert (joburg["city"], joburg["country"]) == ("Johannesburg", "ZA")
    assert svc.search.find("Youssef Alaoui", kinds=("contact",)) == []  # rejected: not written
    assert svc.records.get("contact", sow)["email"] == "r.sow@dakar.sn"
    svc.history.undo()
    assert svc.lists.count("organisation") == organisations


def test_rejected_rows_are_saved_with_their_reasons(sample_services, sheet, tmp_path):
    path, mapping = sheet
    preview = sample_services.imports.preview(path, mapping=mapping)
    target = tmp_path / "to-correct.xlsx"
    assert sample_services.imports.save_rejected(path, preview, target, mapping) == 4
    ws = openpyxl.load_workbook(target)["Participants"]
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[0] == [
        "Prénom",
        "Nom",
        "Courriel",
        "Organisme",
        "Ville",
        "Pays",
        "Téléphone",
        "Reason",
    ]
    assert [v[1] for v in values[1:]] == [ROWS[n - FIRST_ROW][0][1] for n in REJECTED_ROWS]
    assert values[3][-1].startswith("E-mail: not a valid e-mail address")
    assert "; Phone: " in values[3][-1]
    # corrected, the saved rows import again
    (sheet_again,) = inspect_workbook(target).sheets
    again = guess_mapping(sheet_again)
    assert again.header_row == 1
    assert sample_services.imports.preview(target, mapping=again).rejected == 4


def test_the_command_line_stays_all_or_nothing(sample_services, tmp_path):
    path = tmp_path / "contacts.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Contacts"
    ws.append(["UUID", "Given name", "Family name", "Organisation", "E-mail", "City", "Country"])
    ws.append(
        ["", "Thabo", "Mokoena", "City of Johannesburg", "t@joburg.org.za", "Johannesburg", "ZA"]
    )
    ws.append(["", "Sipho", "Nkosi", "City of Johannesburg", "sipho@", "Johannesburg", "ZA"])
    wb.save(path)
    with pytest.raises(ImportRejected):
        sample_services.imports.commit(path)
    assert sample_services.search.find("johannesburg", kinds=("organisation",)) == []
    db = sample_services.path
    sample_services.close()
    result = subprocess.run(
        [sys.executable, "-m", "metrodesk", "import", str(path), "--db", str(db), "--dry-run"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "New organisation: City of Johannesburg (Johannesburg, ZA), named on 2 rows" in (
        result.stdout
    )
    assert result.stderr.splitlines()[0].startswith("Contacts, row 3: E-mail: not a valid")
