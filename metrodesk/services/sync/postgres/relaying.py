"""A bridge on the PostgreSQL hub: one copy relaying a folder team's changes to the server.

A team may keep its shared folder and a server at once (README, "A team on a folder and a
server"): one copy, the bridge, syncs with both and puts on each hub the actions the other one
holds, as the same change sets under their authors' copy ids. Members may add rows only under
their own copies' ids (`layout.py`); the bridge adds them under others', so it does it through
functions owned by the role that prepared the hub (`SECURITY DEFINER`), which only members of
the team's bridge role may use:

- `relay_change_set(device, first, last, schema, format, payload, content)` adds a change set
  under any copy id, recording the bridge's role as its sender (`author`: the role that sent
  it, never what the client claims). Idempotent like a push: 'added', 'same' (already there
  with the same actions) or 'clash' (other actions under those numbers: nothing added).
- `relay_erasure(id, device, record_id, made_at, payload)`: an erasure record, likewise.

A copy id the server first hears of through a bridge belongs to nobody yet (`device.author`
is empty, which no role's name can be). The copy itself claims it the first time it syncs with
the server (it moved from the folder): `claim_relayed(device)` makes the signed-in role its
owner, only while nobody owns it. Until then any member could claim it; that is the trust a
folder team already has (anyone with the folder may write under any id), and the sender of
every row stays recorded.

The bridge role is named after the member role (`bridge_role_of`); `metrodesk hub init URL
--team-of FOLDER` creates it. Running `hub init` again on a hub prepared before these
functions adds them.
"""

from __future__ import annotations

from psycopg import sql

from metrodesk.services.sync.postgres.layout import CLAIMING, UNCLAIMED, members_only


def bridge_role_of(member: str) -> str:
    """The bridge role of a team whose members are `member` (`hub_member` -> `hub_bridge`)."""
    stem = member[: -len("_member")] if member.endswith("_member") else member
    return f"{stem[:50]}_bridge"


#: who may relay: members of the bridge role (`@BRIDGE@`, filled in by `functions`)
_GUARD = """
                IF NOT coalesce(pg_has_role(session_user,
                        (SELECT oid FROM pg_roles WHERE rolname = @BRIDGE@), 'MEMBER'), false) THEN
                    RAISE EXCEPTION 'only members of % relay other copies'' changes', @BRIDGE@
                        USING ERRCODE = 'insufficient_privilege';
                END IF;"""

_RELAY_CHANGE_SET = f"""CREATE OR REPLACE FUNCTION metrodesk.relay_change_set(
                p_device uuid, p_first bigint, p_last bigint, p_schema text, p_format integer,
                p_payload bytea, p_content text)
            RETURNS text LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp AS $$
            DECLARE stored text;
            BEGIN{_GUARD}
                INSERT INTO metrodesk.device (device, author) VALUES (p_device, '{UNCLAIMED}')
                    ON CONFLICT DO NOTHING;
                INSERT INTO metrodesk.change_set (device, first_action, last_action,
                        schema_revision, format, payload, content, author)
                    VALUES (p_device, p_first, p_last, p_schema, p_format, p_payload, p_content,
                            session_user)
                    ON CONFLICT (device, first_action, last_action) DO NOTHING;
                IF FOUND THEN RETURN 'added'; END IF;
                SELECT content INTO stored FROM metrodesk.change_set
                 WHERE device = p_device AND first_action = p_first AND last_action = p_last;
                IF stored <> '' AND stored = p_content THEN RETURN 'same'; END IF;
                RETURN 'clash';
            END $$"""

_RELAY_ERASURE = f"""CREATE OR REPLACE FUNCTION metrodesk.relay_erasure(
                p_id uuid, p_device uuid, p_record uuid, p_made_at timestamptz, p_payload bytea)
            RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp AS $$
            BEGIN{_GUARD}
                INSERT INTO metrodesk.device (device, author) VALUES (p_device, '{UNCLAIMED}')
                    ON CONFLICT DO NOTHING;
                INSERT INTO metrodesk.erasure (id, device, record_id, made_at, payload, author)
                    VALUES (p_id, p_device, p_record, p_made_at, p_payload, session_user)
                    ON CONFLICT (id) DO NOTHING;
                RETURN FOUND;
            END $$"""

_CLAIM_RELAYED = f"""CREATE OR REPLACE FUNCTION metrodesk.claim_relayed(p_device uuid)
            RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
            SET search_path = pg_catalog, pg_temp AS $$
            DECLARE n integer;
            BEGIN
                PERFORM set_config('{CLAIMING}', 'on', true);
                UPDATE metrodesk.device SET author = session_user
                 WHERE device = p_device AND author = '{UNCLAIMED}';
                GET DIAGNOSTICS n = ROW_COUNT;
                PERFORM set_config('{CLAIMING}', 'off', true);
                RETURN n > 0;
            END $$"""


def functions(bridge: str) -> tuple[str, ...]:
    role = "'" + bridge.replace("'", "''") + "'"
    relaying = (_RELAY_CHANGE_SET, _RELAY_ERASURE)
    return (*(f.replace("@BRIDGE@", role) for f in relaying), _CLAIM_RELAYED)


_NAMES = (
    "relay_change_set(uuid, bigint, bigint, text, integer, bytea, text)",
    "relay_erasure(uuid, uuid, uuid, timestamptz, bytea)",
    "claim_relayed(uuid)",
)


def grant_statements(member: str) -> list[sql.Composed]:
    """Members may call them (the relaying ones check the bridge role themselves)."""
    return members_only(member, _NAMES)
