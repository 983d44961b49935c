"""Pickers of people tell namesakes apart on screen: three "Agnès Bickart" in the owner picker
of an action item read differently, and the one picked is the one saved."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QPushButton
from ui_support import is_closed, open_window, settle


def test_three_namesakes_read_differently_in_a_picker(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    records = window.services.records
    paris = records.create(
        "contact", {"given_name": "Agnès", "family_name": "Bickart", "email": "agnes@paris.fr"}
    )
    records.create("contact", {"given_name": "Agnès", "family_name": "Bickart", "country": "FR"})
    dialog = window.edit_record("action_item", None)
    settle(qtbot, window)
    dialog.editor("description").edit.setPlainText("Send the Dakar programme")
    owner = dialog.editor("owner_id")
    owner.edit.setFocus()
    qtbot.keyClicks(owner.edit, "agnes bickart")
    qtbot.waitUntil(lambda: owner.hits.rowCount() == 3, timeout=10_000)
    shown = sorted(owner.hits.item(r).text() for r in range(3))
    assert shown == [
        "Agnès Bickart — France",
        "Agnès Bickart — Metropolis Secretariat General · abickart@metropolis.org · Barcelona",
        "Agnès Bickart — agnes@paris.fr",
    ]
    (row,) = [r for r in range(3) if owner.hits.item(r).text().endswith("agnes@paris.fr")]
    # chosen from the completer's list, as a click or Enter there does
    owner.completer.activated[QModelIndex].emit(owner.hits.index(row, 0))
    assert owner.edit.text() == "Agnès Bickart"
    qtbot.mouseClick(dialog.findChild(QPushButton, "saveButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: is_closed(dialog))
    settle(qtbot, window)
    (hit,) = window.services.search.find("Send the Dakar programme", kinds=("action_item",))
    assert records.get("action_item", hit.id)["owner_id"] == paris
