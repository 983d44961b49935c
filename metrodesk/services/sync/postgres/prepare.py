"""`metrodesk hub init URL`: make a PostgreSQL database ready to be a team's hub.

Run by the database's owner (or anyone who may create tables in it and, the first time,
roles). Safe to run again: it creates what is missing and renews the rights and triggers, in
one transaction, under a lock, so two administrators running it at once cannot half-make it.
It refuses, changing nothing, a database that holds tables of something else, and a hub
prepared by a newer MetroDesk.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import psycopg
from psycopg import sql

from metrodesk import __version__
from metrodesk.services.errors import ServiceError
from metrodesk.services.sync.postgres import erasing, layout, relaying
from metrodesk.services.sync.postgres.address import HubAddress
from metrodesk.services.sync.postgres.connect import connect, explain

#: pg_advisory_xact_lock key: 'MDHB' (one hub init at a time per database)
_LOCK = 0x4D444842


class HubSetupError(ServiceError):
    """The hub could not be prepared; nothing was changed."""


class NewerHub(HubSetupError):
    """Prepared by a newer MetroDesk: its layout is refused, never changed."""


@dataclass(frozen=True)
class Prepared:
    where: str
    layout: int
    member_role: str
    reader_role: str
    #: False when the database was a hub already (its rights were renewed)
    created: bool
    notes: list[str] = field(default_factory=list)
    #: the folder team's id the hub took (`team_of`), "" when not asked
    team: str = ""

    def summary(self) -> str:
        done = "Prepared" if self.created else "Checked and renewed"
        return (
            f"{done} the MetroDesk hub in {self.where} (layout {self.layout}): grant each "
            f"person's role {self.member_role}, and reporting roles {self.reader_role}"
        )


def default_roles(dbname: str) -> tuple[str, str]:
    """The team's group roles, named after its database (roles are shared by all the
    databases of a server, so two hubs on one server keep their members apart)."""
    stem = dbname[:50]
    return f"{stem}_member", f"{stem}_reader"


def prepare_hub(
    address: HubAddress,
    password: str | None = None,
    member_role: str | None = None,
    reader_role: str | None = None,
    team_of: str = "",
) -> Prepared:
    """`team_of`: the id of the folder team whose hub this server becomes too (a team on a
    folder and a server, bridged: `relaying.py`); refused when the server holds another team
    or any change set already."""
    conn = connect(address, password)
    try:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            prepared = _prepare(conn, address, member_role, reader_role)
            if team_of:
                prepared = _adopt_team(conn, prepared, team_of)
            return prepared
    except psycopg.errors.InsufficientPrivilege as exc:
        raise HubSetupError(_privilege_sentence(conn, exc)) from None
    except psycopg.errors.DiskFull:
        raise HubSetupError("the team server's disk is full: nothing was changed") from None
    except psycopg.Error as exc:
        raise explain(exc, address) from None
    finally:
        conn.close()


def _prepare(
    conn: psycopg.Connection,
    address: HubAddress,
    member_role: str | None,
    reader_role: str | None,
) -> Prepared:
    where = address.where()
    existing = existing_layout(conn)
    if existing is None:
        refuse_foreign(conn, where)
        member, reader = default_roles(address.dbname)
        member, reader = member_role or member, reader_role or reader
    else:
        version, member, reader = existing
        if version > layout.LAYOUT:
            raise NewerHub(
                f"{where} is a hub prepared by a newer MetroDesk (layout {version}; this one "
                f"knows up to {layout.LAYOUT}): update MetroDesk; nothing was changed"
            )
        for given, kept in ((member_role, member), (reader_role, reader)):
            if given and given != kept:
                raise HubSetupError(
                    f"{where} is a hub whose roles are {member} and {reader}; nothing was changed"
                )
    notes = _ensure_roles(conn, member, reader)
    conn.execute(sql.SQL("CREATE SCHEMA IF NOT EXISTS {}").format(sql.Identifier(layout.SCHEMA)))
    bridge = relaying.bridge_role_of(member)
    for statement in (
        *layout.TABLES,
        *layout.FUNCTIONS,
        *erasing.FUNCTIONS,
        *relaying.functions(bridge),
    ):
        conn.execute(statement)
    for composed in (
        *layout.trigger_statements(),
        *layout.policy_statements(),
        *layout.grant_statements(member, reader),
        *erasing.grant_statements(member),
        *relaying.grant_statements(member),
    ):
        conn.execute(composed)
    notes += _database_access(conn, member, reader)
    conn.execute(
        "INSERT INTO metrodesk.layout (version, app_version, member_role, reader_role) "
        "VALUES (%s, %s, %s, %s) ON CONFLICT (singleton) DO UPDATE SET "
        "version = EXCLUDED.version, app_version = EXCLUDED.app_version",
        (layout.LAYOUT, __version__, member, reader),
    )
    return Prepared(where, layout.LAYOUT, member, reader, existing is None, notes)


def _adopt_team(conn: psycopg.Connection, prepared: Prepared, team: str) -> Prepared:
    """The hub takes the folder team's id (the same team on both hubs), once; a bridge role
    for the copy that relays between them."""
    where = prepared.where
    row = conn.execute("SELECT id FROM metrodesk.team").fetchone()
    if row is not None and str(row[0]) != team:
        raise HubSetupError(
            f"{where} already holds another team: a server joins a folder's team only before "
            "any copy has synced with it; nothing was changed"
        )
    if row is None:
        held = conn.execute("SELECT 1 FROM metrodesk.change_set LIMIT 1").fetchone()
        if held is not None:
            raise HubSetupError(
                f"{where} already holds changes: a server joins a folder's team only before "
                "any copy has synced with it; nothing was changed"
            )
        conn.execute("INSERT INTO metrodesk.team (id) VALUES (%s)", (team,))
    bridge = relaying.bridge_role_of(prepared.member_role)
    notes = prepared.notes + _ensure_roles(conn, bridge)
    return replace(prepared, notes=notes, team=team)


def existing_layout(conn: psycopg.Connection) -> tuple[int, str, str] | None:
    """(layout version, member role, reader role) of a hub here, None when none was made."""
    row = conn.execute(
        "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = %s AND c.relname = 'layout'",
        (layout.SCHEMA,),
    ).fetchone()
    if row is None:
        return None
    found = conn.execute(
        "SELECT version, member_role, reader_role FROM metrodesk.layout"
    ).fetchone()
    if found is None:
        return None
    return int(found[0]), str(found[1]), str(found[2])


def refuse_foreign(conn: psycopg.Connection, where: str) -> None:
    """A database holding other tables (or a `metrodesk` schema MetroDesk did not make) is
    not made a hub: MetroDesk never mixes its rows with another program's."""
    rows = conn.execute(
        "SELECT n.nspname, c.relname FROM pg_class c "
        "JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f') "
        "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
        "AND n.nspname NOT LIKE 'pg\\_%' ORDER BY 1, 2 LIMIT 3"
    ).fetchall()
    if rows:
        named = ", ".join(f"{schema}.{name}" for schema, name in rows)
        raise HubSetupError(
            f"{where} holds other tables ({named}…): give the hub a database of its own "
            "(CREATE DATABASE); nothing was changed"
        )
    schema = conn.execute(
        "SELECT 1 FROM pg_namespace WHERE nspname = %s", (layout.SCHEMA,)
    ).fetchone()
    if schema is not None:
        raise HubSetupError(
            f"{where} has a schema named {layout.SCHEMA} that MetroDesk did not make; "
            "nothing was changed"
        )


