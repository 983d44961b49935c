"""File › Backups…: the backups of the open database, newest first; back up now or restore."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import QT_TR_NOOP, translated
from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.storage import backups
from metrodesk.services.storage.backups import BackupInfo
from metrodesk.services.storage.maintenance import RestoreResult, restore
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.window.dates import show_moment
from metrodesk.ui.window.formatting import short_datetime

COL_TAKEN, COL_KIND, COL_SIZE = range(3)

#: the words the list shows for each kind of backup
KIND_TEXT = {
    backups.DAILY: QT_TR_NOOP("Daily"),
    backups.BEFORE_IMPORT: QT_TR_NOOP("Before an import"),
    backups.BEFORE_RESTORE: QT_TR_NOOP("Before a restore"),
    backups.BEFORE_MERGE: QT_TR_NOOP("Before a merge"),
    backups.BEFORE_UPGRADE: QT_TR_NOOP("Before an upgrade"),
    backups.BEFORE_PROTECTION: QT_TR_NOOP("Before a change of passphrase protection"),
    backups.BEFORE_ERASURE: QT_TR_NOOP("Before an erasure"),
    backups.ON_REQUEST: QT_TR_NOOP("On request"),
    backups.DAMAGED: QT_TR_NOOP("Damaged file kept for rescue"),
}


class BackupsDialog(QDialog):
    """Emits `restored` after a restore: the window's views then reload everything."""

    restored = Signal(object)  # RestoreResult

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsDialog")
        self.setWindowTitle(_tr("Backups"))
        self.resize(620, 420)
        self.db_path = services.path
        self.runner = runner
        self.items: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "MetroDesk backs up {name} once a day and before every upgrade, import and "
                "restore. It keeps every backup of the last two days, then one a day for a "
                "week, one a week for a month and one a month for a year."
            ).format(name=self.db_path.name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table
        self.table.setObjectName("backupsTable")
        self.table.setAccessibleName(_tr("Backups"))
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels([_tr("Taken"), _tr("Why"), _tr("Size")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_KIND, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table, 1)
        self.folder = QLabel()
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder)
        row = QHBoxLayout()
        self.backup_button = QPushButton(_tr("Back up &now"))
        self.backup_button.setObjectName("backupNowButton")
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(_tr("&Restore…"))
        self.restore_button.setObjectName("restoreButton")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.ask_restore)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.reload()

    # --- list -------------------------------------------------------------------------------

    def reload(self) -> None:
        path = self.db_path
        self.runner.run(lambda: backups.list_backups(path), success=self._show, parent=self)

    def _show(self, items: list[BackupInfo]) -> None:
        self.items = items
        self.table.setRowCount(len(items))
        for i, b in enumerate(items):
            cells = (
                show_moment(b.taken_at),
                translated(KIND_TEXT.get(b.kind, b.kind)),
                backups.describe_size(b.size),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(str(b.path))
                self.table.setItem(i, col, item)
        self.table.resizeColumnToContents(COL_TAKEN)
        self.folder.setText(
            _tr("%n backups in {folder}", "", len(items)).format(folder=self._folder())
            if items
            else _tr("No backups yet.")
        )
        self._selection_changed()

    def _folder(self) -> Path:
        return self.items[0].path.parent if self.items else self.db_path.parent

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.kind != backups.DAMAGED)

    # --- actions ----------------------------------------------------------------------------

    def back_up_now(self) -> None:
        path = self.db_path
        self.backup_button.setEnabled(False)
        self.runner.run(
            lambda _progress: backups.take_backup(path, None),
            success=lambda _b: self._backed_up(),
            failure=self._failed,
            label=_tr("Backing up…"),
            parent=self,
        )

    def _backed_up(self) -> None:
        self.backup_button.setEnabled(True)
        self.reload()

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        report_failure(self, exc)
        self.reload()

    def ask_restore(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        box = QMessageBox(self)
        box.setObjectName("confirmRestore")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Restore a backup"))
        box.setText(
            _tr(
                "Replace the database with the backup of {when}? Changes made since then will "
                "no longer show. The current file is backed up first, so this can be undone "
                "by restoring that backup."
            ).format(when=short_datetime(chosen.taken_at))
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        # no lambda holding `box`: a reference cycle through a widget could be collected on the
        # worker thread
        yes = box.button(QMessageBox.StandardButton.Yes)
        yes.clicked.connect(functools.partial(self.restore_backup, chosen))
        self.confirm = box
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def restore_backup(self, chosen: BackupInfo) -> None:
        """Restore on the worker (which also runs every other database call of the window, so
        nothing writes meanwhile); the window's connections then see the restored file."""
        path = self.db_path
        self.restore_button.setEnabled(False)
        self.runner.run(
            lambda _progress: restore(chosen.path, path),
            success=self._restored,
            failure=self._failed,
            label=_tr("Restoring…"),
            parent=self,
        )

    def _restored(self, result: RestoreResult) -> None:
        self.restored.emit(result)
        self.reload()
