"""The live (not trashed) city, fee or focal point an id names, inside a caller's session."""

from __future__ import annotations

import uuid
from typing import TypeVar

from sqlalchemy.orm import Session

from metrodesk.data.models import FocalPoint, MemberCity, MembershipFee
from metrodesk.services.errors import NotFound

#: a part of a city's record that is read by its own id
Part = TypeVar("Part", MembershipFee, FocalPoint)


def live_city(s: Session, city_id: uuid.UUID) -> MemberCity:
    city = s.get(MemberCity, city_id)
    if city is None or city.deleted_at is not None:
        raise NotFound("member_city", city_id)
    return city


def live(s: Session, model: type[Part], rid: uuid.UUID) -> Part:
    rec = s.get(model, rid)
    if rec is None or rec.deleted_at is not None:
        raise NotFound(model.kind, rid)
    return rec
