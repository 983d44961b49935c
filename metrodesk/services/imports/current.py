"""The stored values of the records a chunk of import rows names, read in a few queries.

Most rows of a re-imported export are unchanged. Comparing them against values read in bulk
(one query per table for 500 rows) rather than through the ORM row by row (a query for the
record, its e-mails, its phones and its organisation) is what makes a 100,000-row import fast;
the ORM is used only for the rows that change.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, select, type_coerce
from sqlalchemy.orm import Session

from metrodesk.data.base import Record
from metrodesk.data.models import RECORD_CLASSES, Affiliation, Contact, ContactEmail, ContactPhone
from metrodesk.services.records.forms import FORMS

#: a contact's form fields that live in other tables
CONTACT_LINKED = ("email", "phone", "organisation_id")


@dataclass
class Current:
    """One record as the importer compares a row with it."""

    deleted: bool
    #: the form's values, as the editor shows them (`Records.get`)
    values: dict[str, Any]
    #: a contact's e-mails and phones after the primary one, in order
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)


def load_current(s: Session, kind: str, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Current]:
    """The records among `ids` that exist (live or in the trash)."""
    if not ids:
        return {}
    if kind == "contact":
        # the rows before are written first, then read through Core: plain columns, and the
        # ORM's result machinery would cost a visible share of a 100,000-row import
        s.flush()
        return _contacts(s.connection(), ids)
    model = RECORD_CLASSES[kind]
    out: dict[uuid.UUID, Current] = {}
    for rec in s.scalars(select(model).where(model.id.in_(ids))):
        values = {f.key: getattr(rec, f.key, None) for f in FORMS[kind]}
        out[rec.id] = Current(rec.deleted_at is not None, values)
    return out


def _hex(column: Any) -> Any:
    """An id column as stored (32 hex digits): 500 ids bound and a few thousand read back
    per chunk are compared as text, not converted to and from UUID objects one by one."""
    return type_coerce(column, String)


def _contacts(s: Connection, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Current]:
    keys = [f.key for f in FORMS["contact"] if f.key not in CONTACT_LINKED]
    columns = [getattr(Contact, k) for k in keys]
    wanted = {i.hex: i for i in ids}
    out: dict[str, Current] = {}
    rows = s.execute(
        select(_hex(Contact.id), Contact.deleted_at, *columns).where(
            _hex(Contact.id).in_(list(wanted))
        )
    )
    for cid, deleted, *values in rows:
        current = Current(deleted is not None, dict(zip(keys, values, strict=True)))
        current.values.update(email="", phone="", organisation_id=None)
        out[cid] = current
    found = list(out)
    for model, attr, key, rest in (
        (ContactEmail, ContactEmail.address, "email", "emails"),
        (ContactPhone, ContactPhone.number, "phone", "phones"),
    ):
        primary: set[str] = set()
        for cid, value in _ordered(s, model, attr, found):
            if cid in primary:
                getattr(out[cid], rest).append(value)
            else:
                primary.add(cid)
                out[cid].values[key] = value
    # the same affiliation as `records.contact_links`: the newest-started one not ended
    affiliations = s.execute(
        select(_hex(Affiliation.contact_id), Affiliation.organisation_id, Affiliation.deleted_at)
        .where(_hex(Affiliation.contact_id).in_(found), Affiliation.end_date.is_(None))
        .order_by(Affiliation.contact_id, Affiliation.start_date.desc())
    )
    seen: set[str] = set()
    for cid, org, deleted in affiliations:
        if deleted is None and cid not in seen:
            seen.add(cid)
            out[cid].values["organisation_id"] = org
    return {wanted[cid]: current for cid, current in out.items()}


def _ordered(s: Connection, model: type[Record], attr: Any, ids: Sequence[str]) -> Any:
    """(contact id as hex, value) of the live rows, in the editor's order. `deleted_at` is
    tested here, not in SQL: with it in the WHERE clause SQLite walks the whole deleted_at
    index (every row is NULL there) instead of looking the 500 contacts up by contact_id."""
    contact_id = model.contact_id  # type: ignore[attr-defined]
    position = model.position  # type: ignore[attr-defined]
    rows = s.execute(
        select(_hex(contact_id), attr, model.deleted_at)
        .where(_hex(contact_id).in_(ids))
        .order_by(contact_id, position)
    )
    return ((cid, value) for cid, value, deleted in rows if deleted is None)
