"""The rows each section's list shows, a page at a time: the GUI never holds a whole table."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal_column, select, text

from metrodesk.data.database import Database
from metrodesk.data.models import (
    ActionItem,
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    Meeting,
    MemberCity,
    Organisation,
    Record,
    TrainingCentre,
)
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
    name = func.iif(
        Contact.name_order == "family-first",
        func.upper(Contact.family_name) + " " + Contact.given_name,
        func.trim(Contact.given_name + " " + Contact.family_name),
    )
    return select(
        Contact.id,
        name,
        Contact.job_title,
        org,
        _first(ContactEmail, "address", Contact),
        _first(ContactPhone, "number", Contact),
        Contact.city,
        Contact.country,
        Contact.language,
    )


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
        lambda: (TrainingCentre.role.desc(), TrainingCentre.name),
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
            select(func.trim(Contact.given_name + " " + Contact.family_name))
            .where(Contact.id == ActionItem.owner_id)
            .scalar_subquery(),
            ActionItem.due_on,
            ActionItem.status,
        ),
        lambda: (ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id),
    ),
}


def _matching(spec: ListSpec, query: str) -> Any:
    """Ids (and rank) of the kind's records whose search document matches every word prefix."""
    expr = match_expression(query)
    if expr is None:
        return None
    return (
        select(
            literal_column("search_doc.record_id").label("rid"),
            literal_column("search_fts.rank").label("rank"),
        )
        .select_from(text("search_fts JOIN search_doc ON search_doc.rowid = search_fts.rowid"))
        .where(
            text("search_fts MATCH :expr AND search_doc.kind = :kind").bindparams(
                expr=expr, kind=spec.kind
            )
        )
    )


class Lists:
    def __init__(self, db: Database) -> None:
        self.db = db

    def spec(self, kind: str) -> ListSpec:
        return SPECS[kind]

    def _query(self, kind: str, query: str) -> Select[Any]:
        spec = SPECS[kind]
        stmt = spec.build().where(spec.model.deleted_at.is_(None))
        hits = _matching(spec, query)
        if hits is None:
            return stmt.order_by(*spec.order())
        sub = hits.subquery()
        # Uuid columns hold 32 hex digits, as search_doc.record_id does
        return stmt.join(sub, sub.c.rid == spec.model.id).order_by(sub.c.rank, *spec.order())

    def count(self, kind: str, query: str = "") -> int:
        spec = SPECS[kind]
        base = select(func.count()).select_from(spec.model).where(spec.model.deleted_at.is_(None))
        hits = _matching(spec, query)
        if hits is not None:
            sub = hits.subquery()
            base = base.join(sub, sub.c.rid == spec.model.id)
        with self.db.read() as s:
            return int(s.execute(base).scalar_one())

    def page(self, kind: str, query: str = "", offset: int = 0, limit: int = 100) -> list[ListRow]:
        stmt = self._query(kind, query).offset(offset).limit(limit)
        with self.db.read() as s:
            return [ListRow(row[0], tuple(row[1:])) for row in s.execute(stmt)]
