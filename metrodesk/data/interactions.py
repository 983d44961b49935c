"""A contact's interaction log (a call, an e-mail, a visit: when, what was said, who on our
side) and the saved views of the lists (a named search with its filters, sort and columns,
shared with the team through the database)."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import JSON, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from metrodesk.data.base import Record, long_text


class Interaction(Record):
    """One contact with a person; the newest, with the last meeting, is their "last contact"."""

    __tablename__ = "interaction"
    kind = "interaction"

    contact_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("contact.id"), index=True)
    #: "call", "e-mail", "visit" or "other" (`enums.InteractionKind`)
    interaction_kind: Mapped[str] = mapped_column(default="call")
    occurred_on: Mapped[date] = mapped_column()
    note: Mapped[str] = long_text()
    #: who on our side: the author's name unless another colleague had the contact
    with_whom: Mapped[str] = mapped_column(default="")


class SavedView(Record):
    """A list as someone set it up, under a name, offered under its section to everyone."""

    __tablename__ = "saved_view"
    kind = "saved_view"

    #: the section's kind ("contact", "member_city", …)
    section: Mapped[str] = mapped_column(index=True)
    name: Mapped[str] = mapped_column()
    query: Mapped[str] = mapped_column(default="")
    filters: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    sort_column: Mapped[str] = mapped_column(default="")
    sort_descending: Mapped[bool] = mapped_column(default=False)
    hidden_columns: Mapped[list[str]] = mapped_column(JSON, default=list)
    position: Mapped[int] = mapped_column(default=0)
