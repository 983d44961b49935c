"""One section's list as every reader of it sees it: the lazy table, the list export, tests.

`ListSource` is the one protocol; each section's list implements it. Contacts, organisations,
member cities and training centres page through `Lists` (keyset pages, full-text search
planned once, filters from `specs.FILTERS`); meetings and action items, whose filters are
their own, through `ConditionList`. A reader reads ids first and rows by id as it shows
them, so a page deep in a long list costs an index walk, not every row before it.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import String, func, select, type_coerce
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.services.lists.paging import Lists, sort_order
from metrodesk.services.lists.specs import SPECS, ListColumn, ListRow


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: the words searched for, its filters (names the source knows; empty
    values filter nothing) and its sort (column key, descending), None for its own order."""

    text: str = ""
    filters: Mapping[str, Any] = field(default_factory=dict)
    sort: tuple[str, bool] | None = None

    def set_filters(self) -> dict[str, Any]:
        """The filters that filter something."""
        return {k: v for k, v in self.filters.items() if v not in (None, "")}


class ListSource(Protocol):
    """A section's list. Each call is one read transaction of its own; ids are record UUIDs."""

    @property
    def kind(self) -> str: ...

    @property
    def columns(self) -> tuple[ListColumn, ...]: ...

    def count(self, query: ListQuery) -> int:
        """How many records the list holds."""
        ...

    def first_ids(self, query: ListQuery, limit: int) -> tuple[int, list[uuid.UUID]]:
        """The count and the first `limit` ids, in one read (what a search costs)."""
        ...

    def page_ids(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[uuid.UUID]:
        """Ids from `offset` on; `after`, the id of the row before, lets a source continue
        from that row instead of walking `offset` rows (a source may ignore it)."""
        ...

    def rows(self, ids: Sequence[uuid.UUID]) -> list[ListRow]:
        """The rows of these records, in this order; records deleted since are left out."""
        ...

    def quick(self, query: ListQuery) -> bool:
        """Whether pages come from an index a page at a time; otherwise every page sorts or
        filters the whole list, and a long list is better read once with `order`."""
        ...

    def order(self, query: ListQuery) -> bytes:
        """Every id of the list in order, packed 16 bytes each."""
        ...


def list_ids(source: ListSource, query: ListQuery) -> list[uuid.UUID]:
    """Every id of the list, in its order (the list's `order`, unpacked)."""
    packed = source.order(query)
    return [uuid.UUID(bytes=packed[i : i + 16]) for i in range(0, len(packed), 16)]


def list_pages(
    source: ListSource, query: ListQuery, chunk: int, total: int | None = None
) -> Iterator[list[ListRow]]:
    """The whole list (`total` rows, counted when not given) a chunk of rows at a time, in
    flat memory at any length; ends early when the list shrinks meanwhile."""
    total = source.count(query) if total is None else total
    after: uuid.UUID | None = None
    offset = 0
    while offset < total:
        ids = source.page_ids(query, offset, chunk, after)
        if not ids:
            return
        rows = source.rows(ids)
        if rows:
            yield rows
        offset, after = offset + len(ids), ids[-1]


class SectionList:
    """A list `Lists` pages: contacts, organisations, member cities, training centres."""

    def __init__(self, lists: Lists, kind: str) -> None:
        self.lists = lists
        self.kind = kind
        self.columns = SPECS[kind].columns

    def count(self, query: ListQuery) -> int:
        return self.lists.count(self.kind, query.text, filters=query.filters, sort=query.sort)

    def first_ids(self, query: ListQuery, limit: int) -> tuple[int, list[uuid.UUID]]:
        return self.lists.first_ids(
            self.kind, query.text, limit, filters=query.filters, sort=query.sort
        )

    def page_ids(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[uuid.UUID]:
        return self.lists.page_ids(
            self.kind,
            query.text,
            offset,
            limit,
            filters=query.filters,
            sort=query.sort,
            after=after,
        )

    def rows(self, ids: Sequence[uuid.UUID]) -> list[ListRow]:
        return self.lists.rows(self.kind, ids)

    def quick(self, query: ListQuery) -> bool:
        return self.lists.quick(self.kind, query.text, filters=query.filters, sort=query.sort)

    def order(self, query: ListQuery) -> bytes:
        return self.lists.order(self.kind, query.text, filters=query.filters, sort=query.sort)


#: a list's conditions for a read: (session, search words, filters set) -> WHERE terms, the
#: live-records condition included
Conditions = Callable[[Session, str, Mapping[str, Any]], list[Any]]


class ConditionList:
    """A list whose search and filters are a section's own conditions (meetings, action
    items): ids by offset in the list's order, rows by id as `Lists` reads them."""

    def __init__(self, db: Database, kind: str, conditions: Conditions) -> None:
        self.db = db
        self.kind = kind
        self.spec = SPECS[kind]
        self.columns = self.spec.columns
        self.conditions = conditions
        self._lists = Lists(db)

    def count(self, query: ListQuery) -> int:
        with self.db.read() as s:
            return self._count(s, query)

    def _count(self, s: Session, query: ListQuery) -> int:
        model = self.spec.model
        where = self.conditions(s, query.text, query.set_filters())
        return int(s.execute(select(func.count()).select_from(model).where(*where)).scalar_one())

    def first_ids(self, query: ListQuery, limit: int) -> tuple[int, list[uuid.UUID]]:
        with self.db.read() as s:
            return self._count(s, query), self._ids(s, query, 0, limit)

    def page_ids(
        self, query: ListQuery, offset: int, limit: int, after: uuid.UUID | None = None
    ) -> list[uuid.UUID]:
        with self.db.read() as s:
            return self._ids(s, query, offset, limit)

    def _ids(self, s: Session, query: ListQuery, offset: int, limit: int) -> list[uuid.UUID]:
        stmt = self._id_query(s, query, self.spec.model.id).offset(offset).limit(limit)
        return list(s.execute(stmt).scalars())

    def _id_query(self, s: Session, query: ListQuery, column: Any) -> Any:
        where = self.conditions(s, query.text, query.set_filters())
        return select(column).where(*where).order_by(*sort_order(self.spec, query.sort))

    def rows(self, ids: Sequence[uuid.UUID]) -> list[ListRow]:
        return self._lists.rows(self.kind, ids)

    def quick(self, query: ListQuery) -> bool:
        return not query.set_filters() and query.sort is None

    def order(self, query: ListQuery) -> bytes:
        hexes = type_coerce(self.spec.model.id, String)
        with self.db.read() as s:
            return bytes.fromhex("".join(s.execute(self._id_query(s, query, hexes)).scalars()))
