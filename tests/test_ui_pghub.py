"""The Team sync dialog with a team server: the address typed where a folder would go, the
password asked for when libpq finds none (never written to the database file), the copy
joined; then another copy's change reaches the open window within seconds, told by the
server (LISTEN/NOTIFY), long before the window's timer would sync; and File › Sync now asks
for the password again once it is forgotten. A server whose disk is full: File › Sync now
says so in one message, the window goes on working, and once there is room it syncs."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import copy_database
from pg_server import TeamHub
from pg_small_disk import MB, fill_round
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
)
from sync_support import content
from ui_support import open_window, settle, type_text

from metrodesk.cli import main as cli_main
from metrodesk.services.facade import Services
from metrodesk.services.sync.postgres import passwords
from metrodesk.services.sync.postgres.address import parse_address

SHOTS = os.environ.get("METRODESK_SCREENSHOTS")


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def _prompt():
    return next(
        (w for w in QApplication.topLevelWidgets()
         if w.objectName() == "serverPasswordDialog" and w.isVisible()),
        None,
    )  # fmt: skip


def test_joining_a_team_server_asks_the_password_and_hears_of_changes(
    qtbot, sample_path, tmp_path, team_hub: TeamHub, monkeypatch
):
    url = team_hub.url(team_hub.alice)
    secret = team_hub.server.passwords[team_hub.alice]
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))  # libpq finds no password
    window = open_window(qtbot, sample_path)
    dialog = window.show_team_sync()
    field = dialog.findChild(QLineEdit, "teamFolder")
    field.setText(url)
    field.setModified(True)
    dialog._look()
    message = dialog.findChild(QLabel, "error_teamFolder")
    qtbot.waitUntil(lambda: message.isVisible(), timeout=30_000)
    assert "password" in message.text()
    button = dialog.findChild(QPushButton, "syncButton")
    assert button.text().replace("&", "") == "Sign in…"
    _shot(dialog, "team-server-wants-password")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _prompt() is not None)
    prompt = _prompt()
    password = prompt.findChild(QLineEdit, "serverPassword")
    assert prompt.focusWidget() is password
    assert password.echoMode() == QLineEdit.EchoMode.Password
    keep = prompt.findChild(QCheckBox, "keepPassword")
    assert keep.isEnabled() == passwords.keychain_available()
    type_text(qtbot, password, secret)
    _shot(prompt, "team-server-password")
    qtbot.mouseClick(prompt.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    table = dialog.findChild(QTableWidget, "copiesTable")
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=60_000)
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=30_000)
    settle(qtbot, window)
    assert table.item(0, 0).text().endswith("(this computer)")
    _shot(dialog, "team-server-joined")
    dialog.close()
    assert secret.encode() not in Path(sample_path).read_bytes()
    # another colleague's copy sends a change: the window hears of it and syncs by itself
    qtbot.waitUntil(lambda: window.sync.watch.listening, timeout=30_000)
    before = window.services.lists.count("organisation")
    other = Services.open(tmp_path / "other.sqlite")
    try:
        monkeypatch.setenv("PGPASSFILE", str(team_hub.server.passfile))
        other.sync.run(team_hub.url(team_hub.bob), "Seoul laptop")
        other.records.create("organisation", {"name": "Told by the server"})
        other.sync.run()
    finally:
        other.close()
    qtbot.waitUntil(
        lambda: window.services.lists.count("organisation") == before + 1, timeout=30_000
    )
    # the password forgotten (a new session without the keychain): Sync now asks for it
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "no-pgpass"))
    passwords.forget(parse_address(url))
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=30_000)
    window.sync.sync(quiet=False)
    qtbot.waitUntil(lambda: _prompt() is not None, timeout=30_000)
    prompt = _prompt()
    type_text(qtbot, prompt.findChild(QLineEdit, "serverPassword"), secret)
    synced = []
    window.sync.synced.connect(synced.append)
    qtbot.mouseClick(prompt.findChild(QPushButton, "signInButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(synced), timeout=60_000)
    assert window.sync.reachable
    passwords.forget(parse_address(url))


def _errors(window) -> list[QMessageBox]:
    return [box for box in window.findChildren(QMessageBox, "errorDialog") if box.isVisible()]


def test_a_full_disk_on_the_server_is_one_message_and_the_window_works_on(
    qtbot, sample_path, tmp_path, small_disk_team, capsys
):
    team, disk = small_disk_team
    db = tmp_path / "a.sqlite"
    copy_database(sample_path, db)
    db.chmod(0o600)
    assert cli_main(["sync", "--db", str(db), "--hub", team.url(team.alice)]) == 0
    capsys.readouterr()
    svc = Services.open(db)
    try:
        fill_round(svc, "Barcelona", 0, 6)  # work waiting to be sent
    finally:
        svc.close()
    disk.resize(disk.used() + 16 * 1024)  # the server's volume full
    window = open_window(qtbot, db)
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=30_000)
    before = window.services.lists.count("organisation")
    said = []  # the status bar's words, and whether the message was up by then
    window.sync.status_changed.connect(lambda text, _: said.append((text, bool(_errors(window)))))
    window.sync.sync(quiet=False)  # File › Sync now
    qtbot.waitUntil(lambda: bool(_errors(window)), timeout=60_000)
    (box,) = _errors(window)
    assert "out of space" in box.text() and "\n" not in box.text()
    _shot(box, "team-server-disk-full")
    assert not window.sync.reachable
    # by the time the message is up, the status bar says so (no longer "Syncing…")
    assert ("Syncing…", False) in said
    assert any(text.startswith("Team server not reachable") and not up for text, up in said)
    qtbot.waitUntil(lambda: window.sync_status.state.text().startswith("Team server not reach"))
    assert "out of space" in window.sync_status.state.toolTip()
    window.services.records.create("organisation", {"name": "Written while the server is full"})
    assert window.services.lists.count("organisation") == before + 1
    disk.resize(disk.used() + 64 * MB)  # the administrator gives the volume room
    synced = []
    window.sync.synced.connect(synced.append)
    window.sync.sync(quiet=False)
    qtbot.waitUntil(lambda: bool(synced), timeout=60_000)
    assert window.sync.reachable and window.services.sync.status().waiting == 0
    other = tmp_path / "b.sqlite"
    assert cli_main(["sync", "--db", str(other), "--hub", team.url(team.bob)]) == 0
    theirs = Services.open(other)
    try:
        assert theirs.lists.count("organisation") == before + 1
    finally:
        theirs.close()


def test_a_folder_copy_moves_to_its_teams_server_in_the_team_sync_dialog(
    qtbot, sample_path, tmp_path, team_hub: TeamHub, capsys
):
    """A team on a folder and a server (README): the dialog takes the server's address for a
    copy that syncs with the folder, lists the server's copies, and the move sends the work
    the server lacked."""
    folder = tmp_path / "team-folder"
    folder.mkdir()
    db = tmp_path / "a.sqlite"
    copy_database(sample_path, db)
    db.chmod(0o600)
    assert cli_main(["sync", "--db", str(db), "--hub", str(folder)]) == 0
    assert cli_main(["hub", "init", team_hub.url(team_hub.owner), "--team-of", str(folder)]) == 0
    assert cli_main(["sync", "--db", str(tmp_path / "b.sqlite"), "--hub", str(folder)]) == 0
    capsys.readouterr()
    window = open_window(qtbot, db)
    qtbot.waitUntil(lambda: not window.sync.syncing, timeout=30_000)
    window.services.records.create("organisation", {"name": "Written before the move"})
    dialog = window.show_team_sync()
    field = dialog.findChild(QLineEdit, "teamFolder")
    url = team_hub.url(team_hub.alice)
    field.setText(url)
    field.setModified(True)
    dialog._look()
    table = dialog.findChild(QTableWidget, "copiesTable")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=30_000)
    assert dialog.preview.problem == "" and dialog.preview.has_team
    synced = []
    window.sync.synced.connect(synced.append)
    qtbot.mouseClick(dialog.findChild(QPushButton, "syncButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(synced), timeout=60_000)
    qtbot.waitUntil(lambda: table.rowCount() >= 1, timeout=30_000)
    _shot(dialog, "team-moved-to-server")
    dialog.close()
    assert window.services.sync.status().hub == url
    assert window.services.sync.status().waiting == 0
    other = tmp_path / "c.sqlite"
    assert cli_main(["sync", "--db", str(other), "--hub", team_hub.url(team_hub.bob)]) == 0
    assert "Written before the move" in {row["name"] for row in content(other)["organisation"]}
