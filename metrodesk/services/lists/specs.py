"""What each section's list is: its columns, the query that reads its rows, its order, and
the filters it takes besides the search words (kind -> name -> condition)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Select,
    String,
    exists,
    func,
    select,
)

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
from metrodesk.i18n import QT_TR_NOOP


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


def conditions(kind: str, filters: Mapping[str, Any] | None) -> list[Any]:
    known = FILTERS.get(kind, {})
    out = []
    for name, value in (filters or {}).items():
        if value in (None, ""):
            continue
        if name not in known:
            raise ValueError(f"the {kind} list has no filter {name!r}")
        out.append(known[name](value))
    return out
