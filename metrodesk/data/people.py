"""Organisations, contacts and what links them."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from metrodesk.data.base import Record, long_text
from metrodesk.data.enums import NameOrder


def display_name(given: str, family: str, order: str) -> str:
    """How a person's name is shown everywhere: "Agnès Bickart", or "KIM Chang-Beom" for
    family-name-first names, whose family name is capitalised to say which part it is."""
    family_first = order == NameOrder.FAMILY_FIRST
    parts = [(family or "").upper(), given] if family_first else [given, family]
    return " ".join(p for p in parts if p)


class Organisation(Record):
    __tablename__ = "organisation"
    kind = "organisation"

    name: Mapped[str] = mapped_column(String(300), index=True)
    local_name: Mapped[str] = mapped_column(default="")
    org_kind: Mapped[str] = mapped_column(default="other")
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    website: Mapped[str] = mapped_column(default="")
    notes: Mapped[str] = long_text()

    affiliations: Mapped[list[Affiliation]] = relationship(back_populates="organisation")

    def search_document(self) -> tuple[str, str]:
        return self.name, " ".join([self.name, self.local_name, self.city, self.country])


class Contact(Record):
    __tablename__ = "contact"
    # the list's order over live contacts, walked without sorting even 100,000 rows
    __table_args__ = (Index("ix_contact_live_order", "deleted_at", "sort_key", "id"),)
    kind = "contact"

    honorific: Mapped[str] = mapped_column(default="")
    given_name: Mapped[str] = mapped_column(default="")
    family_name: Mapped[str] = mapped_column(default="", index=True)
    name_order: Mapped[str] = mapped_column(default=NameOrder.GIVEN_FIRST.value)
    job_title: Mapped[str] = mapped_column(default="")
    language: Mapped[str] = mapped_column(String(8), default="")
    city: Mapped[str] = mapped_column(default="")
    country: Mapped[str] = mapped_column(String(2), default="")
    tags: Mapped[list[str]] = mapped_column(default=list)
    notes: Mapped[str] = long_text()
    #: the sort key of the list: family name then given name, folded (kept by the services)
    sort_key: Mapped[str] = mapped_column(default="", index=True)

    emails: Mapped[list[ContactEmail]] = relationship(
        back_populates="contact", order_by="ContactEmail.position"
    )
    phones: Mapped[list[ContactPhone]] = relationship(
        back_populates="contact", order_by="ContactPhone.position"
    )
    affiliations: Mapped[list[Affiliation]] = relationship(back_populates="contact")
    consents: Mapped[list[Consent]] = relationship(back_populates="contact")

    @property
    def display_name(self) -> str:
        return display_name(self.given_name, self.family_name, self.name_order)

    def search_document(self) -> tuple[str, str]:
        live = [e.address for e in self.emails if e.deleted_at is None]
        orgs = [
            a.organisation.name
            for a in self.affiliations
            if a.deleted_at is None and a.end_date is None and a.organisation is not None
        ]
        words = [self.given_name, self.family_name, self.job_title, self.city, *live, *orgs]
        return self.display_name, " ".join(words + self.tags)


class ContactEmail(Record):
    __tablename__ = "contact_email"
    kind = "contact_email"

    #: a contact's live e-mails in their order: see migration 0003
    __table_args__ = (
        Index(
            "ix_contact_email_live_order",
            "contact_id",
            "position",
            "address",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    address: Mapped[str] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(default="work")
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="emails")

    def search_owner(self) -> Record | None:
        return self.contact


class ContactPhone(Record):
    __tablename__ = "contact_phone"
    kind = "contact_phone"

    __table_args__ = (
        Index(
            "ix_contact_phone_live_order",
            "contact_id",
            "position",
            "number",
            sqlite_where=text("deleted_at IS NULL"),
        ),
    )

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    #: E.164, e.g. +34934134500
    number: Mapped[str] = mapped_column(index=True)
    label: Mapped[str] = mapped_column(default="work")
    position: Mapped[int] = mapped_column(default=0)

    contact: Mapped[Contact] = relationship(back_populates="phones")


class Affiliation(Record):
    """A person's role at an organisation over a period: a mayor's term stays on record."""

    __tablename__ = "affiliation"
    kind = "affiliation"

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    organisation_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("organisation.id"), index=True)
    role: Mapped[str] = mapped_column(default="")
    start_date: Mapped[date | None] = mapped_column(default=None)
    end_date: Mapped[date | None] = mapped_column(default=None)

    contact: Mapped[Contact] = relationship(back_populates="affiliations")
    organisation: Mapped[Organisation] = relationship(back_populates="affiliations")

    def search_owner(self) -> Record | None:
        return self.contact


class Consent(Record):
    """What a person agreed to receive, when, and how we know."""

    __tablename__ = "consent"
    kind = "consent"

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    purpose: Mapped[str] = mapped_column()
    given_on: Mapped[date | None] = mapped_column(default=None)
    withdrawn_on: Mapped[date | None] = mapped_column(default=None)
    source: Mapped[str] = mapped_column(default="")

    contact: Mapped[Contact] = relationship(back_populates="consents")
