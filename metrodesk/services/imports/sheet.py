"""One sheet's rows applied to one kind of record: each row checked by the editors' rules,
and only what differs from the stored record written."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from contextlib import suppress
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from metrodesk.data.base import Record
from metrodesk.data.models import RECORD_CLASSES, Contact, ContactEmail, ContactPhone
from metrodesk.services.errors import ValidationError
from metrodesk.services.exports.cells import MAX_CELL_TEXT
from metrodesk.services.imports.contact_lists import (
    Extras,
    checked_extras,
    phone_text,
    set_extras,
)
from metrodesk.services.imports.current import Current, load_current
from metrodesk.services.imports.duplicates import ExistingContacts
from metrodesk.services.imports.layout import Layout, at, blank, cell_value
from metrodesk.services.imports.names import Names
from metrodesk.services.imports.preview import (
    DuplicateHint,
    FieldChange,
    PreviewBuilder,
    PreviewRow,
    list_changes,
    shown,
)
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import Records, clean
from metrodesk.services.records.forms import FORMS, Field
from metrodesk.services.records.labels import record_label

EXCEL_TIME_PRECISION = timedelta(milliseconds=1)


def _same(f: Field, cleaned: Any, current: Any) -> bool:
    if f.type == "tags":
        return sorted(set(cleaned or [])) == sorted(set(current or []))
    if f.type == "long" and isinstance(cleaned, str) and len(cleaned) == MAX_CELL_TEXT:
        # the export cut this text to Excel's limit; the cut copy is not an edit
        return isinstance(current, str) and current.startswith(cleaned)
    if cleaned in (None, "") and current in (None, ""):
        return True
    if isinstance(cleaned, datetime) and isinstance(current, datetime):
        # Excel keeps times to the millisecond; finer digits lost on the way are no edit
        return abs(cleaned - current) < EXCEL_TIME_PRECISION
    return bool(cleaned == current)


#: field types whose stored value, read back from a cell unchanged, needs no checking again:
#: the stored value passed these very checks when it was written
_STORED_AS_SHOWN = {"text", "long", "email", "phone", "choice", "ref", "int", "year"}


def _plainly_same(f: Field, value: Any, current: Any) -> bool:
    """The cell holds the stored value itself: unchanged, and valid, without validating it
    again (e-mail and phone checks are most of the cost of a row)."""
    if f.type not in _STORED_AS_SHOWN or value is None or value == "":
        return False
    return bool(value.__class__ is current.__class__ and value == current)


class SheetImporter:
    """Applies the rows of one sheet to one kind of record, in the import's session. Rows
    come in chunks: the records a chunk names are read in a few queries (`load_current`), and
    the ORM is touched only for rows that change something."""

    def __init__(
        self,
        s: Session,
        kind: str,
        layout: Layout,
        names: Names,
        forms: Records,
        sheet: str,
        find_duplicates: bool = False,
    ) -> None:
        self.s = s
        self.kind = kind
        self.layout = layout
        self.names = names
        #: writes a form's values the way the editors do (contacts' e-mail, phone, organisation)
        self.forms = forms
        self.sheet = sheet
        self.model = RECORD_CLASSES[kind]
        self.fields = {f.key: f for f in FORMS[kind]}
        self.seen: set[uuid.UUID] = set()
        self.current: dict[uuid.UUID, Current] = {}
        self.find_duplicates = find_duplicates and kind == "contact"
        self._existing: ExistingContacts | None = None

    def apply_chunk(
        self, rows: Sequence[tuple[int, Sequence[Any]]], builder: PreviewBuilder
    ) -> None:
        ids = [i for i in (self._peek_id(row) for _, row in rows) if i is not None]
        self.current = load_current(self.s, self.kind, ids)
        for number, row in rows:
            try:
                result = self.apply(number, row)
            except ValidationError as exc:
                result = PreviewRow(
                    self.sheet, number, "rejected", self._raw_label(row), reason=str(exc)
                )
            builder.add(result)

    def apply(self, number: int, row: Sequence[Any]) -> PreviewRow:
        """Check one row and write what differs."""
        record_id = self._record_id(row)
        current = self.current.get(record_id) if record_id else None
        if current is not None and current.deleted:
            raise ValidationError("UUID", "this record is in the trash; restore it first")
        raw = {f.key: cell_value(at(row, i)) for i, f in self.layout.fields.items()}
        texts = self._extra_texts(row, raw)
        if current is None or record_id is None:
            return self._create(number, record_id, raw, texts)
        changes = self._update(record_id, current, raw, texts)
        status = "updated" if changes else "unchanged"
        label = record_label(self.kind, current.values)
        return PreviewRow(self.sheet, number, status, label, tuple(changes))

    def _peek_id(self, row: Sequence[Any]) -> uuid.UUID | None:
        if self.layout.uuid is None or blank(at(row, self.layout.uuid)):
            return None
        try:
            return uuid.UUID(str(cell_value(at(row, self.layout.uuid))).strip())
        except ValueError:
            return None

    def _raw_label(self, row: Sequence[Any]) -> str:
        raw = {f.key: cell_value(at(row, i)) for i, f in self.layout.fields.items()}
        with suppress(Exception):
            return record_label(self.kind, {k: x for k, x in raw.items() if isinstance(x, str)})
        return ""

    def _record_id(self, row: Sequence[Any]) -> uuid.UUID | None:
        if self.layout.uuid is None or blank(at(row, self.layout.uuid)):
            return None
        try:
            record_id = uuid.UUID(str(cell_value(at(row, self.layout.uuid))).strip())
        except ValueError as exc:
            raise ValidationError("UUID", "is not a record id (empty for a new record)") from exc
        if record_id in self.seen:
            raise ValidationError("UUID", "appears on an earlier row of this sheet too")
        self.seen.add(record_id)
        return record_id

    def _resolve_refs(self, raw: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        out = dict(raw)
        for f in self.layout.fields.values():
            value = raw.get(f.key)
            if f.type != "ref" or blank(value):
                continue
            text = str(value).strip()
            if self.names.current_label_matches(f, current.get(f.key), text):
                out[f.key] = current[f.key]
            else:
                out[f.key] = self.names.find(f, text)
        return out

    def _prepared(self, raw: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        values = self._resolve_refs(raw, current)
        if "country" in values and not blank(values["country"]):
            # phone numbers are read in the country beside them, which needs its ISO code;
            # a bad country is left for clean() to report, in the editor's words
            with suppress(ValidationError):
                values["country"] = v.country("Country", str(values["country"]))
        elif "phone" in values and current.get("country"):
            values["country"] = current["country"]
        if "phone" in values:
            values["phone"] = phone_text("Phone", values["phone"], values.get("country") or "")
        return values

    def _create(
        self, number: int, record_id: uuid.UUID | None, raw: dict[str, Any], texts: Extras
    ) -> PreviewRow:
        data = clean(self.kind, self._prepared(raw, {}))
        extras = checked_extras(texts, data.get("country", ""), {})
        hints: tuple[DuplicateHint, ...] = ()
        if self.find_duplicates:
            if self._existing is None:
                # read before this sheet adds anyone: only people already there are flagged
                self._existing = ExistingContacts(self.s)
            hints = self._existing.matches(
                data, extras.get(ContactEmail) or [], extras.get(ContactPhone) or []
            )
        rec = self.model()
        if not isinstance(rec, Contact):
            rec.id = record_id or uuid.uuid4()
        self.forms.apply(self.s, rec, data)
        # a contact gets its id only now: without one, the editor's rules know it is new and
        # skip looking up its e-mails and organisation (a query, and a flush, per new row)
        rec.id = record_id or rec.id or uuid.uuid4()
        self.s.add(rec)
        if isinstance(rec, Contact):
            set_extras(rec, extras)
        label = record_label(self.kind, data)
        return PreviewRow(self.sheet, number, "new", label, duplicates=hints)

    def _update(
        self, record_id: uuid.UUID, current: Current, raw: dict[str, Any], texts: Extras
    ) -> list[FieldChange]:
        values = current.values
        prepared = self._prepared(raw, values)
        fields = self.fields
        todo = {
            k: x
            for k, x in prepared.items()
            if k == "country" or not _plainly_same(fields[k], x, values.get(k))
        }
        data = clean(self.kind, todo, partial=True)
        changed = {k: val for k, val in data.items() if not _same(fields[k], val, values.get(k))}
        known: dict[type[Record], list[str]] = {
            ContactEmail: current.emails,
            ContactPhone: current.phones,
        }
        extras = checked_extras(texts, data.get("country", values.get("country") or ""), known)
        extras_changed = {
            cls: new for cls, new in extras.items() if new is not None and new != known[cls]
        }
        if not changed and not extras_changed:
            return []
        rec = self.s.get(self.model, record_id)
        assert rec is not None  # read a moment ago, in this transaction
        if changed:
            self.forms.apply(self.s, rec, changed)
        if isinstance(rec, Contact):
            set_extras(rec, extras)
        out = [
            FieldChange(
                fields[k].label,
                shown(fields[k], values.get(k), self.names.label),
                shown(fields[k], val, self.names.label),
            )
            for k, val in changed.items()
        ]
        for cls, new in extras_changed.items():
            label = "E-mail" if cls is ContactEmail else "Phone"
            out.extend(list_changes(label, known[cls], new))
        return out

    def _extra_texts(self, row: Sequence[Any], raw: dict[str, Any]) -> Extras:
        """Further e-mails and phones as the row has them; None where the sheet has no such
        columns, so that a sheet without them leaves them alone. When the primary cell was
        emptied, the next one moves up, as it does in the editor."""
        if self.kind != "contact":
            return {}
        out: Extras = {}
        for cls, key, columns in (
            (ContactEmail, "email", self.layout.emails),
            (ContactPhone, "phone", self.layout.phones),
        ):
            texts = [x for x in (cell_value(at(row, i)) for i in columns) if not blank(x)]
            if texts and key in raw and blank(raw[key]):
                raw[key] = texts.pop(0)
            out[cls] = texts if columns else None
        return out
