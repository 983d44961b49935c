"""What sync keeps in the database beside the journal: the conflict inbox.

The inbox is derived from the journal alone (`services/sync/merge.py` recomputes a record's
conflicts from its entries whenever they change), so it is the same on every copy that holds
the same entries; it is kept as a table so that reading it costs nothing.
"""

from __future__ import annotations

import uuid

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from metrodesk.data.base import Base
from metrodesk.data.journal import UuidBlob


class SyncConflict(Base):
    """One value set aside by sync, waiting for a person to look at it."""

    __tablename__ = "sync_conflict"

    #: record / field / device and stamp of the value set aside: the same on every copy
    id: Mapped[str] = mapped_column(String(120), primary_key=True)
    #: field (two edits of one field), deleted (an edit of a record deleted elsewhere),
    #: purged (a change to a record deleted for good elsewhere), link (a link to a record
    #: deleted elsewhere)
    kind: Mapped[str] = mapped_column(String(8))
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(UuidBlob, index=True)
    field: Mapped[str] = mapped_column()
    #: JSON values: the one the record holds, and the one set aside
    kept: Mapped[str | None] = mapped_column(default=None)
    aside: Mapped[str | None] = mapped_column(default=None)
    kept_action: Mapped[int | None] = mapped_column(ForeignKey("journal_action.ref"))
    aside_action: Mapped[int] = mapped_column(ForeignKey("journal_action.ref"))
    kept_hlc: Mapped[int | None] = mapped_column(BigInteger, default=None)
    aside_hlc: Mapped[int] = mapped_column(BigInteger)
