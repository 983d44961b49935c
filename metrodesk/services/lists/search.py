"""A list's search: the matches of one kind, counted and paged in a few milliseconds whatever
the query, from the full-text index (`data.search_index`).

A one-letter search matches half of 100,000 contacts. Counting them joined to their documents,
and above all ranking them (bm25 reads every match), costs far more than FTS5's own count, and
FTS5 walks matches in rowid order for free (the README's benchmark has the figures). So: few
matches are ranked; many are listed newest
first (by rowid), paged after the last row shown; and a kind's count is taken from the side
with fewer documents (the kind's own, or the others') when that side is small.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text

#: past this many matches of every kind, ranking costs more than it tells: bm25 scores every
#: match before the first page shows (two letters match thousands at 1,000,000 contacts, and
#: their ranking alone took most of a keystroke's budget); such broad searches list newest
#: first
RANK_LIMIT = 1000
#: probing documents one by one beats joining every match while they are few: a kind (or the
#: rest) with at most this many documents is probed document by document
PROBE_LIMIT = 300

_MATCHES = "search_fts MATCH :expr"
# FTS first (CROSS JOIN fixes SQLite's join order): matching documents are few, documents of a
# kind are many. Only live records have documents, so these counts need no join to the record.
FTS_FIRST = "search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid"
# documents first, each probed by rowid: for a kind with few documents among many matches
DOC_FIRST = "search_doc d CROSS JOIN search_fts f ON f.rowid = d.rowid"
_TOTAL = text(f"SELECT count(*) FROM search_fts WHERE {_MATCHES}")
# enough to tell few from many: FTS5 stops after :n matches, where a count walks them all
# (half the list for one letter)
_TOTAL_UP_TO = text(f"SELECT count(*) FROM (SELECT 1 FROM search_fts WHERE {_MATCHES} LIMIT :n)")
_HIT_COUNT = text(f"SELECT count(*) FROM {FTS_FIRST} WHERE {_MATCHES} AND d.kind = :kind")
_KIND_PROBED = text(f"SELECT count(*) FROM {DOC_FIRST} WHERE d.kind = :kind AND {_MATCHES}")
_OTHERS_PROBED = text(
    f"SELECT count(*) FROM {DOC_FIRST} WHERE (d.kind < :kind OR d.kind > :kind) AND {_MATCHES}"
)
KIND_DOCS = text("SELECT count(*) FROM (SELECT 1 FROM search_doc WHERE kind = :kind LIMIT :n)")
_OTHER_DOCS = text(
    "SELECT count(*) FROM (SELECT 1 FROM search_doc WHERE kind < :kind OR kind > :kind LIMIT :n)"
)
_RANKED = text(
    f"SELECT d.record_id FROM {FTS_FIRST} WHERE {_MATCHES} AND d.kind = :kind "
    "ORDER BY f.rank LIMIT :limit OFFSET :offset"
)
_NEWEST = text(
    f"SELECT d.record_id FROM {FTS_FIRST} WHERE {_MATCHES} AND d.kind = :kind "
    "AND f.rowid < :before ORDER BY f.rowid DESC LIMIT :limit OFFSET :offset"
)
_NEWEST_FEW = text(
    f"SELECT d.record_id FROM {DOC_FIRST} WHERE d.kind = :kind AND {_MATCHES} "
    "ORDER BY d.rowid DESC LIMIT :limit OFFSET :offset"
)
_DOC_ROWID = text("SELECT rowid FROM search_doc WHERE record_id = :rid")
_NO_ROWID = 2**63 - 1


@dataclass(frozen=True)
class SearchPlan:
    """How one search of one kind is best answered, found from cheap counts."""

    #: matches of this kind; -1 when the plan was made without counting them (`counted`)
    count: int
    #: ranked by relevance (few matches of any kind), else newest first
    ranked: bool
    #: the kind has few documents: they are probed one by one
    few_docs: bool


def plan_search(s: Any, kind: str, expr: str, counted: bool = True) -> SearchPlan:
    """The count of one kind's matches in a few ms whatever the query: the FTS count of every
    kind is cheap; joining 50,000 one-letter matches to their documents is not, so when
    matches are many the kind's (or the other kinds') few documents are probed instead.

    Without `counted`, many matches are not counted (-1): the first page of a search as the
    user types does not wait for the count of half a million one-letter matches."""
    args = {"expr": expr, "kind": kind, "n": PROBE_LIMIT + 1}
    if counted:
        total = int(s.execute(_TOTAL, args).scalar_one())
    else:
        total = int(s.execute(_TOTAL_UP_TO, {"expr": expr, "n": RANK_LIMIT + 1}).scalar_one())
    if total <= RANK_LIMIT:
        return SearchPlan(int(s.execute(_HIT_COUNT, args).scalar_one()), True, False)
    if s.execute(KIND_DOCS, args).scalar_one() <= PROBE_LIMIT:
        hits = int(s.execute(_KIND_PROBED, args).scalar_one()) if counted else -1
        return SearchPlan(hits, False, True)
    if not counted:
        return SearchPlan(-1, False, False)
    if s.execute(_OTHER_DOCS, args).scalar_one() <= PROBE_LIMIT:
        return SearchPlan(total - int(s.execute(_OTHERS_PROBED, args).scalar_one()), False, False)
    return SearchPlan(int(s.execute(_HIT_COUNT, args).scalar_one()), False, False)


def hit_ids(
    s: Any, kind: str, expr: str, hits: SearchPlan, offset: int, limit: int, after: uuid.UUID | None
) -> list[uuid.UUID]:
    """A page of matches: by relevance when few, else newest first (by document rowid, which
    FTS5 walks in order, from the row after `after` rather than past `offset` rows)."""
    args: dict[str, Any] = {"expr": expr, "kind": kind, "limit": limit, "offset": offset}
    if hits.ranked:
        stmt = _RANKED
    elif hits.few_docs:
        stmt = _NEWEST_FEW
    else:
        stmt, args["before"] = _NEWEST, _NO_ROWID
        if after is not None:
            rowid = s.execute(_DOC_ROWID, {"rid": after.hex}).scalar_one_or_none()
            if rowid is not None:
                args["before"], args["offset"] = rowid, 0
    return [uuid.UUID(r) for r in s.execute(stmt, args).scalars()]
