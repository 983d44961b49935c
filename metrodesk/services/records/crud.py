"""Create, read, update, soft-delete and restore any kind of record, each call one user action."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.database import Database
from metrodesk.data.models import (
    RECORD_CLASSES,
    Affiliation,
    Contact,
    ContactEmail,
    ContactPhone,
    MemberCity,
)
from metrodesk.data.search_index import fold
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.records import validation as v
from metrodesk.services.records.forms import FORMS, Field
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.records.rich_text import sanitise_html

#: form fields that are not columns of the record itself
_CONTACT_VIRTUAL = ("email", "phone", "organisation_id")


def clean_field(f: Field, raw: Any, region: str = "") -> Any:
    """The stored form of one field's value, or ValidationError naming the field.

    The same rules on every path (editor, import, CLI, later sync): a blank value (nothing,
    or only spaces) clears the field; text must be storable and travel (validation.text);
    numbers, years and dates must be plausible (validation's ranges, the field's own)."""
    if isinstance(raw, str):
        v.text(f.label, raw, multiline=f.type == "long")
    if f.type == "tags":
        items = raw if isinstance(raw, list | tuple) else str(raw or "").split(",")
        return sorted({v.text(f.label, str(t)).strip() for t in items if str(t).strip()})
    if f.type == "bool":
        return bool(raw)
    if f.type in _NOT_TEXT:
        value = _clean_value(f, raw)
        if f.required and value is None:
            raise ValidationError(f.label, tr("is required"))
        return f.cleared if value is None else value
    return _clean_text(f, "" if raw is None else str(raw), region)


#: field types whose value is not a text: a blank clears them (to None, or `Field.cleared`)
_NOT_TEXT = frozenset({"ref", "int", "year", "date", "datetime", "amount"})
#: years any year field takes (a field may narrow them): as dates, see validation
_YEARS = (v.FIRST_DAY.year, v.LAST_DAY.year)


def _clean_value(f: Field, raw: Any) -> Any:
    if v.blank(raw):
        return None
    if f.type == "ref":
        try:
            return raw if isinstance(raw, uuid.UUID) else uuid.UUID(str(raw).strip())
        except ValueError as exc:
            raise ValidationError(f.label, tr("is not a record id")) from exc
    if f.type == "int":
        return v.integer(f.label, raw, f.low if f.low is not None else 0, f.high or v.MAX_INTEGER)
    if f.type == "year":
        low = f.low or _YEARS[0]
        high = date.today().year if not f.future else (f.high or _YEARS[1])
        year = v.integer(f.label, raw, None, None)
        if year is not None and not low <= year <= high:
            raise ValidationError(
                f.label, tr("must be a year from {low} to {high}").format(low=low, high=high)
            )
        return year
    if f.type == "date":
        return v.a_date(f.label, raw, f.future)
    if f.type == "datetime":
        return v.a_datetime(f.label, raw)
    return v.amount(f.label, raw)


def _clean_text(f: Field, text: str, region: str) -> str:
    if f.required:
        text = v.required(f.label, text)
    if not text.strip():
        return text.strip()
    if f.type == "email":
        return v.email(f.label, text)
    if f.type == "phone":
        return v.phone(f.label, text, region)
    if f.type == "country":
        return v.country(f.label, text)
    if f.type == "language":
        return v.language(f.label, text)
    if f.type == "choice":
        return v.choice(f.label, text, f.choices)
    if f.key.endswith("_html"):
        # rich text from any path (editor, import, CLI) is stored cleaned of anything active
        return sanitise_html(text)
    return text.strip() if f.type != "long" else text


def clean(kind: str, values: Mapping[str, Any], partial: bool = False) -> dict[str, Any]:
    """Validate `values` against the kind's form; with `partial`, absent fields stay absent."""
    fields = FORMS[kind]
    known = {f.key for f in fields}
    unknown = set(values) - known
    if unknown:
        raise ValidationError(
            sorted(unknown)[0],
            tr("is not a field of this kind of record"),
        )
    region = str(values.get("country") or "")
    out: dict[str, Any] = {}
    for f in fields:
        if f.key in values:
            out[f.key] = clean_field(f, values[f.key], region)
        elif not partial and f.required:
            raise ValidationError(f.label, tr("is required"))
    if out.get("ends_at") and out.get("starts_at") and out["ends_at"] < out["starts_at"]:
        raise ValidationError(QT_TR_NOOP("Ends"), tr("is before the start"))
    return out


