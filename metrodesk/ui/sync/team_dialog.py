"""File › Team sync…: choose the team folder and this computer's name, see who else syncs there,
and sync (the first time: join the team, merging this copy's data, or filling an empty copy)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.sync.engine import SyncReport
from metrodesk.services.sync.hubs import is_url
from metrodesk.services.sync.service import HubPreview, SyncStatus
from metrodesk.ui.sync.controller import SyncController, waiting_text
from metrodesk.ui.window.formatting import short_datetime

if TYPE_CHECKING:
    from metrodesk.services.sync.postgres.signin import SignIn

#: typing pause after which the folder is looked at
PREVIEW_AFTER_MS = 400


def _wrapping_label(name: str) -> QLabel:
    """A label of sentences that may quote a folder: plain text, wrapped within the dialog's
    width and never widening it (a long name without a break is cut at the edge)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class TeamSyncDialog(QDialog):
    def __init__(self, controller: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSyncDialog")
        self.setWindowTitle(_tr("Team sync"))
        self.resize(640, 520)
        self.controller = controller
        self.services = controller.services
        self.runner = controller.runner
        self._loaded = ("", "")
        self.preview: HubPreview | None = None
        #: the team server's answer when signing in was last tried ("password": wants one)
        self.sign_in: SignIn | None = None
        self._sync_when_signed_in = False
        self._build()
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_AFTER_MS)
        self._preview_timer.timeout.connect(self._look)
        self.folder.textEdited.connect(lambda _t: self._preview_timer.start())
        controller.synced.connect(self._synced)
        self.runner.read(self.services.sync.status, success=self._load, parent=self)
        self.folder.setFocus()

    # --- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        box = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Every copy of MetroDesk works on its own, online or not, and meets the others' "
                "changes in a team folder: a network share, or a folder that OneDrive, "
                "SharePoint, Dropbox or Nextcloud keeps in step on everyone's computer; or on "
                "a team server (PostgreSQL) your IT department runs."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        box.addLayout(self._form())
        self.plan = _wrapping_label("joinPlan")
        box.addWidget(self.plan)
        copies_label = QLabel(_tr("Copies in the team folder:"))
        self.copies_label = copies_label
        box.addWidget(copies_label)
        self.copies = self._copies_table()
        copies_label.setBuddy(self.copies)
        box.addWidget(self.copies, 1)
        self.empty = QLabel(_tr("No copy has synced through this folder yet."))
        self.empty.setObjectName("copiesEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addWidget(self.empty)
        self.state = _wrapping_label("teamSyncState")
        box.addWidget(self.state)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sync_button = QPushButton(_tr("&Join and sync"))
        self.sync_button.setObjectName("syncButton")
        self.sync_button.setDefault(True)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.sync_button.clicked.connect(self._sync)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self._show_copies(())

    def _form(self) -> QFormLayout:
        """The team folder or server (with Browse…) and this computer's name, each with the
        line that says what is wrong with it."""
        form = QFormLayout()
        self.folder = QLineEdit()
        self.folder.setObjectName("teamFolder")
        self.folder.setPlaceholderText(
            _tr("A shared folder, or a server: postgresql://YOUR-ROLE@SERVER/DATABASE")
        )
        browse = QPushButton(_tr("&Browse…"))
        browse.setObjectName("browseButton")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(_tr("Team &folder or server:"))
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.folder_message = self._message("error_teamFolder")
        form.addRow("", self.folder_message)
        self.name = QLineEdit()
        self.name.setObjectName("computerName")
        self.name.setMaxLength(80)
        name_label = QLabel(_tr("This computer's &name:"))
        name_label.setBuddy(self.name)
        form.addRow(name_label, self.name)
        self.name_message = self._message("error_computerName")
        form.addRow("", self.name_message)
        return form

    def _copies_table(self) -> QTableWidget:
        """The copies that have synced through the team's hub, and when each last did."""
        copies = QTableWidget(0, 2)
        copies.setObjectName("copiesTable")
        copies.setAccessibleName(_tr("Copies in the team folder"))
        copies.setHorizontalHeaderLabels([_tr("Computer"), _tr("Last sync")])
        copies.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        copies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        copies.setTabKeyNavigation(False)
        copies.verticalHeader().setVisible(False)
        header = copies.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return copies

    def _message(self, name: str) -> QLabel:
        """A message at a field (the style colours labels named error_…)."""
        label = _wrapping_label(name)
        label.hide()
        return label

    # --- loading and looking at the folder -----------------------------------------------

    def _load(self, status: SyncStatus) -> None:
        if not self.folder.isModified():  # what the user typed meanwhile stays
            self.folder.setText(status.hub)
        if not self.name.isModified():
            self.name.setText(status.name)
        self._loaded = (status.hub, status.name)
        self.sync_button.setText(_tr("&Sync now") if status.hub else _tr("&Join and sync"))
        self._show_state(status)
        if status.hub:
            self._look()
        else:
            self.plan.setText(_tr("Choose the team folder to start syncing this copy."))

    def _show_state(self, status: SyncStatus) -> None:
        if not status.hub:
            self.state.setText("")
            return
        parts = []
        if status.last_sync is not None:
            parts.append(_tr("Last synced {when}.").format(when=short_datetime(status.last_sync)))
        if status.waiting:
            parts.append(waiting_text(status.waiting) + ".")
        self.state.setText(" ".join(parts))

    def _look(self) -> None:
        hub = self.folder.text().strip()
        if not hub:
            self._show_problem("")
            return
        if is_url(hub):  # a team server: signing in comes first (it may want a password)
            from metrodesk.services.sync.postgres.signin import try_sign_in

            self.runner.read(
                lambda: try_sign_in(hub),
                success=lambda result: self._signed_in(hub, result),
                parent=self,
            )
            return
        self.sign_in = None
        self._preview(hub)

    def _preview(self, hub: str) -> None:
        self.runner.read(
            lambda: self.services.sync.preview(hub), success=self._previewed, parent=self
        )

    def _signed_in(self, hub: str, result: SignIn) -> None:
        if hub != self.folder.text().strip():
            return  # overtaken by typing
        self.sign_in = result
        if not result.kind:
            self._preview(hub)
            return
        self.preview = HubPreview(result.message, False, (), False)
        self._show_copies(())
        self.plan.setText("")
        if result.kind == "password" and result.refused:
            self._show_problem(_tr("The team server refused the password: press Sign in."))
        elif result.kind == "password":
            self._show_problem(_tr("The team server wants your password: press Sign in."))
            self.sync_button.setText(_tr("Sign &in…"))
        else:
            self._show_problem(result.message)
        self._sync_when_signed_in = False

    def _ask_password(self, hub: str, result: SignIn) -> None:
        from metrodesk.ui.sync.server_password import ServerPasswordDialog

        prompt = ServerPasswordDialog(hub, result, self)
        prompt.accepted.connect(self._look)
        prompt.open()

    def _previewed(self, preview: HubPreview) -> None:
        self.preview = preview
        if self.sign_in is not None:
            self.sync_button.setText(_tr("&Sync now") if self._loaded[0] else _tr("&Join and sync"))
        if self._sync_when_signed_in and not preview.problem:
            self._sync_when_signed_in = False
            QTimer.singleShot(0, self, self._sync)
        self._show_problem(preview.problem)
        self._show_copies(preview.copies)
        if self.sign_in is not None:
            self._plan_on_server(preview)
            return
        self.copies_label.setText(_tr("Copies in the team folder:"))
        self.empty.setText(_tr("No copy has synced through this folder yet."))
        if preview.problem:
            self.plan.setText("")
        elif not preview.has_team:
            self.plan.setText(_tr("This folder is empty: this copy starts the team in it."))
        elif preview.local_empty:
            self.plan.setText(_tr("This copy is empty: it fills from the team folder."))
        elif self._loaded[0]:
            self.plan.setText(_tr("This copy syncs with the team in this folder."))
        else:
            self.plan.setText(_tr("This copy holds data: it is merged with the team's."))

    def _plan_on_server(self, preview: HubPreview) -> None:
        self.copies_label.setText(_tr("Copies on the team server:"))
        self.empty.setText(_tr("No copy has synced with this server yet."))
        if preview.problem:
            self.plan.setText("")
        elif not preview.has_team:
            self.plan.setText(_tr("No team on this server yet: this copy starts it."))
        elif preview.local_empty:
            self.plan.setText(_tr("This copy is empty: it fills from the team server."))
        elif self._loaded[0]:
            self.plan.setText(_tr("This copy syncs with the team on this server."))
        else:
            self.plan.setText(_tr("This copy holds data: it is merged with the team's."))

    def _show_problem(self, text: str) -> None:
        self.folder_message.setText(text[:1].upper() + text[1:])
        self.folder_message.setVisible(bool(text))

    def _show_copies(self, copies: tuple[object, ...]) -> None:
        self.copies.setRowCount(0)
        mine = self.services.sync.device
        for copy in copies:
            device = getattr(copy, "device", None)
            name = str(getattr(copy, "name", ""))
            if device == mine:
                name = _tr("{name} (this computer)").format(name=name)
            when = getattr(copy, "last_sync", None)
            row = self.copies.rowCount()
            self.copies.insertRow(row)
            self.copies.setItem(row, 0, QTableWidgetItem(name))
            local = when.astimezone().replace(tzinfo=None) if when is not None else None
            self.copies.setItem(row, 1, QTableWidgetItem(short_datetime(local) if local else ""))
        self.empty.setVisible(not copies)
        self.copies.setVisible(bool(copies))

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _tr("Team folder"), self.folder.text())
        if chosen:
            self.folder.setText(chosen)
            self.folder.setModified(True)
            self._look()

    # --- syncing -----------------------------------------------------------------------------

    def _sync(self) -> None:
        hub, name = self.folder.text().strip(), " ".join(self.name.text().split())
        if not hub:
            self._show_problem(_tr("Choose the team folder."))
            self.folder.setFocus()
            return
        if self.sign_in is not None and self.sign_in.kind == "password":
            self._sync_when_signed_in = True
            self._ask_password(hub, self.sign_in)
            return
        if self.preview is not None and self.preview.problem:
            self.folder.setFocus()
            return
        if not name:
            self.name_message.setText(_tr("Give this computer a name the others will know."))
            self.name_message.show()
            self.name.setFocus()
            return
        self.name_message.hide()
        self.sync_button.setEnabled(False)
        self.state.setText(_tr("Syncing…"))
        self.controller.sync(quiet=False, hub=hub, name=name)
        QTimer.singleShot(0, self, self._wait_for_sync)

    def _wait_for_sync(self) -> None:
        if not self.controller.syncing:  # failed at once (the dialog said why)
            self.sync_button.setEnabled(True)
            self.runner.read(self.services.sync.status, success=self._load, parent=self)

    def _synced(self, report: SyncReport) -> None:
        self.sync_button.setEnabled(True)
        self.folder.setModified(False)
        self.name.setModified(False)
        self._loaded = (self.folder.text().strip(), " ".join(self.name.text().split()))
        self.runner.read(self.services.sync.status, success=self._load, parent=self)
        summary = _tr("Sent {sent}, received {received} changes.").format(
            sent=report.sent, received=report.received
        )
        notes = " ".join(report.notes)
        self.state.setText(f"{summary} {notes}".strip())

    # --- leaving -----------------------------------------------------------------------------

    def _changed(self) -> bool:
        current = (self.folder.text().strip(), " ".join(self.name.text().split()))
        return current != self._loaded

    def reject(self) -> None:
        if not self._changed():
            super().reject()
            return
        # asked without blocking (open): Esc on the question keeps the dialog
        box = QMessageBox(self)
        box.setObjectName("discardTeamSyncBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_tr("Team sync"))
        box.setText(_tr("Close without syncing? The folder and name you typed are not kept."))
        close = box.addButton(_tr("Close"), QMessageBox.ButtonRole.DestructiveRole)
        close.setObjectName("closeWithoutSyncingButton")
        keep = box.addButton(_tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.finished.connect(lambda _r: self._answered(box.clickedButton() is close))
        box.open()

    def _answered(self, close: bool) -> None:
        if close:
            super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.reject()
            return
        super().keyPressEvent(event)
