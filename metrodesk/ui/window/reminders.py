"""Reminders: action items due today or overdue, and membership fees overdue, said in a bar at
the top of the window at start, listed in a dialog, and, where the desktop has a system tray,
notified there while the app is open (each reminder once; checked again every half hour and
after every change)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTableWidgetItem,
    QVBoxLayout,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.reports.reminders import ACTION, Reminder
from metrodesk.ui.records.editor_parts import fill_table, make_table, selected_id
from metrodesk.ui.runtime.settings import REMINDERS_AT_START, Preferences
from metrodesk.ui.window.formatting import short_date
from metrodesk.ui.window.reminder_bar import ReminderBar

if TYPE_CHECKING:
    from metrodesk.ui.window.main_window import MainWindow

#: how often an open window looks for what has fallen due
CHECK_MS = 30 * 60 * 1000
#: a change (an item marked done, a fee paid) is followed by a new look this much later
AFTER_CHANGE_MS = 800


def summary(reminders: tuple[Reminder, ...]) -> str:
    actions = sum(1 for r in reminders if r.what == ACTION)
    fees = len(reminders) - actions
    parts = []
    if actions:
        parts.append(_tr("1 action item due") if actions == 1 else _tr("{n} action items due"))
    if fees:
        parts.append(_tr("1 fee overdue") if fees == 1 else _tr("{n} fees overdue"))
    return ", ".join(p.format(n=actions if "action" in p else fees) for p in parts)


def late_text(r: Reminder) -> str:
    if r.days_late == 0:
        return _tr("today")
    return _tr("1 day late") if r.days_late == 1 else _tr("{n} days late").format(n=r.days_late)


class RemindersDialog(QDialog):
    """The reminders, the longest waiting first; Enter or a double-click opens one."""

    def __init__(self, window: MainWindow, reminders: tuple[Reminder, ...]) -> None:
        super().__init__(window)
        self.setObjectName("remindersDialog")
        self.setWindowTitle(_tr("Reminders"))
        self.window_ = window
        self.reminders = reminders
        box = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        box.addWidget(self.heading)
        self.table = make_table(
            "remindersTable", [_tr("What"), _tr("Who or how much"), _tr("Due"), _tr("Late")]
        )
        header = self.table.horizontalHeader()
        # the title takes what is left (whole in its tooltip); who, due and late never cut
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        box.addWidget(self.table, 1)
        self.at_start = QCheckBox(_tr("Show reminders when MetroDesk starts"))
        self.at_start.setObjectName("remindersAtStart")
        self.at_start.setChecked(show_at_start())
        self.at_start.toggled.connect(lambda on: Preferences().set(REMINDERS_AT_START, on))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_button = buttons.addButton(_tr("Open"), QDialogButtonBox.ButtonRole.ActionRole)
        self.open_button.setObjectName("openReminderButton")
        self.open_button.clicked.connect(self.open_selected)
        self.done_button = buttons.addButton(
            _tr("Mark done"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.done_button.setObjectName("markReminderDoneButton")
        self.done_button.setToolTip(_tr("Mark the selected action item done today"))
        self.done_button.clicked.connect(self.mark_done)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.at_start, 1)
        bottom.addWidget(buttons)
        box.addLayout(bottom)
        self.resize(760, 420)
        self.show_reminders(reminders)

    def show_reminders(self, reminders: tuple[Reminder, ...]) -> None:
        self.reminders = reminders
        self.heading.setText(summary(reminders) or _tr("Nothing is due: well done"))
        fill_table(
            self.table,
            [(r.title, r.detail, short_date(r.due_on), late_text(r)) for r in reminders],
            list(range(len(reminders))),
            [r.days_late > 0 for r in reminders],
        )
        for row, r in enumerate(reminders):
            item = self.table.item(row, 0)
            if isinstance(item, QTableWidgetItem):
                item.setToolTip(r.title)
        if reminders:
            self.table.selectRow(0)
            self.table.setFocus()

    def selected(self) -> Reminder | None:
        row = selected_id(self.table)
        return self.reminders[row] if isinstance(row, int) else None

    def open_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = self.window_.edit_record(r.record_kind, r.record_id)
        tabs = getattr(dialog, "tabs", None)
        if r.what != ACTION and tabs is not None:
            for i in range(tabs.count()):
                if tabs.widget(i).objectName() == "feesTab":
                    tabs.setCurrentIndex(i)

    def mark_done(self) -> None:
        r = self.selected()
        if r is None or r.what != ACTION:
            return
        actions = self.window_.services.actions
        # the runner announces the write: the views and this list refresh from it
        self.window_.runner.write(lambda: actions.mark_done(r.record_id), parent=self)


def show_at_start() -> bool:
    return bool(Preferences().get(REMINDERS_AT_START))


def _tray_icon() -> QIcon:
    icon = QApplication.windowIcon()
    if not icon.isNull():
        return icon
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QApplication.palette().color(QApplication.palette().ColorRole.Highlight))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(2, 2, 28, 28)
    painter.end()
    return QIcon(pixmap)


class ReminderWatch(QObject):
    """Owned by the main window: reads the reminders on the worker, keeps the bar and the
    status bar's button current, and notifies of new ones through the tray."""

    def __init__(self, window: MainWindow, bar: ReminderBar, button: QPushButton) -> None:
        super().__init__(window)
        self.window_ = window
        self.bar = bar
        self.button = button
        self.current: tuple[Reminder, ...] = ()
        self.notified: set[str] = set()
        self.dialog: RemindersDialog | None = None
        self.first = True
        self.tray: QSystemTrayIcon | None = None
        #: where notifications go (the tray, where the desktop has one); tests listen here
        self.notify: Callable[[str, str], None] = self._tray_message
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(AFTER_CHANGE_MS)
        self.soon.timeout.connect(self.check)
        button.clicked.connect(self.show_dialog)
        button.setVisible(False)
        window.changes.changed.connect(lambda *_: self.soon.start())

    def start(self) -> None:
        self.check()
        self.timer.start()

    def check(self) -> None:
        self.window_.runner.run(self.window_.services.reminders.due, success=self._arrived)

    def _arrived(self, reminders: tuple[Reminder, ...]) -> None:
        self.current = reminders
        text = summary(reminders)
        self.button.setText(_tr("Reminders: {what}").format(what=text))
        self.button.setVisible(bool(reminders))
        self.bar.text.setText(_tr("Today: {what}").format(what=text))
        if not reminders:
            self.bar.hide()
        elif self.first and show_at_start():
            self.bar.show()
        if self.dialog is not None:
            self.dialog.show_reminders(reminders)
        fresh = [r for r in reminders if r.key not in self.notified]
        self.notified |= {r.key for r in reminders}
        if fresh:
            self.notify(_tr("MetroDesk reminders"), summary(tuple(fresh)))
        self.first = False

    def show_dialog(self) -> RemindersDialog:
        if self.dialog is None:
            self.dialog = RemindersDialog(self.window_, self.current)
            self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.dialog.destroyed.connect(self._dialog_closed)
        self.dialog.show_reminders(self.current)
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def _dialog_closed(self) -> None:
        self.dialog = None

    def _tray_message(self, title: str, text: str) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self.tray is None:
            self.tray = QSystemTrayIcon(_tray_icon(), self)
            self.tray.setToolTip("MetroDesk")
            self.tray.messageClicked.connect(self.show_dialog)
            self.tray.activated.connect(lambda _reason: self.show_dialog())
            self.tray.show()
        self.tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)

    def shutdown(self) -> None:
        self.timer.stop()
        if self.tray is not None:
            self.tray.hide()
