"""The last line of defence: an unexpected error is logged with its traceback and the user sees
a readable message saying where the details went, never the traceback itself."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from metrodesk import paths, support_log
from metrodesk.i18n import tr as _tr

LOG_NAME = "errors.log"

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def log_file() -> Path:
    return paths.log_dir() / LOG_NAME


def write_log(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> Path:
    """Append the traceback to the owner-only log file (created with its folder when first
    needed), without SQL or the values of records (see `metrodesk.support_log`)."""
    if exc.__traceback__ is None:
        exc = exc.with_traceback(tb)
    return support_log.append(LOG_NAME, "MetroDesk window", exc)


def _reason(exc: BaseException) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    name = type(exc).__name__
    return f"{name}: {first}" if first else name


class ExceptionHook:
    """A `sys.excepthook` for the GUI. Dialogs are non-blocking and at most one at a time."""

    def __init__(self, parent: Callable[[], QWidget | None] | None = None) -> None:
        self._parent = parent or QApplication.activeWindow
        self._previous: ExceptHook | None = None
        self.dialog: QMessageBox | None = None
        self.last_log: Path | None = None

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self

    def uninstall(self) -> None:
        if sys.excepthook is self and self._previous is not None:
            sys.excepthook = self._previous

    def __call__(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = "".join(traceback.format_exception(kind, exc, tb))
        try:
            self.last_log = write_log(kind, exc, tb)
            where = _tr("Details were saved to {file}.").format(file=self.last_log)
        except OSError as err:
            sys.stderr.write(details)
            where = _tr("The details could not be saved ({reason}).").format(reason=err)
        if QApplication.instance() is None or self.dialog is not None:
            return  # no GUI yet, or the user is already reading about an earlier error
        self._show(_reason(exc), where, details)

    def _show(self, reason: str, where: str, details: str) -> None:
        box = QMessageBox(self._parent())
        box.setObjectName("exceptionDialog")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(_tr("MetroDesk — unexpected error"))
        box.setText(_tr("Something went wrong. Your saved work is safe."))
        box.setInformativeText(f"{reason}\n\n{where}")
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(self._closed)
        self.dialog = box
        box.open()

    def _closed(self) -> None:
        self.dialog = None


def install(parent: Callable[[], QWidget | None] | None = None) -> ExceptionHook:
    hook = ExceptionHook(parent)
    hook.install()
    return hook
