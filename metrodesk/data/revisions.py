"""The schema's revisions: which this MetroDesk knows, which is the newest, which a file has."""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"

# Alembic (with Mako) is imported only to upgrade a file: importing it is a good part of a
# start's cost, and a file already at the newest schema needs none of it (see `scanned_head`).


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


_REVISION = re.compile(r"^revision\b[^=]*=\s*[\"']([\w-]+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(
    r"^down_revision\b[^=]*=\s*(?:None|[\"']([\w-]+)[\"'])\s*$", re.MULTILINE
)


@functools.cache
def _scanned_revisions() -> tuple[frozenset[str], frozenset[str]] | None:
    """(every revision, every parent) read from the migration files as text (no Alembic
    import); None when a file does not read as one plain `revision = "…"` /
    `down_revision = "…"` pair (a merge, say): the caller then asks Alembic itself."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in (MIGRATIONS / "versions").glob("*.py"):
        source = script.read_text(encoding="utf-8")
        revision, down = _REVISION.findall(source), _DOWN_REVISION.findall(source)
        if script.name == "__init__.py" and not revision:
            continue
        if len(revision) != 1 or len(down) != 1:
            return None
        revisions.add(revision[0])
        if down[0]:
            parents.add(down[0])
    return frozenset(revisions), frozenset(parents)


def scanned_head() -> str | None:
    """The newest schema revision, read from the migration files as text (no Alembic import).

    None when the files do not scan (see `_scanned_revisions`) or there is not exactly one
    head: the caller then asks Alembic itself. tests/test_database_open.py checks it against
    `head_revision()`.
    """
    scanned = _scanned_revisions()
    if scanned is None:
        return None
    heads = scanned[0] - scanned[1]
    return next(iter(heads)) if len(heads) == 1 else None


def known_revisions() -> frozenset[str]:
    """Every schema revision this MetroDesk can open (and upgrade from)."""
    scanned = _scanned_revisions()
    if scanned is not None:
        return scanned[0]
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    return frozenset(s.revision for s in scripts.walk_revisions())
