"""Starting the GUI: `main(path)` for the `metrodesk` command, `create_main_window(path)` for
tests and automation (which bring their own QApplication and event loop).

`main` shows the window's frame first (navigation, menus, the sections' outlines: Qt alone) and
opens the database on a thread meanwhile, which is when SQLAlchemy, the models and the services
are imported; the frame is then filled (`MainWindow.attach`). This module imports none of them
at its top, so that the frame does not wait for them (a test checks).
"""

from __future__ import annotations

import gc
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from metrodesk import resources
from metrodesk.data.errors import (
    DamagedDatabase,
    DatabaseOpenError,
    PassphraseNeeded,
    WrongPassphrase,
)
from metrodesk.services.errors import ServiceError
from metrodesk.services.storage.backups import newest_sound_backup
from metrodesk.ui.runtime import exception_hook, gc_guard, languages
from metrodesk.ui.window import app_icon, style
from metrodesk.ui.window.main_window import MainWindow, load_parts

if TYPE_CHECKING:
    from metrodesk.data.database import Database
    from metrodesk.services.facade import Services

APP_NAME = "MetroDesk"
ORGANISATION = "Metropolis"
#: how long the frame may take to be painted before the database opens beside it anyway
FRAME_PAINTED_MS = 2000


def create_main_window(db_path: Path | str) -> MainWindow:
    """The main window on that database, ready to show; needs a running QApplication.

    Raises DatabaseOpenError (nothing opened, the file untouched) for a file that cannot be
    used. The window closes its database when it is closed.
    """
    window = _frame(db_path)
    try:
        _fill(window, *_open(window.path))
    except BaseException:
        window.deleteLater()
        raise
    return window


def _frame(db_path: Path | str) -> MainWindow:
    """The window's frame on that database (not shown), the application set up for it."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window needs a QApplication")
    app_icon.install(app)
    languages.install(app)
    style.apply_preference(app)
    # before any thread imports: a collection started there could finalise Qt objects
    gc_guard.install()
    return MainWindow(Path(db_path).expanduser().resolve())


def _open(db_path: Path) -> tuple[Database, Services]:
    """Import what the window needs and open the database; makes no widget, so that it may run
    on a thread of its own. Raises DatabaseOpenError for a file that cannot be used."""
    load_parts()
    from metrodesk.data.database import Database
    from metrodesk.services.facade import Services

    # SQLite's quick_check reads the whole file (~1 s at 850 MB) when one is due: it runs once
    # the window is built, beside the first reads, and no write reaches the file before it
    # has passed (see Database.open); a failure reaches the window's `damaged_handler`
    db = Database.open(db_path, check_later=True)
    try:
        return db, Services(db)
    except BaseException:
        db.close()
        raise


def _fill(window: MainWindow, db: Database, services: Services) -> None:
    _freeze_imports()
    try:
        window.attach(services)
    except BaseException:
        services.close()
        raise
    window.check_later(db.verify)


class _FirstPaint(QObject):
    """Waits until the window system has shown the frame and it is painted: before that the
    opening thread would compete with the painting for the interpreter."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__()
        self.window = window
        self.loop = QEventLoop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.loop.quit()  # once the whole window is painted: quit waits for that
        return False

    def wait(self) -> None:
        self.window.installEventFilter(self)
        QTimer.singleShot(FRAME_PAINTED_MS, self.loop.quit)
        self.loop.exec()
        self.window.removeEventFilter(self)


class _Opening(QObject):
    """`_open` on a thread of its own, the UI thread meanwhile in an event loop that keeps the
    frame painted and answering."""

    finished = Signal()

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.opened: tuple[Database, Services] | None = None
        self.error: BaseException | None = None
        self.loop = QEventLoop()
        #: whether the thread's `finished` has reached the UI thread
        self.done = False

    def _run(self) -> None:
        try:
            self.opened = _open(self.db_path)
        except BaseException as exc:  # raised again on the UI thread
            self.error = exc
        self.finished.emit()

    def _finish(self) -> None:
        self.done = True
        self.loop.quit()

    def wait(self) -> tuple[Database, Services]:
        """The database and its services; raises what opening raised."""
        self.finished.connect(self._finish, Qt.ConnectionType.QueuedConnection)
        worker = threading.Thread(target=self._run, name="metrodesk-open", daemon=True)
        worker.start()
        if not self.done:
            self.loop.exec()
        # the loop may also have ended early, because the last window was closed
        worker.join()
        if self.error is not None:
            raise self.error
        assert self.opened is not None
        return self.opened


_frozen = False


