"""The rows each section's list shows, a page at a time: the GUI never holds a whole table."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Select,
    String,
    UnaryExpression,
    and_,
    case,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    type_coerce,
)

from metrodesk.data.database import Database
from metrodesk.data.models import (
    Affiliation,
    Contact,
    Organisation,
)
from metrodesk.data.search_index import match_expression
from metrodesk.services.lists.search import FTS_FIRST, SearchPlan, hit_ids, plan_search
from metrodesk.services.lists.specs import SPECS, ListRow, ListSpec, conditions


def sort_order(spec: ListSpec, sort: tuple[str, bool] | None) -> tuple[Any, ...]:
    """ORDER BY terms: the spec's own order, or one column (empty values last either way),
    then the spec's order to break ties."""
    if sort is None:
        return spec.order()
    key, descending = sort
    exprs = _sort_exprs(spec)
    if key not in exprs:
        raise ValueError(f"the {spec.kind} list cannot be sorted by {key!r}")
    expr = exprs[key]
    default = spec.order()
    if _default_order(spec, sort):
        # the list's own (indexed) order, walked forwards or backwards: no sort at 100,000 rows
        return tuple(e.desc() for e in default) if descending else default
    if isinstance(expr.type, String):
        empty: Any = or_(expr.is_(None), expr == "")
        # folded as search folds (the SQL function of data.engine): accents and case aside
        expr = func.fold(expr, type_=String)
    else:
        empty = expr.is_(None)
    last = case((empty, 1), else_=0)
    return (last, expr.desc() if descending else expr.asc(), *spec.order())


def _keyset(s: Any, spec: ListSpec, order: tuple[Any, ...], after: uuid.UUID | None) -> Any:
    """`(order terms) > (those of the row after)`, which SQLite answers from the list's index;
    None where that cannot be said: no row given or gone, a NULL in its terms, or an order
    with a descending term or without the id last (not unique)."""
    if after is None or order[-1] is not spec.model.id:
        return None
    if any(isinstance(term, UnaryExpression) for term in order):
        return None
    values = s.execute(select(*order).where(spec.model.id == after)).one_or_none()
    if values is None or any(v is None for v in values):
        return None  # gone, or a NULL that no comparison gets past
    return tuple_(*order) > tuple_(
        *(literal(v, t.type) for v, t in zip(values, order, strict=True))
    )


def _sort_exprs(spec: ListSpec) -> dict[str, Any]:
    if spec.sorts is not None:
        return dict(spec.sorts())
    selected = list(spec.build().selected_columns)[1:]
    return {c.key: e for c, e in zip(spec.columns, selected, strict=True)}


def _default_order(spec: ListSpec, sort: tuple[str, bool]) -> bool:
    """A sort by the column the list is ordered by anyway."""
    return _sort_exprs(spec).get(sort[0]) is spec.order()[0]


@dataclass(frozen=True)
class FilterChoices:
    """The values a contact filter can take, as found among live contacts."""

    organisations: tuple[tuple[uuid.UUID, str], ...]
    countries: tuple[str, ...]
    languages: tuple[str, ...]
    tags: tuple[str, ...]


