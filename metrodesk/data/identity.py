"""One id, one kind: a record's UUID names it in the search index, the journal and sync, so
no record of one kind may take the id of a record of another (even one in the trash, which
could come back)."""

from __future__ import annotations

import uuid

from sqlalchemy import Connection, text

from metrodesk.data.base import Record
from metrodesk.data.models import RECORD_CLASSES


def searchable_tables() -> dict[str, str]:
    """kind -> table, for the kinds that have a search entry per live record (every kind a
    workbook, a vCard or a sync names by UUID)."""
    return {
        kind: cls.__tablename__
        for kind, cls in RECORD_CLASSES.items()
        if cls.search_document is not Record.search_document
    }


def kind_holding(conn: Connection, record_id: uuid.UUID, other_than: str) -> str | None:
    """The kind of the record (live or in the trash) that holds `record_id`, among the
    searchable kinds other than `other_than`; None when there is none."""
    union = " UNION ALL ".join(
        f"SELECT '{kind}' FROM {table} WHERE id = :rid"
        for kind, table in searchable_tables().items()
        if kind != other_than
    )
    found = conn.execute(text(f"{union} LIMIT 1"), {"rid": record_id.hex}).scalar()
    return str(found) if found is not None else None
