"""Edit › Personal data review…: the retention review lists people with no valid consent and no
activity, erases the selected ones after a confirmation, and the register tab lists and
exports what was done."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton, QSpinBox, QTableWidget
from ui_support import column_texts, open_section, open_window, record_table, settle

from metrodesk.ui.privacy.review_dialog import PersonalDataDialog

#: the sample data seen from ten years on: nobody has given a consent, nothing has happened
LATER = date(2036, 12, 3)


def _open(qtbot, window, today: date | None = None) -> PersonalDataDialog:
    window.personal_data_action.trigger()
    dialog = window.findChild(PersonalDataDialog, "personalDataDialog")
    assert dialog is not None and dialog.isVisible()
    if today is not None:
        dialog.today = lambda: today
        dialog.reload()
    settle(qtbot, window)
    return dialog


def _names(table: QTableWidget) -> list[str]:
    return [table.item(r, 0).text() for r in range(table.rowCount())]


def _confirmation(qtbot, dialog) -> QMessageBox:
    qtbot.waitUntil(
        lambda: any(b.isVisible() for b in dialog.findChildren(QMessageBox, "confirmBulkErasure"))
    )
    return next(b for b in dialog.findChildren(QMessageBox, "confirmBulkErasure") if b.isVisible())


def test_the_review_erases_the_selected_people_after_a_confirmation(qtbot, sample_path, tmp_path):
    window = open_window(qtbot, sample_path)
    dialog = _open(qtbot, window, LATER)
    table = dialog.findChild(QTableWidget, "reviewTable")
    listed = _names(table)
    assert "Agnès Bickart" in listed and len(listed) >= 3
    assert table.item(0, 2).text() == "never given"
    erase = dialog.findChild(QPushButton, "eraseSelectedButton")
    assert not erase.isEnabled()  # nothing selected yet

    # cancelled: nobody is erased
    agnes = listed.index("Agnès Bickart")
    table.selectRow(agnes)
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    box = _confirmation(qtbot, dialog)
    assert "Agnès Bickart" in box.informativeText()
    box.button(QMessageBox.StandardButton.Cancel).click()
    settle(qtbot, window)
    assert "Agnès Bickart" in _names(table)

    # confirmed: she and the first other person listed are erased, everywhere in the window
    table.clearSelection()
    table.selectRow(agnes)
    other = 1 if agnes == 0 else 0
    flags = QItemSelectionModel.SelectionFlag
    table.selectionModel().select(table.model().index(other, 0), flags.Select | flags.Rows)
    assert len(dialog.selected()) == 2
    other_name = listed[other]
    qtbot.mouseClick(erase, Qt.MouseButton.LeftButton)
    box = _confirmation(qtbot, dialog)
    assert box.text() == "Erase these 2 people for good? This cannot be undone."
    box.findChild(QPushButton, "confirmEraseButton").click()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Agnès Bickart" not in _names(table))
    assert other_name not in _names(table)
    assert len(_names(table)) == len(listed) - 2
    assert window.statusBar().currentMessage() == "Erased 2 people"
    dialog.close()
    open_section(qtbot, window, "contact")
    settle(qtbot, window)
    assert "Agnès Bickart" not in " ".join(column_texts(record_table(window)))

    # the register lists both erasures and exports them
    dialog = _open(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    register = dialog.findChild(QTableWidget, "registerTable")
    assert register.rowCount() == 2
    assert {register.item(r, 2).text() for r in range(2)} == {"Erasure"}
    assert "Agnès" not in " ".join(register.item(r, 3).text() for r in range(2))
    target = tmp_path / "register.xlsx"
    dialog.register_view.export(target)
    settle(qtbot, window)
    rows = list(load_workbook(target, read_only=True)["Register"].iter_rows(values_only=True))
    assert [row[2] for row in rows[1:]] == ["erasure", "erasure"]
    assert window.statusBar().currentMessage() == "Register written to register.xlsx (2 lines)"


def test_nobody_to_review_says_so_and_offers_nothing_to_erase(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    dialog = _open(qtbot, window)  # seen from today, everyone was active lately
    assert dialog.focusWidget() is dialog.findChild(QSpinBox, "yearsBox")
    table = dialog.findChild(QTableWidget, "reviewTable")
    assert table.rowCount() == 0
    assert dialog.findChild(QLabel, "reviewSummary").text().startswith("Nobody to review")
    assert not dialog.findChild(QPushButton, "eraseSelectedButton").isEnabled()
    assert not dialog.findChild(QPushButton, "selectAllButton").isEnabled()
    # fewer years from a later day: the list follows the box
    dialog.today = lambda: LATER
    dialog.findChild(QSpinBox, "yearsBox").setValue(20)
    qtbot.waitUntil(lambda: "Nobody" in dialog.findChild(QLabel, "reviewSummary").text())
    dialog.findChild(QSpinBox, "yearsBox").setValue(5)
    qtbot.waitUntil(lambda: table.rowCount() > 0)
    dialog.tabs.setCurrentIndex(1)
    settle(qtbot, window)
    assert dialog.findChild(QTableWidget, "registerTable").rowCount() == 0
    assert not dialog.findChild(QPushButton, "exportRegisterButton").isEnabled()
    assert dialog.findChild(QLabel, "registerSummary").text().startswith("No access export")
