"""Merging two contacts that are one person: one user action, so one undo step.

The kept contact takes the chosen field values and everything that points at the other one
(e-mails, phones, affiliations, consents, meetings, quotes, follow-ups, training, focal points);
the other is moved to the trash with a note saying where it went. Both histories stay in the
journal.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.cities import FocalPoint
from metrodesk.data.database import Database
from metrodesk.data.meetings import ActionItem, Meeting, MeetingParticipant, Quote
from metrodesk.data.people import (
    Affiliation,
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    Organisation,
)
from metrodesk.data.training import CentreContact, CourseParticipant
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import NotFound, ServiceError
from metrodesk.services.records.crud import contact_links, contact_sort_key
from metrodesk.services.storage.backups import take_backup

#: the contact's own fields a merge chooses between, with their labels
MERGE_FIELDS: tuple[tuple[str, str], ...] = (
    ("honorific", QT_TR_NOOP("Honorific")),
    ("given_name", QT_TR_NOOP("Given name")),
    ("family_name", QT_TR_NOOP("Family name")),
    ("name_order", QT_TR_NOOP("Name order")),
    ("job_title", QT_TR_NOOP("Job title")),
    ("language", QT_TR_NOOP("Language")),
    ("city", QT_TR_NOOP("City")),
    ("country", QT_TR_NOOP("Country")),
    ("tags", QT_TR_NOOP("Tags")),
    ("notes", QT_TR_NOOP("Notes")),
)

#: rows pointing at a contact: (model, relationship to the contact, column that makes a row
#: a duplicate of one the kept contact already has, or None)
_LINKS: tuple[tuple[type[Record], str, str | None], ...] = (
    (Affiliation, "contact", None),
    (Consent, "contact", None),
    (MeetingParticipant, "contact", "meeting_id"),
    (Meeting, "facilitator", None),
    (Quote, "contact", None),
    (ActionItem, "owner", None),
    (CourseParticipant, "contact", "course_id"),
    (FocalPoint, "contact", "city_id"),
    (CentreContact, "contact", "centre_id"),
)


@dataclass(frozen=True)
class MergeField:
    key: str
    label: str
    keep: str
    other: str


@dataclass(frozen=True)
class MergePreview:
    keep_id: uuid.UUID
    other_id: uuid.UUID
    keep_name: str
    other_name: str
    fields: tuple[MergeField, ...]
    #: e-mails, phones and the current organisation of each side, shown for information
    keep_links: tuple[str, ...]
    other_links: tuple[str, ...]


@dataclass(frozen=True)
class MergeResult:
    kept_id: uuid.UUID
    merged_id: uuid.UUID
    #: how many rows now point at the kept contact instead of the other
    moved: int
    #: rows of the other that duplicated one of the kept contact's (moved to the trash)
    dropped: int


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


def _live_contact(s: Session, contact_id: uuid.UUID) -> Contact:
    c = s.get(Contact, contact_id)
    if c is None or c.deleted_at is not None:
        raise NotFound("contact", contact_id)
    return c


def _foreign_key(model: type[Record], relation: str) -> Any:
    rel = getattr(model, relation).property
    (local,) = rel.local_columns
    return getattr(model, local.key)


class Merge:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(self, keep_id: uuid.UUID, other_id: uuid.UUID) -> MergePreview:
        """Both contacts' fields side by side, for the merge dialog."""
        with self.db.read() as s:
            keep, other = _live_contact(s, keep_id), _live_contact(s, other_id)
            fields = tuple(
                MergeField(key, label, _shown(getattr(keep, key)), _shown(getattr(other, key)))
                for key, label in MERGE_FIELDS
            )
            return MergePreview(
                keep_id,
                other_id,
                keep.display_name,
                other.display_name,
                fields,
                self._links(s, keep),
                self._links(s, other),
            )

    @staticmethod
    def _links(s: Session, c: Contact) -> tuple[str, ...]:
        out = [e.address for e in c.emails if e.deleted_at is None]
        out += [p.number for p in c.phones if p.deleted_at is None]
        org = contact_links(s, c)["organisation_id"]
        if org is not None:
            found = s.get(Organisation, org)
            if found is not None:
                out.append(found.name)
        return tuple(out)

    def merge_contacts(
        self, keep_id: uuid.UUID, other_id: uuid.UUID, choices: Mapping[str, str]
    ) -> MergeResult:
        """Merge `other_id` into `keep_id`; `choices` maps a field of MERGE_FIELDS to "keep"
        or "other" (absent fields keep the kept contact's value)."""
        if keep_id == other_id:
            raise ServiceError(tr("a contact cannot be merged with itself"))
        known = {key for key, _ in MERGE_FIELDS}
        for key, side in choices.items():
            if key not in known:
                raise ServiceError(tr("{key} is not a field a merge chooses").format(key=key))
            if side not in ("keep", "other"):
                raise ServiceError(
                    tr("choose 'keep' or 'other' for {key}, not '{side}'").format(
                        key=key, side=side
                    )
                )
        # a merge rewrites many links at once: keep a verified copy from just before it
        take_backup(self.db.path, "before-merge")
        with self.db.action(QT_TR_NOOP("Merge contacts")) as s:
            keep, other = _live_contact(s, keep_id), _live_contact(s, other_id)
            for key, side in choices.items():
                if side == "other":
                    value = getattr(other, key)
                    setattr(keep, key, list(value) if isinstance(value, list) else value)
            keep.sort_key = contact_sort_key(keep.family_name or "", keep.given_name or "")
            moved = dropped = 0
            for address_model, attr in ((ContactEmail, "address"), (ContactPhone, "number")):
                m, d = self._move_addresses(s, keep, other, address_model, attr)
                moved, dropped = moved + m, dropped + d
            for model, relation, unique in _LINKS:
                m, d = self._move_links(s, keep, other, model, relation, unique)
                moved, dropped = moved + m, dropped + d
            note = tr("Merged into {name} ({id})").format(name=keep.display_name, id=keep.id)
            other.notes = f"{other.notes}\n{note}" if other.notes else note
            other.deleted_at = utcnow()
            return MergeResult(keep.id, other.id, moved, dropped)

    @staticmethod
    def _move_addresses(
        s: Session,
        keep: Contact,
        other: Contact,
        model: type[ContactEmail] | type[ContactPhone],
        attr: str,
    ) -> tuple[int, int]:
        def live(c: Contact) -> list[Any]:
            return list(
                s.scalars(
                    select(model)
                    .where(model.contact_id == c.id, model.deleted_at.is_(None))
                    .order_by(model.position)
                )
            )

        mine = live(keep)
        held = {str(getattr(row, attr)).lower() for row in mine}
        position = max((row.position for row in mine), default=-1) + 1
        moved = dropped = 0
        for row in live(other):
            if str(getattr(row, attr)).lower() in held:
                row.deleted_at = utcnow()  # the same address twice: the copy goes to the trash
                dropped += 1
                continue
            held.add(str(getattr(row, attr)).lower())
            row.contact = keep
            row.position = position
            position += 1
            moved += 1
        return moved, dropped

    @staticmethod
    def _move_links(
        s: Session,
        keep: Contact,
        other: Contact,
        model: type[Record],
        relation: str,
        unique: str | None,
    ) -> tuple[int, int]:
        fk = _foreign_key(model, relation)
        live = model.deleted_at.is_(None)
        held: set[Any] = set()
        if unique is not None:
            held = set(s.scalars(select(getattr(model, unique)).where(fk == keep.id, live)).all())
        moved = dropped = 0
        for row in s.scalars(select(model).where(fk == other.id, live)).all():
            if unique is not None and getattr(row, unique) in held:
                row.deleted_at = utcnow()  # the kept contact is already there
                dropped += 1
                continue
            setattr(row, relation, keep)
            moved += 1
        return moved, dropped