def _freeze_imports() -> None:
    """Once: move what importing made (modules, classes, SQLAlchemy's tables; they live as long
    as the process) out of the collector's sight, so that its first full collection, due
    during start, does not walk them all (~70 ms). Not collected first, which would cost the
    same: the few cycles importing leaves behind stay, as they would at exit."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


def _open_or_explain(window: MainWindow) -> bool:
    """Open the window's database into it, its frame shown meanwhile: True once it is filled;
    False after a dialog saying why the file cannot be opened, or when the window was closed
    before the file opened. For a damaged file the dialog offers to restore the newest sound
    backup (the damaged file is kept). A protected file whose key is not at hand asks for its
    passphrase (and says when a passphrase was wrong) until it opens or the user cancels."""
    db_path = window.path
    while True:
        try:
            db, services = _Opening(db_path).wait()
        except (PassphraseNeeded, WrongPassphrase) as exc:
            from metrodesk.ui.privacy.passphrase_prompt import ask_passphrase

            wrong = (
                QCoreApplication.translate(
                    "App", "The passphrase in METRODESK_PASSPHRASE does not open this database."
                )
                if isinstance(exc, WrongPassphrase)
                else ""
            )
            if not ask_passphrase(db_path, wrong):
                return False
            continue
        except DatabaseOpenError as exc:
            newest = newest_sound_backup(db_path) if isinstance(exc, DamagedDatabase) else None
            if not explain_open_error(db_path, exc, newest, QMessageBox(window)):
                return False
            assert newest is not None
            from metrodesk.services.storage.maintenance import restore

            try:
                restore(newest, db_path, replace_damaged=True)
            except ServiceError as failed:
                explain_open_error(db_path, failed, None, QMessageBox(window))
                return False
            continue
        if window.closed:
            services.close()
            return False
        _fill(window, db, services)
        return True


def explain_open_error(
    db_path: Path, exc: BaseException, newest: Path | None, box: QMessageBox | None = None
) -> bool:
    """Show why; True when the user chose to restore `newest` (offered only when given)."""
    reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    box = box or QMessageBox()
    box.setObjectName("openErrorDialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "MetroDesk cannot open the database"))
    text = QCoreApplication.translate("App", "{path} cannot be opened:\n{reason}").format(
        path=db_path, reason=reason
    )
    restore_button = None
    if newest is not None:
        text += "\n\n" + QCoreApplication.translate(
            "App",
            "The newest sound backup is {backup}. Restoring it keeps a copy of the damaged "
            "file beside it.",
        ).format(backup=newest.name)
        restore_button = box.addButton(
            QCoreApplication.translate("App", "Restore newest backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        restore_button.setObjectName("restoreNewestButton")
    box.setText(text)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return restore_button is not None and box.clickedButton() is restore_button


def main(db_path: Path, smoke_test: bool = False) -> int:
    """Run the app on that database until its window closes; the process's exit status.

    With `smoke_test` the app quits by itself once the window is shown and its first reads
    are done, after printing one line: a package's test that the whole app starts."""
    app = QApplication.instance() or QApplication([APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    # Wayland and the desktop's task switcher match the window to the menu entry by this name
    app.setDesktopFileName(resources.APP_ID)
    app.setStyle("Fusion")
    languages.install(app)
    hook = exception_hook.install()
    shown = _ShownDatabase(db_path)
    if not shown.open():
        hook.uninstall()
        return 0 if shown.closed_while_opening else 1
    if smoke_test:
        _quit_when_ready(app, shown)
    try:
        return int(app.exec())
    finally:
        shown.close()
        hook.uninstall()


def _quit_when_ready(app: QApplication, shown: _ShownDatabase) -> None:
    """Poll until the window is exposed and its worker idle, then say so and quit."""
    timer = QTimer(app)
    timer.setInterval(10)

    def poll() -> None:
        window = shown.window
        if window is None:
            timer.stop()
            QCoreApplication.exit(1)
        elif window.isVisible() and not window.runner.busy():
            timer.stop()
            print(f"window shown: {window.windowTitle()}", flush=True)
            QCoreApplication.exit(0)

    timer.timeout.connect(poll)
    timer.start()


class _ShownDatabase:
    """The window on one database, replaced by a new one after a backup is restored over a file
    the check after opening found damaged."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.window: MainWindow | None = None
        #: the user closed the window before its database had opened
        self.closed_while_opening = False

    def open(self) -> bool:
        """Show the window's frame at once, then open the database beside it; False when it
        could not be opened (said in a dialog) or the window was closed meanwhile."""
        window = _frame(self.db_path)
        window.damaged_handler = self.damaged
        self.window = window
        window.show()
        _FirstPaint(window).wait()
        if _open_or_explain(window):
            return True
        self.closed_while_opening = window.closed
        self.close()
        return False

    def close(self) -> None:
        if self.window is not None:
            self.window.shutdown()
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def damaged(self, exc: BaseException) -> None:
        """As at open: the window closes (nothing was written), the newest sound backup is
        offered, and the restored file opens in a new window."""
        self.close()
        newest = newest_sound_backup(self.db_path)
        if explain_open_error(self.db_path, exc, newest):
            assert newest is not None
            from metrodesk.services.storage.maintenance import restore

            try:
                restore(newest, self.db_path, replace_damaged=True)
            except ServiceError as failed:
                explain_open_error(self.db_path, failed, None)
            else:
                if self.open():
                    return
        QCoreApplication.exit(1)
