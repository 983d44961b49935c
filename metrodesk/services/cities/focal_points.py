"""A city's focal points: the people who speak for it, each with a role and dates."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from metrodesk.data.base import utcnow
from metrodesk.data.database import Database
from metrodesk.data.models import Contact, FocalPoint
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.cities.live import live, live_city
from metrodesk.services.errors import ValidationError
from metrodesk.services.records import validation as v


@dataclass(frozen=True)
class FocalPointRow:
    id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    role: str
    start_date: date | None
    end_date: date | None


class FocalPoints:
    """`Services.cities`' focal points."""

    db: Database

    def add_focal_point(
        self,
        city_id: uuid.UUID,
        contact_id: uuid.UUID,
        role: str = "focal point",
        start_date: date | str | None = None,
        end_date: date | str | None = None,
    ) -> uuid.UUID:
        start = v.a_date(QT_TR_NOOP("From"), start_date)
        end = v.a_date(QT_TR_NOOP("To"), end_date)
        if start is not None and end is not None and end < start:
            raise ValidationError(QT_TR_NOOP("To"), tr("is before the start"))
        with self.db.action(QT_TR_NOOP("Add focal point")) as s:
            city = live_city(s, city_id)
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationError(QT_TR_NOOP("Contact"), tr("pick an existing contact"))
            fp = FocalPoint(
                city_id=city.id,
                contact_id=contact.id,
                role=role.strip() or "focal point",
                start_date=start,
                end_date=end,
            )
            s.add(fp)
            s.flush()
            return fp.id

    def update_focal_point(
        self,
        focal_point_id: uuid.UUID,
        role: str,
        start_date: date | str | None,
        end_date: date | str | None,
    ) -> None:
        """Correct a focal point's role and dates (an empty date clears it)."""
        start = v.a_date(QT_TR_NOOP("From"), start_date)
        end = v.a_date(QT_TR_NOOP("To"), end_date)
        if start is not None and end is not None and end < start:
            raise ValidationError(QT_TR_NOOP("To"), tr("is before the start"))
        with self.db.action(QT_TR_NOOP("Edit focal point")) as s:
            fp = live(s, FocalPoint, focal_point_id)
            fp.role = role.strip() or "focal point"
            fp.start_date = start
            fp.end_date = end

    def end_focal_point(self, focal_point_id: uuid.UUID, end_date: date | str) -> None:
        end = v.a_date(QT_TR_NOOP("To"), end_date)
        with self.db.action(QT_TR_NOOP("End focal point")) as s:
            fp = live(s, FocalPoint, focal_point_id)
            if end is not None and fp.start_date is not None and end < fp.start_date:
                raise ValidationError(QT_TR_NOOP("To"), tr("is before the start"))
            fp.end_date = end

    def remove_focal_point(self, focal_point_id: uuid.UUID) -> None:
        with self.db.action(QT_TR_NOOP("Remove focal point")) as s:
            fp = live(s, FocalPoint, focal_point_id)
            fp.deleted_at = utcnow()
