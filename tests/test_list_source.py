"""Every section's list through the one protocol (`ListSource`): counts, ids, rows and the
packed order agree, whatever the source behind it."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from metrodesk.services.facade import Services
from metrodesk.services.lists.source import ListQuery, ListSource, list_pages

KINDS = ("contact", "organisation", "member_city", "training_centre", "meeting", "action_item")


def _unpacked(order: bytes) -> list[uuid.UUID]:
    return [uuid.UUID(bytes=order[i : i + 16]) for i in range(0, len(order), 16)]


def _every_id(source: ListSource, query: ListQuery, page: int) -> list[uuid.UUID]:
    ids: list[uuid.UUID] = []
    while batch := source.page_ids(query, len(ids), page, ids[-1] if ids else None):
        ids += batch
    return ids


@pytest.mark.parametrize("kind", KINDS)
def test_count_ids_rows_and_order_agree(sample_services: Services, kind: str):
    source = sample_services.list_source(kind)
    assert source.kind == kind
    query = ListQuery()
    total = source.count(query)
    assert total > 0
    # paged three at a time (keyset where the source can), as a table scrolling would
    ids = _every_id(source, query, 3)
    assert len(ids) == len(set(ids)) == total
    assert _unpacked(source.order(query)) == ids
    assert source.first_ids(query, 2) == (total, ids[:2])
    rows = source.rows(list(reversed(ids)))
    assert [r.id for r in rows] == list(reversed(ids))
    assert all(len(r.values) == len(source.columns) for r in rows)
    assert [r.id for page in list_pages(source, query, 2) for r in page] == ids


@pytest.mark.parametrize(
    ("kind", "query"),
    [
        ("contact", ListQuery("seoul", {"country": "KR"}, ("name", True))),
        ("member_city", ListQuery(filters={"region": "Europe"})),
        ("meeting", ListQuery(filters={"city": "barcelona"})),
        ("meeting", ListQuery("strategic")),
        ("action_item", ListQuery(filters={"due": "overdue", "today": date(2020, 1, 1)})),
    ],
)
def test_searched_filtered_and_sorted_lists_page_as_they_count(
    sample_services: Services, kind: str, query: ListQuery
):
    source = sample_services.list_source(kind)
    ids = _every_id(source, query, 2)
    assert 0 < len(ids) == source.count(query) < source.count(ListQuery())
    assert _unpacked(source.order(query)) == ids


def test_empty_filter_values_filter_nothing(sample_services: Services):
    meetings = sample_services.list_source("meeting")
    everything = meetings.count(ListQuery())
    assert meetings.count(ListQuery(filters={"city": "", "participant_id": None})) == everything


@pytest.mark.parametrize("kind", KINDS)
def test_an_unknown_filter_is_refused(sample_services: Services, kind: str):
    with pytest.raises(ValueError, match="no filter"):
        sample_services.list_source(kind).count(ListQuery(filters={"shoe": "42"}))


def test_rows_leave_out_records_deleted_since(sample_services: Services):
    source = sample_services.list_source("meeting")
    ids = source.page_ids(ListQuery(), 0, 10)
    sample_services.records.delete("meeting", ids[0])
    assert [r.id for r in source.rows(ids)] == ids[1:]
    assert source.count(ListQuery()) == len(ids) - 1
