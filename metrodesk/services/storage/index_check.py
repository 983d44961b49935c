"""The full check's look at record identities and the search index.

A UUID names one record of one kind: the search index, the journal and sync all key on it.
A contact imported with an organisation's UUID once took that id, overwrote the
organisation's search entry (global search lost it) and the check still said "sound". These
queries find what that leaves behind: an id held by records of two kinds, a search entry that
names no live record of its kind, and a live record that search cannot find.
"""

from __future__ import annotations

import sqlite3
from typing import Protocol

from metrodesk.data.identity import searchable_tables

#: how many examples a finding names (ids only: no names or addresses in a check report)
EXAMPLES = 3


class Report(Protocol):
    lines: list[str]

    def fail(self, reason: str) -> None: ...


def check_identities(conn: sqlite3.Connection, report: Report) -> None:
    """Add the findings to `report` ('search index: ok' when there are none)."""
    tables = searchable_tables()
    found = _shared_ids(conn, tables) + _stray_entries(conn, tables) + _unindexed(conn, tables)
    for line in found:
        report.fail(f"problem: {line}")
    if not found:
        report.lines.append("search index: ok")


def _examples(ids: list[str]) -> str:
    return ", ".join(ids[:EXAMPLES]) + (", …" if len(ids) > EXAMPLES else "")


def _shared_ids(conn: sqlite3.Connection, tables: dict[str, str]) -> list[str]:
    union = " UNION ALL ".join(
        f"SELECT id, '{kind}' AS kind FROM {t}" for kind, t in tables.items()
    )
    rows = conn.execute(
        f"SELECT id, group_concat(kind, ' and ') FROM ({union}) GROUP BY id HAVING count(*) > 1"
    ).fetchall()
    return [f"the id {rid} is used by records of two kinds ({kinds})" for rid, kinds in rows]


def _stray_entries(conn: sqlite3.Connection, tables: dict[str, str]) -> list[str]:
    out = []
    for kind, table in tables.items():
        stray = [
            row[0]
            for row in conn.execute(
                f"SELECT d.record_id FROM search_doc d WHERE d.kind = ? AND NOT EXISTS "
                f"(SELECT 1 FROM {table} t WHERE t.id = d.record_id AND t.deleted_at IS NULL)",
                (kind,),
            )
        ]
        if stray:
            out.append(
                f"{len(stray)} search entries of kind {kind} name no live {kind} "
                f"({_examples(stray)})"
            )
    unknown = conn.execute(
        f"SELECT DISTINCT kind FROM search_doc WHERE kind NOT IN ({', '.join('?' * len(tables))})",
        tuple(tables),
    ).fetchall()
    out += [f"search entries of an unknown kind {row[0]!r}" for row in unknown]
    return out


def _unindexed(conn: sqlite3.Connection, tables: dict[str, str]) -> list[str]:
    out = []
    for kind, table in tables.items():
        missing = [
            row[0]
            for row in conn.execute(
                f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL AND NOT EXISTS "
                "(SELECT 1 FROM search_doc d WHERE d.record_id = t.id AND d.kind = ?)",
                (kind,),
            )
        ]
        if missing:
            out.append(
                f"{len(missing)} live {kind} records cannot be found by search "
                f"({_examples(missing)})"
            )
    return out
