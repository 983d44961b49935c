"""What tells records of the same name apart in a picker: a person's organisation, e-mail and
city; an organisation's city and country. Three "Agnès Bickart" must not look alike."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.models import Affiliation, Contact, ContactEmail, Organisation
from metrodesk.services.records.world_names import country_name


def _join(*parts: str) -> str:
    return " · ".join(p for p in parts if p)


def contact_hints(s: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    places = {
        c.id: c.city or country_name(c.country) if c.country else c.city
        for c in s.scalars(select(Contact).where(Contact.id.in_(wanted)))
    }
    emails: dict[uuid.UUID, str] = {}
    for contact_id, address in s.execute(
        select(ContactEmail.contact_id, ContactEmail.address)
        .where(ContactEmail.contact_id.in_(wanted), ContactEmail.deleted_at.is_(None))
        .order_by(ContactEmail.position.desc())
    ):
        emails[contact_id] = address  # the lowest position is read last: the main address
    orgs: dict[uuid.UUID, str] = {}
    for contact_id, name in s.execute(
        select(Affiliation.contact_id, Organisation.name)
        .join(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(
            Affiliation.contact_id.in_(wanted),
            Affiliation.deleted_at.is_(None),
            Affiliation.end_date.is_(None),
        )
        .order_by(Affiliation.start_date.desc())
    ):
        orgs.setdefault(contact_id, name)
    return {i: _join(orgs.get(i, ""), emails.get(i, ""), places.get(i, "") or "") for i in wanted}


def organisation_hints(s: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
    wanted = list(ids)
    if not wanted:
        return {}
    return {
        o.id: _join(o.city, country_name(o.country) if o.country else "")
        for o in s.scalars(select(Organisation).where(Organisation.id.in_(wanted)))
    }
