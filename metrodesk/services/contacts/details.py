"""A contact's lists beyond the form: every e-mail and phone in order, the organisations the
person has been with over time, and the consents on record. The form's e-mail and phone are
the first of these lists (position 0), its organisation the current affiliation."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.database import Database
from metrodesk.data.models import (
    Affiliation,
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    Organisation,
)
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.records import validation as v

ACTION_NAME = QT_TR_NOOP("Edit contact details")


@dataclass(frozen=True)
class EmailEntry:
    address: str
    label: str = "work"
    #: None: a new address
    id: uuid.UUID | None = None
    #: read back from the database; on saving, the order of the list decides
    position: int = 0


@dataclass(frozen=True)
class PhoneEntry:
    number: str
    label: str = "work"
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class AffiliationEntry:
    organisation_id: uuid.UUID | None
    role: str = ""
    start: date | str | None = None
    #: None: current
    end: date | str | None = None
    id: uuid.UUID | None = None
    organisation_name: str = ""


@dataclass(frozen=True)
class ConsentEntry:
    purpose: str
    given_on: date | str | None = None
    withdrawn_on: date | str | None = None
    source: str = ""
    id: uuid.UUID | None = None


@dataclass(frozen=True)
class ContactDetails:
    contact_id: uuid.UUID
    emails: tuple[EmailEntry, ...]
    phones: tuple[PhoneEntry, ...]
    affiliations: tuple[AffiliationEntry, ...]
    consents: tuple[ConsentEntry, ...]


@dataclass(frozen=True)
class PersonAtOrganisation:
    """One affiliation seen from the organisation: who, in what role, when."""

    affiliation_id: uuid.UUID
    contact_id: uuid.UUID
    name: str
    role: str
    start: date | None
    end: date | None
    current: bool


R = TypeVar("R", bound=Record)


def _live(s: Session, cls: type[R], contact_id: uuid.UUID) -> dict[uuid.UUID, R]:
    rows = s.scalars(
        select(cls).where(
            cls.contact_id == contact_id,  # type: ignore[attr-defined]
            cls.deleted_at.is_(None),
        )
    )
    return {r.id: r for r in rows}


def _set(rec: Record, **values: Any) -> None:
    """Only what differs is written: an unchanged row leaves no trace in the journal."""
    for key, value in values.items():
        if getattr(rec, key) != value:
            setattr(rec, key, value)


def _replace_rows(
    s: Session,
    c: Contact,
    cls: type[R],
    title: str,
    rows: Sequence[tuple[uuid.UUID | None, dict[str, Any]]],
    now: datetime,
) -> None:
    """The contact's rows of one kind as listed, each (id or None, values): known ids updated
    in place, new ones added, the rest to the trash. Used for all four lists, so that they
    keep one meaning of "the list as the user left it"."""
    live = _live(s, cls, c.id)
    kept: set[uuid.UUID] = set()
    for n, (entry_id, values) in enumerate(rows, 1):
        rec = _existing(live, entry_id, f"{title} {n}")
        if rec is None:
            s.add(cls(contact=c, **values))
        else:
            kept.add(rec.id)
            _set(rec, **values)
    for rid, rec in live.items():
        if rid not in kept:
            rec.deleted_at = now


def _addresses(
    rows: Sequence[tuple[uuid.UUID | None, str, str]], attr: str
) -> list[tuple[uuid.UUID | None, dict[str, Any]]]:
    """E-mails or phones as rows: the list order is the position (0 is what the contacts
    list shows)."""
    return [
        (entry_id, {"label": label, "position": pos, attr: value})
        for pos, (entry_id, value, label) in enumerate(rows)
    ]


def _affiliations(
    rows: Sequence[tuple[uuid.UUID, str, date | None, date | None, uuid.UUID | None]],
) -> list[tuple[uuid.UUID | None, dict[str, Any]]]:
    return [
        (aid, {"organisation_id": org, "role": role, "start_date": start, "end_date": end})
        for org, role, start, end, aid in rows
    ]


def _consents(
    rows: Sequence[tuple[str, date | None, date | None, str, uuid.UUID | None]],
) -> list[tuple[uuid.UUID | None, dict[str, Any]]]:
    return [
        (kid, {"purpose": purpose, "given_on": given, "withdrawn_on": gone, "source": source})
        for purpose, given, gone, source, kid in rows
    ]


def _check_organisations(
    s: Session, rows: Sequence[tuple[uuid.UUID, str, date | None, date | None, uuid.UUID | None]]
) -> None:
    """Every affiliation names an organisation still on record (one may have been deleted
    since the contact was opened)."""
    wanted = {row[0] for row in rows}
    found = set(s.scalars(select(Organisation.id).where(Organisation.id.in_(wanted))))
    for n, (org_id, *_rest) in enumerate(rows, 1):
        if org_id not in found:
            raise ValidationError(
                tr("Affiliation {n}").format(n=n), "names no organisation on record"
            )


def _existing(live: dict[uuid.UUID, R], entry_id: uuid.UUID | None, field: str) -> R | None:
    if entry_id is None:
        return None
    rec = live.get(entry_id)
    if rec is None:
        raise ValidationError(field, tr("is no longer on record (reopen the contact)"))
    return rec


def _affiliation_order(a: Affiliation) -> tuple[bool, int, int]:
    """Current ones first, then the most recently ended; within each, the latest start."""
    end = a.end_date.toordinal() if a.end_date else 0
    start = a.start_date.toordinal() if a.start_date else 0
    return (a.end_date is not None, -end, -start)


class ContactDetailsService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def details(self, contact_id: uuid.UUID) -> ContactDetails:
        with self.db.read() as s:
            c = s.get(Contact, contact_id)
            if c is None or c.deleted_at is not None:
                raise NotFound("contact", contact_id)
            emails = sorted(_live(s, ContactEmail, contact_id).values(), key=lambda e: e.position)
            phones = sorted(_live(s, ContactPhone, contact_id).values(), key=lambda p: p.position)
            affs = sorted(_live(s, Affiliation, contact_id).values(), key=_affiliation_order)
            consents = sorted(
                _live(s, Consent, contact_id).values(),
                key=lambda k: (k.given_on or date.min, k.purpose),
            )
            return ContactDetails(
                contact_id,
                tuple(EmailEntry(e.address, e.label, e.id, e.position) for e in emails),
                tuple(PhoneEntry(p.number, p.label, p.id) for p in phones),
                tuple(
                    AffiliationEntry(
                        a.organisation_id,
                        a.role,
                        a.start_date,
                        a.end_date,
                        a.id,
                        a.organisation.name if a.organisation is not None else "",
                    )
                    for a in affs
                ),
                tuple(
                    ConsentEntry(k.purpose, k.given_on, k.withdrawn_on, k.source, k.id)
                    for k in consents
                ),
            )

    def save(
        self,
        contact_id: uuid.UUID,
        emails: Sequence[EmailEntry],
        phones: Sequence[PhoneEntry],
        affiliations: Sequence[AffiliationEntry],
        consents: Sequence[ConsentEntry],
    ) -> None:
        """Replace the four lists as one action (one undo step). Everything is checked before
        anything is written; a ValidationError names the row ("E-mail 2")."""
        region = self._region(contact_id)
        clean_emails = _clean_emails(emails)
        clean_phones = _clean_phones(phones, region)
        clean_affs = _clean_affiliations(affiliations)
        clean_consents = _clean_consents(consents)
        with self.db.action(ACTION_NAME) as s:
            c = s.get(Contact, contact_id)
            if c is None or c.deleted_at is not None:
                raise NotFound("contact", contact_id)
            _check_organisations(s, clean_affs)
            now = utcnow()
            _replace_rows(s, c, ContactEmail, "E-mail", _addresses(clean_emails, "address"), now)
            _replace_rows(s, c, ContactPhone, "Phone", _addresses(clean_phones, "number"), now)
            _replace_rows(s, c, Affiliation, "Affiliation", _affiliations(clean_affs), now)
            _replace_rows(s, c, Consent, "Consent", _consents(clean_consents), now)
            s.flush()

    def _region(self, contact_id: uuid.UUID) -> str:
        """The contact's country, the region its phone numbers are read in."""
        with self.db.read() as s:
            c = s.get(Contact, contact_id)
            if c is None or c.deleted_at is not None:
                raise NotFound("contact", contact_id)
            return c.country or ""

    def organisation_people(self, org_id: uuid.UUID) -> tuple[PersonAtOrganisation, ...]:
        """Everyone with an affiliation to the organisation, current ones first (by name),
        then past ones, the most recently ended first."""
        with self.db.read() as s:
            rows = s.execute(
                select(Affiliation, Contact)
                .join(Contact, Contact.id == Affiliation.contact_id)
                .where(
                    Affiliation.organisation_id == org_id,
                    Affiliation.deleted_at.is_(None),
                    Contact.deleted_at.is_(None),
                )
            ).all()
            people = [
                PersonAtOrganisation(
                    a.id,
                    c.id,
                    c.display_name,
                    a.role,
                    a.start_date,
                    a.end_date,
                    a.end_date is None,
                )
                for a, c in rows
            ]
        current = sorted((p for p in people if p.current), key=lambda p: p.name.casefold())
        past = sorted(
            (p for p in people if not p.current),
            key=lambda p: (p.end or date.min, p.name.casefold()),
            reverse=True,
        )
        return tuple(current + past)


