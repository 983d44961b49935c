"""Global search: one box, every kind of record, as you type."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

from metrodesk.data.database import Database
from metrodesk.data.search_index import match_expression
from metrodesk.i18n import QT_TR_NOOP
from metrodesk.services.lists import search as list_search
from metrodesk.services.lists.hints import contact_hints, organisation_hints
from metrodesk.services.lists.search import DOC_FIRST, FTS_FIRST, KIND_DOCS

#: the order kinds are grouped in, and the name each group shows (translated where shown)
KIND_GROUPS = {
    "contact": QT_TR_NOOP("Contacts"),
    "organisation": QT_TR_NOOP("Organisations"),
    "member_city": QT_TR_NOOP("Member cities"),
    "training_centre": QT_TR_NOOP("Training"),
    "course": QT_TR_NOOP("Training"),
    "programme": QT_TR_NOOP("Programmes"),
    "event": QT_TR_NOOP("Events"),
    "meeting": QT_TR_NOOP("Meetings"),
    "action_item": QT_TR_NOOP("Action items"),
}

_TOTAL = text("SELECT count(*) FROM search_fts WHERE search_fts MATCH :expr")
#: every match ranked once, however many kinds ask (each bm25 pass reads every match)
_RANKED = text(
    f"SELECT d.kind, d.record_id, d.label FROM {FTS_FIRST} WHERE search_fts MATCH :expr "
    "ORDER BY f.rank"
)
#: broad searches: the newest matches of a kind, from the matches (FTS5 walks them by rowid)…
_NEWEST = text(
    f"SELECT d.kind, d.record_id, d.label FROM {FTS_FIRST} "
    "WHERE search_fts MATCH :expr AND d.kind = :kind ORDER BY f.rowid DESC LIMIT :limit"
)
#: …or, for a kind of few documents among many matches, from its documents, each probed
_NEWEST_FEW = text(
    f"SELECT d.kind, d.record_id, d.label FROM {DOC_FIRST} "
    "WHERE d.kind = :kind AND search_fts MATCH :expr ORDER BY d.rowid DESC LIMIT :limit"
)
#: past this many matches (a one-letter query) ranking costs more than it tells the user
RANK_LIMIT = 2000
#: a kind with at most this many documents is probed document by document
PROBE_LIMIT = list_search.PROBE_LIMIT


@dataclass(frozen=True)
class SearchHit:
    kind: str
    id: uuid.UUID
    label: str
    #: what tells it apart from others of the same name (organisation, e-mail, city)
    hint: str = ""

    @property
    def group(self) -> str:
        return KIND_GROUPS.get(self.kind, self.kind)


class Search:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find(
        self,
        query: str,
        per_kind: int = 5,
        kinds: tuple[str, ...] | None = None,
        hints: bool = False,
    ) -> list[SearchHit]:
        """Best matches of each kind, grouped in KIND_GROUPS order; accent- and case-blind.
        With `hints`, people and organisations say what tells them apart (for pickers)."""
        expr = match_expression(query)
        if expr is None:
            return []
        kinds = kinds or tuple(KIND_GROUPS)
        found: dict[str, list[SearchHit]] = {kind: [] for kind in kinds}
        with self.db.read() as s:
            if s.execute(_TOTAL, {"expr": expr}).scalar_one() <= RANK_LIMIT:
                rows: Iterable[Any] = s.execute(_RANKED, {"expr": expr})
            else:
                rows = (row for kind in kinds for row in self._newest(s, expr, kind, per_kind))
            for kind, rid, label in rows:
                if kind in found and len(found[kind]) < per_kind:
                    found[kind].append(SearchHit(kind, uuid.UUID(rid), label))
            if hints:
                return [hit for kind in kinds for hit in _with_hints(s, kind, found[kind])]
        return [hit for kind in kinds for hit in found[kind]]

    @staticmethod
    def _newest(s: Any, expr: str, kind: str, limit: int) -> Iterable[Any]:
        args = {"expr": expr, "kind": kind, "limit": limit, "n": PROBE_LIMIT + 1}
        few = s.execute(KIND_DOCS, args).scalar_one() <= PROBE_LIMIT
        return list(s.execute(_NEWEST_FEW if few else _NEWEST, args))


def _with_hints(s: Any, kind: str, hits: list[SearchHit]) -> list[SearchHit]:
    describe = {"contact": contact_hints, "organisation": organisation_hints}.get(kind)
    if describe is None or not hits:
        return hits
    found = describe(s, [h.id for h in hits])
    return [SearchHit(h.kind, h.id, h.label, found.get(h.id, "")) for h in hits]
