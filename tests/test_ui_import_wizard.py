"""File › Import from Excel…, driven as a user: a colleague's French sheet mapped, previewed,
refused while a row is wrong, then a good one imported as one undoable step."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
)
from ui_support import open_section, open_window, record_table, settle

from metrodesk.services.exports.workbook import export_workbook
from metrodesk.ui.imports.wizard import DONE, MAPPING, PREVIEW, SHEET, ImportWizard

TITLE = ["Séminaire « Villes inclusives », Paris, 12 mars 2024"]
HEADERS = ["Prénom", "Nom", "Courriel", "Organisme", "Pays", "Ville de résidence"]


def participants(path: Path, rows: list[list[Any]]) -> Path:
    """A sheet as colleagues keep them: two title rows, French headers on row 3."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Participants"
    ws.append(["Liste des participants"])
    ws.append(TITLE)
    ws.append(HEADERS)
    for row in rows:
        ws.append(row)
    wb.create_sheet("Feuil2")  # empty, as Excel leaves them
    wb.save(path)
    return path


NEW = [
    ["Léa", "Moreau", "lea.moreau@example.fr", "L'Institut Paris Region", "France", "Paris"],
    ["Diego", "Hernández", "diego.hernandez@example.mx", "", "MX", "Ciudad de México"],
]
#: the sample's Agnès Bickart, by her e-mail
KNOWN = ["Agnès", "Bickart", "abickart@metropolis.org", "", "ES", "Barcelona"]
BAD = ["Omar", "Haddad", "omar.haddad@@example", "", "EG", "Le Caire"]


def shot(widget, name: str) -> None:
    """METRODESK_SHOTS=DIR saves what the test shows, to look at."""
    folder = os.environ.get("METRODESK_SHOTS")
    if folder:
        QApplication.processEvents()  # layouts asked for by the last change settle first
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def wizard_on(qtbot, window, path: Path) -> ImportWizard:
    action = window.findChild(QAction, "importExcelAction")
    assert action.shortcut().toString() == "Ctrl+I"
    wizard = window.import_excel(path=path)
    assert isinstance(wizard, ImportWizard) and wizard.isVisible()
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=30_000)
    return wizard


