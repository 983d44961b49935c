"""What the server itself allows each role, tried with plain SQL as that role (not through
MetroDesk, which would never try): a member adds and reads, never rewrites or deletes; the
author is whoever signed in; a copy's id belongs to one role; a reader only reads; a role
outside the team cannot even connect."""

from __future__ import annotations

import hashlib
import uuid

import psycopg
import pytest
from pg_server import TeamHub
from psycopg import sql

ADD_DEVICE = "INSERT INTO metrodesk.device (device) VALUES (%s)"
ADD_CHANGES = (
    "INSERT INTO metrodesk.change_set (device, first_action, last_action, schema_revision, "
    "format, payload) VALUES (%s, %s, %s, '0006', 1, 'x')"
)


def _refused(conn: psycopg.Connection, query: str, params: tuple = ()) -> str:
    with pytest.raises(psycopg.errors.InsufficientPrivilege) as caught:
        conn.execute(query, params)
    return str(caught.value)


@pytest.fixture
def alice_changes(team_hub: TeamHub) -> uuid.UUID:
    device = uuid.uuid4()
    with team_hub.connect(team_hub.alice) as conn:
        conn.execute(ADD_DEVICE, (device,))
        conn.execute(ADD_CHANGES, (device, 1, 5))
    return device


def test_a_member_adds_changes_and_the_author_is_the_role_that_signed_in(team_hub, alice_changes):
    with team_hub.connect(team_hub.bob) as conn:
        rows = conn.execute(
            "SELECT d.author, c.author FROM metrodesk.change_set c "
            "JOIN metrodesk.device d USING (device)"
        ).fetchall()
    assert rows == [(team_hub.alice, team_hub.alice)]  # and bob reads alice's changes


def test_no_member_may_rewrite_or_delete_a_change_not_even_its_own(team_hub, alice_changes):
    for role in (team_hub.alice, team_hub.bob):
        with team_hub.connect(role) as conn:
            assert "permission denied" in _refused(
                conn, "UPDATE metrodesk.change_set SET payload = 'forged'"
            )
            assert "permission denied" in _refused(conn, "DELETE FROM metrodesk.change_set")
            _refused(conn, "TRUNCATE metrodesk.change_set")
            _refused(conn, "DELETE FROM metrodesk.device")
            _refused(conn, "DROP TABLE metrodesk.change_set")
    with team_hub.connect(team_hub.alice) as conn:
        assert conn.execute("SELECT payload FROM metrodesk.change_set").fetchall() == [(b"x",)]


def test_an_update_granted_by_mistake_is_still_refused_by_the_trigger(team_hub, alice_changes):
    with team_hub.server.admin(team_hub.dbname) as admin:
        admin.execute(
            sql.SQL("GRANT UPDATE ON metrodesk.change_set TO {}").format(
                sql.Identifier(team_hub.prepared.member_role)
            )
        )
    with team_hub.connect(team_hub.alice) as conn:
        message = _refused(conn, "UPDATE metrodesk.change_set SET payload = 'forged'")
    assert "the rows of metrodesk.change_set are never changed" in message


def test_a_change_claiming_another_author_is_refused(team_hub):
    device = uuid.uuid4()
    with team_hub.connect(team_hub.alice) as conn:
        conn.execute(ADD_DEVICE, (device,))
        message = _refused(
            conn,
            "INSERT INTO metrodesk.change_set (device, first_action, last_action, "
            "schema_revision, format, payload, author) VALUES (%s, 1, 1, '0006', 1, 'x', %s)",
            (device, team_hub.bob),
        )
        assert "row-level security" in message
        _refused(
            conn, "INSERT INTO metrodesk.device (device, author) VALUES (%s, %s)",
            (uuid.uuid4(), team_hub.bob),
        )  # fmt: skip