def _ensure_roles(conn: psycopg.Connection, *roles: str) -> list[str]:
    notes = []
    for role in roles:
        if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            continue
        try:
            with conn.transaction():
                conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(role)))
        except psycopg.errors.InsufficientPrivilege:
            raise HubSetupError(
                f"the role {role} does not exist and {conn.info.user} may not create roles: "
                f"create it first (CREATE ROLE {role} NOLOGIN), or run this as a role with "
                "CREATEROLE; nothing was changed"
            ) from None
        notes.append(f"created the group role {role}")
    return notes


def _database_access(conn: psycopg.Connection, member: str, reader: str) -> list[str]:
    """Only the team's roles (and the owner) may connect to the hub's database, when the
    role preparing it owns the database; otherwise connections are left as they were."""
    row = conn.execute(
        "SELECT pg_catalog.pg_get_userbyid(d.datdba) = current_user OR r.rolsuper "
        "FROM pg_database d, pg_roles r "
        "WHERE d.datname = current_database() AND r.rolname = current_user"
    ).fetchone()
    if not row or not row[0]:
        return ["connections to the database were left as they were (not its owner)"]
    db = sql.Identifier(conn.info.dbname)
    conn.execute(sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(db))
    conn.execute(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(
            db, sql.Identifier(member), sql.Identifier(reader)
        )
    )
    return []


def _privilege_sentence(conn: psycopg.Connection, exc: psycopg.Error) -> str:
    user = conn.info.user if not conn.closed else "this role"
    detail = (exc.diag.message_primary or "").strip()
    return (
        f"{user} may not prepare the hub here ({detail}): run hub init as the database's "
        "owner, or as the role that prepared it first; nothing was changed"
    )
