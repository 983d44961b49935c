"""Team sync through a real PostgreSQL server: three `metrodesk` processes converge, each
person signing in as a role of their own; bad addresses, wrong passwords, a server that is
down, a database that is not a hub and a hub of a newer MetroDesk each say why in one line
and change nothing; a password given to libpq is in no output, log or database file."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import copy_database
from pg_server import PostgresServer, TeamHub
from sync_support import content

from metrodesk.cli import main as cli_main
from metrodesk.services.facade import Services

SUMMARY = re.compile(r"^sent (\d+) changes, received (\d+) changes, (\d+) conflicts$")


def _run(*args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )


def _sync(db: Path, *extra: str | Path) -> tuple[int, int, int]:
    done = _run("sync", "--db", db, *extra)
    assert done.returncode == 0, done.stderr
    match = SUMMARY.match(done.stdout.strip().splitlines()[-1])
    assert match, done.stdout
    return int(match[1]), int(match[2]), int(match[3])


def _refusal(capsys: pytest.CaptureFixture[str], *args: str | Path) -> str:
    """`metrodesk ARGS` (in this process: the contract's output is the same) refused in one
    line, never a traceback."""
    assert cli_main([str(a) for a in args]) != 0
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def _edit_contact(db: Path, family: str, field: str, value: str) -> None:
    svc = Services.open(db)
    try:
        (hit,) = list(svc.search.find(family, kinds=("contact",)))
        svc.records.update("contact", hit.id, {field: value})
    finally:
        svc.close()


def test_three_processes_converge_through_a_postgresql_server(
    tmp_path, sample_path, team_hub: TeamHub
):
    carol = team_hub.member("carol")
    a, b, c = (tmp_path / f"{n}.sqlite" for n in "abc")
    copy_database(sample_path, a)
    a.chmod(0o600)
    assert _sync(a, "--hub", team_hub.url(team_hub.alice), "--name", "Barcelona desk")[0] == 1
    assert _sync(b, "--hub", team_hub.url(team_hub.bob), "--name", "Seoul laptop") == (0, 1, 0)
    assert _sync(
        c, "--hub", team_hub.server.tls_url(carol, team_hub.dbname), "--name", "Paris office"
    )[:2] == (0, 1)
    _edit_contact(a, "Bickart", "job_title", "Director of training")
    _edit_contact(b, "Bickart", "job_title", "Training manager (acting)")
    _edit_contact(c, "Bickart", "city", "Seoul")
    for db in (a, b, c, a, b):  # the address was remembered
        _sync(db)
    lines = {_run("conflicts", "--db", db).stdout for db in (a, b, c)}
    (line,) = lines
    assert line.split("\t")[2] == "job_title"
    first, *others = (content(db) for db in (a, b, c))
    assert all(other == first for other in others)
    with team_hub.server.admin(team_hub.dbname) as conn:
        authors = {r[0] for r in conn.execute("SELECT DISTINCT author FROM metrodesk.change_set")}
    assert authors == {team_hub.alice, team_hub.bob, carol}


def test_refusals_say_why_in_one_line_and_change_nothing(
    tmp_path, sample_path, team_hub, capsys, monkeypatch
):
    db = tmp_path / "copy.sqlite"
    copy_database(sample_path, db)
    db.chmod(0o600)
    before = db.read_bytes()
    server: PostgresServer = team_hub.server

    def refused(hub: str) -> str:
        return _refusal(capsys, "sync", "--db", db, "--hub", hub)

    assert "holds a password" in refused(
        f"postgresql://{team_hub.alice}:sekret@127.0.0.1:{server.port}/x"
    )
    down = f"postgresql://{team_hub.alice}@127.0.0.1:1/{team_hub.dbname}?connect_timeout=3"
    assert "cannot be reached" in refused(down)
    with monkeypatch.context() as wrong:
        wrong.setenv("PGPASSFILE", str(tmp_path / "none"))
        wrong.setenv("PGPASSWORD", "not-the-password")
        assert "refused the password" in refused(team_hub.url(team_hub.alice))
    plain = server.create_database(owner=team_hub.owner)
    line = refused(server.url(team_hub.alice, plain))
    assert "not a MetroDesk hub" in line and "hub init" in line
    assert "not a member of the team" in refused(team_hub.url(team_hub.reader))
    with server.admin(team_hub.dbname) as conn:
        conn.execute("UPDATE metrodesk.layout SET version = 99")  # a newer MetroDesk's hub
    assert "newer MetroDesk" in refused(team_hub.url(team_hub.alice))
    assert db.read_bytes() == before
    assert cli_main(["check", "--db", str(db)]) == 0


def test_a_password_is_in_no_output_log_or_database_file(tmp_path, sample_path, team_hub):
    home = tmp_path / "home"
    home.mkdir()
    secret = team_hub.server.passwords[team_hub.alice]
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "data"),
           "XDG_STATE_HOME": str(home / "state"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "PGPASSFILE": str(home / "none"),
           "PGPASSWORD": secret}  # fmt: skip
    db = tmp_path / "copy.sqlite"
    copy_database(sample_path, db)
    db.chmod(0o600)
    done = _run("sync", "--db", db, "--hub", team_hub.url(team_hub.alice), env=env)
    assert done.returncode == 0, done.stderr
    wrong = _run("sync", "--db", db, env={**env, "PGPASSWORD": secret + "x"})
    assert wrong.returncode != 0
    written = [db, *(p for p in tmp_path.rglob("*") if p.is_file())]
    for path in written:
        assert secret.encode() not in path.read_bytes(), path
    for out in (done.stdout, done.stderr, wrong.stdout, wrong.stderr):
        assert secret not in out


@pytest.mark.parametrize("bad", ["postgresql://[::1", "postgresql://a@b/c?sslmode=sometimes"])
def test_an_address_that_cannot_be_read_is_refused_before_anything(tmp_path, bad, capsys):
    missing = tmp_path / "new.sqlite"
    line = _refusal(capsys, "sync", "--db", missing, "--hub", bad)
    assert "postgresql://" in line.lower() or "address" in line
    assert not missing.exists()
