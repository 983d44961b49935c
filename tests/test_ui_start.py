"""Starting the app: the window's frame shows at once, the database opens on a thread beside
it, and the frame is then filled. Driven through `app._ShownDatabase`, which `metrodesk` runs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QListWidget, QStatusBar
from ui_support import current_page

from metrodesk import app
from metrodesk.data.database import Database
from metrodesk.ui.window.skeleton import SectionSkeleton

#: what the frame must show without: SQLAlchemy and what it brings take most of a start
HEAVY = (
    "sqlalchemy",
    "metrodesk.data.database",
    "metrodesk.data.models",
    "metrodesk.services.facade",
    "phonenumbers",
    "pycountry",
    "PySide6.QtCharts",
)


def test_the_frame_shows_before_sqlalchemy_and_the_services_are_imported(sample_path):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from metrodesk import app\n"
        "qt = QApplication([])\n"
        f"window = app._frame({str(sample_path)!r})\n"
        "window.show()\n"
        "qt.processEvents()\n"
        "assert window.stack.currentWidget().objectName() == 'skeleton_dashboard'\n"
        "window.shutdown()\n"
        f"print(','.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    )
    assert out.stdout.strip() == ""


def _held_open(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Make the opening thread wait for the returned event before it opens the database, so
    that a test sees the frame while the database is still opening."""
    gate = threading.Event()
    real_open = app._open

    def open_when_let(path: Path):  # type: ignore[no-untyped-def]
        assert gate.wait(60), "the test never let the database open"
        return real_open(path)

    monkeypatch.setattr(app, "_open", open_when_let)
    return gate


def _when_shown(shown: app._ShownDatabase, act: Callable[[], None]) -> None:
    """Run `act` once the frame is visible (from within the start's own event loops)."""

    def poll() -> None:
        window = shown.window
        if window is not None and window.isVisible():
            act()
        else:
            QTimer.singleShot(5, poll)

    QTimer.singleShot(0, poll)


def _action(window: app.MainWindow, name: str) -> QAction:
    found = window.findChild(QAction, name)
    assert found is not None
    return found


def test_the_frame_answers_while_the_database_opens_then_fills(qtbot, sample_path, monkeypatch):
    gate = _held_open(monkeypatch)
    seen: dict[str, object] = {}
    shown = app._ShownDatabase(sample_path)

    def look_and_click() -> None:
        window = shown.window
        assert window is not None
        status = window.findChild(QStatusBar)
        seen["title"] = window.windowTitle()
        seen["outline"] = window.stack.currentWidget().objectName()
        seen["status"] = status.currentMessage() if status else ""
        seen["import enabled"] = _action(window, "importExcelAction").isEnabled()
        seen["quit enabled"] = window.quit_action.isEnabled()
        # the user picks Contacts before the file has opened: its outline shows at once
        window.findChild(QListWidget, "navigation").setCurrentRow(1)
        seen["after click"] = window.stack.currentWidget().objectName()
        gate.set()

    _when_shown(shown, look_and_click)
    try:
        assert shown.open()
        window = shown.window
        assert window is not None
        assert seen == {
            "title": "MetroDesk — sample.sqlite",
            "outline": "skeleton_dashboard",
            "status": "Opening sample.sqlite…",
            "import enabled": False,
            "quit enabled": True,
            "after click": "skeleton_contact",
        }
        # filled: the section the user chose, with its rows; the commands work
        assert window.attached
        page = current_page(window)
        assert page is window.page("contact")
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=30_000)
        assert _action(window, "importExcelAction").isEnabled()
        assert window.statusBar().currentMessage() == ""
        # the dashboard, not shown yet, is built when first shown
        assert isinstance(window.stack.widget(0), SectionSkeleton)
        window.show_section(0)
        assert current_page(window) is window.dashboard
        assert window.stack.widget(0) is window.dashboard
        qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30_000)
    finally:
        shown.close()


def test_closing_the_frame_before_the_database_opens_leaves_it_closed(
    qtbot, sample_path, monkeypatch
):
    gate = _held_open(monkeypatch)
    shown = app._ShownDatabase(sample_path)

    def close_it() -> None:
        assert shown.window is not None
        shown.window.close()
        gate.set()

    _when_shown(shown, close_it)
    assert not shown.open()
    assert shown.closed_while_opening
    assert shown.window is None
    # the file was opened on the thread and closed again: free for the next one
    Database.open(sample_path).close()


def _answered(monkeypatch: pytest.MonkeyPatch, restore: bool) -> list[tuple[str, Path | None]]:
    """Answer the start's modal "cannot open" dialog as the user would (Restore or Close), and
    note each one: the reason's type and the backup offered."""
    said: list[tuple[str, Path | None]] = []

    def answer(db_path, exc, newest, box=None):  # type: ignore[no-untyped-def]
        said.append((type(exc).__name__, newest))
        return restore and newest is not None

    monkeypatch.setattr(app, "explain_open_error", answer)
    return said


def test_a_file_another_window_holds_is_explained_and_nothing_stays_open(
    qtbot, sample_path, monkeypatch
):
    # given another MetroDesk process with the file open
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys\n"
            "from metrodesk.data.database import Database\n"
            f"db = Database.open({str(sample_path)!r})\n"
            "print('open', flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        said = _answered(monkeypatch, restore=False)
        shown = app._ShownDatabase(sample_path)
        # when this one starts on it: the frame shows, the refusal is said, the frame goes
        assert not shown.open()
        assert said == [("DatabaseInUse", None)]
        assert shown.window is None and not shown.closed_while_opening
    finally:
        holder.communicate("")
    # and nothing of this process kept the file
    Database.open(sample_path).close()


def test_a_file_damaged_at_opening_offers_the_newest_backup_and_opens_it(
    qtbot, sample_path, monkeypatch
):
    from metrodesk.services.storage.backups import take_backup

    # given a sound backup, then the file cut short (the cheap opening checks see it)
    backup = take_backup(sample_path, None).path
    data = sample_path.read_bytes()
    sample_path.write_bytes(data[: len(data) // 2])
    said = _answered(monkeypatch, restore=True)
    shown = app._ShownDatabase(sample_path)
    try:
        # when it starts and the user chooses Restore: the restored file fills the same frame
        assert shown.open()
        assert said == [("DamagedDatabase", backup)]
        window = shown.window
        assert window is not None and window.attached
        qtbot.waitUntil(lambda: not window.runner.busy(), timeout=30_000)
        assert not window.services.is_empty()
    finally:
        shown.close()


def test_a_first_run_opens_on_the_welcome_page(qtbot, db_path):
    from metrodesk.ui.window.welcome import WelcomePanel

    shown = app._ShownDatabase(db_path)
    try:
        assert shown.open()
        window = shown.window
        assert window is not None
        welcome = current_page(window).findChild(WelcomePanel, "welcomePage")
        qtbot.waitUntil(lambda: welcome.isVisible(), timeout=30_000)
        assert not window.dashboard.view.isVisible()
    finally:
        shown.close()
