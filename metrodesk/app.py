"""Starting the GUI: `main(path)` for the `metrodesk` command, `create_main_window(path)` for
tests and automation (which bring their own QApplication and event loop)."""

from __future__ import annotations

import gc
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from metrodesk import resources
from metrodesk.data.database import Database
from metrodesk.data.errors import DamagedDatabase, DatabaseOpenError
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.storage.backups import newest_sound_backup
from metrodesk.services.storage.maintenance import restore
from metrodesk.ui.runtime import exception_hook, gc_guard
from metrodesk.ui.window import app_icon, style
from metrodesk.ui.window.main_window import MainWindow

APP_NAME = "MetroDesk"
ORGANISATION = "Metropolis"


def create_main_window(db_path: Path | str) -> MainWindow:
    """The main window on that database, ready to show; needs a running QApplication.

    Raises DatabaseOpenError (nothing opened, the file untouched) for a file that cannot be
    used. The window closes its database when it is closed.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("create_main_window needs a QApplication")
    app_icon.install(app)
    style.apply_preference(app)
    gc_guard.install()
    _freeze_imports()
    # SQLite's quick_check reads the whole file (~1 s at 850 MB): it runs once the window is
    # built, beside the first reads, and no write reaches the file before it has passed (see
    # Database.open); a failure reaches the window's `damaged_handler`
    db = Database.open(db_path, check_later=True)
    services = Services(db)
    try:
        window = MainWindow(services)
    except BaseException:
        services.close()
        raise
    window.check_later(db.verify)
    return window


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


def _open_or_explain(db_path: Path) -> MainWindow | None:
    """The window, or None after a dialog saying why the file cannot be opened; for a damaged
    file the dialog offers to restore the newest sound backup (the damaged file is kept)."""
    while True:
        try:
            return create_main_window(db_path)
        except DatabaseOpenError as exc:
            newest = newest_sound_backup(db_path) if isinstance(exc, DamagedDatabase) else None
            if not explain_open_error(db_path, exc, newest):
                return None
            assert newest is not None
            try:
                restore(newest, db_path, replace_damaged=True)
            except ServiceError as failed:
                explain_open_error(db_path, failed, None)
                return None


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
    hook = exception_hook.install()
    shown = _ShownDatabase(db_path)
    if not shown.open():
        hook.uninstall()
        return 1
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

    def open(self) -> bool:
        window = _open_or_explain(self.db_path)
        if window is None:
            return False
        window.damaged_handler = self.damaged
        self.window = window
        window.show()
        return True

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
            try:
                restore(newest, self.db_path, replace_damaged=True)
            except ServiceError as failed:
                explain_open_error(self.db_path, failed, None)
            else:
                if self.open():
                    return
        QCoreApplication.exit(1)
