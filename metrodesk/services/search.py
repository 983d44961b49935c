"""Global search: one box, every kind of record, as you type."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import text

from metrodesk.data.database import Database
from metrodesk.data.search_index import match_expression

#: the order kinds are grouped in, and the name each group shows
KIND_GROUPS = {
    "contact": "Contacts",
    "organisation": "Organisations",
    "member_city": "Member cities",
    "training_centre": "Training",
    "course": "Training",
    "programme": "Programmes",
    "event": "Events",
    "meeting": "Meetings",
    "action_item": "Action items",
}

_FIND = text(
    "SELECT d.kind, d.record_id, d.label FROM search_fts f "
    "JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = :kind ORDER BY f.rank LIMIT :limit"
)


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: uuid.UUID
    label: str

    @property
    def group(self) -> str:
        return KIND_GROUPS.get(self.kind, self.kind)


class Search:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find(
        self, query: str, per_kind: int = 5, kinds: tuple[str, ...] | None = None
    ) -> list[SearchHit]:
        """Best matches of each kind, grouped in KIND_GROUPS order; accent- and case-blind."""
        expr = match_expression(query)
        if expr is None:
            return []
        hits: list[SearchHit] = []
        with self.db.read() as s:
            for kind in kinds or tuple(KIND_GROUPS):
                rows = s.execute(_FIND, {"expr": expr, "kind": kind, "limit": per_kind})
                hits += [SearchHit(k, uuid.UUID(rid), label) for k, rid, label in rows]
        return hits
