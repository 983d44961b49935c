"""`metrodesk hub init URL` on a real PostgreSQL server: prepares an empty database, is safe to
run again (also twice at once), and refuses, changing nothing, a database holding something
else, a hub of a newer MetroDesk, an old server, a wrong password and a role without rights."""

from __future__ import annotations

import subprocess
import sys
import threading

import pytest
from pg_server import PostgresServer, TeamHub
from psycopg import sql

from metrodesk.cli import main
from metrodesk.services.sync.postgres import connect as connect_module
from metrodesk.services.sync.postgres import layout


def _hub_tables(server: PostgresServer, dbname: str) -> list[str]:
    with server.admin(dbname) as conn:
        rows = conn.execute(
            "SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            "WHERE n.nspname = 'metrodesk' AND c.relkind = 'r' ORDER BY 1"
        ).fetchall()
    return [r[0] for r in rows]


def _roles(server: PostgresServer, *names: str) -> list[str]:
    with server.admin() as conn:
        rows = conn.execute(
            "SELECT rolname FROM pg_roles WHERE rolname = ANY(%s) ORDER BY 1", (list(names),)
        ).fetchall()
    return [r[0] for r in rows]


def _database_of(pg_server: PostgresServer) -> tuple[str, str]:
    owner = pg_server.create_role(pg_server.unique("owner"), "CREATEROLE")
    return owner, pg_server.create_database(owner=owner)


def test_init_prepares_an_empty_database_and_renews_it_when_run_again(pg_server, capsys):
    owner, dbname = _database_of(pg_server)
    url = pg_server.url(owner, dbname)
    # given an empty database, when its owner runs hub init (a real process, as an admin would)
    done = subprocess.run(
        [sys.executable, "-m", "metrodesk", "hub", "init", url],
        capture_output=True,
        text=True,
    )
    # then the hub's tables and the team's two group roles exist
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith(
        f"Prepared the MetroDesk hub in the database {dbname} on 127.0.0.1:{pg_server.port}"
    )
    assert _hub_tables(pg_server, dbname) == sorted(layout.ALL_TABLES)
    member, reader = f"{dbname}_member", f"{dbname}_reader"
    assert _roles(pg_server, member, reader) == [member, reader]
    # and the rows already there survive a second run, which says what it did
    with pg_server.admin(dbname) as conn:
        conn.execute("INSERT INTO metrodesk.team (id) VALUES (gen_random_uuid())")
    assert main(["hub", "init", url]) == 0
    assert "Checked and renewed the MetroDesk hub" in capsys.readouterr().out
    with pg_server.admin(dbname) as conn:
        assert conn.execute("SELECT count(*) FROM metrodesk.team").fetchone() == (1,)


def test_two_administrators_running_init_at_once_both_succeed(pg_server):
    owner, dbname = _database_of(pg_server)
    results: list[int] = []

    def run() -> None:
        results.append(main(["hub", "init", pg_server.url(owner, dbname)]))

    threads = [threading.Thread(target=run) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == [0, 0, 0]
    assert _hub_tables(pg_server, dbname) == sorted(layout.ALL_TABLES)


def test_a_database_holding_other_tables_is_refused_and_left_alone(pg_server, capsys):
    owner, dbname = _database_of(pg_server)
    with pg_server.admin(dbname) as conn:
        conn.execute("CREATE TABLE public.invoices (id int)")
    assert main(["hub", "init", pg_server.url(owner, dbname)]) == 1
    err = capsys.readouterr().err
    assert "holds other tables (public.invoices" in err and err.count("\n") == 1
    assert _hub_tables(pg_server, dbname) == []
    assert _roles(pg_server, f"{dbname}_member") == []


def test_a_schema_named_metrodesk_made_by_someone_else_is_refused(pg_server, capsys):
    owner, dbname = _database_of(pg_server)
    with pg_server.admin(dbname) as conn:
        conn.execute("CREATE SCHEMA metrodesk")
    assert main(["hub", "init", pg_server.url(owner, dbname)]) == 1
    assert "schema named metrodesk that MetroDesk did not make" in capsys.readouterr().err


def test_a_hub_prepared_by_a_newer_metrodesk_is_refused_unchanged(team_hub: TeamHub, capsys):
    with team_hub.server.admin(team_hub.dbname) as conn:
        conn.execute("UPDATE metrodesk.layout SET version = %s", (layout.LAYOUT + 1,))
    assert main(["hub", "init", team_hub.url(team_hub.owner)]) == 1
    err = capsys.readouterr().err
    assert f"prepared by a newer MetroDesk (layout {layout.LAYOUT + 1}" in err
    with team_hub.server.admin(team_hub.dbname) as conn:
        assert conn.execute("SELECT version FROM metrodesk.layout").fetchone() == (
            layout.LAYOUT + 1,
        )


def test_a_server_older_than_metrodesk_needs_is_refused(pg_server, monkeypatch, capsys):
    owner, dbname = _database_of(pg_server)
    # the real server, with the bar raised above its version (no older one is installed here)
    monkeypatch.setattr(connect_module, "MIN_SERVER", 990000)
    assert main(["hub", "init", pg_server.url(owner, dbname)]) == 1
    assert "MetroDesk needs PostgreSQL 99 or newer" in capsys.readouterr().err
    assert _hub_tables(pg_server, dbname) == []


def test_a_wrong_password_is_one_line_that_never_shows_it(pg_server):
    owner, dbname = _database_of(pg_server)
    wrong = "Sup3r-S3cret-Wr0ng"
    done = subprocess.run(
        [sys.executable, "-m", "metrodesk", "hub", "init", pg_server.url(owner, dbname)],
        capture_output=True,
        text=True,
        env={"PGPASSWORD": wrong, "PGPASSFILE": "/nonexistent", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        f"metrodesk: the team server refused the password of role {owner} (wrong password, "
        "or no such role)\n"
    )
    assert wrong not in done.stderr


def test_a_role_that_may_not_create_roles_is_told_how_to_proceed(pg_server, capsys):
    owner = pg_server.create_role(pg_server.unique("owner"))  # no CREATEROLE
    dbname = pg_server.create_database(owner=owner)
    assert main(["hub", "init", pg_server.url(owner, dbname)]) == 1
    err = capsys.readouterr().err
    assert f"the role {dbname}_member does not exist and {owner} may not create roles" in err
    assert _hub_tables(pg_server, dbname) == []
    # with the roles made by the administrator beforehand, the same owner can prepare it
    with pg_server.admin() as conn:
        for role in (f"{dbname}_member", f"{dbname}_reader"):
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
    assert main(["hub", "init", pg_server.url(owner, dbname)]) == 0


def test_someone_who_is_not_the_owner_cannot_prepare_or_renew_it(team_hub: TeamHub, capsys):
    assert main(["hub", "init", team_hub.url(team_hub.alice)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"metrodesk: {team_hub.alice} may not prepare the hub here")


@pytest.mark.parametrize(
    "address",
    ["https://example.org/team", "postgresql://host:notaport:5432/x?=", "postgresql://a:pw@h/d"],
)
def test_addresses_that_cannot_name_a_hub_are_refused_before_connecting(address, capsys):
    assert main(["hub", "init", address]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "pw@" not in err and "notaport" not in err
