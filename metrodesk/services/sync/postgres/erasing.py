"""An erasure's compaction on the PostgreSQL hub (#14): the only way a stored change set changes.

Members may never update or delete a change set, nor drop another member's snapshot
(`layout.py`). An erasure needs exactly that: every row that still holds the erased person's
values rewritten, and every snapshot written before the erasure gone. Three functions owned by
the role that prepared the hub (`SECURITY DEFINER`: they run with its rights, members may only
call them) do it, and nothing more:

- `scrub_change_set(device, first, last, content, payload)` puts a new payload in place of a
  stored change set's, only under the same numbers and the same `content` (the digest of the
  actions' ids: the same actions, their values scrubbed), and only on a hub that holds an
  erasure record. It also reaches rows hidden from pulls by a fold (still stored until the
  administrator prunes them).
- `drop_covered_snapshot(key, by)` drops a snapshot (whoever wrote it) only when another
  snapshot, `by`, covers every action it holds, and only on a hub that holds an erasure record.

The immutability trigger (`layout.refuse_change`) lets an update of `change_set` through only
while the first function runs (it sets `metrodesk.erasing` for its own transaction); members
hold no UPDATE right on the table anyway.

A member could use the first to replace another member's payload with other bytes under the
same digest; the engine never does (it writes only what its own journal holds for the same
actions), and it is the trust members already have: each may send any change under its own
id. A hub prepared before these functions existed says so (`HubRefused` is not raised: the
engine is told the change set could not be replaced, and the README's administrator step
applies): running `metrodesk hub init` again adds them.
"""

from __future__ import annotations

from psycopg import sql

from metrodesk.services.sync.postgres.layout import SCRUBBING, members_only

FUNCTIONS = (
    f"""CREATE OR REPLACE FUNCTION metrodesk.scrub_change_set(
            p_device uuid, p_first bigint, p_last bigint, p_content text, p_payload bytea)
        RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp AS $$
        DECLARE n integer;
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM metrodesk.erasure) OR coalesce(p_content, '') = '' THEN
                RETURN false;
            END IF;
            PERFORM set_config('{SCRUBBING}', 'on', true);
            UPDATE metrodesk.change_set SET payload = p_payload
             WHERE device = p_device AND first_action = p_first AND last_action = p_last
               AND content = p_content;
            GET DIAGNOSTICS n = ROW_COUNT;
            PERFORM set_config('{SCRUBBING}', 'off', true);
            RETURN n > 0;
        END $$""",
    """CREATE OR REPLACE FUNCTION metrodesk.drop_covered_snapshot(p_key uuid, p_by uuid)
        RETURNS boolean LANGUAGE plpgsql SECURITY DEFINER
        SET search_path = pg_catalog, pg_temp AS $$
        DECLARE n integer;
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM metrodesk.erasure) OR p_key = p_by THEN
                RETURN false;
            END IF;
            DELETE FROM metrodesk.snapshot o
             WHERE o.key = p_key AND EXISTS (
                SELECT 1 FROM metrodesk.snapshot b WHERE b.key = p_by AND NOT EXISTS (
                    SELECT 1 FROM jsonb_each_text(o.covers) c
                     WHERE coalesce((b.covers ->> c.key)::bigint, 0) < c.value::bigint));
            GET DIAGNOSTICS n = ROW_COUNT;
            RETURN n > 0;
        END $$""",
)

_NAMES = (
    "scrub_change_set(uuid, bigint, bigint, text, bytea)",
    "drop_covered_snapshot(uuid, uuid)",
)


def grant_statements(member: str) -> list[sql.Composed]:
    """Only members may call them (functions are callable by everyone unless revoked)."""
    return members_only(member, _NAMES)
