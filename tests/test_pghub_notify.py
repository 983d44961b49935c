"""LISTEN/NOTIFY on a real server: a copy online hears of another copy's changes at once, not
of its own, hears again after the server restarted, and stops cleanly."""

from __future__ import annotations

import threading
import uuid

import pytest
from pg_server import TeamHub

from metrodesk.services.sync.postgres import notify
from metrodesk.services.sync.postgres.address import parse_address
from metrodesk.services.sync.postgres.notify import HubWatcher

#: a bound on waiting so a broken watcher fails the test instead of hanging it
PATIENCE = 60


class Heard:
    def __init__(self) -> None:
        self.calls = 0
        self._cond = threading.Condition()

    def __call__(self) -> None:
        with self._cond:
            self.calls += 1
            self._cond.notify_all()

    def wait_for(self, calls: int) -> int:
        with self._cond:
            self._cond.wait_for(lambda: self.calls >= calls, timeout=PATIENCE)
            return self.calls


def _push(team: TeamHub, role: str, device: uuid.UUID, first: int) -> None:
    with team.connect(role) as conn:
        conn.execute(
            "INSERT INTO metrodesk.device (device) VALUES (%s) ON CONFLICT DO NOTHING", (device,)
        )
        conn.execute(
            "INSERT INTO metrodesk.change_set (device, first_action, last_action, "
            "schema_revision, format, payload) VALUES (%s, %s, %s, '0006', 1, 'x')",
            (device, first, first),
        )


@pytest.fixture
def watching(team_hub: TeamHub):
    mine = uuid.uuid4()
    heard = Heard()
    watcher = HubWatcher(parse_address(team_hub.url(team_hub.alice)), None, lambda: mine, heard)
    watcher.start()
    yield team_hub, mine, heard, watcher
    watcher.stop()


def test_another_copys_changes_are_heard_and_this_copys_own_are_not(watching):
    team, mine, heard, _watcher = watching
    assert heard.wait_for(1) == 1  # on connecting: whatever came while nobody listened
    _push(team, team.alice, mine, 1)  # this copy's own push: nothing to fetch
    _push(team, team.bob, uuid.uuid4(), 1)
    assert heard.wait_for(2) == 2
    # a burst of pushes is one call, or a few: never one per change set
    other = uuid.uuid4()
    for n in range(1, 21):
        _push(team, team.bob, other, n)
    calls = heard.wait_for(3)
    assert 3 <= calls < 3 + 20


def test_the_watch_comes_back_after_the_server_restarted(watching, monkeypatch):
    monkeypatch.setattr(notify, "RETRY_FIRST", 0.2)
    team, _mine, heard, watcher = watching
    assert heard.wait_for(1) == 1
    team.server.stop("immediate")
    team.server.start()
    # reconnected: told at once, as changes may have come while it was away
    assert heard.wait_for(2) == 2
    assert watcher.listening
    _push(team, team.bob, uuid.uuid4(), 1)
    assert heard.wait_for(3) == 3


def test_a_stopped_watch_ends_its_thread_and_connection(watching):
    team, _mine, heard, watcher = watching
    heard.wait_for(1)
    thread = watcher._thread
    watcher.stop()
    assert thread is not None and not thread.is_alive()
    with team.server.admin(team.dbname) as conn:
        listening = conn.execute(
            "SELECT count(*) FROM pg_stat_activity WHERE usename = %s AND datname = %s",
            (team.alice, team.dbname),
        ).fetchone()
    assert listening == (0,)
