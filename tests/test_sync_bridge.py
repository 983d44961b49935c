"""A team on a folder and a server at once, bridged by one copy (README, "A team on a folder and
a server"), with real `metrodesk` processes, a real folder and a real PostgreSQL server.

The administrator gives the server the folder team's id (`hub init URL --team-of FOLDER`) and
the bridge's role the team's bridge role; the bridge (`sync --hub FOLDER --hub URL`) relays
each hub's changes to the other under their authors' ids; a folder copy then moves to the
server and loses nothing, nor sends anything twice.
"""

from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from conftest import copy_database
from pg_server import TeamHub
from sync_support import content

from metrodesk.cli import main as cli_main
from metrodesk.services.facade import Services
from metrodesk.services.sync.postgres.relaying import bridge_role_of

SUMMARY = re.compile(r"^sent (\d+) changes, (?:relayed (\d+) changes, )?received (\d+) changes")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=dict(os.environ),
    )


def _sync(db: Path, *hubs: str | Path) -> tuple[int, int, int]:
    """(sent, relayed, received) of `metrodesk sync --db DB --hub H…` in a process of its own."""
    done = _run("sync", "--db", db, *(a for h in hubs for a in ("--hub", h)))
    assert done.returncode == 0, done.stderr
    match = SUMMARY.match(done.stdout.strip().splitlines()[-1])
    assert match, done.stdout
    return int(match[1]), int(match[2] or 0), int(match[3])


def _edit(db: Path, family: str, field: str, value: str) -> None:
    svc = Services.open(db)
    try:
        (hit,) = list(svc.search.find(family, kinds=("contact",)))
        svc.records.update("contact", hit.id, {field: value})
    finally:
        svc.close()


def _device(db: Path) -> uuid.UUID:
    svc = Services.open(db)
    try:
        return uuid.UUID(svc.db.device)
    finally:
        svc.close()


def _server_rows(team: TeamHub, query: str, *params: object) -> list[tuple]:
    with team.server.admin(team.dbname) as conn:
        return conn.execute(query, params).fetchall()


def _no_action_twice(team: TeamHub, folder: Path) -> None:
    """Neither hub holds one action of a copy in two change sets."""
    ranges = _server_rows(
        team, "SELECT device, first_action, last_action FROM metrodesk.change_set"
    )
    for device in {d for d, _f, _l in ranges}:
        held = sorted((f, last) for d, f, last in ranges if d == device)
        assert all(a[1] < b[0] for a, b in itertools.pairwise(held)), held
    for device_folder in (folder / "changes").iterdir():
        names = sorted(p.name for p in device_folder.iterdir() if p.suffix == ".mdc")
        spans = [tuple(int(n) for n in name[:21].split("-")) for name in names]
        assert all(a[1] < b[0] for a, b in itertools.pairwise(spans)), names


def test_a_team_on_a_folder_and_a_server_bridged_by_one_copy(
    tmp_path, sample_path, team_hub: TeamHub, capsys
):
    folder = tmp_path / "team-folder"
    folder.mkdir()
    desk, bridge, laptop = (tmp_path / f"{n}.sqlite" for n in ("desk", "bridge", "laptop"))
    copy_database(sample_path, desk)
    desk.chmod(0o600)
    assert _sync(desk, folder)[0] == 1  # the folder team, as it was
    # the administrator: the server joins the folder's team; the bridge's role may relay
    done = _run("hub", "init", team_hub.url(team_hub.owner), "--team-of", folder)
    assert done.returncode == 0, done.stderr
    assert "--hub" in done.stdout and bridge_role_of(team_hub.prepared.member_role) in done.stdout
    again = _run("hub", "init", team_hub.url(team_hub.owner), "--team-of", folder)
    assert again.returncode == 0, again.stderr  # idempotent
    team_hub.grant(team_hub.alice, bridge_role_of(team_hub.prepared.member_role))

    server = team_hub.url(team_hub.alice)
    assert _sync(bridge, folder, server)[1:] == (1, 1)  # joined from the folder, relayed
    assert _sync(laptop, team_hub.url(team_hub.bob)) == (0, 0, 1)  # joins from the server
    assert content(laptop) == content(desk)

    _edit(desk, "Bickart", "job_title", "Written on the folder")
    _edit(laptop, "Bickart", "city", "Written on the server")
    assert _sync(desk)[0] == 1
    assert _sync(laptop)[0] == 1
    assert _sync(bridge)[1:] == (2, 2)  # remembered: both hubs, each relayed the other's
    _sync(desk)
    _sync(laptop)
    assert content(desk) == content(laptop) == content(bridge)
    assert {r["job_title"] for r in content(laptop)["contact"]} >= {"Written on the folder"}

    # the server records who sent each change set: the bridge's role relayed the folder's
    authors = dict(
        _server_rows(team_hub, "SELECT device, author FROM metrodesk.change_set ORDER BY seq")
    )
    assert authors[_device(desk)] == team_hub.alice
    assert authors[_device(laptop)] == team_hub.bob

    # the folder copy moves to the server: accepted (same team), nothing lost or twice
    _edit(desk, "Bickart", "notes", "Written before the move, sent to the folder only")
    _sync(desk)
    _edit(desk, "Bickart", "job_title", "Written after the move")
    carol = team_hub.member("carol")
    sent, _relayed, _received = _sync(desk, team_hub.url(carol))
    assert sent == 2  # the server lacked both: the bridge had not run since
    owner = _server_rows(
        team_hub, "SELECT author FROM metrodesk.device WHERE device = %s", _device(desk)
    )
    assert owner == [(carol,)]  # the copy took its id over from the bridge's relay
    _sync(bridge)
    _sync(laptop)
    _sync(bridge)
    _sync(desk)
    first = content(desk)
    assert content(laptop) == first and content(bridge) == first
    assert {r["job_title"] for r in first["contact"]} >= {"Written after the move"}
    _no_action_twice(team_hub, folder)


