"""The rows each section's list shows, a page at a time: the GUI never holds a whole table."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
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
from metrodesk.i18n import QT_TR_NOOP
from metrodesk.services.lists.search import FTS_FIRST, SearchPlan, hit_ids, plan_search


@dataclass(frozen=True)
class ListColumn:
    key: str
    #: marked with QT_TR_NOOP, translated where shown
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
                ("name", QT_TR_NOOP("Name")),
                ("job_title", QT_TR_NOOP("Job title")),
                ("organisation", QT_TR_NOOP("Organisation")),
                ("email", QT_TR_NOOP("E-mail")),
                ("phone", QT_TR_NOOP("Phone")),
                ("city", QT_TR_NOOP("City")),
                ("country", QT_TR_NOOP("Country")),
                ("language", QT_TR_NOOP("Language")),
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
            ListColumn("name", QT_TR_NOOP("Name")),
            ListColumn("org_kind", QT_TR_NOOP("Kind")),
            ListColumn("city", QT_TR_NOOP("City")),
            ListColumn("country", QT_TR_NOOP("Country")),
            ListColumn("website", QT_TR_NOOP("Website")),
        ),
        _simple(
            Organisation,
            Organisation.name,
            Organisation.org_kind,
            Organisation.city,
            Organisation.country,
            Organisation.website,
        ),
        lambda: (func.fold(Organisation.name, type_=String), Organisation.id),
    ),
    "member_city": ListSpec(
        "member_city",
        MemberCity,
        (
            ListColumn("name", QT_TR_NOOP("City")),
            ListColumn("country", QT_TR_NOOP("Country")),
            ListColumn("region", QT_TR_NOOP("Region")),
            ListColumn("status", QT_TR_NOOP("Status")),
            ListColumn("member_since", QT_TR_NOOP("Member since")),
            ListColumn("population", QT_TR_NOOP("Population")),
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
            ListColumn("name", QT_TR_NOOP("Name")),
            ListColumn("role", QT_TR_NOOP("Role")),
            ListColumn("city", QT_TR_NOOP("City")),
            ListColumn("country", QT_TR_NOOP("Country")),
            ListColumn("status", QT_TR_NOOP("Status")),
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
            ListColumn("starts_at", QT_TR_NOOP("Starts")),
            ListColumn("title", QT_TR_NOOP("Title")),
            ListColumn("meeting_kind", QT_TR_NOOP("Kind")),
            ListColumn("city", QT_TR_NOOP("City")),
            ListColumn("venue", QT_TR_NOOP("Venue")),
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
            ListColumn("description", QT_TR_NOOP("Description")),
            ListColumn("owner", QT_TR_NOOP("Owner")),
            ListColumn("due_on", QT_TR_NOOP("Due")),
            ListColumn("status", QT_TR_NOOP("Status")),
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
        # folded as search folds (the SQL function of data.database): accents and case aside
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
        self.conditions = _conditions(kind, filters)
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
