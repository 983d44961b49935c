"""Team sync in the window: File › Team sync…, the status bar's states, the conflicts inbox
(resolved on one copy, gone on another after it syncs), on real windows, files and folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
)
from ui_support import open_window, settle, type_text

from metrodesk.services.facade import Services
from metrodesk.ui.sync import controller
from metrodesk.ui.sync.inbox_dialog import ConflictsDialog

SHOTS = os.environ.get("METRODESK_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    """Screenshots for looking at the dialogs (METRODESK_SCREENSHOTS=folder)."""
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _state(window) -> str:
    button = window.sync_status.state
    return button.text() if button.isVisible() else ""


def _wait_synced(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=30_000)
    settle(qtbot, window)


def _join(qtbot, window, folder: Path, name: str):
    dialog = window.show_team_sync()
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "joinPlan").text() != "")
    dialog.findChild(QLineEdit, "teamFolder").setText(str(folder))
    dialog._look()
    name_field = dialog.findChild(QLineEdit, "computerName")
    name_field.clear()
    type_text(qtbot, name_field, name)
    qtbot.mouseClick(dialog.findChild(QPushButton, "syncButton"), Qt.MouseButton.LeftButton)
    _wait_synced(qtbot, window)
    return dialog


def test_team_sync_dialog_joins_a_folder_and_lists_the_copies(qtbot, sample_path, tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    window = open_window(qtbot, sample_path)
    assert _state(window) == ""  # not syncing: nothing said
    dialog = window.show_team_sync()
    assert dialog.focusWidget() is dialog.findChild(QLineEdit, "teamFolder")
    field = dialog.findChild(QLineEdit, "teamFolder")
    # a folder that holds other files is refused at the field
    other = tmp_path / "Documents"
    other.mkdir()
    (other / "budget.xlsx").write_bytes(b"PK")
    field.setText(str(other))
    dialog._look()
    message = dialog.findChild(QLabel, "error_teamFolder")
    qtbot.waitUntil(lambda: message.isVisible())
    assert "other files" in message.text()
    _shot(dialog, "team-sync-refused")
    # a folder of a very long name: said at the field, the dialog still fits the screen
    deep = other / ("Documents" + "x" * 150) / ("y" * 100)
    deep.mkdir(parents=True)
    (deep / "budget.xlsx").write_bytes(b"PK")
    field.setText(str(deep))
    dialog._look()
    qtbot.waitUntil(lambda: str(deep) in message.text())
    assert dialog.sizeHint().width() <= 1024 and dialog.width() <= 1024
    dialog.close()
    dialog = _join(qtbot, window, folder, "Barcelona desk")
    table = dialog.findChild(QTableWidget, "copiesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1)
    assert table.item(0, 0).text() == "Barcelona desk (this computer)"
    assert dialog.findChild(QPushButton, "syncButton").text().replace("&", "") == "Sync now"
    qtbot.waitUntil(lambda: _state(window).startswith("Synced at"))
    _shot(dialog, "team-sync-dialog")
    # a second copy, empty, fills from the folder
    second = Services.open(tmp_path / "second.sqlite")
    try:
        plan = second.sync.preview(str(folder))
        assert (
            plan.has_team
            and plan.local_empty
            and [c.name for c in plan.copies] == ["Barcelona desk"]
        )
        second.sync.run(str(folder), "Seoul laptop")
        assert second.lists.count("contact") == window.services.lists.count("contact")
    finally:
        second.close()
    dialog._look()
    qtbot.waitUntil(lambda: table.rowCount() == 2)
    _shot(window, "window-synced")


def test_the_status_bar_says_where_the_copy_stands(qtbot, sample_path, tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    window = open_window(qtbot, sample_path)
    _join(qtbot, window, folder, "Barcelona desk")
    qtbot.waitUntil(lambda: _state(window).startswith("Synced at"))
    # a change saved: waiting, then sent by the sync that follows a save
    window.sync.after_save.setInterval(60_000)  # the test says when
    (hit,) = window.services.search.find("bickart", kinds=("contact",))
    # saved through the window's runner, which announces it: the sync controller hears it
    window.runner.write(
        lambda: window.services.records.update("contact", hit.id, {"job_title": "Director"})
    )
    qtbot.waitUntil(lambda: _state(window) == "1 change waiting")
    assert window.sync.after_save.isActive()
    window.sync.sync(quiet=True)
    assert _state(window) == "Syncing…"
    _wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: _state(window).startswith("Synced at"))
    # the folder goes away (a share disconnected): said, and changes are kept
    away = folder.with_name("disconnected")
    folder.rename(away)
    window.runner.write(
        lambda: window.services.records.update("contact", hit.id, {"job_title": "Mayor"})
    )
    qtbot.waitUntil(lambda: not window.runner.busy())
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: _state(window).startswith("Team folder not reachable"))
    assert "1 change waiting" in _state(window)
    assert "cannot be found" in window.sync_status.state.toolTip()
    _shot(window.statusBar(), "status-not-reachable")
    away.rename(folder)
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    qtbot.waitUntil(lambda: _state(window).startswith("Synced at"))


def test_a_conflict_resolved_in_the_inbox_is_gone_on_the_other_copy_after_it_syncs(
    qtbot, sample_path, tmp_path
):
    folder = tmp_path / "team"
    folder.mkdir()
    window = open_window(qtbot, sample_path)
    _join(qtbot, window, folder, "Barcelona desk")
    other_path = tmp_path / "seoul.sqlite"
    other = Services.open(other_path)
    other.sync.run(str(folder), "Seoul laptop")
    # the same field changed on both copies
    (hit,) = window.services.search.find("bickart", kinds=("contact",))
    window.services.records.update("contact", hit.id, {"job_title": "Director of training"})
    other.records.update("contact", hit.id, {"job_title": "Acting training manager"})
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    other.sync.run()
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    conflicts = window.sync_status.conflicts
    qtbot.waitUntil(lambda: conflicts.isVisible() and conflicts.text() == "1 conflict")
    assert window.conflicts_action.text().replace("&", "") == "Conflicts (1)…"
    assert other.sync.inbox.count() == 1
    # the inbox: the record, the field, both values, who set each
    qtbot.mouseClick(conflicts, Qt.MouseButton.LeftButton)
    (dialog,) = [d for d in window.findChildren(ConflictsDialog) if d.isVisible()]
    listing = dialog.findChild(QListWidget, "conflictList")
    qtbot.waitUntil(lambda: listing.count() == 1)
    assert listing.item(0).text() == "Agnès Bickart — Job title"
    kept = dialog.findChild(QLabel, "keptValue").text()
    aside = dialog.findChild(QLabel, "asideValue").text()
    assert {kept, aside} == {"Director of training", "Acting training manager"}
    assert (
        "Seoul laptop"
        in dialog.findChild(QLabel, "keptBy").text() + dialog.findChild(QLabel, "asideBy").text()
    )
    _shot(dialog, "conflicts-inbox")
    # a third value, typed: checked at the field like the editor would
    third = dialog.findChild(QLineEdit, "thirdValue")
    type_text(qtbot, third, "Training director")
    qtbot.mouseClick(dialog.findChild(QPushButton, "useValueButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: listing.count() == 0)
    assert dialog.findChild(QLabel, "conflictsEmpty").isVisible()
    _shot(dialog, "conflicts-empty")
    assert window.services.records.get("contact", hit.id)["job_title"] == "Training director"
    qtbot.waitUntil(lambda: not conflicts.isVisible())
    # gone on the other copy too once both have synced; the value set there is the third
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    other.sync.run()
    assert other.sync.inbox.count() == 0
    assert other.records.get("contact", hit.id)["job_title"] == "Training director"
    other.close()


def test_history_names_the_computer_a_change_came_from(qtbot, sample_path, tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    window = open_window(qtbot, sample_path)
    _join(qtbot, window, folder, "Barcelona desk")
    other = Services.open(tmp_path / "seoul.sqlite")
    try:
        other.sync.run(str(folder), "Seoul laptop")
        (hit,) = other.search.find("bickart", kinds=("contact",))
        other.records.update("contact", hit.id, {"city": "Seoul"})
        other.sync.run()
    finally:
        other.close()
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    from metrodesk.ui.records.history_view import history_rows

    rows = history_rows("contact", window.services.history.of_record(hit.id, "contact"))
    assert rows[0][1].endswith(" on Seoul laptop") and rows[0][2] == "City"
    shutil.rmtree(folder)


def test_sync_runs_by_itself_at_start_every_few_minutes_and_at_quit(
    qtbot, sample_path, tmp_path, monkeypatch
):
    folder = tmp_path / "team"
    folder.mkdir()
    joined = Services.open(sample_path)  # this copy joined the team earlier
    joined.sync.run(str(folder), "Barcelona desk")
    joined.close()
    other = Services.open(tmp_path / "seoul.sqlite")
    other.sync.run(str(folder), "Seoul laptop")
    (hit,) = other.search.find("bickart", kinds=("contact",))
    other.records.update("contact", hit.id, {"city": "Seoul"})
    other.sync.run()
    monkeypatch.setattr(controller, "FIRST_SYNC_MS", 200)  # the test's minutes are short
    monkeypatch.setattr(controller, "SYNC_EVERY_MS", 1_000)
    window = open_window(qtbot, sample_path)

    def city() -> str:
        return window.services.records.get("contact", hit.id)["city"]

    # soon after the window opens, nobody asking
    qtbot.waitUntil(lambda: city() == "Seoul", timeout=30_000)
    # and again a while later
    other.records.update("contact", hit.id, {"city": "Busan"})
    other.sync.run()
    qtbot.waitUntil(lambda: city() == "Busan", timeout=30_000)
    # a change saved just before the window closes is sent as it closes
    window.sync.timer.stop()
    window.sync.after_save.setInterval(60_000)
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=30_000)
    window.runner.write(
        lambda: window.services.records.update("contact", hit.id, {"job_title": "Director"})
    )
    qtbot.waitUntil(window.sync.after_save.isActive)
    window.close()
    other.sync.run()
    assert other.records.get("contact", hit.id)["job_title"] == "Director"
    other.close()


def test_esc_closes_the_team_sync_dialog_asking_first_when_something_was_typed(
    qtbot, sample_path, tmp_path
):
    window = open_window(qtbot, sample_path)
    dialog = window.show_team_sync()
    qtbot.waitUntil(lambda: dialog.findChild(QLabel, "joinPlan").text() != "")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    qtbot.waitUntil(lambda: not dialog.isVisible())
    dialog = window.show_team_sync()
    type_text(qtbot, dialog.findChild(QLineEdit, "teamFolder"), str(tmp_path / "team"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Esc on the question keeps the dialog
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    box = _question(qtbot, dialog)
    close = box.findChild(QPushButton, "closeWithoutSyncingButton")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert window.services.sync.status().hub == ""  # nothing was joined


def _question(qtbot, dialog) -> QMessageBox:
    def shown() -> list[QMessageBox]:
        boxes = dialog.findChildren(QMessageBox, "discardTeamSyncBox")
        return [b for b in boxes if b.isVisible()]

    qtbot.waitUntil(lambda: len(shown()) == 1)
    return shown()[0]


def test_the_inbox_shows_long_values_and_markup_as_they_are_within_the_screen(
    qtbot, sample_path, tmp_path
):
    folder = tmp_path / "team"
    folder.mkdir()
    mine = Services.open(sample_path)
    mine.sync.run(str(folder), "Barcelona desk")
    other = Services.open(tmp_path / "seoul.sqlite")
    other.sync.run(str(folder), "Seoul laptop")
    (hit,) = mine.search.find("bickart", kinds=("contact",))
    unbroken = "x" * 3000  # a value no line break can be put into
    mine.records.update("contact", hit.id, {"notes": unbroken})
    other.records.update("contact", hit.id, {"notes": "<b>not bold</b> & kept as typed"})
    mine.sync.run()
    other.sync.run()
    mine.sync.run()
    other.close()
    mine.close()
    window = open_window(qtbot, sample_path)
    window.conflicts_action.trigger()
    (dialog,) = [d for d in window.findChildren(ConflictsDialog) if d.isVisible()]
    listing = dialog.findChild(QListWidget, "conflictList")
    qtbot.waitUntil(lambda: listing.count() == 1)
    values = {dialog.findChild(QLabel, n) for n in ("keptValue", "asideValue")}
    shown = {label.text() for label in values}
    assert "<b>not bold</b> & kept as typed" in shown
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in values)
    (long_label,) = [label for label in values if label.text().startswith("xxx")]
    assert long_label.text().endswith("…") and long_label.toolTip() == unbroken
    # on its button too, the "&" is shown as typed (not made a shortcut key)
    buttons = [dialog.findChild(QPushButton, n) for n in ("keepButton", "takeOtherButton")]
    assert any("<b>not bold</b> && kept" in b.text() for b in buttons)
    settle(qtbot, window)
    _shot(dialog, "conflicts-long-values")
    # the dialog fits a 1024 x 700 screen
    assert dialog.sizeHint().width() <= 1024 and dialog.minimumSizeHint().width() <= 1024
    assert dialog.width() <= 1024 and dialog.height() <= 700


def test_a_protected_copy_asks_for_a_team_passphrase_at_the_field_and_seals_the_folder(
    qtbot, sample_path, tmp_path, monkeypatch
):
    from conftest import TEST_PASSPHRASE
    from test_sync_sealed import leaks

    from metrodesk.services.privacy.protection import is_protected, protect
    from metrodesk.services.sync.team_key import TEAM_PASSPHRASE_VARIABLE

    monkeypatch.delenv(TEAM_PASSPHRASE_VARIABLE, raising=False)
    if not is_protected(sample_path):
        protect(sample_path, TEST_PASSPHRASE)
    folder = tmp_path / "team"
    folder.mkdir()
    window = open_window(qtbot, sample_path)
    _join(qtbot, window, folder, "Laptop")
    qtbot.waitUntil(lambda: window.sync.prompt is not None and window.sync.prompt.isVisible())
    prompt = window.sync.prompt
    assert list(folder.iterdir()) == []  # refused before the folder became a team
    first = prompt.findChild(QLineEdit, "teamPassphrase")
    repeat = prompt.findChild(QLineEdit, "teamPassphraseRepeat")
    ok = prompt.findChild(QPushButton, "teamPassphraseOk")
    problem = prompt.findChild(QLabel, "teamPassphraseProblem")
    assert prompt.focusWidget() is first and repeat.isVisible()
    type_text(qtbot, first, "short")
    assert "8" in problem.text() and not ok.isEnabled()
    first.setText("our team passphrase")
    repeat.setText("our team passphrase!")
    assert "differ" in problem.text() and not ok.isEnabled()
    repeat.setText("our team passphrase")
    assert problem.text() == "" and ok.isEnabled()
    _shot(prompt, "team-passphrase")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (folder / "team-key.json").is_file(), timeout=30_000)
    _wait_synced(qtbot, window)
    assert _state(window).startswith("Synced at")
    assert list(folder.glob("changes/*/*.mdc")) and leaks(folder) == []


def test_a_computer_without_the_team_key_says_so_and_asks_on_sync_now(
    qtbot, tmp_path, empty_template, monkeypatch
):
    from conftest import TEST_PASSPHRASE
    from sync_support import Team

    from metrodesk.data.crypto import keys
    from metrodesk.data.crypto.envelope import Envelope
    from metrodesk.services.privacy.protection import Protection, is_protected
    from metrodesk.services.sync.team_key import TEAM_PASSPHRASE_VARIABLE

    monkeypatch.setenv(TEAM_PASSPHRASE_VARIABLE, "the team's own passphrase")
    team = Team(tmp_path, "AB", template=empty_template)
    if not is_protected(team["A"].db.path):
        Protection(team["A"].db).protect(TEST_PASSPHRASE)
    team.exchange()
    cid = team["A"].records.create("contact", {"given_name": "Ada", "family_name": "Lovelace"})
    team.sync("A")  # what B takes in once it has the key
    team.close()
    # B's computer forgets the team key (a new laptop with B's database and its passphrase)
    keys.forget(Envelope.from_json((team.folder / "team-key.json").read_bytes()))
    monkeypatch.delenv(TEAM_PASSPHRASE_VARIABLE)
    window = open_window(qtbot, tmp_path / "B.sqlite")
    window.sync.sync(quiet=True)
    _wait_synced(qtbot, window)
    assert _state(window).startswith("Team passphrase needed") and window.sync.prompt is None

    window.sync.sync(quiet=False)  # File › Sync now
    qtbot.waitUntil(lambda: window.sync.prompt is not None and window.sync.prompt.isVisible())
    first = window.sync.prompt
    assert not first.findChild(QLineEdit, "teamPassphraseRepeat").isVisible()
    first.findChild(QLineEdit, "teamPassphrase").setText("a guess at the passphrase")
    qtbot.mouseClick(first.findChild(QPushButton, "teamPassphraseOk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.sync.prompt is not first and window.sync.prompt.isVisible())
    second = window.sync.prompt
    assert "not the team passphrase" in second.findChild(QLabel, "teamPassphraseIntro").text()
    second.findChild(QLineEdit, "teamPassphrase").setText("the team's own passphrase")
    qtbot.mouseClick(second.findChild(QPushButton, "teamPassphraseOk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(window).startswith("Synced at"), timeout=30_000)
    assert window.services.records.get("contact", cid)["family_name"] == "Lovelace"