def _refused(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    assert cli_main([str(a) for a in args]) != 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_a_server_of_another_team_and_two_hubs_of_two_teams_are_refused(
    tmp_path, sample_path, pg_server, team_hub: TeamHub, capsys
):
    folder, other = tmp_path / "team-folder", tmp_path / "other-folder"
    folder.mkdir()
    other.mkdir()
    desk, stranger = tmp_path / "desk.sqlite", tmp_path / "stranger.sqlite"
    for db in (desk, stranger):
        copy_database(sample_path, db)
        db.chmod(0o600)
    assert cli_main(["sync", "--db", str(desk), "--hub", str(folder)]) == 0
    assert cli_main(["sync", "--db", str(stranger), "--hub", str(other)]) == 0
    assert cli_main(["sync", "--db", str(stranger), "--hub", team_hub.url(team_hub.alice)]) != 0
    capsys.readouterr()
    # a server whose team started there (a copy synced with it first) joins no folder team
    started = TeamHub(pg_server)
    fresh = tmp_path / "fresh.sqlite"
    copy_database(sample_path, fresh)
    fresh.chmod(0o600)
    assert cli_main(["sync", "--db", str(fresh), "--hub", started.url(started.alice)]) == 0
    capsys.readouterr()
    before = _server_rows(started, "SELECT id FROM metrodesk.team")
    line = _refused(capsys, "hub", "init", started.url(started.owner), "--team-of", folder)
    assert "another team" in line and "nothing was changed" in line
    assert _server_rows(started, "SELECT id FROM metrodesk.team") == before
    line = _refused(capsys, "hub", "init", started.url(started.owner), "--team-of", tmp_path)
    assert "--team-of" in line
    # a bridge between two folders of two teams: nothing changed on either, nor on the copy
    files = {p: p.read_bytes() for p in (*folder.rglob("*"), *other.rglob("*")) if p.is_file()}
    before_copy = content(desk)
    line = _refused(capsys, "sync", "--db", desk, "--hub", folder, "--hub", other)
    assert "do not all hold this copy's team" in line and "nothing was changed" in line
    line = _refused(
        capsys, "sync", "--db", desk, "--hub", folder, "--hub", started.url(started.bob)
    )
    assert "do not all hold this copy's team" in line
    assert {p: p.read_bytes() for p in files} == files and content(desk) == before_copy
    # a server that holds no team yet
    empty = TeamHub(pg_server)
    line = _refused(capsys, "sync", "--db", desk, "--hub", folder, "--hub", empty.url(empty.bob))
    assert "holds no team yet" in line and "--team-of" in line


def test_a_bridge_without_the_bridge_role_is_refused_in_one_line(
    tmp_path, sample_path, team_hub: TeamHub, capsys
):
    folder = tmp_path / "team-folder"
    folder.mkdir()
    desk, bridge = tmp_path / "desk.sqlite", tmp_path / "bridge.sqlite"
    copy_database(sample_path, desk)
    desk.chmod(0o600)
    assert cli_main(["sync", "--db", str(desk), "--hub", str(folder)]) == 0
    assert cli_main(["hub", "init", team_hub.url(team_hub.owner), "--team-of", str(folder)]) == 0
    capsys.readouterr()
    line = _refused(
        capsys, "sync", "--db", bridge, "--hub", folder, "--hub", team_hub.url(team_hub.bob)
    )
    assert "bridge role" in line
    rows = _server_rows(team_hub, "SELECT count(*) FROM metrodesk.change_set")
    assert rows == [(0,)]
