"""The SQL under the contract workbook's sheets: rows streamed in chunks through Core, and
the columns SQLite can format itself (ids, linked names) formatted there."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import Executable, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from metrodesk.data.models import Affiliation, Contact, Organisation, Record
from metrodesk.services.exports.cells import LIST_SEPARATOR, person_name
from metrodesk.services.exports.writer import CHUNK


def tags_text(stored: str | None) -> str:
    """Tags from their stored JSON text: most records have none, and need no parsing."""
    if not stored or stored == "[]":
        return ""
    return LIST_SEPARATOR.join(json.loads(stored))


def raw_text(column: Any) -> Any:
    return type_coerce(column, String)


#: separators inside a group_concat of names: unit and record separators never occur in text
_UNIT, _RECORD = "\x1f", "\x1e"


def names_text(packed: str | None) -> str:
    if not packed:
        return ""
    people = (p.split(_UNIT) for p in packed.split(_RECORD))
    return LIST_SEPARATOR.join(person_name(*[*q, "", "", ""][:3]) for q in people)


def packed_names(link: Any, owner_column: Any, owner_id: Any) -> Any:
    """One cell's worth of linked people (meeting participants, centre contacts)."""
    c = aliased(Contact)
    inner = (
        select((c.name_order + _UNIT + c.given_name + _UNIT + c.family_name).label("p"))
        .join(link, link.contact_id == c.id)
        .where(owner_column == owner_id, link.deleted_at.is_(None), c.deleted_at.is_(None))
        .order_by(c.sort_key)
        .correlate_except(c, link)
        .subquery()
    )
    return select(func.group_concat(inner.c.p, _RECORD)).scalar_subquery()


def live_count(s: Session, model: type[Record]) -> int:
    stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
    return int(s.execute(stmt).scalar_one())


def stream(s: Session, stmt: Executable) -> Iterator[Any]:
    """Rows a chunk at a time, through Core: these are plain columns, and the ORM's result
    machinery would cost a visible share of a 100,000-row export."""
    yield from s.connection().execute(stmt.execution_options(yield_per=CHUNK))


def uuid_text(column: Any) -> Any:
    """The id as Excel shows it, str(uuid) with dashes, formatted by SQLite: the columns hold
    32 hex digits, and converting 100,000 of them in Python costs a visible share of an export."""
    h = type_coerce(column, String)
    parts = [func.substr(h, start, length) for start, length in ((1, 8), (9, 4), (13, 4), (17, 4))]
    return func.lower(
        parts[0] + "-" + parts[1] + "-" + parts[2] + "-" + parts[3] + "-" + func.substr(h, 21)
    )


def nth(model: Any, attr: str, n: int) -> Any:
    """The contact's n-th live e-mail or phone, in the order the editor shows them."""
    return (
        select(getattr(model, attr))
        .where(model.contact_id == Contact.id, model.deleted_at.is_(None))
        .order_by(model.position)
        .limit(1)
        .offset(n)
        .scalar_subquery()
    )


def most_per_contact(s: Session, model: Any) -> int:
    """How many e-mail (or phone) columns the sheet needs. Most databases keep one per
    person, which a quick look at positions shows; only otherwise are they counted."""
    live = model.deleted_at.is_(None)
    further = select(model.id).where(live, model.position > 0).limit(1)
    if s.execute(further).first() is None:
        return 1
    # a deleted contact's e-mails may add an empty column; leaving out the join saves time
    per_contact = select(func.count().label("n")).where(live).group_by(model.contact_id)
    return int(s.execute(select(func.max(per_contact.subquery().c.n))).scalar() or 0)


def current_organisation(column: Any = Organisation.name) -> Any:
    """The same affiliation the contact editor shows as 'Organisation' (its name, or another
    of its columns: its UUID for the hidden column beside the name)."""
    return (
        select(column)
        .join(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(
            Affiliation.contact_id == Contact.id,
            Affiliation.deleted_at.is_(None),
            Affiliation.end_date.is_(None),
        )
        .order_by(Affiliation.start_date.desc())
        .limit(1)
        .scalar_subquery()
    )
