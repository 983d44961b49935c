"""A contact's interaction log: each call, e-mail or visit, with its date, a note and who on
our side had it. The newest of these and of the meetings the person attended is their "last
contact", shown in their editor."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from metrodesk.data.base import utcnow
from metrodesk.data.database import Database
from metrodesk.data.enums import InteractionKind
from metrodesk.data.interactions import Interaction
from metrodesk.data.people import Contact
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.records import validation as v

KINDS = tuple(k.value for k in InteractionKind)


@dataclass(frozen=True)
class InteractionRow:
    id: uuid.UUID
    kind: str
    occurred_on: date
    note: str
    with_whom: str


@dataclass(frozen=True)
class LastContact:
    """When we were last in touch, and how ("call", "e-mail", "visit", "other", "meeting")."""

    on: date | None
    how: str = ""


def _checked(kind: str, occurred_on: date | str | None, note: str) -> tuple[str, date, str]:
    kind = v.choice("Kind", str(kind or ""), KINDS)
    when = v.a_date("Date", occurred_on)
    if when is None:
        raise ValidationError("Date", "is required")
    return kind, when, (note or "").strip()


class Interactions:
    def __init__(self, db: Database) -> None:
        self.db = db

    def log(self, contact_id: uuid.UUID) -> tuple[InteractionRow, ...]:
        """The person's interactions, newest first."""
        with self.db.read() as s:
            rows = s.scalars(
                select(Interaction)
                .where(Interaction.contact_id == contact_id, Interaction.deleted_at.is_(None))
                .order_by(Interaction.occurred_on.desc(), Interaction.created_at.desc())
            )
            return tuple(
                InteractionRow(i.id, i.interaction_kind, i.occurred_on, i.note, i.with_whom)
                for i in rows
            )

    def add(
        self,
        contact_id: uuid.UUID,
        kind: str,
        occurred_on: date | str | None,
        note: str = "",
        with_whom: str = "",
    ) -> uuid.UUID:
        """One action; `with_whom` empty means the author (who is logging it)."""
        kind, when, note = _checked(kind, occurred_on, note)
        with self.db.action("Log interaction") as s:
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise NotFound("contact", contact_id)
            entry = Interaction(
                contact_id=contact_id,
                interaction_kind=kind,
                occurred_on=when,
                note=note,
                with_whom=with_whom.strip() or self.db.author,
            )
            s.add(entry)
            s.flush()
            return entry.id

    def remove(self, interaction_id: uuid.UUID) -> None:
        """An interaction logged by mistake goes to the trash (undo brings it back)."""
        with self.db.action("Remove interaction") as s:
            entry = s.get(Interaction, interaction_id)
            if entry is None or entry.deleted_at is not None:
                raise NotFound("interaction", interaction_id)
            entry.deleted_at = utcnow()

    def last_contact(self, contact_id: uuid.UUID, last_met: date | None = None) -> LastContact:
        """The newest interaction, or the last meeting (`last_met`) if that was later."""
        with self.db.read() as s:
            newest = s.execute(
                select(Interaction.occurred_on, Interaction.interaction_kind)
                .where(
                    Interaction.contact_id == contact_id,
                    Interaction.deleted_at.is_(None),
                    Interaction.occurred_on <= date.today(),
                )
                .order_by(Interaction.occurred_on.desc())
                .limit(1)
            ).first()
        if newest is None and last_met is None:
            return LastContact(None)
        if newest is None or (last_met is not None and last_met >= newest[0]):
            return LastContact(last_met, "meeting")
        return LastContact(newest[0], newest[1])
