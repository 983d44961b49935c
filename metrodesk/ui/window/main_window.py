"""The main window: section navigation on the left, the current section on the right.

It is made in two steps so that it shows before the database is open: `MainWindow(path)` is
the frame (navigation, menus, status bar, each section's outline), built from Qt alone while
SQLAlchemy, the models and the services load on another thread; `attach(services)` then builds
the pages and starts reading. This module imports nothing of the data layer or the services at
its top for that reason (a test checks).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.ui.runtime import languages, settings
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.runtime.settings import Preferences
from metrodesk.ui.sync.status import SyncStatusBar
from metrodesk.ui.window import style
from metrodesk.ui.window.elided_label import ElidedLabel
from metrodesk.ui.window.menus import build_menus
from metrodesk.ui.window.reminder_bar import ReminderBar
from metrodesk.ui.window.sections import SECTIONS, section_index
from metrodesk.ui.window.skeleton import SectionSkeleton
from metrodesk.ui.window.undo_notice import UndoNotice

# What reads the database (the pages, global search, the list export) is imported by
# `load_parts` on the thread that opens the database; dialogs, editors and the pages other
# than the dashboard when first used, so that openpyxl (reports) or icalendar (meetings) stay
# unloaded until then.
if TYPE_CHECKING:
    from metrodesk.services.facade import Services
    from metrodesk.services.lists.views import View
    from metrodesk.services.records.change_set import ChangeSet
    from metrodesk.services.records.history import UndoState
    from metrodesk.ui.contacts.duplicates_dialog import DuplicatesDialog
    from metrodesk.ui.imports.wizard import ImportWizard
    from metrodesk.ui.lists.export_action import ListExporter
    from metrodesk.ui.lists.saved_views import ViewsPanel
    from metrodesk.ui.lists.section_page import SectionPage
    from metrodesk.ui.privacy.review_dialog import PersonalDataDialog
    from metrodesk.ui.privacy.window_privacy import WindowPrivacy
    from metrodesk.ui.records.record_dialog import RecordDialog
    from metrodesk.ui.records.trash_dialog import TrashDialog
    from metrodesk.ui.reports.dashboard_page import DashboardPage
    from metrodesk.ui.reports.window import ReportsWindow
    from metrodesk.ui.storage.backups_dialog import BackupsDialog
    from metrodesk.ui.storage.check_dialog import CheckDialog
    from metrodesk.ui.sync.controller import SyncController
    from metrodesk.ui.sync.inbox_dialog import ConflictsDialog
    from metrodesk.ui.sync.team_dialog import TeamSyncDialog
    from metrodesk.ui.window.about_dialog import AboutDialog
    from metrodesk.ui.window.global_search import GlobalSearch
    from metrodesk.ui.window.reminders import ReminderWatch
    from metrodesk.ui.window.settings_dialog import SettingsDialog

STATUS_MESSAGE_MS = 6000
#: how long after the window is made the caches the first search needs are warmed
WARM_UP_AFTER_MS = 300
#: how often an open window asks for the day's automatic backup (made at most once a day)
BACKUP_CHECK_MS = 60 * 60 * 1000


def load_parts() -> None:
    """Import what `attach` builds (and with it SQLAlchemy, the models and the services), and
    read the language and country names the lists show: called on the thread that opens the
    database while the frame shows. No widget is made here."""
    import metrodesk.services.storage.backups
    import metrodesk.ui.lists.export_action
    import metrodesk.ui.lists.saved_views
    import metrodesk.ui.lists.section_page
    import metrodesk.ui.privacy.window_privacy
    import metrodesk.ui.sync.controller
    import metrodesk.ui.window.global_search
    import metrodesk.ui.window.reminders  # noqa: F401
    from metrodesk.ui.window import formatting

    formatting.language_name("en")
    formatting.display("country", "FR")


class MainWindow(QMainWindow):
    """Owns the window's services, its worker (`runner`) and its change broadcast (`changes`);
    closing the window waits for the worker and closes the database.

    Made as a frame on the database at `path` (see the module docstring); `attach` gives it the
    services. Until then the commands wait (disabled) and each section shows its outline."""

    # the menu actions, made by `menus.build_menus` from its table
    new_action: QAction
    new_programme_action: QAction
    new_event_action: QAction
    import_excel_action: QAction
    export_list_action: QAction
    export_vcard_action: QAction
    import_vcard_action: QAction
    reminders_action: QAction
    backups_action: QAction
    check_action: QAction
    protect_action: QAction
    export_person_action: QAction
    erase_person_action: QAction
    quit_action: QAction
    undo_action: QAction
    redo_action: QAction
    find_action: QAction
    global_action: QAction
    duplicates_action: QAction
    copy_addresses_action: QAction
    write_email_action: QAction
    trash_action: QAction
    membership_report_action: QAction
    training_report_action: QAction
    meetings_report_action: QAction
    actions_report_action: QAction
    about_action: QAction
    settings_action: QAction
    team_sync_action: QAction
    sync_now_action: QAction
    conflicts_action: QAction
    # made by `attach`
    services: Services
    runner: OpRunner
    global_search: GlobalSearch
    list_export: ListExporter
    sync: SyncController
    privacy: WindowPrivacy
    views_panel: ViewsPanel
    reminders: ReminderWatch

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.path = path
        #: whether `attach` has given the window its services
        self.attached = False
        #: what every write changed, announced by the runner; views refresh from it
        self.changes = Changes(self)
        #: a thread of its own for the database check left for after the window shows, so
        #: that the worker stays free for the first reads meanwhile (see `check_later`)
        self.check_runner = OpRunner(self)
        #: told when that check fails (the app offers the newest backup); without one the
        #: window says it itself
        self.damaged_handler: Callable[[BaseException], None] | None = None
        self._closed = False
        self.setWindowTitle(_tr("MetroDesk — {name}").format(name=path.name))
        self.resize(1280, 800)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        sidebar = self._build_sidebar()
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionsStack")
        # what is due today, above the sections (see `reminders`)
        self.reminder_bar = ReminderBar(lambda: self.reminders.show_dialog())
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.reminder_bar)
        right.addWidget(self.stack, 1)
        layout.addWidget(sidebar)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        #: the section pages built so far: each is built when first shown (or asked for by
        #: `page`), so that the window does not count and read a first page of every list
        #: before it can show one (a visible wait at 100,000 contacts); an outline stands in
        #: meanwhile
        self.pages: dict[str, SectionPage] = {}
        self._dashboard: DashboardPage | None = None
        for section in SECTIONS:
            self.navigation.addItem(QListWidgetItem(section.text(section.title)))
            self.stack.addWidget(SectionSkeleton(section))
        self._fit_navigation()

        self._build_status_bar()
        self._build_menus()
        self.navigation.currentRowChanged.connect(self._section_changed)
        self.navigation.setCurrentRow(self._start_section())

    def _build_sidebar(self) -> QWidget:
        """The column on the left: the sections, and under them the saved views (added by
        `attach`, once the database is open)."""
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(_tr("Sections"))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setIconSize(QSize(0, 0))
        sidebar = QWidget()
        sidebar.setObjectName("sidebarPanel")
        sidebar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # narrow enough for the lists of a 1024-pixel screen; the longest section name fits
        sidebar.setFixedWidth(180)
        side = QVBoxLayout(sidebar)
        side.setContentsMargins(0, 0, 0, 0)
        side.setSpacing(0)
        side.addWidget(self.navigation)
        side.addStretch(1)
        self._side = side
        return sidebar

    def attach(self, services: Services) -> None:
        """Give the frame its services: the dashboard, the shown section's page and global
        search are built, the commands enabled, and the first reads start."""
        from metrodesk.ui.lists.export_action import ListExporter
        from metrodesk.ui.privacy.window_privacy import WindowPrivacy
        from metrodesk.ui.sync.controller import SyncController
        from metrodesk.ui.window.global_search import GlobalSearch

        self.services = services
        self.runner = OpRunner(self, self.changes, services.change_log)
        central = self.centralWidget()
        assert central is not None
        self.global_search = GlobalSearch(services, self.runner, central)
        self.global_search.activated.connect(self.go_to)
        self.list_export = ListExporter(self, services, self.runner, self.show_message)
        self.sync = SyncController(self)
        self.sync.status_changed.connect(self.sync_status.show_state)
        self.sync.conflicts_changed.connect(self._show_conflict_count)
        self.attached = True
        for action in self._waiting_actions:
            action.setEnabled(True)
        self.statusBar().clearMessage()
        self.changes.changed.connect(self._refresh_undo)
        self.changes.changed.connect(self._views_changed)
        self._add_views_panel()
        self._refresh_undo()
        self.backup_timer = QTimer(self)
        self.backup_timer.setInterval(BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.automatic_backup)
        self.backup_timer.start()
        self.automatic_backup()
        # after the first page has painted, not beside it: the warm-up holds the GIL
        QTimer.singleShot(WARM_UP_AFTER_MS, self, self._warm_up)
        #: passphrase protection of the file, and the lock after inactivity
        self.privacy = WindowPrivacy(self)
        from metrodesk.ui.window.reminders import ReminderWatch

        self.reminders = ReminderWatch(self, self.reminder_bar, self.reminder_button)
        self.reminders.start()
        self._section_changed(self.navigation.currentRow())

    # --- building ---------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        bar.setSizeGripEnabled(False)
        bar.showMessage(_tr("Opening {name}…").format(name=self.path.name))
        self.status_count = QLabel()
        self.status_count.setObjectName("statusCount")
        self.status_path = ElidedLabel(str(self.path))
        self.status_path.setObjectName("statusPath")
        self.status_path.setToolTip(_tr("The database this window shows"))
        self.undo_notice = UndoNotice(self.undo)
        bar.addPermanentWidget(self.undo_notice)
        self.sync_status = SyncStatusBar(self.show_team_sync, self.show_conflicts)
        bar.addPermanentWidget(self.sync_status)
        self.reminder_button = QPushButton()
        self.reminder_button.setObjectName("reminderButton")
        self.reminder_button.setToolTip(
            _tr("What is due today, and what is overdue (Reports › Reminders…, Ctrl+Shift+R)")
        )
        # Tab goes from the sections to the page, not down to the status bar first
        self.reminder_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        bar.addPermanentWidget(self.reminder_button)
        bar.addPermanentWidget(self.status_count)
        bar.addPermanentWidget(self.status_path)

    def _build_menus(self) -> None:
        self.section_actions: list[QAction] = []
        build_menus(self)
        # the commands wait for the services (`attach`); moving between sections and quitting
        # work at once
        keep = {*self.section_actions, self.quit_action}
        self._waiting_actions = [a for a in self.actions() if a not in keep]
        for action in self._waiting_actions:
            action.setEnabled(False)

    # --- sections ---------------------------------------------------------------------------

    def current_section(self) -> QWidget:
        """The page shown now: the dashboard or a SectionPage (with searchBox, recordTable)."""
        page = self.stack.currentWidget()
        assert page is not None
        return page

    def current_page(self) -> SectionPage | None:
        shown = self.stack.currentWidget()
        return next((page for page in self.pages.values() if page is shown), None)

    def page(self, kind: str) -> SectionPage:
        """The section page of `kind`, built now if it has not been shown yet."""
        page = self.pages.get(kind)
        if page is None:
            index = section_index(kind)
            if index is None or not self.attached:
                raise KeyError(kind)
            page = self._build_page(index)
        return page

    @property
    def dashboard(self) -> DashboardPage:
        """The dashboard page, built when first shown or asked for."""
        if self._dashboard is None:
            from metrodesk.ui.reports.dashboard_page import DashboardPage

            self._dashboard = DashboardPage(self.services, self.runner, self.changes)
            self._dashboard.open_section.connect(self.show_kind)
            self._dashboard.open_record.connect(self.go_to)
            self._dashboard.message.connect(self.show_message)
            self._put_in_place(0, self._dashboard)
        return self._dashboard

    def _build_page(self, index: int) -> SectionPage:
        """Put the real page of section `index` in place of its outline."""
        section = SECTIONS[index]
        page_class = _page_class(section.kind)
        page = page_class(section, self.services, self.runner, self.changes)
        page.edit_requested.connect(self.edit_record)
        page.message.connect(self.show_message)
        page.trashed.connect(self._trashed)
        page.count_changed.connect(self._count_changed)
        self.pages[section.kind] = page
        self._put_in_place(index, page)
        return page

    def _put_in_place(self, index: int, page: QWidget) -> None:
        """`page` in the stack in place of the outline that stood in for it."""
        stand_in = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        if stand_in is not None:
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        self.stack.setCurrentIndex(current)

    def _start_section(self) -> int:
        """The dashboard, or the section shown when the window last closed (a preference)."""
        prefs = Preferences()
        if prefs.get(settings.START_SECTION) == "last":
            index = section_index(prefs.get(settings.LAST_SECTION))
            if index is not None:
                return index
        return 0

    def show_section(self, index: int) -> None:
        self.navigation.setCurrentRow(index)

    def show_kind(self, kind: str) -> None:
        index = section_index(kind)
        if index is not None:
            self.show_section(index)

    def _section_changed(self, index: int) -> None:
        if index < 0:
            return
        if self.attached and not SECTIONS[index].kind:
            self.dashboard  # noqa: B018 (built when first shown)
        elif self.attached and SECTIONS[index].kind not in self.pages:
            self._build_page(index)
        self.stack.setCurrentIndex(index)
        self.section_actions[index].setChecked(True)
        section = SECTIONS[index]
        page = self.current_page()
        noun = section.new_label if page is not None else SECTIONS[1].new_label
        self.new_action.setText(section.text(noun) + "…")
        self.status_count.setText(page.count_text() if page is not None else "")

    def _count_changed(self, text: str) -> None:
        if self.sender() is self.current_page():
            self.status_count.setText(text)

    # --- actions ----------------------------------------------------------------------------

    def new_record(self) -> None:
        page = self.current_page()
        self.edit_record(page.kind if page is not None else "contact", None)

    def focus_find(self) -> None:
        page = self.current_page()
        if page is None:
            self.global_search.popup()
        else:
            page.focus_search()

    def edit_record(self, kind: str, record_id: uuid.UUID | None = None) -> RecordDialog:
        from metrodesk.ui.cities.editor import CityDialog
        from metrodesk.ui.contacts.contact_editor import ContactDialog
        from metrodesk.ui.contacts.organisation_editor import OrganisationDialog
        from metrodesk.ui.meetings.dialog import MeetingDialog
        from metrodesk.ui.records.record_dialog import RecordDialog
        from metrodesk.ui.training.editor import CentreDialog

        dialog: RecordDialog
        if kind == "member_city" and record_id is not None:
            dialog = CityDialog(self.services, self.runner, record_id, self)
        elif kind == "training_centre" and record_id is not None:
            dialog = CentreDialog(self.services, self.runner, record_id, self)
        elif kind == "meeting":
            dialog = MeetingDialog(self.services, self.runner, record_id, self)
        elif kind == "contact":
            dialog = ContactDialog(self.services, self.runner, record_id, self)
        elif kind == "organisation" and record_id is not None:
            dialog = OrganisationDialog(self.services, self.runner, record_id, self)
        else:
            dialog = RecordDialog(self.services, self.runner, kind, record_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._saved)
        dialog.open()
        return dialog

    def _saved(self, _kind: str, _record_id: uuid.UUID) -> None:
        # the lists heard of the save from the runner, which announces every write
        self.show_message(_tr("Saved"))

    def go_to(self, kind: str, record_id: uuid.UUID, label: str = "") -> None:
        """Show a record: its row in its section, or its editor for kinds without a section."""
        if section_index(kind) is None:
            self.edit_record(kind, record_id)
            return
        page = self.page(kind)
        self.show_kind(kind)
        if page.select_record(record_id):
            page.table.setFocus()
            return
        if label:
            page.set_query(label)
            if page.select_record(record_id):
                page.table.setFocus()
                return
        self.edit_record(kind, record_id)

    def show_reports(self, page: int = 0) -> ReportsWindow:
        """The membership (0), training (1), meetings register (2) or action items (3)
        report, with charts and Excel export."""
        from metrodesk.ui.reports.window import ReportsWindow

        window = ReportsWindow(self.services, self.runner, page, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.open()
        return window

    # --- undo -------------------------------------------------------------------------------

    def _refresh_undo(self, *_: object) -> None:
        """Name the next undo and redo steps in the Edit menu, as the services see them."""
        self.runner.read(self.services.history.state, success=self._show_undo_state)

    def _show_undo_state(self, state: UndoState) -> None:
        if not (state.undo or "").startswith("Delete "):
            self.undo_notice.changed_elsewhere()  # its Undo would take back something else
        self.undo_action.setEnabled(state.undo is not None)
        self.redo_action.setEnabled(state.redo is not None)
        # the journal keeps each step's name in English; it is translated where shown
        self.undo_action.setText(
            _tr("&Undo {name}").format(name=translated(state.undo)) if state.undo else _tr("&Undo")
        )
        self.redo_action.setText(
            _tr("&Redo {name}").format(name=translated(state.redo)) if state.redo else _tr("&Redo")
        )

    def copy_addresses(self) -> None:
        """Edit › Copy e-mail addresses: of the Contacts list (shown first if need be)."""
        self.show_kind("contact")
        page = self.page("contact")
        if hasattr(page, "copy_addresses"):
            page.copy_addresses()

    def write_email(self) -> None:
        self.show_kind("contact")
        page = self.page("contact")
        if hasattr(page, "write_email"):
            page.write_email()

    def _fit_navigation_height(self) -> None:
        """The section list as tall as its sections: the saved views follow right under it."""
        nav = self.navigation
        nav.ensurePolished()
        rows = sum(nav.sizeHintForRow(i) for i in range(nav.count()))
        margins = nav.contentsMargins()
        nav.setFixedHeight(rows + margins.top() + margins.bottom() + 2 * nav.frameWidth() + 8)

    def open_view(self, view: View) -> None:
        """A saved view: its section, showing the list as the view keeps it."""
        page = self.page(view.section)
        self.show_kind(view.section)
        page.apply_view(view)
        page.table.setFocus()
        self.show_message(_tr("View: {name}").format(name=view.name))

    def _add_views_panel(self) -> None:
        """The saved views, under the sections in the same column."""
        from metrodesk.ui.lists.saved_views import ViewsPanel

        self.views_panel = ViewsPanel(self.services, self.runner)
        self.views_panel.open_view.connect(self.open_view)
        self.views_panel.message.connect(self.show_message)
        self._side.takeAt(1)  # the stretch that held its place
        self._side.addWidget(self.views_panel, 1)
        self.views_panel.load()

    def _views_changed(self, changed: ChangeSet) -> None:
        if changed.touches("saved_view"):
            self.views_panel.load()

    def _trashed(self, text: str) -> None:
        """Said in the status bar with an Undo button beside it."""
        self.undo_notice.show_notice(text)

    def undo(self) -> None:
        self.runner.write(
            self.services.history.undo,
            success=lambda name: self._replayed(
                _tr("Undone: {name}").format(name=translated(name))
            ),
        )

    def redo(self) -> None:
        self.runner.write(
            self.services.history.redo,
            success=lambda name: self._replayed(
                _tr("Redone: {name}").format(name=translated(name))
            ),
        )

    def _replayed(self, message: str) -> None:
        self.show_message(message)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest section name in the interface's language ("Acciones
        pendientes"), never narrower than 180 pixels."""
        self.navigation.ensurePolished()  # the style sheet's font, as the items are drawn
        metrics = self.navigation.fontMetrics()
        longest = max(
            metrics.horizontalAdvance(self.navigation.item(i).text())
            for i in range(self.navigation.count())
        )
        # the list's padding, its items' padding (style.py) and its border, with room to spare
        self.navigation.setFixedWidth(max(180, longest + 2 * 8 + 2 * 12 + 1 + 12))
        sidebar = self.navigation.parentWidget()
        if sidebar is not None:  # the column also holding the saved views
            sidebar.setFixedWidth(self.navigation.width())
        self._fit_navigation_height()

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, STATUS_MESSAGE_MS)

    # --- backups and checks -----------------------------------------------------------------

    def automatic_backup(self) -> None:
        """The day's backup, on the worker; a failure is said in the status bar and a dialog."""
        from metrodesk.services.storage import backups

        path = self.services.path
        self.runner.run(
            lambda: backups.automatic_backup(path),
            success=lambda made: self.show_message(_tr("Daily backup made")) if made else None,
            failure=self._backup_failed,
        )

    def _warm_up(self) -> None:
        """What the first search would otherwise pay for: the phone formats of the file's
        countries (a failure here only means they are compiled when first shown)."""
        self.runner.run(self.services.warm_phone_formats, failure=lambda _exc: None)

    def _backup_failed(self, exc: BaseException) -> None:
        self.show_message(_tr("The automatic backup failed"))
        report_failure(self, exc)

    def show_backups(self) -> BackupsDialog:
        from metrodesk.ui.storage.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.services, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, _result: object) -> None:
        from metrodesk.services.records.change_set import ChangeSet

        # the file was replaced whole, which no journal says: every view reloads
        self.runner.announce(ChangeSet.of_everything())
        self.show_message(_tr("Backup restored"))

    def show_trash(self) -> TrashDialog:
        """Deleted records: restore them, or empty the Trash for good."""
        from metrodesk.ui.records.trash_dialog import TrashDialog

        dialog = TrashDialog(self.services, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(self.show_message)
        dialog.open()
        return dialog

    def show_personal_data(self) -> PersonalDataDialog:
        """The retention review (bulk erasure after a confirmation) and the register."""
        from metrodesk.ui.privacy.review_dialog import PersonalDataDialog

        dialog = PersonalDataDialog(self.services, self.runner, self.changes, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.message.connect(self.show_message)
        dialog.open()
        return dialog

    # --- duplicates and vCards --------------------------------------------------------------

    def find_duplicates(self) -> DuplicatesDialog:
        from metrodesk.ui.contacts.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.services, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._merged)
        dialog.open()
        return dialog

    def _merged(self, result: object) -> None:
        self.show_message(_tr("Contacts merged"))

    def export_vcards(self, _checked: bool = False, path: object = None) -> None:
        from metrodesk.ui.contacts import vcard_actions

        vcard_actions.export_contacts(
            self,
            self.services,
            self.runner,
            self.page("contact"),
            path=path if isinstance(path, Path) else None,
            done=lambda n: self.show_message(_tr("%n vCards written", "", n)),
        )

    def import_vcards(self, _checked: bool = False, path: object = None) -> ImportWizard | None:
        """vCards through the import wizard, as any contacts file: previewed (who is new, who
        is found by e-mail, who is listed twice) before anything is written."""
        from metrodesk.ui.contacts.vcard_actions import vcard_filters
        from metrodesk.ui.imports.wizard import open_import_wizard

        wizard = open_import_wizard(
            self,
            self.services,
            self.runner,
            path if isinstance(path, Path) else None,
            vcard_filters(),
        )
        if wizard is not None:
            wizard.imported.connect(lambda _: self.show_message(_tr("vCards imported")))
        return wizard

    def import_excel(self, _checked: bool = False, path: object = None) -> ImportWizard | None:
        """Any workbook, mapped if need be and previewed before anything is written."""
        # imported when asked for: the wizard brings openpyxl and the importer, a visible share
        # of start
        from metrodesk.ui.imports.wizard import open_import_wizard

        wizard = open_import_wizard(
            self,
            self.services,
            self.runner,
            path=path if isinstance(path, Path) else None,
        )
        if wizard is not None:
            wizard.imported.connect(lambda _: self.show_message(_tr("Workbook imported")))
        return wizard

    def check_later(self, check: Callable[[], None]) -> None:
        """Run the database's integrity check, left out of the open to show the window sooner,
        in the background; writes wait for it meanwhile (the data layer sees to that)."""
        self.check_runner.run(check, failure=self._database_damaged)

    def _database_damaged(self, exc: BaseException) -> None:
        self.show_message(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        if self.damaged_handler is not None:
            self.damaged_handler(exc)
        else:
            report_failure(self, exc)

    def check_database(self) -> CheckDialog:
        from metrodesk.ui.storage.check_dialog import CheckDialog

        dialog = CheckDialog(self.services, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def about(self) -> AboutDialog:
        from metrodesk.ui.window.about_dialog import AboutDialog

        dialog = AboutDialog(self.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self) -> SettingsDialog:
        from metrodesk.ui.window.settings_dialog import SettingsDialog

        dialog = SettingsDialog(Preferences(), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.applied.connect(self.apply_settings)
        dialog.open()
        return dialog

    def apply_settings(self, keys: list[str]) -> None:
        """Follow the preferences the Settings dialog changed."""
        if settings.COLOUR_SCHEME.key in keys:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                style.apply_preference(app)
                if self._dashboard is not None:
                    self._dashboard.refresh_colours()
        if settings.HIDDEN_COLUMNS.key in keys:
            for page in self.pages.values():
                page.restore_hidden_columns()
        if settings.LANGUAGE.key in keys:
            chosen = languages.chosen_language()
            self.show_message(languages.in_language(chosen, languages.RESTART_NOTICE))

    # --- team sync --------------------------------------------------------------------------

    def show_team_sync(self) -> TeamSyncDialog:
        from metrodesk.ui.sync.team_dialog import TeamSyncDialog

        dialog = TeamSyncDialog(self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictsDialog:
        from metrodesk.ui.sync.inbox_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.services.sync.inbox, self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _show_conflict_count(self, count: int) -> None:
        self.sync_status.show_conflicts(count)
        text = _tr("C&onflicts ({count})…").format(count=count) if count else _tr("C&onflicts…")
        self.conflicts_action.setText(text)

    # --- window -----------------------------------------------------------------------------

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.attached:
            self.global_search.reposition()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    @property
    def closed(self) -> bool:
        """Whether the window was closed (it may be while the database is still opening)."""
        return self._closed

    def shutdown(self) -> None:
        """Stop background work and close the database; safe to call more than once."""
        if self._closed:
            return
        self._closed = True
        Preferences().set(
            settings.LAST_SECTION, SECTIONS[max(0, self.navigation.currentRow())].kind
        )
        if self.attached:
            self.reminders.shutdown()
            # the last sync is queued on the worker, which finishes it before the file closes
            self.sync.at_quit()
            self.runner.shutdown()
            self.services.close()  # first: closing the database interrupts a check running
        self.check_runner.shutdown()


def _page_class(kind: str) -> type[SectionPage]:
    """The page class of a section, its module imported now: the meetings' brings the meeting
    editor, the minutes and their PDF, which a start on Contacts does not need."""
    if kind == "contact":
        from metrodesk.ui.contacts.page import ContactPage

        return ContactPage
    if kind == "member_city":
        from metrodesk.ui.cities.page import CityPage

        return CityPage
    if kind == "meeting":
        from metrodesk.ui.meetings.section import MeetingSectionPage

        return MeetingSectionPage
    if kind == "action_item":
        from metrodesk.ui.meetings.action_section import ActionSectionPage

        return ActionSectionPage
    from metrodesk.ui.lists.section_page import SectionPage

    return SectionPage
