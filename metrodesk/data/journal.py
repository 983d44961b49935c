"""The change journal: one row per changed field, the ground truth for history, undo and sync."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, ForeignKey, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from metrodesk.data.base import Base


class UserAction(Base):
    """One thing a user did (an edit, an import, a merge): one undo step."""

    __tablename__ = "user_action"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column()
    author: Mapped[str] = mapped_column()
    device: Mapped[str] = mapped_column(String(36))
    hlc: Mapped[str] = mapped_column(index=True)
    #: "do" for a user's own action; "undo" and "redo" replay the journal of `reverts`
    role: Mapped[str] = mapped_column(String(4), default="do", server_default="do")
    #: on an undo or redo: the "do" action whose entries it replays
    reverts: Mapped[str | None] = mapped_column(String(36), default=None)


class JournalEntry(Base):
    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_record", "record_id", "hlc"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    hlc: Mapped[str] = mapped_column(String(32))
    device: Mapped[str] = mapped_column(String(36))
    action_id: Mapped[str] = mapped_column(ForeignKey("user_action.id"), index=True)
    author: Mapped[str] = mapped_column()
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[str] = mapped_column(String(32))
    #: create, update, delete, restore, purge
    op: Mapped[str] = mapped_column(String(8))
    field: Mapped[str] = mapped_column()
    old: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)
    new: Mapped[Any] = mapped_column(JSON(none_as_null=True), nullable=True)


class Meta(Base):
    """Per-copy settings: the device id, the app version that last wrote the file."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column()
