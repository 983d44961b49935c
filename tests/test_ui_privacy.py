"""Passphrase protection in the window: File › Protect with a passphrase…, the prompt at open,
and the lock after inactivity, driven as a user would."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton
from ui_support import open_section, open_window, record_table, settle, type_text

from metrodesk.app import create_main_window
from metrodesk.data.crypto import keychain, keys
from metrodesk.data.errors import DatabaseLocked
from metrodesk.services.privacy.protection import protect, unprotect
from metrodesk.ui.privacy.passphrase_prompt import PassphrasePrompt
from metrodesk.ui.privacy.veil import Veil

PASSPHRASE = "correct horse battery"


@pytest.fixture
def plain_sample(sample_path, monkeypatch):
    monkeypatch.delenv(keys.PASSPHRASE_VARIABLE, raising=False)
    if keys.is_encrypted(sample_path):
        unprotect(sample_path, None)
    return sample_path


@pytest.fixture
def protected(plain_sample):
    protect(plain_sample, PASSPHRASE)
    return plain_sample


@pytest.fixture
def no_keychain():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    keychain.reset()
    keys.clear()
    yield
    keyring.set_keyring(previous)
    keychain.reset()


def visible_dialog(name: str):
    found = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    return found[0] if found else None


def test_protecting_from_the_file_menu_encrypts_the_open_database(qtbot, plain_sample):
    # given the window on a plain database
    window = open_window(qtbot, plain_sample)
    open_section(qtbot, window, "contact")
    rows = record_table(window).model().rowCount()
    # when File › Protect with a passphrase… is given a short passphrase, then a good one
    window.protect_action.trigger()
    qtbot.waitUntil(lambda: visible_dialog("protectionDialog") is not None)
    dialog = visible_dialog("protectionDialog")
    new = dialog.findChild(QLineEdit, "newPassphrase")
    repeat = dialog.findChild(QLineEdit, "repeatPassphrase")
    qtbot.waitUntil(new.hasFocus)
    type_text(qtbot, new, "short")
    type_text(qtbot, repeat, "short")
    qtbot.mouseClick(dialog.findChild(QPushButton, "protectButton"), Qt.MouseButton.LeftButton)
    error = dialog.findChild(QLabel, "error_newPassphrase")
    assert error.isVisible() and "8 characters" in error.text()
    type_text(qtbot, new, PASSPHRASE)
    type_text(qtbot, repeat, PASSPHRASE + "x")
    qtbot.mouseClick(dialog.findChild(QPushButton, "protectButton"), Qt.MouseButton.LeftButton)
    assert dialog.findChild(QLabel, "error_repeatPassphrase").isVisible()
    type_text(qtbot, repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.findChild(QPushButton, "protectButton"), Qt.MouseButton.LeftButton)
    # then the file is encrypted, and the window shows its data again, read through the key
    qtbot.waitUntil(lambda: visible_dialog("protectionDialog") is None, timeout=60_000)
    settle(qtbot, window)
    assert keys.is_encrypted(plain_sample)
    assert not isinstance(window.centralWidget(), Veil)
    open_section(qtbot, window, "contact")
    qtbot.waitUntil(lambda: record_table(window).model().rowCount() == rows)
    window.services.records.update(
        "contact", record_table(window).model().record_id(0), {"job_title": "Still writable"}
    )


def test_the_prompt_at_open_says_a_wrong_passphrase_and_opens_with_the_right_one(
    qtbot, protected, no_keychain
):
    prompt = PassphrasePrompt(protected)
    qtbot.addWidget(prompt)
    prompt.show()
    field = prompt.findChild(QLineEdit, "passphraseField")
    qtbot.waitUntil(field.hasFocus)
    type_text(qtbot, field, "not the passphrase")
    prompt.try_passphrase()
    error = prompt.findChild(QLabel, "error_passphraseField")
    qtbot.waitUntil(error.isVisible, timeout=30_000)
    assert "does not open" in error.text() and field.text() == ""
    type_text(qtbot, field, PASSPHRASE)
    prompt.try_passphrase()
    qtbot.waitUntil(lambda: prompt.result() == prompt.DialogCode.Accepted, timeout=30_000)
    # the key is known now: the window opens without asking again
    window = create_main_window(protected)
    qtbot.addWidget(window)
    assert not window.services.is_empty()


def test_the_window_locks_after_inactivity_and_the_passphrase_unlocks_it(qtbot, protected):
    window = open_window(qtbot, protected)
    open_section(qtbot, window, "contact")
    # when no one uses it for the set time (shortened here)
    window.privacy.timer.start(50)
    qtbot.waitUntil(lambda: window.privacy.locked, timeout=10_000)
    settle(qtbot, window)
    # then the data is hidden and the database refuses to be read
    veil = window.centralWidget()
    assert isinstance(veil, Veil) and not window.menuBar().isEnabled()
    with pytest.raises(DatabaseLocked):
        window.services.lists.count("contact")
    assert window.services.db.key is None
    field = veil.findChild(QLineEdit, "unlockField")
    type_text(qtbot, field, "wrong one")
    qtbot.mouseClick(veil.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    error = veil.findChild(QLabel, "error_unlockField")
    qtbot.waitUntil(error.isVisible, timeout=30_000)
    type_text(qtbot, field, PASSPHRASE)
    qtbot.mouseClick(veil.findChild(QPushButton, "unlockButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.privacy.locked, timeout=30_000)
    settle(qtbot, window)
    assert window.menuBar().isEnabled() and window.services.lists.count("contact") > 0


def select_agnes(qtbot, window):
    page = open_section(qtbot, window, "contact")
    with window.services.db.read() as s:
        from sqlalchemy import select

        from metrodesk.data.people import Contact

        agnes = s.scalars(select(Contact.id).where(Contact.family_name == "Bickart")).one()
    qtbot.waitUntil(lambda: page.select_record(agnes), timeout=10_000)
    return agnes


def test_export_and_erase_this_person_from_the_edit_menu(qtbot, plain_sample, tmp_path):
    from metrodesk.ui.privacy import person_actions

    window = open_window(qtbot, plain_sample)
    select_agnes(qtbot, window)
    # Export this person's data…
    target = tmp_path / "agnes.xlsx"
    person_actions.export_person(window, target)
    qtbot.waitUntil(target.exists, timeout=30_000)
    # Erase this person…: the confirmation lists what goes, what stays and the backups
    seen = []

    def confirm(plan):
        seen.append(plan)
        return "erase"

    person_actions.erase_person(window, confirm)
    qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
    settle(qtbot, window)
    plan = seen[0]
    assert plan.name == "Agnès Bickart" and any("e-mail" in line for line in plan.removed)
    assert any("attendee" in line for line in plan.kept)
    assert window.services.search.find("bickart") == []
