"""A team meets on one hub, a folder or a server: a copy pointed at the other one.

What is supported (README, "A team server"): a new team starts on a server from a copy that
has never synced; a team already meeting in a folder cannot move to a server (nor the other
way) yet. These tests show what happens when someone tries, with real folders and a real
server: `metrodesk sync` says why in one line, nothing changes on the copy, on the folder or
on the server, and the copy's waiting work still reaches its own team by the next sync.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import copy_database
from pg_server import TeamHub
from sync_support import content

from metrodesk.cli import main as cli_main
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database


def _sync(capsys: pytest.CaptureFixture[str], db: Path, *hub: str) -> None:
    assert cli_main(["sync", "--db", str(db), *hub]) == 0, capsys.readouterr().err
    capsys.readouterr()


def _refused(capsys: pytest.CaptureFixture[str], db: Path, hub: str) -> str:
    """`metrodesk sync --db DB --hub HUB` refused in one line; the copy unchanged."""
    before = content(db)
    assert cli_main(["sync", "--db", str(db), "--hub", hub]) != 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert content(db) == before
    assert check_database(db).ok
    return lines[0]


def _edit(db: Path, family: str, title: str) -> None:
    svc = Services.open(db)
    try:
        (hit,) = list(svc.search.find(family, kinds=("contact",)))
        svc.records.update("contact", hit.id, {"job_title": title})
    finally:
        svc.close()


def _titles(db: Path) -> set[str]:
    return {row["job_title"] for row in content(db)["contact"]}


def _hub_rows(team: TeamHub) -> tuple[int, int]:
    """(teams, change sets) the server's hub holds."""
    with team.server.admin(team.dbname) as conn:
        row = conn.execute(
            "SELECT (SELECT count(*) FROM metrodesk.team), "
            "(SELECT count(*) FROM metrodesk.change_set)"
        ).fetchone()
    assert row is not None
    return int(row[0]), int(row[1])


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.fixture
def two_teams(tmp_path, sample_path, team_hub: TeamHub, capsys):
    """Team 1 in a folder (copies a, b), team 2 on the server (copies c, d)."""
    folder = tmp_path / "team-folder"
    folder.mkdir()
    a, b, c, d = (tmp_path / f"{n}.sqlite" for n in "abcd")
    for db in (a, c):
        copy_database(sample_path, db)
        db.chmod(0o600)
    _sync(capsys, a, "--hub", str(folder), "--name", "Folder desk")
    _sync(capsys, b, "--hub", str(folder), "--name", "Folder laptop")
    _sync(capsys, c, "--hub", team_hub.url(team_hub.alice), "--name", "Server desk")
    _sync(capsys, d, "--hub", team_hub.url(team_hub.bob), "--name", "Server laptop")
    return folder, (a, b, c, d)


def test_a_folder_copy_pointed_at_a_server_is_refused_and_its_work_reaches_its_team(
    pg_server, team_hub, two_teams, capsys
):
    _folder, (a, b, _c, _d) = two_teams
    _edit(a, "Bickart", "Written before trying the server")
    fresh = TeamHub(pg_server)  # a server prepared for the team, holding no team yet
    line = _refused(capsys, a, fresh.url(fresh.alice))
    assert "already syncs with another team's hub" in line and "nothing was changed" in line
    assert _hub_rows(fresh) == (0, 0)
    held = _hub_rows(team_hub)
    line = _refused(capsys, a, team_hub.url(team_hub.alice))  # another team's server
    assert "belongs to another team" in line and "nothing was changed" in line
    assert _hub_rows(team_hub) == held
    _sync(capsys, a)  # the folder it still syncs with: nothing waiting was lost
    _sync(capsys, b)
    assert "Written before trying the server" in _titles(b)
    assert content(a) == content(b)


def test_a_server_copy_pointed_at_a_folder_is_refused_and_its_work_reaches_its_team(
    tmp_path, team_hub, two_teams, capsys
):
    folder, (_a, _b, c, d) = two_teams
    _edit(c, "Bickart", "Written before trying the folder")
    files = _files(folder)
    line = _refused(capsys, c, str(folder))
    assert "belongs to another team" in line and "nothing was changed" in line
    empty = tmp_path / "new-team-folder"
    empty.mkdir()
    line = _refused(capsys, c, str(empty))
    assert "nothing was changed" in line
    assert _files(folder) == files and not any(empty.iterdir())
    _sync(capsys, c)  # the server it still syncs with
    _sync(capsys, d)
    assert "Written before trying the folder" in _titles(d)
    assert content(c) == content(d)
