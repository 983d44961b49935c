"""One sheet's rows applied to one kind of record: each row checked by the editors' rules,
and only what differs from the stored record written."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from metrodesk.data.base import Record
from metrodesk.data.identity import kind_holding
from metrodesk.data.models import RECORD_CLASSES, Contact, ContactEmail, ContactPhone
from metrodesk.i18n import QT_TR_NOOP, tr, translated
from metrodesk.services.errors import ValidationError
from metrodesk.services.exports.cells import MAX_CELL_TEXT, ref_id_header
from metrodesk.services.imports.cell_checks import check_cell
from metrodesk.services.imports.choices import NEW, SKIP, Decision, ImportChoices
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
from metrodesk.services.imports.people import SheetPeople
from metrodesk.services.imports.preview import (
    DuplicateHint,
    FieldChange,
    PreviewBuilder,
    PreviewRow,
    list_changes,
    shown,
)
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import Records, clean_field
from metrodesk.services.records.forms import FORMS, Field
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.records.labels import record_label

EXCEL_TIME_PRECISION = timedelta(milliseconds=1)


def _uuid_or_none(value: Any) -> uuid.UUID | None:
    if blank(value) or not isinstance(value, str):
        return None
    try:
        return uuid.UUID(value.strip())
    except ValueError:
        return None


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


class RowRejected(ValidationError):
    """Every problem of one row, not the first only."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("Row", "; ".join(problems))
        self.problems = tuple(problems)

    def __str__(self) -> str:
        return "; ".join(self.problems)


def _collect(problems: list[str], exc: ValidationError) -> None:
    problems.extend(exc.problems if isinstance(exc, RowRejected) else (str(exc),))


