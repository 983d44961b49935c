"""Duplicates on a real window: the hint while typing a new contact, Edit › Find duplicates…,
the merge dialog, and File › Export/Import vCards."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableWidget
from ui_support import column_texts, open_section, open_window, record_table, settle, type_text

from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.contacts.duplicates_dialog import DuplicatesDialog
from metrodesk.ui.contacts.merge_dialog import MergeDialog
from metrodesk.ui.imports.wizard import DONE, PREVIEW, ImportWizard

SHOTS = os.environ.get("METRODESK_SHOTS")


def _new_agnes(qtbot, window) -> ContactDialog:
    """File › New contact, typed as a user: "Agnes Bickart" without the accent, same e-mail."""
    open_section(qtbot, window, "contact")
    dialog = window.edit_record("contact")
    assert isinstance(dialog, ContactDialog)
    hint = dialog.findChild(QLabel, "duplicateHint")
    assert hint is not None and not hint.isVisible()
    type_text(qtbot, dialog.findChild(QLineEdit, "field_family_name"), "Bickart")
    qtbot.waitUntil(lambda: hint.isVisible(), timeout=5000)
    assert "Agnès Bickart" in hint.text()
    type_text(qtbot, dialog.findChild(QLineEdit, "field_given_name"), "Agnes")
    type_text(qtbot, dialog.findChild(QLineEdit, "field_email"), "abickart@metropolis.org")
    qtbot.waitUntil(lambda: "same e-mail" in hint.text(), timeout=5000)
    return dialog


def test_the_hint_appears_while_typing_and_opens_the_existing_contact(qtbot, sample_path: Path):
    window = open_window(qtbot, sample_path)
    dialog = _new_agnes(qtbot, window)
    existing = dialog.matches[0].contact.id
    opened = dialog.open_existing(existing)
    assert opened.record_id == existing and opened.isVisible()
    assert dialog.save_button.isEnabled()  # a hint never blocks saving
    opened.reject()
    dialog.reject()
    settle(qtbot, window)


def test_find_and_merge_duplicates(qtbot, sample_path: Path, tmp_path: Path):
    # given: a second Agnès typed without the accent, with the same e-mail
    window = open_window(qtbot, sample_path)
    dialog = _new_agnes(qtbot, window)
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        dialog.save_button.click()
    settle(qtbot, window)
    page = open_section(qtbot, window, "contact")
    page.set_query("Bickart")
    qtbot.waitUntil(lambda: len(column_texts(record_table(window))) == 2, timeout=5000)

    # when: Edit › Find duplicates…
    window.duplicates_action.trigger()
    found = window.findChild(DuplicatesDialog, "duplicatesDialog")
    assert found is not None
    table = found.findChild(QTableWidget, "duplicatesTable")
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=10_000)
    assert "Bickart" in table.item(0, 0).text() and "Bickart" in table.item(0, 1).text()
    assert table.item(0, 2).text() == "100"
    assert table.item(0, 3).text().startswith("same e-mail abickart@metropolis.org")
    merge_button = found.findChild(QPushButton, "mergeButton")
    assert not merge_button.isEnabled()
    found.select_row(0)
    assert merge_button.isEnabled()
    merge_button.click()
    merge = found.findChild(MergeDialog, "mergeDialog")
    assert merge is not None
    confirm = merge.findChild(QPushButton, "mergeConfirmButton")
    qtbot.waitUntil(confirm.isEnabled, timeout=5000)
    # the accented spelling is chosen whichever side holds it
    side = "keep" if merge.preview.fields[1].keep == "Agnès" else "other"
    merge.choose("given_name", side)
    if SHOTS:
        qtbot.wait(100)  # widgets added to a shown dialog appear on the next event loop turn
        merge.grab().save(str(Path(SHOTS) / "merge_dialog.png"))
        found.grab().save(str(Path(SHOTS) / "duplicates_dialog.png"))
    with qtbot.waitSignal(found.merged, timeout=10_000):
        confirm.click()
    settle(qtbot, window)

    # then: one Bickart is listed, named with its accent, and the pair is gone
    qtbot.waitUntil(lambda: column_texts(record_table(window)) == ["Agnès Bickart"], timeout=5000)
    assert all("Bickart" not in table.item(r, 0).text() for r in range(table.rowCount()))
    assert window.undo_action.text() == "&Undo Merge contacts"

    # and undo brings both back
    window.undo_action.trigger()
    settle(qtbot, window)
    qtbot.waitUntil(lambda: len(column_texts(record_table(window))) == 2, timeout=5000)


def test_vcards_export_and_import_from_the_file_menu(qtbot, sample_path: Path, tmp_path: Path):
    window = open_window(qtbot, sample_path)
    page = open_section(qtbot, window, "contact")
    page.set_query("Bickart")
    qtbot.waitUntil(lambda: len(column_texts(record_table(window))) == 1, timeout=5000)
    path = tmp_path / "agnes.vcf"
    window.export_vcards(path=path)
    settle(qtbot, window)
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "FN:Agnès Bickart" in text

    # the same card with another UID, imported through the wizard's preview: Agnès is found
    # by her e-mail (nothing doubles); a card listing her twice flags the second
    again = text.replace("UID:", "UID:x-")
    path.write_text(again + again.replace("UID:x-", "UID:y-"), encoding="utf-8")
    wizard = window.import_vcards(path=path)
    assert isinstance(wizard, ImportWizard)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    summary = wizard.findChild(QLabel, "importPreviewSummary").text()
    assert summary.startswith("0 new · 0 updated · 1 unchanged · 0 rejected"), summary
    assert "1 left out" in summary and "1 found by e-mail" in summary
    wizard.reject()
    # a card of someone new is a new contact
    other = text.replace("UID:", "UID:z-").replace("Agnès", "Agnieszka")
    path.write_text(other.replace("abickart@", "agnieszka@"), encoding="utf-8")
    wizard = window.import_vcards(path=path)
    qtbot.waitUntil(lambda: wizard.page() == PREVIEW and not wizard.busy(), timeout=30_000)
    qtbot.mouseClick(wizard.findChild(QPushButton, "importCommitButton"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.page() == DONE and not wizard.busy(), timeout=30_000)
    wizard.reject()
    settle(qtbot, window)
    page.set_query("Bickart")
    qtbot.waitUntil(lambda: len(column_texts(record_table(window))) == 2, timeout=5000)
