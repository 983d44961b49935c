"""Names in cells to records: an organisation, a city or a person named in a cell is found by
the names lists show (or its UUID), once per kind and per sheet."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record
from metrodesk.data.models import RECORD_CLASSES, Contact, Meeting
from metrodesk.data.search_index import fold
from metrodesk.services.errors import ValidationError
from metrodesk.services.records.crud import kind_title
from metrodesk.services.records.forms import Field


def _key(text: str) -> str:
    return " ".join(fold(text).split())


def label_of(rec: Record) -> list[str]:
    """The names a cell may use for a record: what the export writes (first), for people both
    name orders, since a person typing a name writes it the way they say it."""
    if isinstance(rec, Contact):
        given, family = rec.given_name, rec.family_name
        return [rec.display_name, f"{given} {family}", f"{family} {given}"]
    if isinstance(rec, Meeting):
        return [rec.title]
    # organisations and member cities also by their local name ("Ajuntament de Barcelona")
    local = str(getattr(rec, "local_name", "") or "")
    return [str(getattr(rec, "name", ""))] + ([local] if local.strip() else [])


class Names:
    """Finds the record a cell names; the index is built on first use, per kind."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._index: dict[str, dict[str, set[uuid.UUID]]] = {}
        #: record id -> (the name lists show, every name a cell may use, folded)
        self._labels: dict[uuid.UUID, tuple[str, frozenset[str]]] = {}

    def forget(self) -> None:
        """New records were flushed: later sheets must be able to name them."""
        self._index.clear()
        self._labels.clear()

    def _build(self, kind: str) -> dict[str, set[uuid.UUID]]:
        model = RECORD_CLASSES[kind]
        index: dict[str, set[uuid.UUID]] = {}
        live = select(model).where(model.deleted_at.is_(None))
        for rec in self.s.scalars(live.execution_options(yield_per=1000)):
            for label in label_of(rec):
                index.setdefault(_key(label), set()).add(rec.id)
        return index

    def find(self, f: Field, text: str) -> uuid.UUID:
        try:
            wanted = uuid.UUID(text)
        except ValueError:
            pass
        else:
            rec = self.s.get(RECORD_CLASSES[f.ref_kind], wanted)
            if rec is not None and rec.deleted_at is None:
                return wanted
        if f.ref_kind not in self._index:
            self._index[f.ref_kind] = self._build(f.ref_kind)
        found = self._index[f.ref_kind].get(_key(text), set())
        what = kind_title(f.ref_kind)
        if not found:
            raise ValidationError(f.label, f"no {what} named '{text}'")
        if len(found) > 1:
            raise ValidationError(f.label, f"{len(found)} records are named '{text}'; rename one")
        return next(iter(found))

    def _names_of(self, kind: str, record_id: uuid.UUID) -> tuple[str, frozenset[str]]:
        # many rows name the same few organisations: each is read once per sheet
        found = self._labels.get(record_id)
        if found is None:
            rec = self.s.get(RECORD_CLASSES[kind], record_id)
            labels = label_of(rec) if rec is not None else [str(record_id)]
            found = (labels[0], frozenset(_key(label) for label in labels))
            self._labels[record_id] = found
        return found

    def label(self, kind: str, record_id: Any) -> str:
        """The name a list shows for a linked record (the preview's old and new values)."""
        if not isinstance(record_id, uuid.UUID):
            return str(record_id)
        return self._names_of(kind, record_id)[0]

    def current_label_matches(self, f: Field, current: uuid.UUID | None, text: str) -> bool:
        if current is None:
            return False
        return _key(text) in self._names_of(f.ref_kind, current)[1]
