"""When the window syncs, and what the status bar says about it.

A copy that syncs does so by itself: a few seconds after the window opens, every few minutes
while it is open, a little after each change saved, and once more when the window closes; and
on demand (File › Sync now). Every sync runs on the window's worker, never on the UI thread.
An automatic sync that cannot reach the folder only says so in the status bar; File › Sync now
says why in a dialog.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog

from metrodesk.i18n import tr as _tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.services.sync.engine import SyncReport
from metrodesk.services.sync.hubs import is_url
from metrodesk.services.sync.service import SyncStatus
from metrodesk.services.sync.team_key import TeamKeyNeeded, WrongTeamPassphrase
from metrodesk.ui.runtime.ops import report_failure
from metrodesk.ui.sync.server_watch import ServerWatch

if TYPE_CHECKING:
    from metrodesk.services.sync.postgres.signin import SignIn
    from metrodesk.ui.window.main_window import MainWindow

#: after the window opens
FIRST_SYNC_MS = 4_000
#: while it is open
SYNC_EVERY_MS = 3 * 60 * 1000
#: after a change is saved (more changes meanwhile wait for the same sync)
AFTER_SAVE_MS = 8_000


class SyncController(QObject):
    """Owned by the main window; the status bar shows `text`, the Edit menu the conflicts."""

    #: the status bar's words, and the longer explanation for its tooltip
    status_changed = Signal(str, str)
    #: open conflicts in the inbox
    conflicts_changed = Signal(int)
    #: a sync finished (its report), whoever started it
    synced = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.services = window.services
        self.runner = window.runner
        self.configured = False
        self.syncing = False
        self.reachable = True
        self.last_error = ""
        #: the last sync stopped for want of the team key (the status bar says so)
        self.needs_team_key = False
        self.prompt: QDialog | None = None
        #: the hub and name of the sync asked for last (asked again with the passphrase)
        self._asked: tuple[str | None, str | None] = (None, None)
        self.status: SyncStatus | None = None
        self._again = False
        self._own_change = False
        self.timer = QTimer(self)
        self.timer.setInterval(SYNC_EVERY_MS)
        self.timer.timeout.connect(lambda: self.sync(quiet=True))
        self.after_save = QTimer(self)
        self.after_save.setSingleShot(True)
        self.after_save.setInterval(AFTER_SAVE_MS)
        self.after_save.timeout.connect(lambda: self.sync(quiet=True))
        window.changes.changed.connect(self._changed)
        # a team server tells this copy when others sent changes: sync then, not at the timer
        self.watch = ServerWatch(self)
        self.watch.heard.connect(lambda: self.sync(quiet=True))
        QTimer.singleShot(0, self, self.refresh)
        QTimer.singleShot(FIRST_SYNC_MS, self, lambda: self.sync(quiet=True))

    # --- what the status bar says ----------------------------------------------------------

    def refresh(self) -> None:
        self.runner.read(self.services.sync.status, success=self._show, parent=self)

    def _show(self, status: SyncStatus) -> None:
        self.status = status
        was = self.configured
        self.configured = bool(status.hub)
        if self.configured and not self.timer.isActive():
            self.timer.start()
        if not self.configured:
            self.timer.stop()
        self.watch.follow(status.hub, self.services.sync.device.hex if self.configured else "")
        self.conflicts_changed.emit(status.conflicts)
        if not self.configured and not was:
            self.status_changed.emit("", "")
            return
        self.status_changed.emit(*self._words(status))

    def _words(self, status: SyncStatus) -> tuple[str, str]:
        waiting = waiting_text(status.waiting) if status.waiting else ""
        server = is_url(status.hub)
        if server:
            where = _tr("Team server: {hub}").format(hub=status.hub)
        else:
            where = _tr("Team folder: {hub}").format(hub=status.hub)
        if self.syncing:
            return _tr("Syncing…"), where
        if self.needs_team_key:
            text = _tr("Team passphrase needed")
            tip = _tr("The team's files are sealed: File › Sync now asks for the team passphrase.")
            return (f"{text} · {waiting}" if waiting else text), tip
        if not self.reachable:
            text = _tr("Team server not reachable") if server else _tr("Team folder not reachable")
            tip = _tr("{why}\nChanges are kept here and sent at the next sync.").format(
                why=self.last_error
            )
            return (f"{text} · {waiting}" if waiting else text), tip
        if waiting:
            return waiting, where
        if status.last_sync is not None:
            local = status.last_sync.astimezone()
            return _tr("Synced at {time}").format(time=_clock(local)), where
        return _tr("Not synced yet"), where

    # --- syncing -----------------------------------------------------------------------------

    def _changed(self, _changed: ChangeSet) -> None:
        if self.syncing or self._own_change:
            return  # what a sync itself wrote (the runner announces it before `_done`)
        self.refresh()
        if self.configured:
            self.after_save.start()

    def sync(
        self,
        quiet: bool = False,
        hub: str | None = None,
        name: str | None = None,
        team_passphrase: str | None = None,
    ) -> None:
        """Sync now on the worker. `quiet`: a failure only shows in the status bar."""
        if self.runner.closed or (quiet and not self.configured):
            return
        if self.syncing:
            self._again = True
            return
        self.syncing = True
        self._asked = (hub, name)
        self.after_save.stop()
        self.status_changed.emit(_tr("Syncing…"), "")
        run = self.services.sync.run

        def work(progress: object = None) -> SyncReport:
            def step(_what: str, done: int, total: int) -> bool:
                return progress(done, total) if callable(progress) else True

            return run(hub, name, step, team_passphrase)

        self.runner.run(
            work,
            success=self._done,
            failure=lambda exc: self._failed(exc, quiet),
            label=None if quiet else _tr("Syncing with the team folder…"),
            parent=self,
        )

    def _done(self, report: SyncReport) -> None:
        self.syncing = False
        self.needs_team_key = False
        self.reachable = True
        self.last_error = ""
        if report.received:
            self._own_change = True
            try:
                # every view reloads: a snapshot joined or merged rows may not all be
                # journaled as this copy's writes are
                self.runner.announce(ChangeSet.of_everything())
            finally:
                self._own_change = False
        self.synced.emit(report)
        self._finish()

    def _failed(self, exc: BaseException, quiet: bool) -> None:
        self.syncing = False
        self.needs_team_key = isinstance(exc, TeamKeyNeeded | WrongTeamPassphrase)
        cancelled = isinstance(exc, ServiceError) and str(exc) == "cancelled"
        if self.needs_team_key:
            self.last_error = str(exc)
        elif isinstance(exc, ServiceError) and not cancelled:
            self.reachable, self.last_error = False, str(exc)
        self._show_known()  # before any dialog: the status bar no longer says "Syncing…"
        if self.needs_team_key:
            if not quiet:
                self._ask_team_passphrase(exc)
        elif isinstance(exc, ServiceError):
            if not quiet and not cancelled and is_url(self._hub()) and _wants_password(exc):
                self._ask_password()
            elif not quiet and not cancelled:
                report_failure(self.window, exc)
        else:
            report_failure(self.window, exc)
        self._finish()

    def _show_known(self) -> None:
        """The status bar's words from the last status read (a fresh read follows)."""
        if self.status is None or not self.configured:
            self.status_changed.emit("", "")
        else:
            self.status_changed.emit(*self._words(self.status))

    def _finish(self) -> None:
        self.refresh()
        if self._again:
            self._again = False
            self.sync(quiet=True)

    def _ask_password(self) -> None:
        """Sync now found the team server wanting a password: ask, then sync again."""
        from metrodesk.services.sync.postgres.signin import try_sign_in
        from metrodesk.ui.sync.server_password import ServerPasswordDialog

        hub = self._hub()

        def asked(result: SignIn) -> None:
            if result.kind != "password":
                self.sync(quiet=False)  # signs in now: the sync says how it goes
                return
            prompt = ServerPasswordDialog(hub, result, self.window)
            prompt.accepted.connect(lambda: self.sync(quiet=False))
            prompt.open()

        self.runner.read(lambda: try_sign_in(hub), success=asked, parent=self)

    def _ask_team_passphrase(self, exc: BaseException) -> None:
        """The team's files are sealed (or are to be, by this protected copy): ask for the
        team passphrase, then sync again with it."""
        from metrodesk.ui.sync.team_passphrase import TeamPassphraseDialog

        creating = isinstance(exc, TeamKeyNeeded) and exc.creating
        prompt = TeamPassphraseDialog(creating, isinstance(exc, WrongTeamPassphrase), self.window)
        hub, name = self._asked  # the folder being joined, if that is what was refused

        def again() -> None:
            self.sync(quiet=False, hub=hub, name=name, team_passphrase=prompt.value())

        prompt.accepted.connect(again)
        prompt.open()
        self.prompt = prompt

    def _hub(self) -> str:
        return self.status.hub if self.status is not None else ""

    def at_quit(self) -> None:
        """One last sync as the window closes (the worker finishes it before the database
        closes; it is not cancelled, so nothing is left half sent). Queued even while a sync
        runs: that one may have gathered its changes before the last save."""
        self.watch.stop()
        if not self.configured:
            return
        self.timer.stop()
        self.after_save.stop()
        run = self.services.sync.run
        self.runner.run(lambda: run(), failure=lambda _exc: None)


def _wants_password(exc: BaseException) -> bool:
    from metrodesk.services.sync.postgres.signin import wants_password

    return wants_password(exc)


def waiting_text(count: int) -> str:
    if count == 1:
        return _tr("1 change waiting")
    return _tr("{count} changes waiting").format(count=count)


def _clock(moment: datetime) -> str:
    if moment.date() == datetime.now().astimezone().date():
        return moment.strftime("%H:%M")
    return moment.strftime("%Y-%m-%d %H:%M")