class Records:
    """The generic record API; kind names are those of `RECORD_CLASSES`."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, kind: str, values: Mapping[str, Any]) -> uuid.UUID:
        data = clean(kind, values)
        with self.db.action(kind_texts(kind).new) as s:
            rec = RECORD_CLASSES[kind]()
            self.apply(s, rec, data, status_note=QT_TR_NOOP("Created"))
            s.add(rec)
            s.flush()
            return rec.id

    def update(self, kind: str, record_id: uuid.UUID, values: Mapping[str, Any]) -> None:
        data = clean(kind, values, partial=True)
        with self.db.action(kind_texts(kind).edit) as s:
            self.apply(
                s, _load(s, kind, record_id), data, status_note=QT_TR_NOOP("Changed in the editor")
            )

    def delete(self, kind: str, record_id: uuid.UUID) -> None:
        with self.db.action(kind_texts(kind).delete) as s:
            _load(s, kind, record_id).deleted_at = utcnow()

    def restore(self, kind: str, record_id: uuid.UUID) -> None:
        with self.db.action(kind_texts(kind).restore) as s:
            _load(s, kind, record_id, include_deleted=True).deleted_at = None

    def get(self, kind: str, record_id: uuid.UUID) -> dict[str, Any]:
        """The record's form values (what an editor shows), plus `id` and `deleted`."""
        with self.db.read() as s:
            rec = _load(s, kind, record_id, include_deleted=True)
            out: dict[str, Any] = {"id": rec.id, "deleted": rec.deleted_at is not None}
            for f in FORMS[kind]:
                if f.key not in _CONTACT_VIRTUAL or kind != "contact":
                    out[f.key] = getattr(rec, f.key)
            if isinstance(rec, Contact):
                out.update(contact_links(s, rec))
            return out

    def apply(
        self, s: Session, rec: Record, data: dict[str, Any], status_note: str | None = None
    ) -> None:
        """Set cleaned form values on `rec` inside the caller's action (import, training).
        A member city's status obeys the membership rules on every path: its dated history
        row is written here, noted with `status_note` (by default, as an import)."""
        new = not inspect(rec).has_identity
        # written apart: a contact's e-mail, phone, organisation; a member city's status
        apart: tuple[str, ...] = ()
        if isinstance(rec, Contact):
            apart = _CONTACT_VIRTUAL
        elif isinstance(rec, MemberCity):
            apart = ("status",)
        for key, value in data.items():
            if key not in apart:
                setattr(rec, key, value)
        if isinstance(rec, Contact):
            _apply_contact(s, rec, data)
        if isinstance(rec, MemberCity):
            # imported here, not at the top: the city services may build on this module
            from metrodesk.services.cities.status import status_from_form

            note = status_note or (
                QT_TR_NOOP("Created by import") if new else QT_TR_NOOP("Changed by import")
            )
            status_from_form(s, rec, data.get("status"), new, note, date.today())


def _load(s: Session, kind: str, record_id: uuid.UUID, include_deleted: bool = False) -> Record:
    rec = s.get(RECORD_CLASSES[kind], record_id)
    if rec is None or (rec.deleted_at is not None and not include_deleted):
        raise NotFound(kind, record_id)
    return rec


def contact_sort_key(family: str, given: str) -> str:
    return fold(f"{family} {given}".strip())


def _apply_contact(s: Session, c: Contact, data: dict[str, Any]) -> None:
    c.sort_key = contact_sort_key(c.family_name or "", c.given_name or "")
    if "email" in data:
        _set_primary(s, c, ContactEmail, "address", data["email"])
    if "phone" in data:
        _set_primary(s, c, ContactPhone, "number", data["phone"])
    if "organisation_id" in data:
        _set_current_organisation(s, c, data["organisation_id"])


def _set_primary(s: Session, c: Contact, cls: type[Any], attr: str, value: str) -> None:
    first = None
    if c.id is not None:
        first = s.scalars(
            select(cls)
            .where(cls.contact_id == c.id, cls.deleted_at.is_(None))
            .order_by(cls.position)
            .limit(1)
        ).first()
    if first is None and value:
        s.add(cls(contact=c, position=0, **{attr: value}))
    elif first is not None and not value:
        first.deleted_at = utcnow()
    elif first is not None:
        setattr(first, attr, value)


def _current_affiliation(s: Session, c: Contact) -> Affiliation | None:
    if c.id is None:
        return None
    return s.scalars(
        select(Affiliation)
        .where(
            Affiliation.contact_id == c.id,
            Affiliation.deleted_at.is_(None),
            Affiliation.end_date.is_(None),
        )
        .order_by(Affiliation.start_date.desc())
        .limit(1)
    ).first()


def _set_current_organisation(s: Session, c: Contact, org_id: uuid.UUID | None) -> None:
    current = _current_affiliation(s, c)
    if current is not None and current.organisation_id == org_id:
        return
    if current is not None:
        # the old affiliation ends rather than disappears: past roles stay on record
        current.end_date = date.today()
    if org_id is not None:
        s.add(Affiliation(contact=c, organisation_id=org_id, role=c.job_title or ""))


def contact_links(s: Session, c: Contact) -> dict[str, Any]:
    email = next((e.address for e in c.emails if e.deleted_at is None), "")
    phone = next((p.number for p in c.phones if p.deleted_at is None), "")
    aff = _current_affiliation(s, c)
    return {"email": email, "phone": phone, "organisation_id": aff.organisation_id if aff else None}