def click(qtbot, wizard: ImportWizard, name: str) -> None:
    button = wizard.findChild(QPushButton, name)
    assert button.isVisible() and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(table: QTableView, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def choose(combo: QComboBox, text: str) -> None:
    index = combo.findText(text)
    assert index >= 0, text
    combo.setCurrentIndex(index)


def test_a_french_sheet_is_mapped_by_hand_and_its_rejected_row_is_left_out(
    qtbot, sample_path, tmp_path
):
    window = open_window(qtbot, sample_path)
    path = participants(tmp_path / "participants.xlsx", [*NEW, KNOWN, BAD])
    wizard = wizard_on(qtbot, window, path)

    # the sheet page: the headers found under the two title rows, the rows read as contacts
    qtbot.waitUntil(lambda: wizard.page() == SHEET)
    sheets = wizard.findChild(QComboBox, "importSheetCombo")
    header_row = wizard.findChild(QSpinBox, "importHeaderRowSpin")
    assert sheets.currentText() == "Participants"
    assert header_row.value() == 3
    assert wizard.findChild(QComboBox, "importKindCombo").currentData() == "contact"
    grid = wizard.findChild(QTableView, "importSheetGrid")
    assert cell(grid, 2, 0) == "Prénom"
    assert grid.model().index(2, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert grid.model().headerData(2, Qt.Orientation.Vertical) == "3"
    # clicking a row of the grid makes it the header row
    rect = grid.visualRect(grid.model().index(1, 1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert header_row.value() == 2
    rect = grid.visualRect(grid.model().index(2, 1))
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert header_row.value() == 3
    # an empty sheet, or headers on the last row, leave nothing to import: Next says so
    choose(sheets, "Feuil2")
    assert not wizard.next_button.isEnabled()
    assert wizard.message.text() == "This sheet is empty; choose another sheet."
    choose(sheets, "Participants")
    header_row.setValue(7)
    assert wizard.message.text().startswith("No rows below the header row")
    header_row.setValue(3)
    click(qtbot, wizard, "importNextButton")

    # the mapping page: what was guessed from the French headers
    assert wizard.page() == MAPPING
    table = wizard.findChild(QTableWidget, "importMappingTable")
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == HEADERS
    combos = [wizard.findChild(QComboBox, f"importMappingCombo{i}") for i in range(6)]
    assert [c.currentText() for c in combos] == [
        "Given name", "Family name", "E-mail", "Organisation", "Country", "City",
    ]  # fmt: skip
    # a field chosen twice is flagged at the column, and Next says why it is off
    choose(combos[5], "Country")
    assert table.item(5, 4).text() == "Also chosen for column E"
    assert table.item(4, 4).text() == "Also chosen for column F"
    next_button = wizard.findChild(QPushButton, "importNextButton")
    assert not next_button.isEnabled()
    assert "'Country' is chosen for more than one column (E, F)" in wizard.message.text()
    # the user corrects it: the last column is the city
    choose(combos[5], "City")
    assert table.item(5, 4).text() == "" and next_button.isEnabled()
    click(qtbot, wizard, "importNextButton")

    # the preview: figures, the rejected row in red with its reasons, the known e-mail found
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    summary = wizard.findChild(QLabel, "importPreviewSummary").text()
    assert summary == (
        "2 new · 0 updated · 1 unchanged · 1 rejected · 0 possible duplicates · 1 found by e-mail"
    )
    preview = wizard.findChild(QTableView, "importPreviewTable")
    rows = {cell(preview, r, 1): r for r in range(preview.model().rowCount())}
    bad = rows["Participants, 7"]
    assert cell(preview, bad, 0) == "Rejected"
    assert preview.model().index(bad, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#b42318")
    assert cell(preview, bad, 3).startswith("E-mail")
    known = rows["Participants, 6"]
    assert cell(preview, known, 3) == "Found by its e-mail: updates this contact"
    decision = preview.indexWidget(preview.model().index(known, 5))
    assert decision.currentText() == "Update Agnès Bickart"
    # the filter shows one kind of row
    choose(wizard.findChild(QComboBox, "importStatusFilter"), "Matched by e-mail")
    assert [cell(preview, r, 1) for r in range(preview.model().rowCount())] == ["Participants, 6"]
    choose(wizard.findChild(QComboBox, "importStatusFilter"), "New")
    assert preview.model().rowCount() == 2
    # the valid rows may be imported; the rejected one is left out, and the wizard says so
    commit = wizard.findChild(QPushButton, "importCommitButton")
    assert commit.isEnabled() and commit.text() == "&Import the 2 valid rows"
    assert wizard.message.text().startswith("1 row is rejected: it is left out")

    # nothing was written, and Esc leaves
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    assert window.services.lists.count("contact", "Moreau") == 0
    assert window.services.lists.count("contact") == 9


def test_a_file_that_is_no_workbook_is_refused_in_the_wizard(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    bad = tmp_path / "participants.xlsx"
    bad.write_bytes(b"PK\x03\x04 truncated")
    wizard = wizard_on(qtbot, window, bad)

    state = wizard.findChild(QLabel, "importFileState")
    assert wizard.page() == 0
    assert state.text() == "participants.xlsx is not an Excel workbook (.xlsx), or it is damaged"
    assert not wizard.findChild(QPushButton, "importNextButton").isVisible()
    assert window.findChild(QMessageBox, "errorDialog") is None
    click(qtbot, wizard, "importCancelButton")
    assert not wizard.isVisible()
    assert window.services.lists.count("contact") == 9


def test_a_valid_sheet_is_imported_as_one_step_that_undo_takes_back(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    open_section(qtbot, window, "contact")
    settle(qtbot, window)
    assert record_table(window).model().rowCount() == 9
    path = participants(tmp_path / "participants.xlsx", NEW)
    wizard = wizard_on(qtbot, window, path)
    qtbot.waitUntil(lambda: wizard.page() == SHEET)
    click(qtbot, wizard, "importNextButton")
    choose(wizard.findChild(QComboBox, "importMappingCombo5"), "City")
    click(qtbot, wizard, "importNextButton")
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    summary = wizard.findChild(QLabel, "importPreviewSummary").text()
    assert summary == "2 new · 0 updated · 0 unchanged · 0 rejected · 0 possible duplicates"
    assert window.services.lists.count("contact") == 9  # the preview wrote nothing

    # Import: applied on the worker, then a one-line result and the lists told
    click(qtbot, wizard, "importCommitButton")
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=30_000)
    result = wizard.findChild(QLabel, "importResult").text()
    assert result.startswith("Imported: 2 new, 0 updated, 0 unchanged.")
    settle(qtbot, window)
    assert window.statusBar().currentMessage() == "Workbook imported"
    qtbot.waitUntil(lambda: record_table(window).model().rowCount() == 11, timeout=30_000)
    services = window.services
    assert services.lists.count("contact") == 11
    [lea] = services.lists.page("contact", "Léa Moreau")
    values = services.records.get("contact", lea.id)
    assert (values["email"], values["city"], values["country"]) == (
        "lea.moreau@example.fr",
        "Paris",
        "FR",
    )
    click(qtbot, wizard, "importCancelButton")  # reads "Close" now
    assert not wizard.isVisible()

    # the whole import is one undo step
    assert window.undo_action.text() == f"&Undo Import {path.name}"
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.lists.count("contact") == 9
    assert services.lists.count("contact", "Hernández") == 0
    qtbot.waitUntil(lambda: record_table(window).model().rowCount() == 9, timeout=30_000)


def test_an_edited_export_skips_the_mapping_and_shows_each_change(qtbot, sample_path, tmp_path):
    # given the sample's contacts exported, and one job title edited in Excel
    window = open_window(qtbot, sample_path)
    path = tmp_path / "contacts.xlsx"
    export_workbook(window.services.db, "contacts", path)
    wb = openpyxl.load_workbook(path)
    ws = wb["Contacts"]
    header = [c.value for c in ws[1]]
    family, job = header.index("Family name") + 1, header.index("Job title") + 1
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, family).value == "Bickart")
    old = ws.cell(row, job).value
    ws.cell(row, job, "Director of Training")
    wb.save(path)

    # when it is opened in the wizard, it goes straight to the preview
    wizard = wizard_on(qtbot, window, path)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    summary = wizard.findChild(QLabel, "importPreviewSummary").text()
    assert summary.startswith("0 new · 1 updated · 8 unchanged · 0 rejected")
    status = wizard.findChild(QComboBox, "importStatusFilter")
    choose(status, "Updated")
    preview = wizard.findChild(QTableView, "importPreviewTable")
    assert preview.model().rowCount() == 1
    assert cell(preview, 0, 2) == "Agnès Bickart"
    assert cell(preview, 0, 3) == f"Job title: {old} → Director of Training"
    assert wizard.findChild(QPushButton, "importCommitButton").isEnabled()

    # Back returns to the file, not to a mapping the workbook does not need
    click(qtbot, wizard, "importBackButton")
    assert wizard.page() == 0


def test_esc_while_importing_keeps_the_wizard_until_it_can_say_how_it_ended(
    qtbot, sample_path, tmp_path
):
    window = open_window(qtbot, sample_path)
    path = participants(tmp_path / "participants.xlsx", NEW)
    wizard = wizard_on(qtbot, window, path)
    qtbot.waitUntil(lambda: wizard.page() == SHEET)
    click(qtbot, wizard, "importNextButton")
    click(qtbot, wizard, "importNextButton")
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)

    # the worker is held busy, so the import is still waiting when the user presses Esc
    release = threading.Event()
    window.runner.run(lambda: release.wait(30))
    click(qtbot, wizard, "importCommitButton")
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)
    assert wizard.isVisible() and wizard.busy()
    release.set()
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=30_000)
    settle(qtbot, window)

    # what the wizard says matches the database: rolled back, or applied and the lists told
    result = wizard.findChild(QLabel, "importResult").text()
    contacts = window.services.lists.count("contact")
    if result.startswith("Imported: 2 new"):
        assert contacts == 11
        assert window.statusBar().currentMessage() == "Workbook imported"
    else:
        assert result == "import cancelled; nothing was changed"
        assert contacts == 9


def test_a_list_of_organisations_is_mapped_to_their_fields(qtbot, sample_path, tmp_path):
    path = tmp_path / "partenaires.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Partenaires"
    ws.append(["Partenaires 2024"])
    ws.append(["Organisme", "Nom officiel", "Ville", "Pays", "Site web"])
    ws.append(["Cités Unies France", "", "Paris", "France", "https://cites-unies-france.org"])
    wb.save(path)
    window = open_window(qtbot, sample_path)
    wizard = wizard_on(qtbot, window, path)
    qtbot.waitUntil(lambda: wizard.page() == SHEET)
    kind = wizard.findChild(QComboBox, "importKindCombo")
    assert wizard.findChild(QSpinBox, "importHeaderRowSpin").value() == 2
    assert kind.currentText() == "Organisations"
    click(qtbot, wizard, "importNextButton")
    combos = [wizard.findChild(QComboBox, f"importMappingCombo{i}") for i in range(5)]
    assert [c.currentText() for c in combos] == ["Name", "Local name", "City", "Country", "Website"]

    # read as contacts instead, the same headers map to a contact's fields, and the missing
    # family name is what keeps Next off
    click(qtbot, wizard, "importBackButton")
    choose(kind, "Contacts")
    click(qtbot, wizard, "importNextButton")
    combos = [wizard.findChild(QComboBox, f"importMappingCombo{i}") for i in range(5)]
    assert [c.currentText() for c in combos] == [
        "Organisation", "(do not import)", "City", "Country", "(do not import)",
    ]  # fmt: skip
    assert not wizard.next_button.isEnabled()
    assert wizard.message.text() == (
        "No column is imported as 'Family name', which every record needs"
    )

    click(qtbot, wizard, "importBackButton")
    choose(kind, "Organisations")
    click(qtbot, wizard, "importNextButton")
    click(qtbot, wizard, "importNextButton")
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    summary = wizard.findChild(QLabel, "importPreviewSummary").text()
    assert summary.startswith("1 new · 0 updated · 0 unchanged · 0 rejected")
    assert wizard.findChild(QPushButton, "importCommitButton").isEnabled()


def test_the_dakar_sheet_imports_in_one_pass_with_its_new_organisations(
    qtbot, sample_path, tmp_path
):
    """The issue's colleague sheet: title row, French headers, unknown organisations, bad
    e-mails, a known e-mail, the same person twice, a namesake; decided in the preview."""
    from colleague_sheets import AGNES_ROW, MAIRIE, SOW_ROW, dakar_sheet

    window = open_window(qtbot, sample_path)
    services = window.services
    organisations = services.lists.count("organisation")
    wizard = wizard_on(qtbot, window, dakar_sheet(tmp_path / "atelier-dakar.xlsx"))
    qtbot.waitUntil(lambda: wizard.page() == SHEET)
    assert wizard.findChild(QSpinBox, "importHeaderRowSpin").value() == 2
    click(qtbot, wizard, "importNextButton")
    combos = [wizard.findChild(QComboBox, f"importMappingCombo{i}") for i in range(7)]
    assert [c.currentText() for c in combos] == [
        "Given name", "Family name", "E-mail", "Organisation", "City", "Country", "Phone",
    ]  # fmt: skip
    click(qtbot, wizard, "importNextButton")
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    summary = wizard.findChild(QLabel, "importPreviewSummary")
    assert summary.text() == (
        "14 new · 1 updated · 0 unchanged · 4 rejected · 2 possible duplicates · 1 left out"
        " · 1 found by e-mail"
    )
    names = wizard.preview_page.names
    assert names.isVisible()
    table = names.table
    listed = [table.item(r, 1).text() for r in range(table.rowCount())]
    assert listed == [
        "Accra Metropolitan Assembly", "City of Johannesburg", "Commune de Rabat",
        "Lagos State Government", "Mairie de Dakar",
    ]  # fmt: skip
    assert names.title.text() == "Organisations not on record: 5 will be created"
    shot(wizard, "import-preview-dakar")
    preview = wizard.findChild(QTableView, "importPreviewTable")
    rows = {cell(preview, r, 1): r for r in range(preview.model().rowCount())}
    # every problem of a row, one per line
    assert cell(preview, rows["Participants, 8"], 3).count("\n") == 1
    agnes = rows[f"Participants, {AGNES_ROW}"]
    assert cell(preview, agnes, 3).splitlines() == [
        "Found by its e-mail: updates this contact",
        "Phone: (empty) → +34 933 42 87 50",
    ]
    assert cell(preview, rows["Participants, 12"], 0) == "Left out"
    assert cell(preview, rows["Participants, 12"], 4).startswith(
        "row 3, Thabo Mokoena (same e-mail"
    )

    def repreviewed(text: str) -> None:
        qtbot.waitUntil(
            lambda: not wizard.busy() and summary.text().startswith(text), timeout=30_000
        )

    # the Mairie de Dakar is the City of Dakar: picked among the suggestions
    mairie = listed.index(MAIRIE)
    picker = names.pickers[mairie]
    assert picker.edit.placeholderText() == "perhaps City of Dakar?"
    hit = picker.hits.item(0)
    picker.pick(hit.data(Qt.ItemDataRole.UserRole), hit.data(Qt.ItemDataRole.UserRole + 1))
    qtbot.waitUntil(
        lambda: names.title.text() == "Organisations not on record: 4 will be created",
        timeout=30_000,
    )
    # still listed, with the organisation it stands for: the user may change their mind
    assert names.pickers[mairie].edit.text() == "City of Dakar"
    assert not names.boxes[mairie].isChecked()
    # Rabat is not to be created: its rows are rejected too
    rabat = listed.index("Commune de Rabat")
    names.boxes[rabat].setChecked(False)
    repreviewed("13 new · 1 updated · 0 unchanged · 5 rejected")
    # the namesake of Rahmatouca Sow is her: the row updates her
    rows = {cell(preview, r, 1): r for r in range(preview.model().rowCount())}
    sow = preview.indexWidget(preview.model().index(rows[f"Participants, {SOW_ROW}"], 5))
    assert [sow.itemText(i) for i in range(sow.count())] == [
        "Add as a new contact", "Update Rahmatouca Sow", "Leave this row out",
    ]  # fmt: skip
    sow.setCurrentIndex(1)
    repreviewed("12 new · 2 updated · 0 unchanged · 5 rejected")

    # one pass: the 14 valid rows imported, the 5 others left out and saved to correct
    commit = wizard.findChild(QPushButton, "importCommitButton")
    assert commit.text() == "&Import the 14 valid rows"
    click(qtbot, wizard, "importCommitButton")
    qtbot.waitUntil(lambda: wizard.page() == DONE, timeout=30_000)
    result = wizard.findChild(QLabel, "importResult").text()
    assert result.startswith("Imported: 12 new, 2 updated, 0 unchanged.")
    assert result.endswith("5 rejected rows were left out.")
    shot(wizard, "import-done-dakar")
    assert services.lists.count("organisation") == organisations + 3
    fall = services.search.find("Aminata Fall", kinds=("contact",))[0].id
    dakar = services.search.find("City of Dakar", kinds=("organisation",))[0].id
    assert services.records.get("contact", fall)["organisation_id"] == dakar
    target = tmp_path / "to-correct.xlsx"
    assert wizard.findChild(QPushButton, "importSaveRejectedButton").isVisible()
    wizard.save_rejected(target)
    qtbot.waitUntil(lambda: not wizard.busy(), timeout=30_000)
    assert wizard.saved_label.text() == "5 rows saved to to-correct.xlsx"
    saved = openpyxl.load_workbook(target)["Participants"]
    assert saved.max_row == 6 and saved.cell(1, 8).value == "Reason"
    click(qtbot, wizard, "importCancelButton")
    settle(qtbot, window)
    # one undo step takes it all back
    window.undo_action.trigger()
    settle(qtbot, window)
    assert services.lists.count("organisation") == organisations