class Lists:
    """Pages are read in two steps, ids then rows, so that a page deep in a long list costs
    an index walk rather than building every row before it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def spec(self, kind: str) -> ListSpec:
        return SPECS[kind]

    def count(
        self,
        kind: str,
        query: str = "",
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
    ) -> int:
        """With `filters` (names from FILTERS, empty values ignored), only matching rows.
        `sort` is accepted so that callers may pass the same arguments as to `page`."""
        request = _Request(kind, query, filters, sort)
        with self.db.read() as s:
            return request.count(s)

    def page(
        self,
        kind: str,
        query: str = "",
        offset: int = 0,
        limit: int = 100,
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
        after: uuid.UUID | None = None,
    ) -> list[ListRow]:
        """`sort=(column key, descending)` orders by that column instead of the list's order
        (and a search by it rather than by relevance). `after`, the id of the last row of the
        page before, lets a page deep in the list start from that row (keyset) rather than
        walk `offset` rows; `offset` is used when that row is gone or the order allows no
        keyset."""
        request = _Request(kind, query, filters, sort)
        with self.db.read() as s:
            return self._rows(s, request.spec, request.ids(s, offset, limit, after))

    def page_ids(
        self,
        kind: str,
        query: str = "",
        offset: int = 0,
        limit: int = 100,
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
        after: uuid.UUID | None = None,
    ) -> list[uuid.UUID]:
        """`page` without its rows, for a list that reads rows (`rows`) as they are shown."""
        request = _Request(kind, query, filters, sort)
        with self.db.read() as s:
            return request.ids(s, offset, limit, after)

    def first_ids(
        self,
        kind: str,
        query: str = "",
        limit: int = 100,
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
    ) -> tuple[int, list[uuid.UUID]]:
        """`count` and the first `page_ids` in one read, a search planned once: what each
        keystroke in a search box costs, before the rows shown are read."""
        request = _Request(kind, query, filters, sort)
        with self.db.read() as s:
            return request.count(s), request.ids(s, 0, limit, None)

    def first_page(
        self,
        kind: str,
        query: str = "",
        limit: int = 100,
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
    ) -> tuple[int, list[ListRow]]:
        """`count` and the first `page` in one read, a search planned once: what each
        keystroke in a search box costs."""
        request = _Request(kind, query, filters, sort)
        with self.db.read() as s:
            total = request.count(s)
            return total, self._rows(s, request.spec, request.ids(s, 0, limit, None))

    def quick(
        self,
        kind: str,
        query: str = "",
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
    ) -> bool:
        """Whether pages of this list come from an index a page at a time (the list's own
        order, forwards or backwards, or a search in its own order); others sort or filter
        the whole list (or every match) for every page."""
        request = _Request(kind, query, filters, sort)
        if request.conditions or sort is None:
            return not request.conditions
        return request.expr is None and _default_order(request.spec, sort)

    def order(
        self,
        kind: str,
        query: str = "",
        *,
        filters: Mapping[str, Any] | None = None,
        sort: tuple[str, bool] | None = None,
    ) -> bytes:
        """The ids of every row of a sorted or filtered list, in order, packed 16 bytes each
        (1.6 MB at 100,000): read once (in the background, as sorting a long list by a column
        without an index reads it whole), then pages are read by id."""
        request = _Request(kind, query, filters, sort)
        with self.db.read() as s:
            hexes = s.execute(request.id_query(hex_ids=True)).scalars()
            return bytes.fromhex("".join(hexes))

    def rows(self, kind: str, ids: Sequence[uuid.UUID]) -> list[ListRow]:
        """The rows of these records, in this order (those deleted since are left out): what a
        list that keeps only ids reads again when it scrolls back."""
        spec = SPECS[kind]
        with self.db.read() as s:
            return self._rows(s, spec, list(ids))

    @staticmethod
    def _rows(s: Any, spec: ListSpec, ids: list[uuid.UUID]) -> list[ListRow]:
        if not ids:
            return []
        # deleted rows are dropped here, not in SQL: `deleted_at IS NULL` beside `id IN (…)`
        # makes SQLite walk the deleted_at index (every live row) instead of the ids
        stmt = spec.build().add_columns(spec.model.deleted_at).where(spec.model.id.in_(ids))
        rows = {r[0]: r for r in s.execute(stmt) if r[-1] is None}
        return [ListRow(i, spec.shape(tuple(rows[i][1:-1]))) for i in ids if i in rows]

    def contact_filter_choices(self) -> FilterChoices:
        """Organisations with current contacts, and the countries, languages and tags in use."""
        live = Contact.deleted_at.is_(None)
        tags = func.json_each(Contact.tags).table_valued("value")
        with self.db.read() as s:
            orgs = s.execute(
                select(Organisation.id, Organisation.name)
                .where(
                    Organisation.deleted_at.is_(None),
                    exists().where(
                        and_(
                            Affiliation.organisation_id == Organisation.id,
                            Affiliation.deleted_at.is_(None),
                            Affiliation.end_date.is_(None),
                        )
                    ),
                )
                .order_by(func.fold(Organisation.name))
            ).all()

            def used(column: Any) -> tuple[str, ...]:
                stmt = select(column).where(live, column != "").distinct().order_by(column)
                return tuple(str(v) for v in s.execute(stmt).scalars())

            tag_rows = s.execute(
                select(tags.c.value).select_from(Contact).join(tags, text("1")).where(live)
            ).scalars()
            return FilterChoices(
                tuple((i, str(n)) for i, n in orgs),
                used(Contact.country),
                used(Contact.language),
                tuple(sorted({str(t) for t in tag_rows if t}, key=str.casefold)),
            )


class _Request:
    """One list read: kind, search words, filters and sort, as SQL; a search's plan (`plan_search`)
    is made once however many statements use it."""

    def __init__(
        self,
        kind: str,
        query: str,
        filters: Mapping[str, Any] | None,
        sort: tuple[str, bool] | None,
    ) -> None:
        self.kind, self.spec, self.sort = kind, SPECS[kind], sort
        self.expr = match_expression(query)
        self.conditions = conditions(kind, filters)
        self.order = sort_order(self.spec, sort)
        self._plan: SearchPlan | None = None

    def hits(self, s: Any, counted: bool = True) -> SearchPlan:
        """The search's plan; one made without `counted` is not kept (a count needs its own)."""
        assert self.expr is not None
        if self._plan is None:
            if not counted:
                return plan_search(s, self.kind, self.expr, counted=False)
            self._plan = plan_search(s, self.kind, self.expr)
        return self._plan

    def count(self, s: Any) -> int:
        spec = self.spec
        if self.conditions:
            stmt = select(func.count()).select_from(spec.model).where(*self.filtered())
            return int(s.execute(stmt).scalar_one())
        if self.expr is not None:
            return self.hits(s).count
        live = select(func.count()).select_from(spec.model)
        return int(s.execute(live.where(spec.model.deleted_at.is_(None))).scalar_one())

    def ids(self, s: Any, offset: int, limit: int, after: uuid.UUID | None) -> list[uuid.UUID]:
        if self.expr is not None and not self.conditions and self.sort is None:
            # pages need the plan, not the count: `count` takes it when asked
            hits = self.hits(s, counted=False)
            return hit_ids(s, self.kind, self.expr, hits, offset, limit, after)
        keyset = None if self.conditions else _keyset(s, self.spec, self.order, after)
        stmt = self.id_query()
        if keyset is not None:
            stmt, offset = stmt.where(keyset), 0
        return list(s.execute(stmt.offset(offset).limit(limit)).scalars())

    def id_query(self, hex_ids: bool = False) -> Select[Any]:
        """Every id in order, as UUIDs or as the hex text SQLite holds (cheaper by the 100,000);
        a search with filters or a sort is a condition, in the list's or the sort's order."""
        spec = self.spec
        column = type_coerce(spec.model.id, String) if hex_ids else spec.model.id
        if self.conditions or self.expr is not None:
            where = self.filtered()
        else:
            where = [spec.model.deleted_at.is_(None)]
        return select(column).where(*where).order_by(*self.order)

    def filtered(self) -> list[Any]:
        where = [self.spec.model.deleted_at.is_(None), *self.conditions]
        if self.expr is not None:
            # a subquery, not a list of ids: a one-letter search matches tens of thousands,
            # more than SQLite takes as parameters
            hits: Select[Any] = (
                select(literal_column("d.record_id"))
                .select_from(text(FTS_FIRST))
                .where(
                    text("search_fts MATCH :expr AND d.kind = :kind").bindparams(
                        expr=self.expr, kind=self.kind
                    )
                )
            )
            where.append(self.spec.model.id.in_(hits))
        return where
