"""Member cities: status history, focal points and yearly fees."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from metrodesk.data.base import Record, long_text
from metrodesk.data.enums import MembershipStatus
from metrodesk.data.people import Contact, Organisation


class Region(Record):
    """A Metropolis region, kept as an editable list so renaming one is a single edit."""

    __tablename__ = "region"
    kind = "region"

    #: unique per copy (the services refuse a second one), not in the file: two copies may
    #: each add the same region before they sync
    name: Mapped[str] = mapped_column(String(100), index=True)
    position: Mapped[int] = mapped_column(default=0)


class MemberCity(Record):
    __tablename__ = "member_city"
    kind = "member_city"

    name: Mapped[str] = mapped_column(String(200), index=True)
    local_name: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    region: Mapped[str] = mapped_column(default="", index=True)
    status: Mapped[str] = mapped_column(default=MembershipStatus.ACTIVE.value, index=True)
    member_since: Mapped[int | None] = mapped_column(default=None)
    category: Mapped[str] = mapped_column(default="")
    population: Mapped[int | None] = mapped_column(default=None)
    lead_organisation_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("organisation.id"), default=None
    )
    notes: Mapped[str] = long_text()

    lead_organisation: Mapped[Organisation | None] = relationship()
    status_history: Mapped[list[CityStatusChange]] = relationship(
        back_populates="city", order_by="CityStatusChange.changed_on"
    )
    focal_points: Mapped[list[FocalPoint]] = relationship(back_populates="city")
    fees: Mapped[list[MembershipFee]] = relationship(
        back_populates="city", order_by="MembershipFee.year"
    )

    def search_document(self) -> tuple[str, str]:
        return self.name, " ".join([self.name, self.local_name, self.region, self.country])


class CityStatusChange(Record):
    __tablename__ = "city_status_change"
    kind = "city_status_change"

    city_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member_city.id"), index=True)
    status: Mapped[str] = mapped_column()
    changed_on: Mapped[date] = mapped_column()
    note: Mapped[str] = mapped_column(default="")

    city: Mapped[MemberCity] = relationship(back_populates="status_history")


class FocalPoint(Record):
    __tablename__ = "focal_point"
    kind = "focal_point"

    city_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member_city.id"), index=True)
    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    role: Mapped[str] = mapped_column(default="focal point")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)

    city: Mapped[MemberCity] = relationship(back_populates="focal_points")
    contact: Mapped[Contact] = relationship()


class MembershipFee(Record):
    __tablename__ = "membership_fee"
    kind = "membership_fee"

    city_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("member_city.id"), index=True)
    year: Mapped[int] = mapped_column()
    amount: Mapped[Decimal] = mapped_column()
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    invoiced_on: Mapped[date | None] = mapped_column(default=None)
    paid_on: Mapped[date | None] = mapped_column(default=None)

    city: Mapped[MemberCity] = relationship(back_populates="fees")
