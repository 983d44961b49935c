"""Ctrl+K: search every kind at once and jump to what was found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QWidget
from ui_support import current_page, open_window

from metrodesk.ui.records.record_dialog import RecordDialog


def _open_search(qtbot, window) -> tuple[QLineEdit, QListWidget]:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.findChild(QWidget, "globalSearch")
    assert isinstance(box, QLineEdit)
    qtbot.waitUntil(box.hasFocus)
    return box, window.findChild(QListWidget, "globalSearchResults")


def _texts(results: QListWidget) -> list[str]:
    return [results.item(i).text() for i in range(results.count())]


def test_ctrl_k_finds_every_kind_grouped(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    box, results = _open_search(qtbot, window)
    qtbot.keyClicks(box, "guangzhou")
    qtbot.waitUntil(lambda: "13th Metropolis World Congress" in _texts(results))
    texts = _texts(results)
    assert texts.index("EVENTS") == texts.index("13th Metropolis World Congress") - 1
    # group headers cannot be chosen
    header = results.item(texts.index("EVENTS"))
    assert not header.flags() & Qt.ItemFlag.ItemIsSelectable
    # the first hit is current, so Enter goes straight to it
    assert results.currentItem().text() == texts[1]


def test_enter_on_an_event_opens_its_editor(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    box, results = _open_search(qtbot, window)
    qtbot.keyClicks(box, "guangzhou")
    qtbot.waitUntil(lambda: "13th Metropolis World Congress" in _texts(results))
    while results.currentItem().text() != "13th Metropolis World Congress":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    dialog = window.findChild(RecordDialog)
    assert dialog is not None and dialog.kind == "event"
    assert dialog.editor("city").edit.text() == "Guangzhou"
    assert not window.global_search.isVisible()
    dialog.reject()


def test_a_contact_hit_selects_its_row(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    box, results = _open_search(qtbot, window)
    qtbot.keyClicks(box, "kim")
    qtbot.waitUntil(lambda: "KIM Chang-Beom" in _texts(results))
    item = results.item(_texts(results).index("KIM Chang-Beom"))
    qtbot.mouseClick(
        results.viewport(), Qt.MouseButton.LeftButton, pos=results.visualItemRect(item).center()
    )
    page = current_page(window)
    assert page.kind == "contact"
    assert page.model.text(page.table.currentIndex().row(), "name") == "KIM Chang-Beom"
    assert page.table.hasFocus()


def test_escape_closes_and_no_match_says_so(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    box, results = _open_search(qtbot, window)
    qtbot.keyClicks(box, "zzzz")
    qtbot.waitUntil(lambda: _texts(results) == ["No match for ‘zzzz’"])
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert not window.global_search.isVisible()
