"""Every database call of a window goes through its runner: run on a thread of the runner's,
then report on the UI thread.

    runner.write(lambda: services.records.create(kind, values), success=self._saved)
    runner.read(services.cities.regions, success=self._show_regions)

`write` uses the one worker thread, which serialises every write, and announces what the write
changed: the journal is marked before it and read after it, and the `ChangeSet` goes out on
the window's `Changes` before `success` (or `failure`, for what a failing write had already
committed) runs; the views refresh from it and the Edit menu names the next undo. `run` is the
worker for other work (files, backups, checks); it announces the same way, so nothing that
writes can go unannounced whichever call it came through. `read` uses a reader thread of its
own, beside the worker: SQLite in WAL mode lets a read run while a write is under way, so a
list sorts or a search answers during an import. `count` is a read on a thread of its own: a
count of half a million matches, still running when the user types the next letter, must not
hold back that letter's first page on the reader. `read_now` is the one read on the UI thread,
for what Qt asks of a table model and must be answered at once (the rows being painted); it
stays a few milliseconds, and one that takes longer than SLOW_UI_READ_MS is logged.

`fn` runs on the runner's thread and must not touch widgets; it gets and returns plain values
(ids, frozen dataclasses). `success(result)` and `failure(exc)` run on the UI thread. Without a
`failure`, a ServiceError shows a dialog with its one-line reason and anything else goes to the
global exception hook. With a `label`, `fn` is called with a progress callback
`progress(done, total) -> bool` that returns False once the user pressed Cancel; a progress
dialog appears only when the work takes longer than PROGRESS_DELAY_MS (as Anki does).
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from metrodesk.data.errors import DamagedValue, DatabaseOpenError, StorageError
from metrodesk.services.errors import ServiceError
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.ui.runtime.changes import Changes

PROGRESS_DELAY_MS = 600
#: a read on the UI thread longer than this is logged: the window stood still meanwhile
SLOW_UI_READ_MS = 100

log = logging.getLogger(__name__)
T = TypeVar("T")

ProgressFn = Callable[[int, int], bool]


class WriteJournal(Protocol):
    """Where the journal ends (`mark`) and what was written after a mark (`since`):
    `services.records.changes.ChangeLog`."""

    def mark(self) -> int: ...

    def since(self, mark: int) -> ChangeSet: ...


class Cancelled(Exception):
    """Raised by an operation that stopped because the user pressed Cancel."""


class _Job(QRunnable):
    def __init__(self, op: Op) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._op = op

    def run(self) -> None:
        self._op._work()


class Op(QObject):
    """One call on the worker thread; see the module docstring."""

    _finished = Signal(object, object)  # result, exception
    _progressed = Signal(int, int)

    def __init__(
        self,
        runner: OpRunner,
        fn: Callable[..., Any],
        success: Callable[[Any], object] | None,
        failure: Callable[[BaseException], object] | None,
        label: str | None,
        parent: QObject | None,
        journal: WriteJournal | None = None,
    ) -> None:
        super().__init__(runner)
        self._runner = runner
        self._fn = fn
        #: read before and after `fn` for what it wrote (None: a read, nothing to announce)
        self._journal = journal
        self.changed: ChangeSet | None = None
        self._success = success
        self._failure = failure
        self.label = label
        #: the page, dialog or model that asked: its result is dropped once it is deleted
        self._parent = parent
        self._parent_widget = parent if isinstance(parent, QWidget) else None
        self.cancelled = False
        self.done = False
        self._dialog: QProgressDialog | None = None
        self._last = (0, 0)
        self._job = _Job(self)
        # both signals are emitted on the worker; this object lives on the UI thread, so the
        # slots below run there (queued connections)
        self._finished.connect(self._on_finished)
        self._progressed.connect(self._on_progress)
        if label is not None:
            QTimer.singleShot(PROGRESS_DELAY_MS, self, self._show_progress)

    # --- on the worker thread ---------------------------------------------------------------

    def _work(self) -> None:
        mark = self._mark()
        try:
            result = self._fn(self._report) if self.label is not None else self._fn()
        except BaseException as exc:  # every failure is reported on the UI thread
            self.changed = self._since(mark)
            self._finished.emit(None, exc)
        else:
            self.changed = self._since(mark)
            self._finished.emit(result, None)

    def _mark(self) -> int | None:
        if self._journal is None:
            return None
        try:
            return self._journal.mark()
        except Exception:  # an unreadable journal: the work says why; announce everything
            return None

    def _since(self, mark: int | None) -> ChangeSet | None:
        if self._journal is None:
            return None
        if mark is None:
            return ChangeSet.of_everything()
        try:
            return self._journal.since(mark)
        except Exception:
            return ChangeSet.of_everything()

    def _report(self, done: int, total: int) -> bool:
        self._progressed.emit(done, total)
        return not self.cancelled

    # --- on the UI thread -------------------------------------------------------------------

    def cancel(self) -> None:
        self.cancelled = True
        if self._dialog is not None:
            self._dialog.setLabelText(self.tr("Cancelling…"))

    def _on_progress(self, done: int, total: int) -> None:
        self._last = (done, total)
        if self._dialog is not None:
            self._dialog.setMaximum(max(total, 0))
            self._dialog.setValue(min(done, total) if total > 0 else 0)

    def _show_progress(self) -> None:
        if self.done or self._runner.closed:
            return
        dialog = QProgressDialog(
            self.label or "", self.tr("Cancel"), 0, 0, self._parent_widget, Qt.WindowType.Dialog
        )
        dialog.setObjectName("progressDialog")
        dialog.setWindowTitle(self.label or "")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(360)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._on_progress(*self._last)
        dialog.show()

    def _on_finished(self, result: Any, exc: BaseException | None) -> None:
        self.done = True
        if self._dialog is not None:
            self._dialog.canceled.disconnect(self.cancel)
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._runner._forget(self)
        if self._runner.closed:
            return  # the window is gone: nobody is left to show the result to
        if self.changed:
            # announced even when the dialog that asked is gone: the data changed all the same
            self._runner.announce(self.changed)
        if self._parent is not None and not shiboken6.isValid(self._parent):
            return  # the dialog, page or model that asked was deleted meanwhile
        if exc is None:
            if self._success is not None:
                self._success(result)
        elif self._failure is not None:
            self._failure(exc)
        elif not (self.cancelled and isinstance(exc, ServiceError)):
            report_failure(self._parent_widget, exc)


class OpRunner(QObject):
    """The threads every database call of one window goes through (see the module docstring):
    one worker, so that writes never race each other, a reader beside it, and a counter."""

    def __init__(
        self,
        parent: QObject | None = None,
        changes: Changes | None = None,
        journal: WriteJournal | None = None,
    ) -> None:
        super().__init__(parent)
        #: where the writes' change sets go (views connect to it)
        self.changes = changes if changes is not None else Changes(self)
        self.journal = journal
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._reader = QThreadPool(self)
        self._reader.setMaxThreadCount(1)
        self._counter = QThreadPool(self)
        self._counter.setMaxThreadCount(1)
        self._pending: set[Op] = set()
        self.closed = False
        #: True while the window's data is hidden (locked, or its file being converted): nothing
        #: is announced then, since the views would read a database that refuses them; whoever
        #: set it announces everything when the data shows again
        self.held = False

    def run(
        self,
        fn: Callable[..., Any],
        *,
        success: Callable[[Any], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
        label: str | None = None,
        parent: QObject | None = None,
    ) -> Op:
        """`fn` on the worker, after the calls before it: work that is neither a read nor a
        record's write (files, backups, checks); whatever it writes is announced too."""
        op = Op(self, fn, success, failure, label, parent, self.journal)
        return self._start(self._pool, op)

    def write(
        self,
        fn: Callable[..., Any],
        *,
        success: Callable[[Any], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
        label: str | None = None,
        parent: QObject | None = None,
    ) -> Op:
        """`fn`, which writes, on the worker; its change set is announced on `changes`
        before `success` or `failure` runs."""
        op = Op(self, fn, success, failure, label, parent, self.journal)
        return self._start(self._pool, op)

    def announce(self, changed: ChangeSet) -> None:
        """Tell the views what changed: after each write, and after a change no journal holds
        (a backup restored over the file: `ChangeSet.of_everything()`)."""
        if changed and not self.held:
            self.changes.changed.emit(changed)

    def read(
        self,
        fn: Callable[..., Any],
        *,
        success: Callable[[Any], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
        label: str | None = None,
        parent: QObject | None = None,
    ) -> Op:
        """`fn`, which only reads, on the reader thread: it does not wait for the worker."""
        return self._start(self._reader, Op(self, fn, success, failure, label, parent))

    def count(
        self,
        fn: Callable[[], Any],
        *,
        success: Callable[[Any], object] | None = None,
        failure: Callable[[BaseException], object] | None = None,
        parent: QObject | None = None,
    ) -> Op:
        """`fn`, a read that may take long (a list's count), on the counter thread: the
        reads queued after it on the reader do not wait for it."""
        return self._start(self._counter, Op(self, fn, success, failure, None, parent))

    def read_now(self, fn: Callable[[], T]) -> T:
        """`fn`, a short read, on the UI thread: what a table model must answer at once.
        Raises Cancelled once the window is closing (its database is closed)."""
        if self.closed:
            raise Cancelled
        started = time.perf_counter()
        try:
            return fn()
        finally:
            spent = (time.perf_counter() - started) * 1000
            if spent > SLOW_UI_READ_MS:
                log.warning("a read on the UI thread took %.0f ms (%s)", spent, fn)

    def _start(self, pool: QThreadPool, op: Op) -> Op:
        if self.closed:
            return op
        self._pending.add(op)
        pool.start(op._job)
        return op

    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker, the reader and the counter are idle (tests, shutdown)."""
        pools = (self._pool, self._reader, self._counter)
        return all(pool.waitForDone(msecs) for pool in pools)

    def shutdown(self) -> None:
        """Ask running operations to stop, wait for every thread, and drop their results."""
        self.closed = True
        for op in self._pending:
            op.cancel()
        for pool in (self._pool, self._reader, self._counter):
            pool.waitForDone()

    def _forget(self, op: Op) -> None:
        self._pending.discard(op)
        op.deleteLater()


_SKIPPED = object()


class LatestOnly:
    """As-you-type queries on the reader: only the newest request's result is delivered, and
    requests overtaken while still queued are skipped without touching the database."""

    def __init__(self, runner: OpRunner, context: QWidget) -> None:
        self.runner = runner
        self.context = context
        self._latest = 0

    def run(self, fn: Callable[[], Any], success: Callable[[Any], None]) -> None:
        self._latest += 1
        ticket = self._latest

        def work() -> Any:
            return _SKIPPED if ticket != self._latest else fn()

        def done(result: Any) -> None:
            if ticket == self._latest and result is not _SKIPPED:
                success(result)

        self.runner.read(work, success=done, parent=self.context)


def report_failure(parent: QWidget | None, exc: BaseException) -> None:
    """What happens to a failure nobody handled: a Cancel is quiet, a ServiceError or a storage
    problem is shown with its one-line reason, anything else is a bug for the exception hook."""
    if isinstance(exc, Cancelled):
        return
    if isinstance(exc, ServiceError | StorageError | DamagedValue | DatabaseOpenError):
        # the user's situation (bad input, disk full, a damaged file), said in one line
        show_error(parent, str(exc))
        return
    sys.excepthook(type(exc), exc, exc.__traceback__)


def show_error(parent: QWidget | None, reason: str, title: str | None = None) -> QMessageBox:
    """A warning with a one-line reason; non-blocking, so it never stalls a running operation."""
    box = QMessageBox(parent)
    box.setObjectName("errorDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title or QCoreApplication.translate("MetroDesk", "MetroDesk"))
    box.setText(reason)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
