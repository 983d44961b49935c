"""The register of what was done under the rights of the people on record."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from metrodesk.data.base import Record, utcnow


class PrivacyEvent(Record):
    """An access export or an erasure: what, whose record (by id only), when, by whom.

    A Record, so that it is journaled and travels to every copy with the rest; it never holds
    a name or anything else an erasure takes away.
    """

    __tablename__ = "privacy_event"
    kind = "privacy_event"

    #: "access" (a person-data workbook written) or "erasure"
    event: Mapped[str] = mapped_column(String(16))
    person_id: Mapped[str] = mapped_column(String(32), index=True)
    done_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    done_by: Mapped[str] = mapped_column(default="")
    #: what was written or removed, in counts and kinds, never in values
    note: Mapped[str] = mapped_column(default="")
