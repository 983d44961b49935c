"""The team server's disk fills up while copies send (issue 13, "Failures").

The hub's tables sit on a small file system of their own (`pg_small_disk.py`): copies keep
sending until PostgreSQL itself refuses to extend a table (SQLSTATE 53100, "No space left on
device" in the server's log). Then: `metrodesk sync` says so in one line; each copy's data is
as it was and the copy goes on working offline; the hub holds only whole change sets, each of
them once; once the administrator gives the volume room, the next syncs complete and the
copies converge.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from conftest import copy_database
from pg_server import TeamHub
from pg_small_disk import MB, fill_round
from sync_support import content

from metrodesk.cli import main as cli_main
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database
from metrodesk.services.sync.state import state_of

#: room left on the hub's volume once the copies have joined; rounds of sending fill it
HEADROOM = 768 * 1024
#: each round a copy adds this many organisations with notes that do not compress
ACTIONS_PER_ROUND = 6
#: a bound, so that a disk that never fills fails the test instead of running on
MAX_ROUNDS = 60


def _work(path: Path, round_: int) -> None:
    svc = Services.open(path)
    try:
        fill_round(svc, path.stem, round_, ACTIONS_PER_ROUND)
    finally:
        svc.close()


def _sync(capsys: pytest.CaptureFixture[str], db: Path, *extra: str) -> tuple[int, list[str]]:
    """`metrodesk sync` (in this process: the contract's output is the same): (exit code,
    the lines it wrote on stderr)."""
    code = cli_main(["sync", "--db", str(db), *extra])
    return code, capsys.readouterr().err.strip().splitlines()


def _hub_ranges(team: TeamHub) -> dict[uuid.UUID, list[tuple[int, int]]]:
    with team.server.admin(team.dbname) as conn:
        rows = conn.execute(
            "SELECT device, first_action, last_action FROM metrodesk.change_set "
            "ORDER BY device, first_action"
        ).fetchall()
    ranges: dict[uuid.UUID, list[tuple[int, int]]] = {}
    for device, first, last in rows:
        ranges.setdefault(device, []).append((int(first), int(last)))
    return ranges


def _assert_whole(team: TeamHub, pushed: dict[Path, int], copies: list[Path]) -> None:
    """Each copy's actions 1..what it recorded as sent, each in exactly one change set, and
    nothing beyond; every snapshot with all its chunks."""
    ranges = _hub_ranges(team)
    for path in copies:
        device = _device(path)
        held = sorted(n for first, last in ranges.get(device, []) for n in range(first, last + 1))
        assert held == list(range(1, pushed[path] + 1)), path.name
    with team.server.admin(team.dbname) as conn:
        partial = conn.execute(
            "SELECT count(*) FROM metrodesk.snapshot s WHERE s.chunks <> "
            "(SELECT count(*) FROM metrodesk.snapshot_chunk c WHERE c.snapshot = s.key)"
        ).fetchone()
    assert partial == (0,)


def _device(path: Path) -> uuid.UUID:
    svc = Services.open(path)
    try:
        return uuid.UUID(svc.db.device)
    finally:
        svc.close()


def _pushed(path: Path) -> int:
    svc = Services.open(path)
    try:
        with svc.db.engine.connect() as conn:
            return state_of(conn).pushed
    finally:
        svc.close()


def test_a_full_disk_on_the_server_is_one_line_and_the_next_sync_completes(
    tmp_path, sample_path, small_disk_team, capsys
):
    team, disk = small_disk_team
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    copy_database(sample_path, a)
    a.chmod(0o600)
    assert _sync(capsys, a, "--hub", team.url(team.alice), "--name", "Barcelona")[0] == 0
    assert _sync(capsys, b, "--hub", team.url(team.bob), "--name", "Seoul")[0] == 0
    disk.resize(disk.used() + HEADROOM)  # the volume nearly full

    refusal: list[str] = []
    for round_ in range(MAX_ROUNDS):
        _work(a, round_)
        before = content(a)
        code, lines = _sync(capsys, a)
        if code != 0:
            refusal = lines
            break
    assert refusal, f"the hub's volume never filled in {MAX_ROUNDS} rounds"
    assert len(refusal) == 1 and "out of space" in refusal[0], refusal
    assert "No space left on device" in team.server.log.read_text()
    assert content(a) == before  # the local copy as it was
    assert check_database(a).ok

    _work(b, 0)  # the colleague goes on working; the full hub refuses them too, in one line
    b_before = content(b)
    code, lines = _sync(capsys, b)
    assert code != 0 and len(lines) == 1 and "out of space" in lines[0], lines
    assert content(b) == b_before and check_database(b).ok
    _work(a, MAX_ROUNDS)  # usable offline: work goes on and is kept
    assert len(content(a)["organisation"]) == len(before["organisation"]) + ACTIONS_PER_ROUND
    _assert_whole(team, {a: _pushed(a), b: _pushed(b)}, [a, b])

    disk.resize(disk.used() + 64 * MB)  # the administrator gives the volume room
    for db in (a, b, a):
        code, lines = _sync(capsys, db)
        assert code == 0, lines
    assert content(a) == content(b)
    sent = {a: _pushed(a), b: _pushed(b)}
    assert sent[b] >= 1 and sent[a] > sent[b]
    _assert_whole(team, sent, [a, b])
    print(f"disk full on the hub after {round_ + 1} rounds of sending")
