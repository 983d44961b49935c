"""The full-text index behind every search box: one document per searchable record.

`search_doc` is an ordinary table (upserted by record id); `search_fts` is an FTS5 index over
it kept current by triggers, tokenised with `unicode61 remove_diacritics 2` so that "agnes"
finds "Agnès" with the SQLite that ships with Python as well as with SQLCipher's.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from sqlalchemy import Connection, bindparam, text

from metrodesk.data.errors import IdentityClash

CREATE_STATEMENTS = (
    """CREATE TABLE search_doc (
        rowid INTEGER PRIMARY KEY,
        kind TEXT NOT NULL,
        record_id TEXT NOT NULL UNIQUE,
        label TEXT NOT NULL,
        body TEXT NOT NULL
    )""",
    "CREATE INDEX ix_search_doc_kind ON search_doc(kind)",
    """CREATE VIRTUAL TABLE search_fts USING fts5(
        body, content='search_doc', content_rowid='rowid',
        tokenize="unicode61 remove_diacritics 2", prefix='1 2 3'
    )""",
    """CREATE TRIGGER search_doc_ai AFTER INSERT ON search_doc BEGIN
        INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
    """CREATE TRIGGER search_doc_ad AFTER DELETE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
    END""",
    """CREATE TRIGGER search_doc_au AFTER UPDATE ON search_doc BEGIN
        INSERT INTO search_fts(search_fts, rowid, body) VALUES ('delete', old.rowid, old.body);
        INSERT INTO search_fts(rowid, body) VALUES (new.rowid, new.body);
    END""",
)

#: the columns of search_doc, which no model maps: the checks of the schema look for them too
DOC_COLUMNS = ("rowid", "kind", "record_id", "label", "body")

DROP_STATEMENTS = (
    "DROP TRIGGER IF EXISTS search_doc_au",
    "DROP TRIGGER IF EXISTS search_doc_ad",
    "DROP TRIGGER IF EXISTS search_doc_ai",
    "DROP TABLE IF EXISTS search_fts",
    "DROP TABLE IF EXISTS search_doc",
)

# the kind is never updated: an id belongs to one kind (see `_refuse_other_kinds`)
_UPSERT = text(
    "INSERT INTO search_doc(kind, record_id, label, body) VALUES (:kind, :rid, :label, :body) "
    "ON CONFLICT(record_id) DO UPDATE SET label=excluded.label, "
    "body=excluded.body WHERE body != excluded.body OR label != excluded.label"
)
_KINDS_OF = text("SELECT record_id, kind FROM search_doc WHERE record_id IN :ids").bindparams(
    bindparam("ids", expanding=True)
)
#: ids looked up per query (SQLite allows 32,766 parameters; this keeps each query quick)
_LOOKUP_CHUNK = 500
_DELETE = text("DELETE FROM search_doc WHERE record_id = :rid")

_WORD = re.compile(r"\w+", re.UNICODE)


def fold(value: str) -> str:
    """Lower case without accents: the form search compares."""
    decomposed = unicodedata.normalize("NFKD", value.casefold())
    # recompose what is left, or Hangul syllables would stay split into their letters
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def fold_or_none(value: str | None) -> str | None:
    """`fold` as the SQL function `fold(x)` (NULL stays NULL), registered on every connection."""
    return None if value is None else fold(str(value))


def match_expression(query: str) -> str | None:
    """Every word of the query as a prefix, all required: 'sao pau' -> '"sao"* AND "pau"*'."""
    words = _WORD.findall(fold(query))
    if not words:
        return None
    return " AND ".join(f'"{w}"*' for w in words)


def write_documents(conn: Connection, docs: Iterable[tuple[str, str, str, str]]) -> None:
    """Upsert (kind, record_id, label, body) rows."""
    # folded here as queries are, so both sides agree even where the tokenizer keeps a mark
    # (the hamza of Arabic أحمد) that NFKD separates
    rows = [{"kind": k, "rid": r, "label": lab, "body": fold(b)} for k, r, lab, b in docs]
    if rows:
        _refuse_other_kinds(conn, rows)
        conn.execute(_UPSERT, rows)


def _refuse_other_kinds(conn: Connection, rows: list[dict[str, str]]) -> None:
    """The last guard of one id, one kind: a record taking the id of another kind's record
    would take over its search entry (and search would lose the other). Whatever path the
    write came by (an import row, later a sync), the action is refused whole."""
    for start in range(0, len(rows), _LOOKUP_CHUNK):
        chunk = rows[start : start + _LOOKUP_CHUNK]
        wanted = {row["rid"]: row["kind"] for row in chunk}
        for rid, kind in conn.execute(_KINDS_OF, {"ids": list(wanted)}):
            if wanted[rid] != kind:
                raise IdentityClash(
                    f"the id {rid} already belongs to a record of another kind "
                    f"({kind.replace('_', ' ')}); nothing was saved"
                )


def remove_documents(conn: Connection, record_ids: Iterable[str]) -> None:
    rows = [{"rid": r} for r in record_ids]
    if rows:
        conn.execute(_DELETE, rows)
