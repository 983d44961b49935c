"""The main window's menus as one table: each entry names its text, shortcut, object name and
what it does, so adding a command is adding a row.

Texts are marked with QT_TR_NOOP and translated when the menus are built. An entry's `run`
takes the window; `attr`, when given, is the window attribute that holds the action (tests and
other widgets reach actions through it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence

from metrodesk.i18n import QT_TR_NOOP, translated

if TYPE_CHECKING:
    from metrodesk.ui.window.main_window import MainWindow

Shortcut = QKeySequence.StandardKey | str | None


@dataclass(frozen=True)
class Command:
    text: str
    run: Callable[[MainWindow], Any]
    attr: str | None = None
    shortcut: Shortcut = None
    object_name: str | None = None
    role: QAction.MenuRole | None = None


def _person_actions() -> Any:
    # imported when first used: the window starts without the personal-data code
    from metrodesk.ui.privacy import person_actions

    return person_actions


#: a line between groups of commands
SEPARATOR = None

Entry = Command | None

FILE: tuple[Entry, ...] = (
    Command(
        QT_TR_NOOP("&New contact…"),
        lambda w: w.new_record(),
        "new_action",
        QKeySequence.StandardKey.New,
    ),
    # kinds without a section of their own: found with Ctrl+K, created from here
    Command(
        QT_TR_NOOP("New &programme or initiative…"),
        lambda w: w.edit_record("programme"),
        "new_programme_action",
        object_name="newProgrammeAction",
    ),
    Command(
        QT_TR_NOOP("New &event…"),
        lambda w: w.edit_record("event"),
        "new_event_action",
        object_name="newEventAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("&Import from Excel, Outlook or Google…"),
        lambda w: w.import_excel(),
        "import_excel_action",
        "Ctrl+I",
        "importExcelAction",
    ),
    Command(
        QT_TR_NOOP("E&xport list to Excel…"),
        lambda w: w.list_export.export(w.current_page()),
        "export_list_action",
        "Ctrl+E",
        "exportListAction",
    ),
    Command(
        QT_TR_NOOP("Export contacts as &vCard…"),
        lambda w: w.export_vcards(),
        "export_vcard_action",
        object_name="exportVCardAction",
    ),
    Command(
        QT_TR_NOOP("I&mport vCards…"),
        lambda w: w.import_vcards(),
        "import_vcard_action",
        object_name="importVCardAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("&Backups…"),
        lambda w: w.show_backups(),
        "backups_action",
        object_name="backupsAction",
    ),
    Command(
        QT_TR_NOOP("&Check database…"),
        lambda w: w.check_database(),
        "check_action",
        object_name="checkAction",
    ),
    Command(
        QT_TR_NOOP("Pro&tect with a passphrase…"),
        lambda w: w.privacy.show_dialog(),
        "protect_action",
        object_name="protectAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("Team s&ync…"),
        lambda w: w.show_team_sync(),
        "team_sync_action",
        object_name="teamSyncAction",
    ),
    Command(
        # F9: Send/Receive in Outlook, which this team knows
        QT_TR_NOOP("Sync &now"),
        lambda w: w.sync.sync(),
        "sync_now_action",
        "F9",
        "syncNowAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("&Quit"),
        lambda w: w.close(),
        "quit_action",
        "Ctrl+Q",
        role=QAction.MenuRole.QuitRole,
    ),
)

EDIT: tuple[Entry, ...] = (
    Command(
        QT_TR_NOOP("&Undo"),
        lambda w: w.undo(),
        "undo_action",
        QKeySequence.StandardKey.Undo,
        "undoAction",
    ),
    Command(
        QT_TR_NOOP("&Redo"),
        lambda w: w.redo(),
        "redo_action",
        "Ctrl+Shift+Z",
        "redoAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("&Find"),
        lambda w: w.focus_find(),
        "find_action",
        QKeySequence.StandardKey.Find,
    ),
    Command(
        QT_TR_NOOP("&Search everything…"),
        lambda w: w.global_search.popup(),
        "global_action",
        "Ctrl+K",
    ),
    Command(
        QT_TR_NOOP("Find &duplicates…"),
        lambda w: w.find_duplicates(),
        "duplicates_action",
        object_name="duplicatesAction",
    ),
    Command(
        QT_TR_NOOP("Export this &person's data…"),
        lambda w: _person_actions().export_person(w),
        "export_person_action",
        object_name="exportPersonAction",
    ),
    Command(
        QT_TR_NOOP("&Erase this person…"),
        lambda w: _person_actions().erase_person(w),
        "erase_person_action",
        object_name="erasePersonAction",
    ),
    Command(
        QT_TR_NOOP("Personal data re&view…"),
        lambda w: w.show_personal_data(),
        "personal_data_action",
        object_name="personalDataAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("Copy e-&mail addresses"),
        lambda w: w.copy_addresses(),
        "copy_addresses_action",
        "Ctrl+Shift+C",
        "copyAddressesMenuAction",
    ),
    Command(
        QT_TR_NOOP("&Write an e-mail…"),
        lambda w: w.write_email(),
        "write_email_action",
        "Ctrl+Shift+M",
        "writeEmailMenuAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("&Trash…"),
        lambda w: w.show_trash(),
        "trash_action",
        object_name="trashAction",
    ),
    Command(
        QT_TR_NOOP("C&onflicts…"),
        lambda w: w.show_conflicts(),
        "conflicts_action",
        object_name="conflictsAction",
    ),
    SEPARATOR,
    Command(
        QT_TR_NOOP("Se&ttings…"),
        lambda w: w.show_settings(),
        "settings_action",
        QKeySequence.StandardKey.Preferences,
        "settingsAction",
        QAction.MenuRole.PreferencesRole,
    ),
)

REPORTS: tuple[Entry, ...] = (
    Command(
        QT_TR_NOOP("&Membership overview…"),
        lambda w: w.show_reports(0),
        "membership_report_action",
    ),
    Command(
        QT_TR_NOOP("&Training activity…"),
        lambda w: w.show_reports(1),
        "training_report_action",
    ),
    Command(
        QT_TR_NOOP("Meetings &register…"),
        lambda w: w.show_reports(2),
        "meetings_report_action",
    ),
    Command(
        QT_TR_NOOP("&Action items…"),
        lambda w: w.show_reports(3),
        "actions_report_action",
    ),
    SEPARATOR,
    # the keyboard's way to the reminders (the status bar's button is for the mouse)
    Command(
        QT_TR_NOOP("&Reminders…"),
        lambda w: w.reminders.show_dialog(),
        "reminders_action",
        "Ctrl+Shift+R",
        object_name="remindersAction",
    ),
)

HELP: tuple[Entry, ...] = (
    Command(
        QT_TR_NOOP("&About MetroDesk"),
        lambda w: w.about(),
        "about_action",
        object_name="aboutAction",
        role=QAction.MenuRole.AboutRole,
    ),
)

#: the menu bar, left to right: (title, entries, object name); the View menu is the sections
MENUS: tuple[tuple[str, tuple[Entry, ...] | None, str | None], ...] = (
    (QT_TR_NOOP("&File"), FILE, "fileMenu"),
    (QT_TR_NOOP("&Edit"), EDIT, "editMenu"),
    (QT_TR_NOOP("&View"), None, "viewMenu"),
    (QT_TR_NOOP("&Reports"), REPORTS, "reportsMenu"),
    (QT_TR_NOOP("&Help"), HELP, "helpMenu"),
)


def make_action(window: MainWindow, command: Command) -> QAction:
    action = QAction(translated(command.text), window)
    if command.shortcut is not None:
        action.setShortcut(QKeySequence(command.shortcut))
    action.triggered.connect(lambda _checked=False: command.run(window))
    if command.object_name:
        action.setObjectName(command.object_name)
    if command.role is not None:
        action.setMenuRole(command.role)
    window.addAction(action)
    if command.attr:
        setattr(window, command.attr, action)
    return action


def build_menus(window: MainWindow) -> None:
    bar = window.menuBar()
    for title, entries, object_name in MENUS:
        menu = bar.addMenu(translated(title))
        if object_name:
            menu.setObjectName(object_name)
        if entries is None:
            _section_entries(window, menu)
            continue
        for entry in entries:
            if entry is SEPARATOR:
                menu.addSeparator()
            else:
                menu.addAction(make_action(window, entry))


def _show_section(window: MainWindow, index: int) -> None:
    window.show_section(index)


def _section_entries(window: MainWindow, menu: Any) -> None:
    from metrodesk.ui.window.sections import SECTIONS

    group = QActionGroup(window)
    window.section_actions = []
    for i, section in enumerate(SECTIONS):
        shortcut = f"Ctrl+{i + 1}"
        command = Command(section.title, partial(_show_section, index=i), shortcut=shortcut)
        action = QAction(section.text(section.title), window)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, c=command: c.run(window))
        action.setCheckable(True)
        window.addAction(action)
        group.addAction(action)
        menu.addAction(action)
        window.section_actions.append(action)
