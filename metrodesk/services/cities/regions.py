"""The editable list of Metropolis regions that member cities are grouped in."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import func, select

from metrodesk.data.base import utcnow
from metrodesk.data.cities import Region
from metrodesk.data.database import Database
from metrodesk.data.models import MemberCity
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import NotFound, ValidationError
from metrodesk.services.records import validation as v


@dataclass(frozen=True)
class RegionRow:
    id: uuid.UUID
    name: str
    position: int
    cities: int


class Regions:
    """`Services.cities`' regions."""

    db: Database

    def regions(self) -> list[RegionRow]:
        with self.db.read() as s:
            counts = dict(
                s.execute(
                    select(MemberCity.region, func.count())
                    .where(MemberCity.deleted_at.is_(None))
                    .group_by(MemberCity.region)
                ).all()
            )
            return [
                RegionRow(r.id, r.name, r.position, int(counts.get(r.name, 0)))
                for r in s.scalars(
                    select(Region)
                    .where(Region.deleted_at.is_(None))
                    .order_by(Region.position, Region.name)
                )
            ]

    def add_region(self, name: str) -> uuid.UUID:
        name = v.required("Region", name)
        with self.db.action(QT_TR_NOOP("Add region")) as s:
            existing = s.scalar(select(Region).where(func.lower(Region.name) == name.lower()))
            if existing is not None and existing.deleted_at is None:
                raise ValidationError(
                    QT_TR_NOOP("Region"), tr("‘{name}’ is already in the list").format(name=name)
                )
            if existing is not None:  # the name is unique: bring the old row back
                existing.deleted_at = None
                existing.name = name
                return existing.id
            last = s.scalar(select(func.max(Region.position))) or 0
            region = Region(name=name, position=last + 1)
            s.add(region)
            s.flush()
            return region.id

    def rename_region(self, region_id: uuid.UUID, name: str) -> None:
        """Renames the region and every city in it, as one action."""
        name = v.required("Region", name)
        with self.db.action(QT_TR_NOOP("Rename region")) as s:
            region = s.get(Region, region_id)
            if region is None or region.deleted_at is not None:
                raise NotFound("region", region_id)
            clash = s.scalar(
                select(Region.id).where(
                    func.lower(Region.name) == name.lower(), Region.id != region_id
                )
            )
            if clash is not None:
                raise ValidationError(
                    QT_TR_NOOP("Region"), tr("‘{name}’ is already in the list").format(name=name)
                )
            old = region.name
            region.name = name
            for city in s.scalars(select(MemberCity).where(MemberCity.region == old)):
                city.region = name

    def delete_region(self, region_id: uuid.UUID) -> None:
        with self.db.action(QT_TR_NOOP("Delete region")) as s:
            region = s.get(Region, region_id)
            if region is None or region.deleted_at is not None:
                raise NotFound("region", region_id)
            used = s.scalar(
                select(func.count()).where(
                    MemberCity.region == region.name, MemberCity.deleted_at.is_(None)
                )
            )
            if used:
                raise ValidationError(
                    QT_TR_NOOP("Region"),
                    tr("{used} member cities are in ‘{name}’: move them first").format(
                        used=used, name=region.name
                    ),
                )
            region.deleted_at = utcnow()
