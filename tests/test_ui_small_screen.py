"""A day's work on a 1024-pixel laptop: the main window shrinks to 1024 × 640 in every section
with nothing cut, and every editor fits 1024 × 700. METRODESK_SHOTS=DIR saves what the test
sees, to look at."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QTableView
from ui_support import KINDS, open_section, open_window, settle

from metrodesk.ui.lists.record_table import WHOLE_KEYS, WHOLE_VALUES

SCREEN = (1024, 640)
DIALOG_ROOM = (1024, 700)
#: short values shown whole at 1024 pixels too, besides dates, amounts and phone numbers
#: (an earlier build showed "South …" for South Korea); long text (job titles, e-mail
#: addresses) is what narrows and elides
SHORT_KEYS = frozenset({"city", "country", "language", "status", "region", "meeting_kind"})


def cut_cells(table) -> list[str]:
    """The texts on screen that their column cuts short."""
    header, metrics, model = table.horizontalHeader(), table.fontMetrics(), table.model()
    out = []
    for column, key in enumerate(table.keys):
        if table.isColumnHidden(column) or key not in WHOLE_KEYS | SHORT_KEYS:
            continue
        for row in range(model.rowCount()):
            text = str(model.index(row, column).data() or "")
            # the cell's margins take a few pixels of the section
            if metrics.horizontalAdvance(text) + 8 > header.sectionSize(column):
                out.append(f"{key}: {text}")
    return out


def _shot(widget, name: str) -> None:
    folder = os.environ.get("METRODESK_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def test_every_section_fits_1024_by_640_with_nothing_cut(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.resize(*SCREEN)
    settle(qtbot, window)
    assert window.minimumSizeHint().width() <= SCREEN[0]
    _shot(window, "small-dashboard")
    for kind in KINDS:
        page = open_section(qtbot, window, kind)
        settle(qtbot, window)
        qtbot.wait(10)
        assert window.size().toTuple() == SCREEN, kind
        assert page.minimumSizeHint().width() <= SCREEN[0] - window.navigation.width(), kind
        table = page.findChild(QTableView, "recordTable")
        # the columns fit the width: no sideways scrolling
        assert not table.horizontalScrollBar().isVisible(), kind
        header = table.horizontalHeader()
        metrics = table.fontMetrics()
        for column, key in enumerate(table.keys):
            sample = WHOLE_VALUES.get(key)
            if sample is not None and not table.isColumnHidden(column):
                # dates and amounts are never cut short, whichever is shown
                assert header.sectionSize(column) > metrics.horizontalAdvance(sample()), key
        # nor are the phone numbers, cities and countries listed
        assert cut_cells(table) == [], kind
        _shot(window, f"small-{kind}")


def test_every_editor_fits_1024_by_700(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    window.resize(*SCREEN)
    services = window.services
    for kind in (*KINDS, "programme", "event"):
        existing = services.lists.page(kind, "", 0, 1) if kind in KINDS else []
        for record_id in (None, existing[0].id if existing else None):
            if record_id is None and existing and kind != "contact":
                continue
            dialog = window.edit_record(kind, record_id)
            settle(qtbot, window)
            tabs = getattr(dialog, "tabs", None)
            for index in range(tabs.count() if tabs is not None else 1):
                if tabs is not None:
                    tabs.setCurrentIndex(index)
                    settle(qtbot, window)
                hint = dialog.minimumSizeHint()
                assert hint.width() <= DIALOG_ROOM[0] and hint.height() <= DIALOG_ROOM[1], (
                    kind,
                    index,
                    hint,
                )
            size = dialog.size()
            assert size.width() <= DIALOG_ROOM[0] and size.height() <= DIALOG_ROOM[1], kind
            _shot(dialog, f"editor-{kind}-{'new' if record_id is None else 'edit'}")
            dialog.reject()
            settle(qtbot, window)