def test_another_role_cannot_act_under_a_copys_id(team_hub, alice_changes):
    device = alice_changes
    with team_hub.connect(team_hub.bob) as conn:
        _refused(conn, ADD_CHANGES, (device, 6, 9))  # push as alice's copy
        _refused(conn, "INSERT INTO metrodesk.fold (device, upto) VALUES (%s, 5)", (device,))
        _refused(
            conn,
            "INSERT INTO metrodesk.copy (device, name, last_sync, seen, schema_revision, "
            "app_version) VALUES (%s, 'impostor', now(), '{}', '0006', '')",
            (device,),
        )
        _refused(
            conn,
            "INSERT INTO metrodesk.erasure (id, device, record_id, made_at, payload) "
            "VALUES (%s, %s, %s, now(), '')",
            (uuid.uuid4(), device, uuid.uuid4()),
        )


def test_a_member_renews_only_its_own_announcement_and_drops_only_its_own_snapshot(
    team_hub, alice_changes
):
    device = alice_changes
    announce = (
        "INSERT INTO metrodesk.copy (device, name, last_sync, seen, schema_revision, "
        "app_version) VALUES (%s, %s, now(), '{}', '0006', '') "
        "ON CONFLICT (device) DO UPDATE SET name = EXCLUDED.name"
    )
    snapshot = uuid.uuid4()
    with team_hub.connect(team_hub.alice) as conn:
        conn.execute(announce, (device, "Seoul laptop"))
        conn.execute(announce, (device, "Seoul laptop, renamed"))
        with conn.transaction():
            conn.execute(
                "INSERT INTO metrodesk.snapshot (key, device, covers, schema_revision, format, "
                "size, chunks) VALUES (%s, %s, '{}', '0006', 1, 1, 1)",
                (snapshot, device),
            )
            conn.execute(
                "INSERT INTO metrodesk.snapshot_chunk (snapshot, n, data) VALUES (%s, 0, 'x')",
                (snapshot,),
            )
    with team_hub.connect(team_hub.bob) as conn:
        renamed = conn.execute("UPDATE metrodesk.copy SET name = 'hijacked'")
        assert renamed.rowcount == 0  # alice's announcement is not bob's to renew
        assert "row-level security" in _refused(conn, announce, (device, "hijacked"))
        dropped = conn.execute("DELETE FROM metrodesk.snapshot WHERE key = %s", (snapshot,))
        assert dropped.rowcount == 0  # not bob's to drop: the server does not even show it
        assert conn.execute("SELECT name FROM metrodesk.copy").fetchall() == [
            ("Seoul laptop, renamed",)
        ]
    with team_hub.connect(team_hub.alice) as conn:
        dropped = conn.execute("DELETE FROM metrodesk.snapshot WHERE key = %s", (snapshot,))
        assert dropped.rowcount == 1
        assert conn.execute("SELECT count(*) FROM metrodesk.snapshot_chunk").fetchone() == (0,)


def test_the_server_refuses_an_attachment_that_is_not_what_its_checksum_names(team_hub):
    data = b"%PDF minutes"
    with team_hub.connect(team_hub.alice) as conn:
        add = "INSERT INTO metrodesk.blob (sha256, data) VALUES (%s, %s)"
        with pytest.raises(psycopg.errors.CheckViolation):
            conn.execute(add, (hashlib.sha256(b"other").hexdigest(), data))
        conn.execute(add, (hashlib.sha256(data).hexdigest(), data))


def test_a_reader_reads_everything_and_changes_nothing(team_hub, alice_changes):
    with team_hub.connect(team_hub.reader) as conn:
        assert conn.execute("SELECT count(*) FROM metrodesk.change_set").fetchone() == (1,)
        _refused(conn, ADD_DEVICE, (uuid.uuid4(),))
        _refused(conn, ADD_CHANGES, (alice_changes, 6, 6))
        _refused(conn, "INSERT INTO metrodesk.team (id) VALUES (gen_random_uuid())")
        _refused(conn, "DELETE FROM metrodesk.snapshot")
        _refused(conn, "CREATE TABLE metrodesk.mine (x int)")


def test_a_role_outside_the_team_cannot_connect_to_the_hub(team_hub):
    stranger = team_hub.server.create_role(team_hub.server.unique("stranger"))
    with pytest.raises(psycopg.OperationalError, match="permission denied for database"):
        team_hub.connect(stranger)
