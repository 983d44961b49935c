"""The hub's tables in PostgreSQL, and who may do what with them.

Everything lives in the schema `metrodesk` of a database of its own. The rows are the same
things the folder hub keeps as files (see `services/sync/transport.py`): change sets,
snapshots in chunks, copies' announcements, attachments by checksum, erasure records; plus
`device` (which role each copy's id belongs to) and `fold` (change sets a snapshot now holds).

Rights are the server's to enforce, not the app's:

- a **member** role may read every row and add rows, but never change or delete a change set
  (no UPDATE or DELETE granted, and a trigger refuses UPDATE even to a role granted it by
  mistake); every row records the role that added it (`author`, `current_user`), and a
  row-level security policy refuses a row claiming another author;
- a copy's id (`device`) belongs to the role that first sent something under it: another
  role cannot push, announce or fold under that id;
- a member may replace only its own copies' announcements and drop only its own snapshots;
  "dropping" change sets a snapshot holds only hides them from later pulls (`fold`): the rows
  stay until the administrator prunes them, so nobody can rewrite the team's history;
- a **reader** role may read everything and change nothing (reporting).

Each new change set (and erasure record) notifies the channel `metrodesk_hub` with the id of
the copy that sent it, so copies online sync within seconds (`notify.py`).
"""

from __future__ import annotations

from psycopg import sql

#: the version of this layout; a hub of a higher one was prepared by a newer MetroDesk
LAYOUT = 1
SCHEMA = "metrodesk"
CHANNEL = "metrodesk_hub"
#: set only inside `metrodesk.scrub_change_set` (an erasure's compaction, `erasing.py`)
SCRUBBING = "metrodesk.erasing"
#: set only inside `metrodesk.claim_relayed` (a copy taking over an id a bridge relayed)
CLAIMING = "metrodesk.claiming"
#: the owner of a copy id only a bridge has sent under yet (no role's name is empty)
UNCLAIMED = ""

TABLES = (
    """CREATE TABLE IF NOT EXISTS metrodesk.layout (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        version integer NOT NULL,
        app_version text NOT NULL,
        member_role name NOT NULL,
        reader_role name NOT NULL,
        prepared_at timestamptz NOT NULL DEFAULT now(),
        prepared_by name NOT NULL DEFAULT current_user)""",
    """CREATE TABLE IF NOT EXISTS metrodesk.team (
        singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
        id uuid NOT NULL,
        made_at timestamptz NOT NULL DEFAULT now(),
        author name NOT NULL DEFAULT current_user)""",
    """CREATE TABLE IF NOT EXISTS metrodesk.device (
        device uuid PRIMARY KEY,
        author name NOT NULL DEFAULT current_user,
        first_seen timestamptz NOT NULL DEFAULT now())""",
    """CREATE TABLE IF NOT EXISTS metrodesk.change_set (
        seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        device uuid NOT NULL REFERENCES metrodesk.device,
        first_action bigint NOT NULL CHECK (first_action >= 1),
        last_action bigint NOT NULL,
        schema_revision text NOT NULL,
        format integer NOT NULL,
        payload bytea NOT NULL,
        content text NOT NULL DEFAULT '',
        author name NOT NULL DEFAULT current_user,
        pushed_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        CHECK (last_action >= first_action),
        UNIQUE (device, first_action, last_action))""",
    """CREATE INDEX IF NOT EXISTS change_set_by_device
        ON metrodesk.change_set (device, last_action)""",
    """CREATE TABLE IF NOT EXISTS metrodesk.fold (
        device uuid NOT NULL REFERENCES metrodesk.device,
        upto bigint NOT NULL,
        author name NOT NULL DEFAULT current_user,
        folded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (device, upto))""",
    """CREATE TABLE IF NOT EXISTS metrodesk.snapshot (
        key uuid PRIMARY KEY,
        device uuid NOT NULL REFERENCES metrodesk.device,
        covers jsonb NOT NULL,
        schema_revision text NOT NULL,
        format integer NOT NULL,
        made_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        size bigint NOT NULL,
        chunks integer NOT NULL,
        author name NOT NULL DEFAULT current_user)""",
    """CREATE TABLE IF NOT EXISTS metrodesk.snapshot_chunk (
        snapshot uuid NOT NULL
            REFERENCES metrodesk.snapshot ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED,
        n integer NOT NULL,
        data bytea NOT NULL,
        author name NOT NULL DEFAULT current_user,
        PRIMARY KEY (snapshot, n))""",
    """CREATE TABLE IF NOT EXISTS metrodesk.copy (
        device uuid PRIMARY KEY REFERENCES metrodesk.device,
        name text NOT NULL,
        last_sync timestamptz NOT NULL,
        seen jsonb NOT NULL,
        schema_revision text NOT NULL,
        app_version text NOT NULL,
        author name NOT NULL DEFAULT current_user)""",
    """CREATE TABLE IF NOT EXISTS metrodesk.blob (
        sha256 text PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        data bytea NOT NULL,
        author name NOT NULL DEFAULT current_user,
        CHECK (encode(sha256(data), 'hex') = sha256))""",
    """CREATE TABLE IF NOT EXISTS metrodesk.erasure (
        id uuid PRIMARY KEY,
        device uuid NOT NULL REFERENCES metrodesk.device,
        record_id uuid NOT NULL,
        made_at timestamptz NOT NULL,
        payload bytea NOT NULL,
        author name NOT NULL DEFAULT current_user)""",
    # payloads are compressed already: stored out of line as they are, not compressed again
    "ALTER TABLE metrodesk.change_set ALTER payload SET STORAGE EXTERNAL",
    "ALTER TABLE metrodesk.snapshot_chunk ALTER data SET STORAGE EXTERNAL",
    "ALTER TABLE metrodesk.blob ALTER data SET STORAGE EXTERNAL",
)

