"""Changes to many records at once, from a list's selection: tag, untag, set the organisation,
the status or the owner, move to the trash. Each is one user action (one undo step), written
record by record through the same services and rules as an editor; one record refused refuses
them all, naming that record, and nothing is written."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from typing import Any

from metrodesk.data.database import Database
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.meetings.action_items import Actions
from metrodesk.services.records.crud import Records
from metrodesk.services.records.forms import FORMS
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.records.labels import record_label

#: called with (records done, records in all); False stops (nothing is written)
Progress = Callable[[int, int], bool]
#: how often progress is told
STEP = 50


class BulkCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


def has_field(kind: str, key: str) -> bool:
    return any(f.key == key for f in FORMS.get(kind, ()))


def kind_title(kind: str) -> str:
    return kind_texts(kind).noun


def plural(kind: str, count: int) -> str:
    title = kind_title(kind)
    if count == 1:
        return f"1 {title}"
    return f"{count} {title[:-1] + 'ies' if title.endswith('y') else title + 's'}"


class Bulk:
    def __init__(self, db: Database, records: Records, actions: Actions) -> None:
        self.db = db
        self.records = records
        self.actions = actions

    def _each(
        self,
        name: str,
        kind: str,
        ids: Sequence[uuid.UUID],
        change: Callable[[uuid.UUID], None],
        progress: Progress | None,
    ) -> int:
        wanted = list(dict.fromkeys(ids))
        with self.db.action(name):
            for done, record_id in enumerate(wanted):
                if progress is not None and done % STEP == 0 and not progress(done, len(wanted)):
                    raise BulkCancelled
                try:
                    change(record_id)
                except ValidationError as exc:
                    label = record_label(kind, self.records.get(kind, record_id))
                    raise ValidationError(exc.field, f"{exc.message} ({label})") from exc
        return len(wanted)

    def tag(
        self, kind: str, ids: Sequence[uuid.UUID], tag: str, progress: Progress | None = None
    ) -> int:
        tag = " ".join(str(tag).split())
        if not tag:
            raise ValidationError("Tag", "is required")
        self._needs(kind, "tags")

        def add(record_id: uuid.UUID) -> None:
            tags = list(self.records.get(kind, record_id).get("tags") or [])
            if tag.casefold() not in {t.casefold() for t in tags}:
                self.records.update(kind, record_id, {"tags": [*tags, tag]})

        return self._each(f"Tag {plural(kind, len(ids))} {tag}", kind, ids, add, progress)

    def untag(
        self, kind: str, ids: Sequence[uuid.UUID], tag: str, progress: Progress | None = None
    ) -> int:
        self._needs(kind, "tags")
        wanted = str(tag).strip().casefold()

        def remove(record_id: uuid.UUID) -> None:
            tags = list(self.records.get(kind, record_id).get("tags") or [])
            kept = [t for t in tags if t.casefold() != wanted]
            if kept != tags:
                self.records.update(kind, record_id, {"tags": kept})

        name = f"Untag {plural(kind, len(ids))} {tag}"
        return self._each(name, kind, ids, remove, progress)

    def set_field(
        self,
        kind: str,
        ids: Sequence[uuid.UUID],
        key: str,
        value: Any,
        progress: Progress | None = None,
    ) -> int:
        """The organisation of contacts, the status of member cities, centres or action items
        (a city's through the membership rules), the owner of action items."""
        self._needs(kind, key)
        label = next(f.label for f in FORMS[kind] if f.key == key)

        def change(record_id: uuid.UUID) -> None:
            if kind == "action_item" and key == "status":
                self.actions.set_status(record_id, str(value))
            else:
                self.records.update(kind, record_id, {key: value})

        name = f"Set {label.lower()} of {plural(kind, len(ids))}"
        return self._each(name, kind, ids, change, progress)

    def trash(self, kind: str, ids: Sequence[uuid.UUID], progress: Progress | None = None) -> int:
        def delete(record_id: uuid.UUID) -> None:
            self.records.delete(kind, record_id)

        return self._each(f"Delete {plural(kind, len(ids))}", kind, ids, delete, progress)

    @staticmethod
    def _needs(kind: str, key: str) -> None:
        if not has_field(kind, key):
            raise ServiceError(f"a {kind_title(kind)} has no {key.replace('_', ' ')}")