def _label(text: str) -> str:
    return (text or "").strip() or "work"


def _clean_emails(
    entries: Sequence[EmailEntry],
) -> list[tuple[uuid.UUID | None, str, str]]:
    out: list[tuple[uuid.UUID | None, str, str]] = []
    seen: set[str] = set()
    for n, e in enumerate(entries, 1):
        field = f"E-mail {n}"
        address = v.email(field, v.required(field, e.address))
        if address.casefold() in seen:
            raise ValidationError(field, tr("is already in the list"))
        seen.add(address.casefold())
        out.append((e.id, address, _label(e.label)))
    return out


def _clean_phones(
    entries: Sequence[PhoneEntry], region: str
) -> list[tuple[uuid.UUID | None, str, str]]:
    out: list[tuple[uuid.UUID | None, str, str]] = []
    seen: set[str] = set()
    for n, p in enumerate(entries, 1):
        field = f"Phone {n}"
        number = v.phone(field, v.required(field, p.number), region)
        if number in seen:
            raise ValidationError(field, tr("is already in the list"))
        seen.add(number)
        out.append((p.id, number, _label(p.label)))
    return out


def _clean_affiliations(
    entries: Sequence[AffiliationEntry],
) -> list[tuple[uuid.UUID, str, date | None, date | None, uuid.UUID | None]]:
    out: list[tuple[uuid.UUID, str, date | None, date | None, uuid.UUID | None]] = []
    for n, a in enumerate(entries, 1):
        field = f"Affiliation {n}"
        if a.organisation_id is None:
            raise ValidationError(field, tr("needs an organisation"))
        start = v.a_date(field, a.start)
        end = v.a_date(field, a.end)
        if start is not None and end is not None and end < start:
            raise ValidationError(field, tr("ends before it starts"))
        out.append((a.organisation_id, (a.role or "").strip(), start, end, a.id))
    return out


def _clean_consents(
    entries: Sequence[ConsentEntry],
) -> list[tuple[str, date | None, date | None, str, uuid.UUID | None]]:
    out: list[tuple[str, date | None, date | None, str, uuid.UUID | None]] = []
    for n, k in enumerate(entries, 1):
        field = f"Consent {n}"
        purpose = (k.purpose or "").strip()
        if not purpose:
            raise ValidationError(field, tr("needs a purpose"))
        given = v.a_date(field, k.given_on)
        withdrawn = v.a_date(field, k.withdrawn_on)
        if given is not None and withdrawn is not None and withdrawn < given:
            raise ValidationError(field, tr("is withdrawn before it was given"))
        out.append((purpose, given, withdrawn, (k.source or "").strip(), k.id))
    return out