FUNCTIONS = (
    """CREATE OR REPLACE FUNCTION metrodesk.owns_device(d uuid) RETURNS boolean
        LANGUAGE sql STABLE AS
        $$ SELECT EXISTS (SELECT 1 FROM metrodesk.device
                          WHERE device = d AND author = current_user) $$""",
    # an erasure's scrub of a change set (`erasing.py`) and a copy claiming an id a bridge
    # relayed (`relaying.py`) are let through, each from its function only
    f"""CREATE OR REPLACE FUNCTION metrodesk.refuse_change() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_TABLE_NAME = 'change_set'
               AND coalesce(current_setting('{SCRUBBING}', true), '') = 'on' THEN
                RETURN NULL;
            END IF;
            IF TG_TABLE_NAME = 'device'
               AND coalesce(current_setting('{CLAIMING}', true), '') = 'on' THEN
                RETURN NULL;
            END IF;
            RAISE EXCEPTION 'the rows of metrodesk.% are never changed', TG_TABLE_NAME
                USING ERRCODE = 'insufficient_privilege';
        END $$""",
    """CREATE OR REPLACE FUNCTION metrodesk.tell_copies() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('metrodesk_hub', NEW.device::text);
            RETURN NULL;
        END $$""",
)

#: tables whose rows, once added, are never changed
IMMUTABLE = ("team", "device", "change_set", "fold", "snapshot", "snapshot_chunk", "blob",
             "erasure")  # fmt: skip
NOTIFYING = ("change_set", "erasure")

_OWN_DEVICE = "author = current_user AND metrodesk.owns_device(device)"
#: (table, policy, command, USING, WITH CHECK); every table is readable by everyone granted it
POLICIES: tuple[tuple[str, str, str, str | None, str | None], ...] = (
    ("team", "add_team", "INSERT", None, "author = current_user"),
    ("device", "claim_device", "INSERT", None, "author = current_user"),
    ("change_set", "add_own", "INSERT", None, _OWN_DEVICE),
    ("fold", "fold_own", "INSERT", None, _OWN_DEVICE),
    ("snapshot", "add_own", "INSERT", None, _OWN_DEVICE),
    ("snapshot", "drop_own", "DELETE", "author = current_user", None),
    ("snapshot_chunk", "add_own", "INSERT", None, "author = current_user"),
    ("copy", "announce_own", "INSERT", None, _OWN_DEVICE),
    ("copy", "renew_own", "UPDATE", "author = current_user", _OWN_DEVICE),
    ("blob", "add_own", "INSERT", None, "author = current_user"),
    ("erasure", "add_own", "INSERT", None, _OWN_DEVICE),
)
ALL_TABLES = ("layout", "team", "device", "change_set", "fold", "snapshot", "snapshot_chunk",
              "copy", "blob", "erasure")  # fmt: skip
