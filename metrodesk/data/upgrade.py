"""Upgrading a file to the newest schema: a backup first, SQLite's integrity check after, and
the backup put back when the upgrade fails in any way."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, Engine, text

from metrodesk.data.backup import backup_database
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import connect
from metrodesk.data.errors import MigrationFailed, NewerDatabase
from metrodesk.data.files import read_only_uri
from metrodesk.data.revisions import alembic_config, head_revision, scanned_head
from metrodesk.i18n import tr


def _current_revision(conn: Connection) -> str | None:
    """The file's schema revision as Alembic stores it; None for a new file (or an odd one)."""
    has_table = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).first()
    if has_table is None:
        return None
    rows = conn.exec_driver_sql("SELECT version_num FROM alembic_version").all()
    return str(rows[0][0]) if len(rows) == 1 else None


def migrate(
    engine: Engine, path: Path, backup_dir: Path, before_writing: Callable[[], None]
) -> None:
    with engine.connect() as conn:
        current = _current_revision(conn)
    if current is not None and current == scanned_head():
        return  # the usual open: nothing to upgrade, and Alembic is not even imported
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    scripts = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
    if current == head:
        return
    before_writing()
    if current is not None and current not in {s.revision for s in scripts.walk_revisions()}:
        raise NewerDatabase(
            tr(
                "{name} was written by a newer MetroDesk (schema {revision}); update MetroDesk"
            ).format(name=path.name, revision=current)
        )
    if current is None:
        _upgrade(engine)  # a new file: nothing to lose
    else:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        saved = backup_database(path, backup_dir / f"{path.stem}-before-{head}-{stamp}.sqlite")
        upgrade_or_restore(engine, path, saved, _upgrade)
    with engine.connect() as conn:
        conn.execute(text("PRAGMA optimize"))
    _give_back_free_space(engine)


def _give_back_free_space(engine: Engine) -> None:
    """After an upgrade that left much of the file free (0005 shrank the journal to a fifth),
    rewrite it so the disk gets the space back; a file mostly in use is left as it is."""
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        free = conn.execute("PRAGMA freelist_count").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        if pages and free * 4 > pages:
            conn.execute("VACUUM")  # outside any transaction: the connection autocommits
    finally:
        raw.close()


def _upgrade(engine: Engine) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
        _verify(conn)


def _verify(conn: Connection) -> None:
    verdict = conn.exec_driver_sql("PRAGMA integrity_check(1)").scalar()
    if verdict != "ok":
        raise RuntimeError(f"the upgraded database failed its integrity check: {verdict}")


def upgrade_or_restore(
    engine: Engine, path: Path, saved: Path, upgrade: Callable[[Engine], None]
) -> None:
    """Run `upgrade`; if it fails in any way, put the pre-upgrade backup `saved` back."""
    try:
        upgrade(engine)
    except BaseException as exc:
        engine.dispose()
        restore_file(saved, path)
        raise MigrationFailed(
            f"upgrading {path.name} failed ({exc}); it was put back as it was before, from "
            f"{saved.name}"
        ) from exc


def restore_file(saved: Path, path: Path) -> None:
    """Write the pages of `saved` over `path` with SQLite's backup API, then check them.

    `saved` is a backup of `path` made just before, so both have one key (or none).
    """
    key = keys.key_for(saved)
    src = connect(read_only_uri(saved), key, uri=True)
    dst = connect(path, key)
    try:
        src.backup(dst)
        verdict = dst.execute("PRAGMA integrity_check(1)").fetchone()[0]
    finally:
        dst.close()
        src.close()
    if verdict != "ok":
        raise MigrationFailed(f"{path.name} could not be put back from {saved}: {verdict}")
