"""Workbooks of other layouts: sheets listed, header rows and columns guessed, answers checked."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.imports.layout import read_layout
from metrodesk.services.imports.mapping import (
    SAMPLE_ROWS,
    ColumnMapping,
    guess_columns,
    guess_header_row,
    guess_kind,
    guess_mapping,
    guess_target,
    inspect_workbook,
    mapped_twice,
    mapping_problems,
    target_fields,
)


def workbook(path: Path, sheets: dict[str, list[list[Any]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets.items():
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


FRENCH = [
    ["Liste des participants"],
    ["Séminaire de Paris, mars 2024"],
    ["Prénom", "Nom", "Courriel", "Organisme", "Pays", "Téléphone", "Fonction", "Ville"],
    ["Jean", "Dupont", "jean.dupont@example.fr", "City of Dakar", "France", "+33 1 23 45 67 89",
     "Chargé de mission", "Paris"],
    ["Aminata", "Diallo", "a.diallo@example.sn", "", "Sénégal", "", "", "Dakar"],
]  # fmt: skip


def test_french_headers_under_two_title_rows_are_found_and_mapped(tmp_path):
    # given a French participants list with a title and a subtitle above its headers
    path = workbook(tmp_path / "participants.xlsx", {"Participants": FRENCH})

    # when the wizard looks at it
    sample = inspect_workbook(path)
    mapping = guess_mapping(sample.sheet("Participants"))

    # then the headers are on row 3, the rows are contacts, and every column is recognised
    assert not sample.contract
    assert mapping == ColumnMapping(
        "Participants",
        3,
        "contact",
        {
            0: "Given name",
            1: "Family name",
            2: "E-mail",
            3: "Organisation",
            4: "Country",
            5: "Phone",
            6: "Job title",
            7: "City",
        },
    )


def test_spanish_headers_are_mapped_whatever_their_case_accents_and_brackets():
    header = [
        "NOMBRE", "Apellido(s)", "Correo (electrónico)", "Institución", "País", "Teléfono",
        "Cargo", "Ciudad", "Idioma", "correo 2", "Observaciones", "Columna sin nombre",
    ]  # fmt: skip
    assert guess_kind(header) == "contact"
    assert guess_columns("contact", header) == {
        0: "Given name",
        1: "Family name",
        2: "E-mail",
        3: "Organisation",
        4: "Country",
        5: "Phone",
        6: "Job title",
        7: "City",
        8: "Language",
        9: "E-mail 2",
        10: "Notes",
    }


@pytest.mark.parametrize(
    ("header", "target"),
    [
        ("Nom de famille", "Family name"),
        ("Apellidos", "Family name"),
        ("Last name", "Family name"),
        ("Prénom", "Given name"),
        ("E-mail", "E-mail"),
        ("Mail", "E-mail"),
        ("Courriel 3", "E-mail 3"),
        ("Tel.", "Phone"),
        ("Tél 2", "Phone 2"),
        ("Poste", "Job title"),
        ("Puesto", "Job title"),
        ("Organización", "Organisation"),
        ("Langue", "Language"),
        ("Pays", "Country"),
        ("uuid", "UUID"),
        ("Given name", "Given name"),
        ("Date de naissance", None),
        ("", None),
    ],
)
def test_one_contact_header(header, target):
    assert guess_target("contact", header) == target


def test_organisation_sheets_are_told_from_contact_sheets():
    header = ["Nom de l'organisme", "Nom officiel", "Type", "Ville", "Pays", "Site web"]
    assert guess_kind(header) == "organisation"
    assert guess_columns("organisation", header) == {
        0: "Name",
        1: "Local name",
        2: "Kind",
        3: "City",
        4: "Country",
        5: "Website",
    }
    assert guess_columns("organisation", ["Organisme", "Pays"]) == {0: "Name", 1: "Country"}
    assert guess_kind(["Organisme", "Pays"]) == "organisation"
    assert guess_kind(["Nom", "Prénom", "Organisme"]) == "contact"


def test_the_header_row_is_the_first_row_mostly_of_text(tmp_path):
    # given unknown headers under a title, and numbers below them
    rows = [
        ["Budget 2024"],
        [],
        ["Poste budgétaire", "Montant", "Devise"],
        ["Voyages", 1200, "EUR"],
    ]
    path = workbook(tmp_path / "budget.xlsx", {"Budget": rows})
    assert guess_header_row(inspect_workbook(path).sheet("Budget")) == 3


def test_only_the_first_rows_are_read(tmp_path):
    rows = [["Prénom", "Nom"], *([f"P{i}", f"N{i}"] for i in range(SAMPLE_ROWS * 3))]
    sheet = inspect_workbook(workbook(tmp_path / "long.xlsx", {"Liste": rows})).sheet("Liste")
    assert len(sheet.rows) == SAMPLE_ROWS
    assert sheet.declared_rows == SAMPLE_ROWS * 3 + 1
    assert sheet.samples(1, 1, 2) == ["N0", "N1"]


def test_an_exported_workbook_is_in_the_contract_layout(tmp_path, sample_services):
    path = tmp_path / "all.xlsx"
    export_workbook(sample_services.db, "all", path)
    assert inspect_workbook(path).contract
    # a sheet named like the contract's but laid out otherwise is not
    other = workbook(tmp_path / "other.xlsx", {"Contacts": [["Liste"], ["Prénom", "Nom"]]})
    assert not inspect_workbook(other).contract


def test_every_target_is_a_header_the_importer_reads():
    for kind in ("contact", "organisation"):
        targets = target_fields(kind)
        layout = read_layout(kind, targets)
        assert layout.uuid == 0
        read = len(layout.fields) + len(layout.emails) + len(layout.phones) + 1
        assert read == len(targets) and not layout.ignored


def test_a_field_chosen_twice_or_a_missing_name_is_reported():
    twice = ColumnMapping("S", 1, "contact", {0: "Family name", 2: "E-mail", 4: "E-mail"})
    assert mapped_twice(twice) == {"E-mail": [2, 4]}
    assert mapping_problems(twice) == ["'E-mail' is chosen for more than one column (C, E)"]
    nameless = ColumnMapping("S", 1, "contact", {0: "E-mail"})
    assert mapping_problems(nameless) == [
        "no column is imported as 'Family name', which every record needs"
    ]
    assert mapping_problems(ColumnMapping("S", 1, "organisation", {}))[0] == (
        "no column is chosen for import"
    )
    assert mapping_problems(ColumnMapping("S", 1, "organisation", {3: "Name"})) == []
    assert ColumnMapping("S", 1, "organisation", {1: "Name"}).header(3) == [None, "Name", None]


def test_a_hostile_file_is_refused_with_a_one_line_reason(tmp_path):
    # given a zip bomb dressed as a workbook: one member that would expand a thousandfold
    bomb = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("xl/worksheets/sheet1.xml", b"\0" * (20 * 1024 * 1024))
    text = tmp_path / "notes.xlsx"
    text.write_text("not a workbook", encoding="utf-8")

    for path, words in ((bomb, "zip bomb"), (text, "not an Excel workbook")):
        with pytest.raises(ServiceError) as caught:
            inspect_workbook(path)
        reason = str(caught.value)
        assert words in reason and path.name in reason and "\n" not in reason


def test_a_workbook_without_any_cell_is_refused(tmp_path):
    path = workbook(tmp_path / "empty.xlsx", {"Feuil1": []})
    with pytest.raises(ServiceError, match=r"empty\.xlsx has no data"):
        inspect_workbook(path)


def test_longer_headers_are_guessed_by_the_name_they_hold():
    assert guess_target("contact", "Ville de résidence") == "City"
    assert guess_target("contact", "Numéro de téléphone") == "Phone"
    assert guess_target("contact", "Nom de l'organisme") == "Organisation"
    assert guess_target("contact", "Date de naissance") is None
