"""The rows each section's list shows, a page at a time: the GUI never holds a whole table."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select, text

from metrodesk.data.database import Database
from metrodesk.data.models import (
    ActionItem,
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    Meeting,
    MemberCity,
    MembershipFee,
    Organisation,
    Record,
    TrainingCentre,
)
from metrodesk.data.people import display_name
from metrodesk.data.search_index import match_expression


@dataclass(frozen=True)
class ListColumn:
    key: str
    header: str


@dataclass(frozen=True)
class ListRow:
    id: uuid.UUID
    values: tuple[Any, ...]


@dataclass(frozen=True)
class ListSpec:
    kind: str
    model: type[Record]
    columns: tuple[ListColumn, ...]
    #: the select of (id, *columns) for live rows, before search and paging
    build: Callable[[], Select[Any]]
    order: Callable[[], tuple[Any, ...]]
    #: turns a row's selected values into the displayed ones, where SQL cannot
    shape: Callable[[tuple[Any, ...]], tuple[Any, ...]] = tuple


def _first(model: Any, attr: str, owner: Any) -> Any:
    return (
        select(getattr(model, attr))
        .where(model.contact_id == owner.id, model.deleted_at.is_(None))
        .order_by(model.position)
        .limit(1)
        .scalar_subquery()
    )


def _contacts() -> Select[Any]:
    org = (
        select(Organisation.name)
        .join(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(
            Affiliation.contact_id == Contact.id,
            Affiliation.deleted_at.is_(None),
            Affiliation.end_date.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    return select(
        Contact.id,
        Contact.given_name,
        Contact.family_name,
        Contact.name_order,
        Contact.job_title,
        org,
        _first(ContactEmail, "address", Contact),
        _first(ContactPhone, "number", Contact),
        Contact.city,
        Contact.country,
        Contact.language,
    )


def _owner(column: Any) -> Any:
    return select(column).where(Contact.id == ActionItem.owner_id).scalar_subquery()


def _simple(model: Any, *cols: Any) -> Callable[[], Select[Any]]:
    return lambda: select(model.id, *cols)


SPECS: dict[str, ListSpec] = {
    "contact": ListSpec(
        "contact",
        Contact,
        tuple(
            ListColumn(k, h)
            for k, h in [
                ("name", "Name"),
                ("job_title", "Job title"),
                ("organisation", "Organisation"),
                ("email", "E-mail"),
                ("phone", "Phone"),
                ("city", "City"),
                ("country", "Country"),
                ("language", "Language"),
            ]
        ),
        _contacts,
        lambda: (Contact.sort_key, Contact.id),
        lambda v: (display_name(v[0], v[1], v[2]), *v[3:]),
    ),
    "organisation": ListSpec(
        "organisation",
        Organisation,
        (
            ListColumn("name", "Name"),
            ListColumn("org_kind", "Kind"),
            ListColumn("city", "City"),
            ListColumn("country", "Country"),
            ListColumn("website", "Website"),
        ),
        _simple(
            Organisation,
            Organisation.name,
            Organisation.org_kind,
            Organisation.city,
            Organisation.country,
            Organisation.website,
        ),
        lambda: (func.lower(Organisation.name), Organisation.id),
    ),
    "member_city": ListSpec(
        "member_city",
        MemberCity,
        (
            ListColumn("name", "City"),
            ListColumn("country", "Country"),
            ListColumn("region", "Region"),
            ListColumn("status", "Status"),
            ListColumn("member_since", "Member since"),
            ListColumn("population", "Population"),
        ),
        _simple(
            MemberCity,
            MemberCity.name,
            MemberCity.country,
            MemberCity.region,
            MemberCity.status,
            MemberCity.member_since,
            MemberCity.population,
        ),
        lambda: (MemberCity.name, MemberCity.id),
    ),
    "training_centre": ListSpec(
        "training_centre",
        TrainingCentre,
        (
            ListColumn("name", "Name"),
            ListColumn("role", "Role"),
            ListColumn("city", "City"),
            ListColumn("country", "Country"),
            ListColumn("status", "Status"),
        ),
        _simple(
            TrainingCentre,
            TrainingCentre.name,
            TrainingCentre.role,
            TrainingCentre.city,
            TrainingCentre.country,
            TrainingCentre.status,
        ),
        lambda: (TrainingCentre.role, TrainingCentre.name),
    ),
    "meeting": ListSpec(
        "meeting",
        Meeting,
        (
            ListColumn("starts_at", "Starts"),
            ListColumn("title", "Title"),
            ListColumn("meeting_kind", "Kind"),
            ListColumn("city", "City"),
            ListColumn("venue", "Venue"),
        ),
        _simple(
            Meeting,
            Meeting.starts_at,
            Meeting.title,
            Meeting.meeting_kind,
            Meeting.city,
            Meeting.venue,
        ),
        lambda: (Meeting.starts_at.desc(), Meeting.id),
    ),
    "action_item": ListSpec(
        "action_item",
        ActionItem,
        (
            ListColumn("description", "Description"),
            ListColumn("owner", "Owner"),
            ListColumn("due_on", "Due"),
            ListColumn("status", "Status"),
        ),
        lambda: select(
            ActionItem.id,
            ActionItem.description,
            _owner(Contact.given_name),
            _owner(Contact.family_name),
            _owner(Contact.name_order),
            ActionItem.due_on,
            ActionItem.status,
        ),
        lambda: (ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id),
        lambda v: (v[0], display_name(v[1] or "", v[2] or "", v[3] or ""), *v[4:]),
    ),
}


# FTS first (CROSS JOIN fixes SQLite's join order): matching documents are few, documents of a
# kind are many. Only live records have documents, so these counts need no join to the record.
_HITS = text(
    "SELECT d.record_id FROM search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = :kind ORDER BY f.rank LIMIT :limit OFFSET :offset"
)
_HIT_COUNT = text(
    "SELECT count(*) FROM search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = :kind"
)


def _unpaid_in(year: Any) -> Any:
    """Cities with a fee for `year` that has no paid date."""
    return MemberCity.id.in_(
        select(MembershipFee.city_id).where(
            MembershipFee.year == int(year),
            MembershipFee.paid_on.is_(None),
            MembershipFee.deleted_at.is_(None),
        )
    )


#: the filters a list accepts besides the search words: kind -> name -> condition for a value
FILTERS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "member_city": {
        "region": lambda value: MemberCity.region == value,
        "status": lambda value: MemberCity.status == value,
        "category": lambda value: MemberCity.category == value,
        "unpaid_year": _unpaid_in,
    },
}

_ALL_HITS = text(
    "SELECT d.record_id FROM search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid "
    "WHERE search_fts MATCH :expr AND d.kind = :kind"
)


def _conditions(kind: str, filters: Mapping[str, Any] | None) -> list[Any]:
    known = FILTERS.get(kind, {})
    out = []
    for name, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if name not in known:
            raise ValueError(f"the {kind} list has no filter {name!r}")
        out.append(known[name](value))
    return out


class Lists:
    """Pages are read in two steps, ids then rows, so that a page deep in a long list costs
    an index walk rather than building every row before it."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def spec(self, kind: str) -> ListSpec:
        return SPECS[kind]

    def count(self, kind: str, query: str = "", *, filters: Mapping[str, Any] | None = None) -> int:
        """With `filters` (names from FILTERS, empty values ignored), only matching rows."""
        spec = SPECS[kind]
        expr = match_expression(query)
        conditions = _conditions(kind, filters)
        with self.db.read() as s:
            if conditions:
                stmt = select(func.count()).select_from(spec.model)
                stmt = stmt.where(*self._filtered(s, spec, kind, expr, conditions))
                return int(s.execute(stmt).scalar_one())
            if expr is not None:
                return int(s.execute(_HIT_COUNT, {"expr": expr, "kind": kind}).scalar_one())
            live = select(func.count()).select_from(spec.model)
            return int(s.execute(live.where(spec.model.deleted_at.is_(None))).scalar_one())

    def page(
        self,
        kind: str,
        query: str = "",
        offset: int = 0,
        limit: int = 100,
        *,
        filters: Mapping[str, Any] | None = None,
    ) -> list[ListRow]:
        spec = SPECS[kind]
        expr = match_expression(query)
        conditions = _conditions(kind, filters)
        with self.db.read() as s:
            if conditions:
                # filtered lists are short (member cities): list order, search as a condition
                ids = list(
                    s.execute(
                        select(spec.model.id)
                        .where(*self._filtered(s, spec, kind, expr, conditions))
                        .order_by(*spec.order())
                        .offset(offset)
                        .limit(limit)
                    ).scalars()
                )
            elif expr is not None:
                params = {"expr": expr, "kind": kind, "limit": limit, "offset": offset}
                ids = [uuid.UUID(r) for r in s.execute(_HITS, params).scalars()]
            else:
                ids = list(
                    s.execute(
                        select(spec.model.id)
                        .where(spec.model.deleted_at.is_(None))
                        .order_by(*spec.order())
                        .offset(offset)
                        .limit(limit)
                    ).scalars()
                )
            if not ids:
                return []
            rows = {r[0]: r for r in s.execute(spec.build().where(spec.model.id.in_(ids)))}
        return [ListRow(i, spec.shape(tuple(rows[i][1:]))) for i in ids if i in rows]

    @staticmethod
    def _filtered(
        s: Any, spec: ListSpec, kind: str, expr: str | None, conditions: list[Any]
    ) -> list[Any]:
        where = [spec.model.deleted_at.is_(None), *conditions]
        if expr is not None:
            hits = [
                uuid.UUID(r) for r in s.execute(_ALL_HITS, {"expr": expr, "kind": kind}).scalars()
            ]
            where.append(spec.model.id.in_(hits))
        return where
