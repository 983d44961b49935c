"""Background operations: work on the worker thread, results and failures on the UI thread."""

from __future__ import annotations

import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget

from metrodesk.services.errors import ServiceError
from metrodesk.ui.runtime.ops import PROGRESS_DELAY_MS, Cancelled, LatestOnly, OpRunner


@pytest.fixture
def runner(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OpRunner(parent)
    yield runner
    runner.shutdown()


def test_work_runs_on_the_worker_and_success_on_the_ui_thread(qtbot, runner, services):
    threads = {}

    def work():
        threads["work"] = threading.current_thread()
        return services.records.create("organisation", {"name": "UCLG"})

    def success(record_id):
        threads["success"] = threading.current_thread()
        threads["id"] = record_id

    runner.run(work, success=success)
    qtbot.waitUntil(lambda: "success" in threads)
    assert threads["work"] is not threading.main_thread()
    assert threads["success"] is threading.main_thread()
    assert services.records.get("organisation", threads["id"])["name"] == "UCLG"
    assert not runner.busy()


def test_a_service_error_is_shown_with_its_reason(qtbot, runner):
    parent = runner.parent()

    def work():
        raise ServiceError("this database already holds the sample data")

    runner.run(work, parent=parent)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "errorDialog") is not None)
    box = parent.findChild(QMessageBox, "errorDialog")
    assert box.text() == "this database already holds the sample data"
    box.close()


def test_a_full_disk_is_shown_in_one_line_not_as_a_crash(qtbot, runner, services):
    parent = runner.parent()
    services.db.engine.dispose()

    def work():
        # SQLite's own "database or disk is full", on a database capped at its current size
        with services.db.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
        services.db.engine.pool.dispose()

        from sqlalchemy import event

        def cap(dbapi_conn, _record):
            dbapi_conn.execute(f"PRAGMA max_page_count={pages}")

        event.listen(services.db.engine, "connect", cap)
        try:
            for i in range(200):
                services.records.create("organisation", {"name": f"Org {i} " + "x" * 4000})
        finally:
            event.remove(services.db.engine, "connect", cap)
            services.db.engine.dispose()

    runner.run(work, parent=parent)
    qtbot.waitUntil(lambda: parent.findChild(QMessageBox, "errorDialog") is not None)
    box = parent.findChild(QMessageBox, "errorDialog")
    assert box.text().startswith("The change was not saved")
    assert "\n" not in box.text()
    box.close()


def test_failure_callback_gets_the_exception(qtbot, runner):
    seen = []
    runner.run(lambda: 1 / 0, failure=seen.append)
    qtbot.waitUntil(lambda: bool(seen))
    assert isinstance(seen[0], ZeroDivisionError)


def test_an_unexpected_error_reaches_the_exception_hook(qtbot, runner):
    with qtbot.captureExceptions() as caught:
        runner.run(lambda: 1 / 0)
        qtbot.waitUntil(lambda: bool(caught))
    assert caught[0][0] is ZeroDivisionError


def test_long_work_shows_progress_after_a_delay_and_can_be_cancelled(qtbot, runner):
    parent = runner.parent()
    started = threading.Event()
    outcome = []

    def work(progress):
        started.set()
        done = 0
        while progress(done, 100):
            done = min(done + 1, 99)
            threading.Event().wait(0.01)
        raise Cancelled()

    op = runner.run(
        work, failure=outcome.append, success=outcome.append, label="Working…", parent=parent
    )
    assert started.wait(5)
    # no dialog for work that may be quick
    assert parent.findChild(QProgressDialog) is None
    qtbot.waitUntil(lambda: parent.findChild(QProgressDialog, "progressDialog") is not None)
    dialog = parent.findChild(QProgressDialog, "progressDialog")
    assert dialog.labelText() == "Working…"
    qtbot.waitUntil(lambda: dialog.value() > 0)
    cancel = dialog.findChild(QPushButton)
    assert cancel.text() == "Cancel"
    cancel.click()
    qtbot.waitUntil(lambda: bool(outcome))
    assert op.cancelled and isinstance(outcome[0], Cancelled)
    assert PROGRESS_DELAY_MS >= 500


def test_shutdown_waits_for_the_worker_and_drops_late_results(qtbot, runner):
    results = []
    gate = threading.Event()
    runner.run(lambda: gate.wait(5), success=results.append)
    gate.set()
    runner.shutdown()
    assert runner.wait(0)
    qtbot.wait(50)
    assert results == []


def test_as_you_type_queries_deliver_only_the_newest(qtbot, runner):
    gate = threading.Event()
    runner.read(lambda: gate.wait(5))  # the reader is busy while the user types on
    queries = LatestOnly(runner, runner.parent())
    ran, delivered = [], []
    for text in ("k", "ki", "kim"):
        queries.run(lambda text=text: ran.append(text) or text, delivered.append)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy())
    assert ran == ["kim"]
    assert delivered == ["kim"]


def test_a_read_does_not_wait_for_a_long_write(qtbot, runner, services):
    # given the worker busy with a long write (an import, say)
    gate = threading.Event()
    runner.run(lambda: gate.wait(10))
    # when the list is read meanwhile, it answers on the reader thread before the write ends
    counted = []
    runner.read(lambda: services.lists.count("contact"), success=counted.append)
    qtbot.waitUntil(lambda: counted == [0])
    assert runner.busy() and not gate.is_set()
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy())


def test_read_now_answers_on_the_ui_thread_and_not_once_closed(qtbot, runner, services):
    threads = []

    def read():
        threads.append(threading.current_thread())
        return services.lists.count("contact")

    assert runner.read_now(read) == 0
    assert threads == [threading.main_thread()]
    runner.shutdown()
    with pytest.raises(Cancelled):
        runner.read_now(read)
    assert len(threads) == 1


def test_shutdown_waits_for_the_reader_too(qtbot, runner):
    gate, results = threading.Event(), []
    runner.read(lambda: gate.wait(5) and "read", success=results.append)
    gate.set()
    runner.shutdown()
    assert runner.wait(0)
    qtbot.wait(50)
    assert results == []


def test_a_write_announces_what_it_changed_before_its_success(qtbot, services):
    parent = QWidget()
    qtbot.addWidget(parent)
    runner = OpRunner(parent, journal=services.change_log)
    heard, order = [], []
    runner.changes.changed.connect(lambda changed: (heard.append(changed), order.append("told")))
    runner.write(
        lambda: services.records.create("organisation", {"name": "UCLG"}),
        success=lambda _id: order.append("success"),
    )
    qtbot.waitUntil(lambda: order == ["told", "success"])
    (changed,) = heard
    assert changed.touches("organisation") and changed.record("organisation") is not None

    # a read announces nothing; a write that changes nothing neither
    runner.read(lambda: services.lists.count("organisation"), success=order.append)
    runner.write(lambda: None, success=order.append)
    qtbot.waitUntil(lambda: len(order) == 4)
    assert len(heard) == 1

    # a write that fails after committing part of its work announces that part
    def half() -> None:
        services.records.create("organisation", {"name": "Metropolis"})
        raise ServiceError("the second step was refused")

    runner.write(half, failure=lambda exc: order.append("failed"))
    qtbot.waitUntil(lambda: order[-1] == "failed")
    assert len(heard) == 2 and heard[1].touches("organisation")
    runner.shutdown()


def test_results_for_a_closed_widget_are_dropped(qtbot, runner):
    asker = QWidget()
    gate = threading.Event()
    delivered = []
    runner.run(lambda: gate.wait(5), success=delivered.append, parent=asker)
    asker.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(asker))
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy())
    assert delivered == []
