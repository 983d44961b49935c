"""The rows each section's list shows, a page at a time: the GUI never holds a whole table."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, String, and_, case, exists, func, literal_column, or_, select, text

from metrodesk.data.database import Database
from metrodesk.data.models import (
    ActionItem,
    Affiliation,
    Consent,
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
    #: column key -> the expression a click on its header sorts by; None: the built columns
    #: in order (each key one selected column after the id)
    sorts: Callable[[], Mapping[str, Any]] | None = None


def _first(model: Any, attr: str, owner: Any) -> Any:
    return (
        select(getattr(model, attr))
        .where(model.contact_id == owner.id, model.deleted_at.is_(None))
        .order_by(model.position)
        .limit(1)
        .scalar_subquery()
    )


def _current_organisation() -> Any:
    return (
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


def _contacts() -> Select[Any]:
    return select(
        Contact.id,
        Contact.given_name,
        Contact.family_name,
        Contact.name_order,
        Contact.job_title,
        _current_organisation(),
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
        lambda: {
            "name": Contact.sort_key,
            "job_title": Contact.job_title,
            "organisation": _current_organisation(),
            "email": _first(ContactEmail, "address", Contact),
            "phone": _first(ContactPhone, "number", Contact),
            "city": Contact.city,
            "country": Contact.country,
            "language": Contact.language,
        },
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


def _at_organisation(value: Any) -> Any:
    """Contacts whose current affiliation is with that organisation."""
    org_id = value if isinstance(value, uuid.UUID) else uuid.UUID(str(value))
    return exists().where(
        Affiliation.contact_id == Contact.id,
        Affiliation.organisation_id == org_id,
        Affiliation.deleted_at.is_(None),
        Affiliation.end_date.is_(None),
    )


def _tagged(value: Any) -> Any:
    tags = func.json_each(Contact.tags).table_valued("value")
    return exists(select(1).select_from(tags).where(tags.c.value == str(value)))


def _with_email(value: Any) -> Any:
    """True: contacts with an e-mail address; False: those without."""
    # one pass over the e-mails rather than a lookup per contact
    has = Contact.id.in_(select(ContactEmail.contact_id).where(ContactEmail.deleted_at.is_(None)))
    return has if value else ~has


def _consent(value: Any) -> Any:
    """Value "given": contacts with a consent on record that is not withdrawn; value "none":
    the others (never asked, or every consent withdrawn)."""
    in_force = exists().where(
        Consent.contact_id == Contact.id,
        Consent.deleted_at.is_(None),
        Consent.withdrawn_on.is_(None),
    )
    if value == "given":
        return in_force
    if value == "none":
        return ~in_force
    raise ValueError(f"the consent filter takes 'given' or 'none', not {value!r}")


#: the filters a list accepts besides the search words: kind -> name -> condition for a value
FILTERS: dict[str, dict[str, Callable[[Any], Any]]] = {
    "contact": {
        "organisation": _at_organisation,
        "country": lambda value: Contact.country == value,
        "tag": _tagged,
        "language": lambda value: Contact.language == value,
        "has_email": _with_email,
        "consent": _consent,
    },
    "member_city": {
        "region": lambda value: MemberCity.region == value,
        "status": lambda value: MemberCity.status == value,
        "category": lambda value: MemberCity.category == value,
        "unpaid_year": _unpaid_in,
    },
}


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


def _sort_order(spec: ListSpec, sort: tuple[str, bool] | None) -> tuple[Any, ...]:
    """ORDER BY terms: the spec's own order, or one column (empty values last either way),
    then the spec's order to break ties."""
    if sort is None:
        return spec.order()
    key, descending = sort
    if spec.sorts is not None:
        exprs = dict(spec.sorts())
    else:
        selected = list(spec.build().selected_columns)[1:]
        exprs = {c.key: e for c, e in zip(spec.columns, selected, strict=True)}
    if key not in exprs:
        raise ValueError(f"the {spec.kind} list cannot be sorted by {key!r}")
    expr = exprs[key]
    default = spec.order()
    if expr is default[0]:
        # the list's own (indexed) order, walked forwards or backwards: no sort at 100,000 rows
        return tuple(e.desc() for e in default) if descending else default
    if isinstance(expr.type, String):
        empty: Any = or_(expr.is_(None), expr == "")
        expr = func.lower(expr)
    else:
        empty = expr.is_(None)
    last = case((empty, 1), else_=0)
    return (last, expr.desc() if descending else expr.asc(), *spec.order())


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
        sort: tuple[str, bool] | None = None,
    ) -> list[ListRow]:
        """`sort=(column key, descending)` orders by that column instead of the list's order
        (and a search by it rather than by relevance)."""
        spec = SPECS[kind]
        expr = match_expression(query)
        conditions = _conditions(kind, filters)
        order = _sort_order(spec, sort)
        with self.db.read() as s:
            if conditions or (sort is not None and expr is not None):
                # filtered lists are short (member cities): list order, search as a condition
                ids = list(
                    s.execute(
                        select(spec.model.id)
                        .where(*self._filtered(s, spec, kind, expr, conditions))
                        .order_by(*order)
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
                        .order_by(*order)
                        .offset(offset)
                        .limit(limit)
                    ).scalars()
                )
            if not ids:
                return []
            rows = {r[0]: r for r in s.execute(spec.build().where(spec.model.id.in_(ids)))}
        return [ListRow(i, spec.shape(tuple(rows[i][1:]))) for i in ids if i in rows]

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
                .order_by(func.lower(Organisation.name))
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

    @staticmethod
    def _filtered(
        s: Any, spec: ListSpec, kind: str, expr: str | None, conditions: list[Any]
    ) -> list[Any]:
        where = [spec.model.deleted_at.is_(None), *conditions]
        if expr is not None:
            # a subquery, not a list of ids: a one-letter search matches tens of thousands,
            # more than SQLite takes as parameters
            hits: Select[Any] = (
                select(literal_column("d.record_id"))
                .select_from(text("search_fts f CROSS JOIN search_doc d ON d.rowid = f.rowid"))
                .where(
                    text("search_fts MATCH :expr AND d.kind = :kind").bindparams(
                        expr=expr, kind=kind
                    )
                )
            )
            where.append(spec.model.id.in_(hits))
        return where
