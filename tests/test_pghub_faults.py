"""The PostgreSQL hub under load and under faults, against real servers the tests start.

- Ten processes, each a copy signing in as a role of its own, sync at once, each sending what
  its colleague did since the last round, round after round: every copy ends identical and
  the hub holds each action once (no change set overlaps another of its copy).
- The server is killed (`pg_ctl stop -m immediate`) or every connection to it cut
  (`pg_terminate_backend`) while copies send and receive: each failed sync is one sentence,
  leaves a sound database, and the next sync completes; every copy then converges.

CI runs 10 processes x 2 rounds x 40 actions and 8 faults; METRODESK_PG_ROUNDS,
METRODESK_PG_ACTIONS and METRODESK_PG_FAULTS run the issue's sizes (README: Working as a
team).
"""

from __future__ import annotations

import multiprocessing
import os
import random
import threading
import time
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from conftest import copy_database
from pg_server import PostgresServer, TeamHub
from sync_support import content

from metrodesk.data.models import Organisation
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database
from metrodesk.services.sync.engine import SyncError

PROCESSES = 10
ROUNDS = int(os.environ.get("METRODESK_PG_ROUNDS", "2"))
ACTIONS = int(os.environ.get("METRODESK_PG_ACTIONS", "40"))
FAULTS = int(os.environ.get("METRODESK_PG_FAULTS", "8"))
CTX = multiprocessing.get_context("fork")


def _work(path: Path, trial: int, actions: int) -> None:
    """A colleague's work between syncs: `actions` separate actions, one organisation each."""
    svc = Services.open(path)
    try:
        for i in range(actions):
            with svc.db.action(f"New organisation {trial}-{i}") as s:
                s.add(Organisation(name=f"{path.stem} {trial}-{i}"))
    finally:
        svc.close()


def _sync_child(path: str, hub: str, name: str, result: str) -> None:
    try:
        svc = Services.open(path)
        try:
            svc.sync.run(hub, name)
        finally:
            svc.close()
        Path(result).write_text("ok")
    except BaseException as exc:
        Path(result).write_text(f"{type(exc).__name__}: {exc}")
    os._exit(0)


def _sync_all_at_once(copies: dict[Path, str], folder: Path) -> None:
    procs = []
    for i, (path, hub) in enumerate(copies.items()):
        result = folder / f"result-{i}.txt"
        result.unlink(missing_ok=True)
        proc = CTX.Process(target=_sync_child, args=(str(path), hub, path.stem, str(result)))
        proc.start()
        procs.append((proc, result))
    for proc, result in procs:
        proc.join()
        assert result.read_text() == "ok"


def _assert_each_action_once(server: PostgresServer, dbname: str, per_device: int) -> None:
    """Each copy's actions 1..per_device on the hub, each in exactly one change set."""
    with server.admin(dbname) as conn:
        rows = conn.execute(
            "SELECT device, first_action, last_action FROM metrodesk.change_set "
            "ORDER BY device, first_action"
        ).fetchall()
    ranges: dict[object, list[tuple[int, int]]] = defaultdict(list)
    for device, first, last in rows:
        ranges[device].append((first, last))
    assert len(ranges) == PROCESSES
    for held in ranges.values():
        numbers = sorted(n for first, last in held for n in range(first, last + 1))
        assert numbers == list(range(1, per_device + 1))


def test_ten_processes_syncing_at_once_lose_and_duplicate_nothing(
    tmp_path, empty_template, team_hub: TeamHub
):
    copies: dict[Path, str] = {}
    for i in range(PROCESSES):
        path = tmp_path / f"copy{i:02d}.sqlite"
        copy_database(empty_template, path)
        path.chmod(0o600)
        copies[path] = team_hub.url(team_hub.member(f"staff{i}"))
    for trial in range(ROUNDS):
        for path in copies:
            _work(path, trial, ACTIONS)
        _sync_all_at_once(copies, tmp_path)
    for _ in range(2):  # nothing new: each takes in what the last round's others sent
        _sync_all_at_once(copies, tmp_path)
    first, *others = (content(path) for path in copies)
    assert all(other == first for other in others)
    assert len(first["organisation"]) == PROCESSES * ROUNDS * ACTIONS
    _assert_each_action_once(team_hub.server, team_hub.dbname, ROUNDS * ACTIONS)


@pytest.fixture
def own_server(monkeypatch):
    """A server of this test's own, to be killed without disturbing the others' tests."""
    server = PostgresServer()
    try:
        server.create()
        server.start()
        server.watch(os.getpid())
        monkeypatch.setenv("PGPASSFILE", str(server.passfile))
        yield server
    finally:
        server.remove()


class Fault:
    """After `delay` seconds: the server killed (and started again once the sync is over), or
    every MetroDesk connection cut."""

    def __init__(self, server: PostgresServer, kill: bool, delay: float) -> None:
        self.server, self.kill = server, kill
        self.timer = threading.Timer(delay, self._strike)

    def _strike(self) -> None:
        if self.kill:
            self.server.stop("immediate")
            return
        with self.server.admin() as conn:
            conn.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE application_name = 'MetroDesk'"
            )

    def __enter__(self) -> Fault:
        self.timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.timer.cancel()
        self.timer.join()
        if not self.server.running():
            self.server.start()
        self.server.wait_until_accepting()


def test_servers_killed_and_connections_cut_mid_sync_are_completed_by_the_next(
    tmp_path, empty_template, own_server: PostgresServer
):
    team = TeamHub(own_server)
    hubs = {"A": team.url(team.alice), "B": team.url(team.bob)}
    paths = {}
    for name in hubs:
        paths[name] = tmp_path / f"{name}.sqlite"
        copy_database(empty_template, paths[name])
        paths[name].chmod(0o600)
    rng = random.Random(20261203)
    where: Counter[str] = Counter()
    span = 0.0
    step = ["Starting"]

    def progress(what: str, _done: int, _total: int) -> bool:
        step[0] = what
        return True

    for trial in range(FAULTS + 1):
        name = "AB"[trial % 2]
        _work(paths[name], trial, 30)
        step[0] = "Starting"

        svc = Services.open(paths[name])
        started = time.monotonic()
        try:
            if not span:  # the first is measured, not struck
                svc.sync.run(hubs[name], name, progress)
                span = time.monotonic() - started
                continue
            with Fault(own_server, kill=trial % 3 != 0, delay=rng.uniform(0, 0.6 * span)):
                try:
                    svc.sync.run(hubs[name], name, progress)
                    where["finished before the fault"] += 1
                except SyncError as exc:
                    assert "\n" not in str(exc) and "team server" in str(exc)
                    where[step[0]] += 1
        finally:
            svc.close()
        assert check_database(paths[name]).ok
    for _ in range(2):
        for name, path in paths.items():
            svc = Services.open(path)
            try:
                svc.sync.run(hubs[name], name)
            finally:
                svc.close()
    assert content(paths["A"]) == content(paths["B"])
    assert len(content(paths["A"])["organisation"]) == (FAULTS + 1) * 30  # none lost or twice
    print(f"PostgreSQL hub faults: {FAULTS}, struck during: {dict(where)}")
