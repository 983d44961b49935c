"""Starting the GUI: `main(path)` for the `metrodesk` command, `create_main_window(path)` for
tests and automation (which bring their own QApplication and event loop)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from metrodesk.data.errors import DatabaseOpenError
from metrodesk.services.facade import Services
from metrodesk.ui import exception_hook
from metrodesk.ui.main_window import MainWindow

APP_NAME = "MetroDesk"
ORGANISATION = "Metropolis"


def create_main_window(db_path: Path | str) -> MainWindow:
    """The main window on that database, ready to show; needs a running QApplication.

    Raises DatabaseOpenError (nothing opened, the file untouched) for a file that cannot be
    used. The window closes its database when it is closed.
    """
    if QApplication.instance() is None:
        raise RuntimeError("create_main_window needs a QApplication")
    services = Services.open(db_path)
    try:
        return MainWindow(services)
    except BaseException:
        services.close()
        raise


def main(db_path: Path) -> int:
    """Run the app on that database until its window closes; the process's exit status."""
    app = QApplication.instance() or QApplication([APP_NAME])
    assert isinstance(app, QApplication)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setStyle("Fusion")
    hook = exception_hook.install()
    try:
        window = create_main_window(db_path)
    except DatabaseOpenError as exc:
        QMessageBox.critical(
            None,
            QCoreApplication.translate("App", "MetroDesk cannot open the database"),
            QCoreApplication.translate("App", "{path} cannot be opened:\n{reason}").format(
                path=db_path, reason=str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            ),
        )
        hook.uninstall()
        return 1
    window.show()
    try:
        return int(app.exec())
    finally:
        window.shutdown()
        hook.uninstall()
