"""The search box searches on every keystroke, in the background: no typing pause, a search
overtaken by the next keystroke is dropped, and a long result shows its first rows before its
count."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QApplication
from ui_support import column_texts, open_section, open_window, record_table, search_box, settle

from metrodesk.data.database import Database
from metrodesk.services.sample.demo import load_demo
from metrodesk.ui.lists import record_model


def _done(page, text: str) -> bool:
    return page.model.query == text and not page.model.searching


def test_a_keystroke_searches_at_once_without_a_typing_pause(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    box = search_box(window)
    qtbot.keyClicks(box, "bickar")
    qtbot.waitUntil(lambda: _done(page, "bickar"), timeout=10_000)
    qtbot.keyClick(box, "t")
    # the keystroke is taken in: the search has started, not waiting for a pause in the typing
    QApplication.processEvents()
    assert page.model.query == "bickart"
    qtbot.waitUntil(lambda: _done(page, "bickart"), timeout=10_000)
    assert column_texts(record_table(window)) == ["Agnès Bickart"]
    assert page.count_label.text() == page.section.count_text(1)


def test_a_search_overtaken_by_the_next_keystroke_is_never_shown(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    shown: list[str] = []
    page.model.modelReset.connect(lambda: shown.append(page.model.query))
    for text in ("k", "ki", "kim"):
        page.model.search(text)  # three keystrokes before the first search has answered
    qtbot.waitUntil(lambda: _done(page, "kim"), timeout=10_000)
    settle(qtbot, window)
    assert shown == ["kim"]
    assert any("KIM" in name for name in column_texts(record_table(window)))


def test_a_long_result_shows_its_first_rows_then_its_count(qtbot, db_path):
    # the sample and 800 synthetic contacts: more matches of one letter than a page holds
    db = Database.open(db_path)
    load_demo(db, 800)
    db.close()
    window = open_window(qtbot, db_path)
    page = open_section(qtbot, window, "contact")
    counts: list[tuple[bool, str]] = []
    page.model.counted.connect(lambda: counts.append((True, page.count_label.text())))
    page.model.modelReset.connect(
        lambda: counts.append((page.model.count_known, page.count_label.text()))
    )
    before = page.count_label.text()
    search_box(window).setText("a")
    qtbot.waitUntil(lambda: _done(page, "a") and page.model.count_known, timeout=10_000)
    total = page.model.count()
    assert total > page.model.page_size
    # the rows came first, the label keeping the last count; the count came after them
    assert counts[0] == (False, before)
    assert counts[-1] == (True, page.section.count_text(total))
    assert page.model.rowCount() == page.model.page_size


def test_the_next_keystroke_does_not_wait_for_the_count_before_it(qtbot, db_path, monkeypatch):
    # a count of half a million matches outlasts a keystroke at a million contacts: here the
    # count of "a" is held until the test lets it go, and "ag" must show its rows meanwhile
    # (the list is made to count apart as a list of a million does)
    monkeypatch.setattr(record_model, "COUNT_APART_ROWS", 0)
    db = Database.open(db_path)
    load_demo(db, 800)
    db.close()
    window = open_window(qtbot, db_path)
    page = open_section(qtbot, window, "contact")
    source = page.model.source
    counting, release = threading.Event(), threading.Event()
    real_count = source.count

    def count(query):
        if query.text == "a":
            counting.set()
            release.wait(30)
        return real_count(query)

    source.count = count
    try:
        box = search_box(window)
        box.setText("a")
        qtbot.waitUntil(counting.is_set, timeout=10_000)
        qtbot.keyClick(box, "g")
        qtbot.waitUntil(lambda: _done(page, "ag"), timeout=10_000)
        # the rows of "ag" are shown while the count of "a" is still running
        assert not release.is_set()
        names = column_texts(record_table(window))
        assert "Agnès Bickart" in names
        assert 0 < page.model.rowCount() < page.model.page_size  # "a" filled a whole page
    finally:
        release.set()
    qtbot.waitUntil(lambda: page.model.count_known, timeout=10_000)
    settle(qtbot, window)
    # the count of "a", arriving last, is not taken for the count of "ag"
    total = page.model.count()
    assert page.count_label.text() == page.section.count_text(total)
    assert total < 800
