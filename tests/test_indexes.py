"""The indexes that keep per-contact reads cheap at 100,000 contacts (see migration 0003).

Timings belong in the benchmark; what a test can hold is that SQLite answers these reads
through the index, in its order, with no sort per contact."""

from __future__ import annotations

import pytest
from conftest import connect_raw


@pytest.mark.parametrize(
    ("table", "column", "index"),
    [
        ("contact_email", "address", "ix_contact_email_live_order"),
        ("contact_phone", "number", "ix_contact_phone_live_order"),
    ],
)
def test_a_contacts_first_live_email_and_phone_are_read_in_index_order(
    services, table, column, index
):
    path = services.db.path
    with connect_raw(path) as conn:
        plan = conn.execute(
            f"EXPLAIN QUERY PLAN SELECT {column} FROM {table} "
            "WHERE contact_id = ? AND deleted_at IS NULL ORDER BY position LIMIT 1 OFFSET 0",
            (b"0" * 16,),
        ).fetchall()
    conn.close()
    steps = " | ".join(row[-1] for row in plan)
    assert f"INDEX {index} (contact_id=?)" in steps
    assert "TEMP B-TREE" not in steps
