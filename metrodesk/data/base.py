"""Declarative base and the columns every record carries (identity, timestamps, tombstone)."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import JSON, Date, DateTime, MetaData, Numeric, String, Text, Uuid
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Naive UTC, as SQLite stores it; every timestamp in the database is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {
        uuid.UUID: Uuid(),
        datetime: DateTime(),
        date: Date(),
        str: String(),
        Decimal: Numeric(14, 2),
        dict[str, Any]: JSON(),
        list[str]: JSON(),
    }


class Record(Base):
    """A row with a stable identity that the change journal, sync and workbooks refer to.

    The UUID is the primary key so that foreign keys mean the same thing on every copy
    of the database; the journal stores values as they are, and sync can replay them.
    """

    __abstract__ = True
    #: the kind name used in the journal, search index and workbooks
    kind: ClassVar[str]
    #: columns the journal does not record (bookkeeping it writes itself)
    unjournaled: ClassVar[frozenset[str]] = frozenset(
        {"created_at", "updated_at", "created_by", "updated_by"}
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(default="")
    updated_by: Mapped[str] = mapped_column(default="")
    deleted_at: Mapped[datetime | None] = mapped_column(default=None, index=True)

    def search_document(self) -> tuple[str, str] | None:
        """(label, text) to index for global search, or None for kinds not searched."""
        return None

    def search_owner(self) -> Record | None:
        """The record whose search document includes this one (e-mails belong to a contact)."""
        return None


def long_text() -> Mapped[str]:
    return mapped_column(Text, default="")