class SheetImporter:
    """Applies the rows of one sheet to one kind of record, in the import's session. Rows
    come in chunks: the records a chunk names are read in a few queries (`load_current`), and
    the ORM is touched only for rows that change something.

    Every check of a row runs before anything of it is written, so that a rejected row leaves
    nothing behind (the wizard's partial import writes the others)."""

    def __init__(
        self,
        s: Session,
        kind: str,
        layout: Layout,
        names: Names,
        forms: Records,
        sheet: str,
        find_duplicates: bool = False,
        choices: ImportChoices | None = None,
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
        self.choices = choices or ImportChoices()
        self._existing: ExistingContacts | None = None
        self.people = SheetPeople(s) if kind == "contact" else None

    def apply_chunk(
        self, rows: Sequence[tuple[int, Sequence[Any]]], builder: PreviewBuilder
    ) -> None:
        ids = [i for i in (self._peek_id(row) for _, row in rows) if i is not None]
        if self.people is not None:
            ids += self.people.owners_of(self._peek_emails(row) for _, row in rows)
        self.current = load_current(self.s, self.kind, ids)
        for number, row in rows:
            self.names.begin_row()
            try:
                result = self.apply(number, row)
            except ValidationError as exc:
                problems: list[str] = []
                _collect(problems, exc)
                # one reason, one line: a quoted cell may hold line breaks
                problems = [v.one_line(p) for p in problems]
                result = PreviewRow(
                    self.sheet,
                    number,
                    "rejected",
                    self._raw_label(row),
                    reason="; ".join(problems),
                    problems=tuple(problems),
                )
            builder.add(result)

    def apply(self, number: int, row: Sequence[Any]) -> PreviewRow:
        """Check one row and write what differs."""
        problems = self._cell_problems(row)
        if problems:  # a cell that holds no value: nothing of the row can be read as meant
            raise RowRejected(problems)
        try:
            record_id = self._record_id(row)
        except ValidationError as exc:
            problems.append(str(exc))
            record_id = None
        current = self.current.get(record_id) if record_id else None
        if current is not None and current.deleted:
            raise ValidationError(
                QT_TR_NOOP("UUID"), tr("this record is in the trash; restore it first")
            )
        if current is None and record_id is not None:
            self._refuse_another_kinds_id(record_id, problems)
        raw = {f.key: cell_value(at(row, i)) for i, f in self.layout.fields.items()}
        ids = {key: at(row, i) for key, i in self.layout.ref_ids.items()}
        texts = self._extra_texts(row, raw)
        if self.people is not None and record_id is None and not problems:
            return self._person(number, raw, texts, ids)
        if current is None or record_id is None:
            return self._create(number, record_id, raw, texts, problems, ids=ids)
        changes = self._update(record_id, current, raw, texts, ids)
        status = "updated" if changes else "unchanged"
        label = record_label(self.kind, current.values)
        return PreviewRow(self.sheet, number, status, label, tuple(changes), record_id=record_id)

    # --- a person without a UUID: matched by e-mail, repeated in the sheet, or new ---------

    def _person(
        self, number: int, raw: dict[str, Any], texts: Extras, ids: dict[str, Any]
    ) -> PreviewRow:
        assert self.people is not None
        emails = _addresses(raw, texts)
        seen = self.people.seen_before(emails, raw)
        owners = self.people.owners(emails)
        label = self._raw_label_of(raw)
        options: tuple[Decision, ...] = ()
        hints: tuple[DuplicateHint, ...] = ()
        matched: str = ""
        default: Decision = NEW
        if seen is not None and seen.same_email:
            hints = (DuplicateHint(None, seen.label, seen.reason, row=seen.row),)
            options, default = (SKIP, NEW), SKIP
        elif len(owners) == 1:
            (owner,) = owners
            options, default, matched = (owner, NEW, SKIP), owner, "e-mail"
        elif seen is not None:
            hints = (DuplicateHint(None, seen.label, seen.reason, row=seen.row),)
            options = (NEW, SKIP)
        chosen = self.choices.for_row(self.sheet, number)
        decision = chosen if chosen is not None else default
        self.people.remember(number, emails, raw, label)
        if decision == SKIP:
            return PreviewRow(
                self.sheet, number, "skipped", label, duplicates=hints, matched=matched,
                options=options, decision=SKIP,
            )  # fmt: skip
        if isinstance(decision, uuid.UUID):
            return self._merge_into(number, decision, raw, texts, ids, matched, options, hints)
        row = self._create(number, None, raw, texts, [], hints, ids)
        options = options or ((NEW, *(h.contact_id for h in row.duplicates if h.contact_id), SKIP)
                              if row.duplicates else ())  # fmt: skip
        return replace(row, options=options, decision=NEW if options else None)

    def _merge_into(
        self,
        number: int,
        contact_id: uuid.UUID,
        raw: dict[str, Any],
        texts: Extras,
        ids: dict[str, Any],
        matched: str,
        options: tuple[Decision, ...],
        hints: tuple[DuplicateHint, ...],
    ) -> PreviewRow:
        """The row updates an existing contact (its e-mail's, or the one the user chose): its
        filled cells are written, its empty ones leave what is on record."""
        current = self.current.get(contact_id)
        if current is None:
            current = load_current(self.s, self.kind, [contact_id]).get(contact_id)
        if current is None or current.deleted:
            raise ValidationError(
                QT_TR_NOOP("Contact"), tr("the contact chosen for this row is gone")
            )
        filled = {k: x for k, x in raw.items() if not blank(x)}
        kept: Extras = {cls: (vals or None) for cls, vals in texts.items()}
        changes = self._update(contact_id, current, filled, kept, ids)
        return PreviewRow(
            self.sheet, number, "updated" if changes else "unchanged",
            record_label(self.kind, current.values), tuple(changes), duplicates=hints,
            matched=matched, record_id=contact_id, options=options, decision=contact_id,
        )  # fmt: skip

    # --- cells that hold no value, ids and labels ----------------------------------------

    def _cell_problems(self, row: Sequence[Any]) -> list[str]:
        """Cells the import reads that hold no value: a formula without its result, an
        Excel error. Refused at their column, never read as empty (clearing the field)."""
        layout = self.layout
        cells = [(f.label, i) for i, f in layout.fields.items()]
        if layout.uuid is not None:
            cells.append(("UUID", layout.uuid))
        cells += [(ref_id_header(self.fields[key].label), i) for key, i in layout.ref_ids.items()]
        for what, columns in (("E-mail", layout.emails), ("Phone", layout.phones)):
            cells += [(f"{what} {n}", i) for n, i in enumerate(columns, 2)]
        problems = []
        for label, i in cells:
            try:
                check_cell(label, at(row, i))
            except ValidationError as exc:
                problems.append(str(exc))
        return problems

    def _refuse_another_kinds_id(self, record_id: uuid.UUID, problems: list[str]) -> None:
        """A new record may bring its UUID, but not one another kind's record holds."""
        other = kind_holding(self.s.connection(), record_id, self.kind)
        if other is not None:
            wrong = ValidationError(
                QT_TR_NOOP("UUID"),
                tr("belongs to a record of another kind ({kind})").format(
                    kind=translated(kind_texts(other).noun)
                ),
            )
            problems.append(str(wrong))

    def _peek_id(self, row: Sequence[Any]) -> uuid.UUID | None:
        if self.layout.uuid is None or blank(at(row, self.layout.uuid)):
            return None
        try:
            return uuid.UUID(str(cell_value(at(row, self.layout.uuid))).strip())
        except ValueError:
            return None

    def _peek_emails(self, row: Sequence[Any]) -> list[str]:
        if self._peek_id(row) is not None:
            return []
        raw = {f.key: cell_value(at(row, i)) for i, f in self.layout.fields.items()}
        return _addresses(raw, self._extra_texts(row, raw))

    def _raw_label(self, row: Sequence[Any]) -> str:
        return self._raw_label_of(
            {f.key: cell_value(at(row, i)) for i, f in self.layout.fields.items()}
        )

    def _raw_label_of(self, raw: dict[str, Any]) -> str:
        with suppress(Exception):
            return record_label(self.kind, {k: x for k, x in raw.items() if isinstance(x, str)})
        return ""

    def _record_id(self, row: Sequence[Any]) -> uuid.UUID | None:
        if self.layout.uuid is None or blank(at(row, self.layout.uuid)):
            return None
        try:
            record_id = uuid.UUID(str(cell_value(at(row, self.layout.uuid))).strip())
        except ValueError as exc:
            raise ValidationError(
                QT_TR_NOOP("UUID"), tr("is not a record id (empty for a new record)")
            ) from exc
        if record_id in self.seen:
            raise ValidationError(
                QT_TR_NOOP("UUID"), tr("appears on an earlier row of this sheet too")
            )
        self.seen.add(record_id)
        return record_id

    # --- checking every field ---------------------------------------------------------------

    def _resolve_refs(
        self,
        raw: dict[str, Any],
        current: dict[str, Any],
        problems: list[str],
        ids: Mapping[str, Any],
    ) -> dict[str, Any]:
        """Names in cells to record ids. The UUID beside a name (the contract workbook's
        hidden "Organisation UUID") decides while the name still names that record, even by
        the name it had before this import renamed it; a name changed to another record's
        is read as that record; a cleared name clears the link."""
        out = dict(raw)
        for f in self.layout.fields.values():
            value = raw.get(f.key)
            if f.type != "ref" or blank(value):
                continue
            text = str(value).strip()
            beside = _uuid_or_none(ids.get(f.key))
            found = self.names.by_id(f, beside, text) if beside is not None else None
            if found is not None:
                out[f.key] = found
                continue
            if self.names.current_label_matches(f, current.get(f.key), text):
                out[f.key] = current[f.key]
                continue
            near = raw.get("city") if isinstance(raw.get("city"), str) else ""
            try:
                out[f.key] = self.names.find(f, text, str(near or ""))
            except ValidationError as exc:
                problems.append(str(exc))
                out[f.key] = None
        return out

    def _prepared(
        self,
        raw: dict[str, Any],
        current: dict[str, Any],
        problems: list[str],
        ids: Mapping[str, Any],
    ) -> dict[str, Any]:
        values = self._resolve_refs(raw, current, problems, ids)
        if "country" in values and not blank(values["country"]):
            # phone numbers are read in the country beside them, which needs its ISO code;
            # a bad country is left for the field's check to report, in the editor's words
            with suppress(ValidationError):
                values["country"] = v.country("Country", str(values["country"]))
        elif "phone" in values and current.get("country"):
            values["country"] = current["country"]
        if "phone" in values:
            values["phone"] = phone_text("Phone", values["phone"], values.get("country") or "")
        return values

    def _clean_all(
        self, values: dict[str, Any], partial: bool, problems: list[str]
    ) -> dict[str, Any]:
        """`records.clean`, saying what is wrong with every field rather than the first."""
        region = str(values.get("country") or "")
        if len(region) != 2:
            region = ""
        out: dict[str, Any] = {}
        for f in FORMS[self.kind]:
            if f.key in values:
                try:
                    out[f.key] = clean_field(f, values[f.key], region)
                except ValidationError as exc:
                    problems.append(str(exc))
            elif not partial and f.required:
                problems.append(str(ValidationError(f.label, tr("is required"))))
        starts, ends = out.get("starts_at"), out.get("ends_at")
        if starts and ends and ends < starts:
            problems.append(str(ValidationError(QT_TR_NOOP("Ends"), tr("is before the start"))))
        return out

    def _extras(
        self, texts: Extras, country: str, known: Mapping[type[Record], Sequence[str]],
        problems: list[str],
    ) -> Extras:  # fmt: skip
        """Further e-mails and phones checked one by one, every bad one said."""
        out: Extras = {}
        for cls, values in texts.items():
            if values is None:
                out[cls] = None
                continue
            kept: list[Any] = []
            for n, value in enumerate(values):
                try:
                    checked = checked_extras(
                        {cls: [value]}, country, {cls: known.get(cls, ())[n : n + 1]}
                    )
                except ValidationError as exc:
                    label = "E-mail" if cls is ContactEmail else "Phone"
                    problems.append(f"{label} {n + 2}: {exc.message}")
                    continue
                kept.extend(checked[cls] or [])
            out[cls] = kept
        return out

    # --- writing ----------------------------------------------------------------------------

    def _create(
        self,
        number: int,
        record_id: uuid.UUID | None,
        raw: dict[str, Any],
        texts: Extras,
        problems: list[str],
        hints: tuple[DuplicateHint, ...] = (),
        ids: Mapping[str, Any] | None = None,
    ) -> PreviewRow:
        data = self._clean_all(self._prepared(raw, {}, problems, ids or {}), False, problems)
        extras = self._extras(texts, data.get("country", ""), {}, problems)
        if problems:
            raise RowRejected(problems)
        if self.find_duplicates and not hints:
            if self._existing is None:
                # read before this sheet adds anyone: only people already there are flagged
                self._existing = ExistingContacts(self.s)
            hints = self._existing.matches(
                data, extras.get(ContactEmail) or [], extras.get(ContactPhone) or []
            )
        self.names.create_planned(self.forms, data)
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
        return PreviewRow(self.sheet, number, "new", label, duplicates=hints, record_id=rec.id)

    def _update(
        self,
        record_id: uuid.UUID,
        current: Current,
        raw: dict[str, Any],
        texts: Extras,
        ids: Mapping[str, Any],
    ) -> list[FieldChange]:
        values = current.values
        problems: list[str] = []
        prepared = self._prepared(raw, values, problems, ids)
        fields = self.fields
        todo = {
            k: x
            for k, x in prepared.items()
            if k == "country" or not _plainly_same(fields[k], x, values.get(k))
        }
        data = self._clean_all(todo, True, problems)
        changed = {k: val for k, val in data.items() if not _same(fields[k], val, values.get(k))}
        known: dict[type[Record], list[str]] = {
            ContactEmail: current.emails,
            ContactPhone: current.phones,
        }
        country = data.get("country", values.get("country") or "")
        extras = self._extras(texts, country, known, problems)
        if problems:
            raise RowRejected(problems)
        extras_changed = {
            cls: new for cls, new in extras.items() if new is not None and new != known[cls]
        }
        if not changed and not extras_changed:
            return []
        self.names.create_planned(self.forms, {**values, **data})
        rec = self.s.get(self.model, record_id)
        assert rec is not None  # read a moment ago, in this transaction
        if changed:
            self.names.remember(rec)  # later sheets may name it as it was, beside its UUID
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


def _addresses(raw: dict[str, Any], texts: Extras) -> list[str]:
    """A row's e-mail addresses as compared: trimmed, lower case."""
    found = [raw.get("email"), *(texts.get(ContactEmail) or [])]
    return [str(x).strip().lower() for x in found if isinstance(x, str) and x.strip()]
