"""What writes changed, read from the change journal: the set a write announces to the views.

A write does not say what it changed; the journal does. `ChangeLog.mark()` before a write and
`ChangeLog.since(mark)` after it give every record the write touched, whatever the write was
(an edit, an import, an undo), so no caller can forget to announce a change or name the
wrong one.
"""

from __future__ import annotations

from functools import cache

from sqlalchemy import func, select

from metrodesk.data.database import Database
from metrodesk.data.journal import JournalEntry
from metrodesk.data.models import RECORD_CLASSES
from metrodesk.services.records.change_set import ChangeSet

#: past this many records a change set keeps only their kinds (an import of 100,000 rows)
MAX_LISTED = 2000


@cache
def linked_kinds(kind: str) -> frozenset[str]:
    """The kind itself and the kinds its record links to: a contact's e-mail touches its
    contact, a fee its member city, an action item its meeting and its owner."""
    by_table = {cls.__tablename__: k for k, cls in RECORD_CLASSES.items()}
    cls = RECORD_CLASSES.get(kind)
    if cls is None:
        return frozenset({kind})
    targets = {by_table.get(fk.column.table.name) for fk in cls.__table__.foreign_keys}
    return frozenset({kind} | {t for t in targets if t is not None})


class ChangeLog:
    """Reads the journal for what was written after a mark (a write of this window's, or of
    another program on the same file meanwhile: both are changes to show)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def mark(self) -> int:
        """Where the journal ends now."""
        with self.db.read() as s:
            return int(s.scalar(select(func.max(JournalEntry.seq))) or 0)

    def since(self, mark: int) -> ChangeSet:
        """Every record journaled after `mark`, with the kinds it touches."""
        after = JournalEntry.seq > mark
        with self.db.read() as s:
            pairs = s.execute(
                select(JournalEntry.record_kind, JournalEntry.record_id)
                .where(after)
                .distinct()
                .limit(MAX_LISTED + 1)
            ).all()
            if len(pairs) > MAX_LISTED:
                written = set(s.scalars(select(JournalEntry.record_kind).where(after).distinct()))
                return ChangeSet(_with_links(written), None)
        records = frozenset((str(kind), rid) for kind, rid in pairs)
        return ChangeSet(_with_links({kind for kind, _ in records}), records)


def _with_links(kinds: set[str]) -> frozenset[str]:
    return frozenset().union(*(linked_kinds(k) for k in kinds)) if kinds else frozenset()