MEMBER_INSERTS = ("team", "device", "change_set", "fold", "snapshot", "snapshot_chunk", "copy",
                  "blob", "erasure")  # fmt: skip


def table(name: str) -> sql.Composed:
    return sql.SQL("{}.{}").format(sql.Identifier(SCHEMA), sql.Identifier(name))


def trigger_statements() -> list[sql.Composed]:
    out: list[sql.Composed] = []
    for name in IMMUTABLE:
        trigger = sql.Identifier(f"{name}_never_changed")
        out.append(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(trigger, table(name)))
        out.append(
            sql.SQL(
                # per statement: refused even when row-level security shows it no row
                "CREATE TRIGGER {} BEFORE UPDATE ON {} FOR EACH STATEMENT "
                "EXECUTE FUNCTION metrodesk.refuse_change()"
            ).format(trigger, table(name))
        )
    for name in NOTIFYING:
        trigger = sql.Identifier(f"{name}_tells_copies")
        out.append(sql.SQL("DROP TRIGGER IF EXISTS {} ON {}").format(trigger, table(name)))
        out.append(
            sql.SQL(
                "CREATE TRIGGER {} AFTER INSERT ON {} FOR EACH ROW "
                "EXECUTE FUNCTION metrodesk.tell_copies()"
            ).format(trigger, table(name))
        )
    return out


def policy_statements() -> list[sql.Composed]:
    out: list[sql.Composed] = []
    for name in ALL_TABLES:
        out.append(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(table(name)))
        read = sql.Identifier("read_all")
        out.append(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(read, table(name)))
        out.append(
            sql.SQL("CREATE POLICY {} ON {} FOR SELECT USING (true)").format(read, table(name))
        )
    for name, policy, command, using, check in POLICIES:
        ident = sql.Identifier(policy)
        out.append(sql.SQL("DROP POLICY IF EXISTS {} ON {}").format(ident, table(name)))
        statement = sql.SQL("CREATE POLICY {} ON {} FOR " + command).format(ident, table(name))
        if using:
            statement += sql.SQL(" USING (" + using + ")")
        if check:
            statement += sql.SQL(" WITH CHECK (" + check + ")")
        out.append(statement)
    return out


def grant_statements(member: str, reader: str) -> list[sql.Composed]:
    m, r = sql.Identifier(member), sql.Identifier(reader)
    schema = sql.Identifier(SCHEMA)
    out: list[sql.Composed] = [
        sql.SQL("REVOKE ALL ON SCHEMA {} FROM PUBLIC").format(schema),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM PUBLIC").format(schema),
        sql.SQL("REVOKE ALL ON ALL TABLES IN SCHEMA {} FROM {}, {}").format(schema, m, r),
        sql.SQL("GRANT USAGE ON SCHEMA {} TO {}, {}").format(schema, m, r),
        sql.SQL("GRANT SELECT ON ALL TABLES IN SCHEMA {} TO {}, {}").format(schema, m, r),
        sql.SQL("GRANT INSERT ON {} TO {}").format(
            sql.SQL(", ").join(table(t) for t in MEMBER_INSERTS), m
        ),
        sql.SQL(
            "GRANT UPDATE (name, last_sync, seen, schema_revision, app_version) ON {} TO {}"
        ).format(table("copy"), m),
        sql.SQL("GRANT DELETE ON {} TO {}").format(table("snapshot"), m),
    ]
    return out


def members_only(member: str, signatures: tuple[str, ...]) -> list[sql.Composed]:
    """The team's functions (by signature) callable by its members and nobody else: a function
    is callable by everyone unless revoked."""
    out: list[sql.Composed] = []
    for signature in signatures:
        function = sql.SQL("metrodesk." + signature)
        out.append(sql.SQL("REVOKE ALL ON FUNCTION {} FROM PUBLIC").format(function))
        out.append(
            sql.SQL("GRANT EXECUTE ON FUNCTION {} TO {}").format(function, sql.Identifier(member))
        )
    return out
