"""Every dialog of the main window, opened as a user opens it: the tests that walk the whole
interface (accessibility, translations) go through this one list, so a new dialog added here
is checked by all of them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from metrodesk.ui.contacts.merge_dialog import MergeDialog
from metrodesk.ui.sync.team_passphrase import TeamPassphraseDialog
from metrodesk.ui.window.main_window import MainWindow

KINDS = ("contact", "organisation", "member_city", "training_centre", "meeting", "action_item")


def dialogs(window: MainWindow) -> dict[str, Callable[[], Any]]:
    opened: dict[str, Callable[[], Any]] = {
        "new contact": lambda: window.edit_record("contact"),
        "new programme": lambda: window.edit_record("programme"),
        "new event": lambda: window.edit_record("event"),
        "backups": window.show_backups,
        "check": window.check_database,
        "duplicates": window.find_duplicates,
        "trash": window.show_trash,
        "personal data review": window.show_personal_data,
        "settings": window.show_settings,
        "about": window.about,
        "reports": lambda: window.show_reports(0),
        "team sync": window.show_team_sync,
    }
    for kind in KINDS:
        page = window.page(kind)
        record = page.model.record_id(0)
        opened[f"edit {kind}"] = lambda k=kind, r=record: window.edit_record(k, r)
    cities = window.page("member_city")
    opened["fees for a year"] = cities.show_fees_for_year
    opened["regions"] = cities.edit_regions
    contacts = window.page("contact")
    first, second = contacts.model.record_id(0), contacts.model.record_id(1)
    opened["merge"] = lambda: shown(
        MergeDialog(window.services, window.runner, first, second, window)
    )
    opened["team passphrase"] = lambda: shown(TeamPassphraseDialog(True, False, window))
    opened["new training session"] = lambda: window.edit_record(
        "training_centre", window.page("training_centre").model.record_id(0)
    ).open_session(None)
    return opened


def shown(dialog: QDialog) -> QDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
