"""The window's side of passphrase protection: converting its own file (protect, remove
protection) with the data hidden meanwhile, and the lock after a period of inactivity.

The lock is a setting (minutes without a key press or mouse use; 0: never), kept with the
app's other settings. Locking forgets the key in this process and closes the database's
connections; the passphrase, or the system keychain when the user allowed that (the computer
account unlocks it), gives it back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from metrodesk.data.errors import PassphraseNeeded, WrongPassphrase
from metrodesk.i18n import tr as _tr
from metrodesk.services.privacy.protection import ProtectionChange, keychain_holds_key
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.ui.privacy.veil import Veil, cover, uncover
from metrodesk.ui.runtime.ops import report_failure

if TYPE_CHECKING:
    from metrodesk.ui.window.main_window import MainWindow

SETTINGS = ("Metropolis", "MetroDesk")
LOCK_MINUTES = "privacy/lock_minutes"
LOCK_WITH_KEYCHAIN = "privacy/lock_keychain"
#: what counts as the user being there
_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


def settings() -> QSettings:
    return QSettings(*SETTINGS)


def lock_minutes() -> int:
    value = settings().value(LOCK_MINUTES, 0)
    try:
        return max(int(str(value)), 0)
    except (TypeError, ValueError):
        return 0


def lock_with_keychain() -> bool:
    return str(settings().value(LOCK_WITH_KEYCHAIN, "false")).lower() == "true"


def save_lock_settings(minutes: int, keychain: bool) -> None:
    store = settings()
    store.setValue(LOCK_MINUTES, int(minutes))
    store.setValue(LOCK_WITH_KEYCHAIN, "true" if keychain else "false")


class WindowPrivacy(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.protection = window.services.protection
        self.veil = Veil()
        self.veil.unlock_requested.connect(self.unlock)
        self._content: QWidget | None = None
        self.locked = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self._watching = False
        self.apply_settings()

    # --- inactivity -------------------------------------------------------------------------

    def apply_settings(self) -> None:
        """Watch for inactivity only when a lock is asked for and there is a key to forget."""
        minutes = lock_minutes()
        watch = bool(minutes) and self.protection.protected and not self.locked
        app = QApplication.instance()
        if watch and not self._watching and app is not None:
            app.installEventFilter(self)
        elif not watch and self._watching and app is not None:
            app.removeEventFilter(self)
        self._watching = watch
        if watch:
            self.timer.start(minutes * 60_000)
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self.timer.isActive():
            self.timer.start()
        return False

    def lock(self) -> None:
        if self.locked or not self.protection.protected:
            return
        self.locked = True
        self._hide_data()
        self.veil.show_locked(
            self.window.services.path.name,
            lock_with_keychain() and keychain_holds_key(self.window.services.path),
        )
        self.apply_settings()
        self.window.runner.run(self.protection.lock, failure=self._lock_failed)

    def _lock_failed(self, exc: BaseException) -> None:
        report_failure(self.window, exc)

    def unlock(self, passphrase: str) -> None:
        self.window.runner.run(
            lambda: self.protection.unlock(passphrase or None),
            success=lambda _none: self._unlocked(),
            failure=self._unlock_failed,
        )

    def _unlocked(self) -> None:
        self.locked = False
        self._show_data()
        self.apply_settings()
        self.window.show_message(_tr("Unlocked"))

    def _unlock_failed(self, exc: BaseException) -> None:
        if isinstance(exc, WrongPassphrase):
            self.veil.wrong(_tr("That passphrase does not open this database. Try again."))
        elif isinstance(exc, PassphraseNeeded):
            self.veil.wrong(_tr("The system keychain does not hold its key: type the passphrase."))
        else:
            self.veil.wrong(str(exc).splitlines()[0] if str(exc) else type(exc).__name__)

    # --- converting the file ----------------------------------------------------------------

    def convert(
        self,
        work: Callable[[Callable[[str, int, int], bool]], ProtectionChange],
        heading: str,
        done: Callable[[ProtectionChange], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        """Run `work(report)` on the worker with the data hidden and a progress dialog."""
        self.timer.stop()
        self._hide_data()
        self.veil.show_busy(
            heading,
            _tr("The data stays hidden until this is done. A backup was made first."),
        )

        def op(progress: Callable[[int, int], bool]) -> ProtectionChange:
            return work(lambda _step, n, total: not progress(n, max(total, 1)))

        def finish(result: Any) -> None:
            self._show_data()
            self.apply_settings()
            done(result)

        def fail(exc: BaseException) -> None:
            self._show_data()
            self.apply_settings()
            failed(exc)

        self.window.runner.run(op, success=finish, failure=fail, label=heading)

    # --- showing and hiding -----------------------------------------------------------------

    def _hide_data(self) -> None:
        self.window.runner.held = True
        self.window.backup_timer.stop()
        self.window.global_search.hide()
        content = cover(self.window, self.veil)
        if content is not None:
            self._content = content

    def _show_data(self) -> None:
        uncover(self.window, self.veil, self._content)
        self._content = None
        self.window.backup_timer.start()
        self.window.runner.held = False
        # the views read the database afresh (its connections were closed meanwhile)
        self.window.changes.changed.emit(ChangeSet.of_everything())

    def show_dialog(self) -> QWidget:
        """File › Protect with a passphrase…"""
        from PySide6.QtCore import Qt

        from metrodesk.ui.privacy.protection_dialog import ProtectionDialog

        dialog = ProtectionDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
