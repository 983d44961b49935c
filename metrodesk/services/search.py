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

_FIND = (
    "SELECT d.kind, d.record_id, d.label FROM search_fts f "
    "CROSS JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = :kind"
)
_RANKED = text(_FIND + " ORDER BY f.rank LIMIT :limit")
_UNRANKED = text(_FIND + " LIMIT :limit")
_TOTAL = text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :expr")
#: past this many matches (a one-letter query) ranking costs more than it tells the user
RANK_LIMIT = 2000


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
            total = s.execute(_TOTAL, {"expr": expr}).scalar_one()
            stmt = _RANKED if total <= RANK_LIMIT else _UNRANKED
            for kind in kinds or tuple(KIND_GROUPS):
                rows = s.execute(stmt, {"expr": expr, "kind": kind, "limit": per_kind})
                hits += [SearchHit(k, uuid.UUID(rid), label) for k, rid, label in rows]
        return hits
