"""The change journal: the ground truth for history, undo, trash and sync.

Stored compactly (see migration 0005): one entry per record per write, not one per field; a
record's creation is one entry holding all its fields; ids are 16-byte blobs; the device and
the user action are small integer references; the fields and values are one compact JSON text
(`journal_codec`). Read it through `JournalEntry.changes()`, never by parsing `data` yourself.
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Mapped, mapped_column
from sqlalchemy.types import TypeDecorator

from metrodesk.data.base import Base
from metrodesk.data.journal_codec import FieldChange, decode_changes


class UuidBlob(TypeDecorator[uuid.UUID]):
    """A UUID stored in its 16 bytes (the record tables keep their 32-character text)."""

    impl = LargeBinary(16)
    cache_ok = True

    def process_bind_param(self, value: uuid.UUID | None, dialect: Dialect) -> bytes | None:
        return None if value is None else value.bytes

    def process_result_value(self, value: bytes | None, dialect: Dialect) -> uuid.UUID | None:
        return None if value is None else uuid.UUID(bytes=bytes(value))


class JournalDevice(Base):
    """A copy of the database that wrote journal entries: this one, or one met through sync."""

    __tablename__ = "journal_device"

    ref: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(UuidBlob, unique=True)
    #: the name the copy gave itself ("Agnès's laptop"), as last seen through sync
    name: Mapped[str] = mapped_column(default="", server_default="")


class UserAction(Base):
    """One thing a user did (an edit, an import, a merge): one undo step, and the unit sync
    sends and applies whole."""

    __tablename__ = "journal_action"
    __table_args__ = (Index("ix_journal_action_device_dseq", "device_ref", "dseq", unique=True),)

    ref: Mapped[int] = mapped_column(Integer, primary_key=True)
    id: Mapped[uuid.UUID] = mapped_column(UuidBlob, unique=True)
    device_ref: Mapped[int] = mapped_column(ForeignKey("journal_device.ref"))
    #: the action's number among its device's own actions (1, 2, …): what sync counts
    dseq: Mapped[int] = mapped_column(Integer)
    #: the clock stamp when the action was committed: every entry of it is stamped before
    hlc: Mapped[int] = mapped_column(BigInteger, index=True)
    name: Mapped[str] = mapped_column()
    author: Mapped[str] = mapped_column()
    #: "do" for a user's own action; "undo" and "redo" replay the journal of `reverts`
    role: Mapped[str] = mapped_column(String(4), default="do", server_default="do")
    #: on an undo or redo: the "do" action whose entries it replays
    reverts: Mapped[uuid.UUID | None] = mapped_column(UuidBlob, default=None)
    #: what the device had seen of the others when it did this: JSON {device ref: dseq}, or
    #: None for nothing; sync orders and compares concurrent changes by it
    deps: Mapped[str | None] = mapped_column(default=None)


class JournalEntry(Base):
    """The changes one write made to one record: created (every field), updated (the changed
    fields, old and new), deleted, restored, or purged (gone for good)."""

    __tablename__ = "journal_entry"
    __table_args__ = (Index("ix_journal_record", "record_id", "hlc"),)

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    action_ref: Mapped[int] = mapped_column(ForeignKey("journal_action.ref"), index=True)
    hlc: Mapped[int] = mapped_column(BigInteger)
    record_kind: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[uuid.UUID] = mapped_column(UuidBlob)
    #: create, update, delete, restore, purge (sync adds resolve)
    op: Mapped[str] = mapped_column(String(8))
    #: the fields and values, encoded by `journal_codec`; None for a purge
    data: Mapped[str | None] = mapped_column(default=None)

    def changes(self) -> list[FieldChange]:
        """(field, old, new) per field, values as JSON-ready Python values."""
        return decode_changes(self.op, self.data)

    def fields(self) -> dict[str, tuple[Any, Any]]:
        return {c.field: (c.old, c.new) for c in self.changes()}


class Meta(Base):
    """Per-copy settings: the device id, the app version that last wrote the file."""

    __tablename__ = "meta"

    key: Mapped[str] = mapped_column(primary_key=True)
    value: Mapped[str] = mapped_column()
