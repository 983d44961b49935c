"""The records some writes touched (`ChangeSet`): what the runner announces to the views.

A module of its own, without SQLAlchemy or the models, so that the UI's runner and the window's
frame can name it before the database layer is loaded (see `metrodesk.app`); the journal's
reading is in `changes.py`.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass


@dataclass(frozen=True)
class ChangeSet:
    """The records some writes touched, by kind; `records` is None when they are too many to
    list, `everything` when the whole file changed (a backup restored)."""

    kinds: frozenset[str] = frozenset()
    records: frozenset[tuple[str, uuid.UUID]] | None = frozenset()
    everything: bool = False

    @classmethod
    def of_everything(cls) -> ChangeSet:
        return cls(everything=True, records=None)

    def __bool__(self) -> bool:
        return self.everything or bool(self.kinds)

    def touches(self, kind: str) -> bool:
        """A record of `kind`, or one linked to it, changed."""
        return self.everything or kind in self.kinds

    def record(self, kind: str) -> uuid.UUID | None:
        """The one record of `kind` written, when exactly one was (the one to select)."""
        if self.records is None:
            return None
        found = [rid for k, rid in self.records if k == kind]
        return found[0] if len(found) == 1 else None
