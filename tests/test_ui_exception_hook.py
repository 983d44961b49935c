"""Unexpected errors are logged to a file; the user reads a sentence, not a traceback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from metrodesk import app, paths
from metrodesk.ui.runtime import exception_hook


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_logged_and_explained(qtbot, tmp_path, monkeypatch):
    # given the hook (the test's log folder is under tmp_path, see conftest)
    assert str(paths.log_dir()).startswith(str(tmp_path))
    assert not paths.log_dir().exists()  # created when first needed, not at import
    hook = exception_hook.ExceptionHook()
    monkeypatch.setattr(sys, "excepthook", hook)
    button = QPushButton("Boom")
    qtbot.addWidget(button)

    def boom() -> None:
        raise RuntimeError("the satellite list is inconsistent")

    button.clicked.connect(boom)
    # when a slot raises
    button.click()
    # then the traceback is in the log file
    log = paths.log_dir() / "errors.log"
    text = log.read_text(encoding="utf-8")
    assert "Traceback" in text and "RuntimeError: the satellite list is inconsistent" in text
    assert "in boom" in text
    # and the user sees what happened and where the details are, without a traceback
    box = hook.dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == "Something went wrong. Your saved work is safe."
    assert "RuntimeError: the satellite list is inconsistent" in box.informativeText()
    assert str(log) in box.informativeText()
    assert "Traceback" not in box.text() + box.informativeText()
    assert "Traceback" in box.detailedText()
    # a second error while the first is on screen is logged without a second dialog
    button.click()
    assert log.read_text(encoding="utf-8").count("RuntimeError: the satellite") == 2
    box.close()
    qtbot.waitUntil(lambda: hook.dialog is None)


def test_main_explains_a_file_it_cannot_open(qtbot, tmp_path):
    # given a file that is not a MetroDesk database
    notes = tmp_path / "notes.sqlite"
    notes.write_text("meeting notes, not a database", encoding="utf-8")
    shown = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            shown.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, read_and_close)

    QTimer.singleShot(0, read_and_close)
    hook_before = sys.excepthook
    # when the app is started on it
    status = app.main(notes)
    # then it says why in one line, exits with 1, and leaves the file alone
    assert status == 1
    assert len(shown) == 1
    assert "notes.sqlite is not a MetroDesk database" in shown[0]
    assert "Traceback" not in shown[0]
    assert notes.read_text(encoding="utf-8") == "meeting notes, not a database"
    assert sys.excepthook is hook_before
