"""Applying a workbook: the export, edited in Excel, coming back; or, through the wizard's
`ColumnMapping`, one sheet of another layout.

All or nothing: every row is checked with the editors' own rules (`records.clean`) inside one
user action; one rejected row rolls the whole import back, and every rejected row is listed
so the user can fix them all in one go. Rows are matched by UUID; a row without one is a new
record. Only what differs is written, so importing an unedited export changes nothing and
the journal holds exactly the edits made in Excel.

The preview (`preview_workbook`) is the same run rolled back, so it says exactly what the
commit (`import_workbook`) will do. Rows are read in chunks; the records a chunk names are
read in a few queries and compared in Python, and only rows that change touch the ORM.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record, utcnow
from metrodesk.data.database import Database
from metrodesk.data.models import (
    RECORD_CLASSES,
    Contact,
    ContactEmail,
    ContactPhone,
    Meeting,
)
from metrodesk.data.search_index import fold
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.exports.workbook import MAX_CELL_TEXT, unescape_text
from metrodesk.services.imports.current import Current, load_current
from metrodesk.services.imports.duplicates import ExistingContacts
from metrodesk.services.imports.preview import (
    STATUSES,
    DuplicateHint,
    FieldChange,
    ImportPreview,
    PreviewBuilder,
    PreviewRow,
    list_changes,
    shown,
)

# MAX_SHEET_COLUMNS and check_workbook_file are read from here by the wizard's mapping module
from metrodesk.services.imports.workbook_checks import MAX_SHEET_COLUMNS as MAX_SHEET_COLUMNS
from metrodesk.services.imports.workbook_checks import check_dimensions, open_workbook, sheet_rows
from metrodesk.services.imports.workbook_checks import check_workbook_file as check_workbook_file
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import Records, clean, kind_title
from metrodesk.services.records.forms import FORMS, Field
from metrodesk.services.records.labels import record_label
from metrodesk.services.storage.backups import take_backup

if TYPE_CHECKING:
    # the mapping module reads workbooks with this one's helpers: imported for types only
    from metrodesk.services.imports.mapping import ColumnMapping

#: the contract's sheets and the kind each holds, in the order they are applied: a sheet
#: may name records of the sheets before it (a new contact's new organisation)
SHEET_KINDS: dict[str, str] = {
    "Organisations": "organisation",
    "Member cities": "member_city",
    "Training": "training_centre",
    "Contacts": "contact",
    "Meetings": "meeting",
    "Action items": "action_item",
}
#: form fields no export column carries; a column of that name is not imported
NOT_IMPORTED = {("meeting", "notes_html")}
#: how often the progress callback hears from a long import
CHUNK = 500
EXCEL_TIME_PRECISION = timedelta(milliseconds=1)

Progress = Callable[[int, int], bool]


class ImportRejected(ServiceError):
    """Rows failed their checks; nothing was written. `problems` has one line per row."""

    def __init__(self, problems: list[str], report: ImportReport) -> None:
        rows = "row was" if len(problems) == 1 else "rows were"
        super().__init__(f"import refused: {len(problems)} {rows} rejected; nothing was changed")
        self.problems = problems
        self.report = report


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__("import cancelled; nothing was changed")


class _RollBack(Exception):
    """Ends a dry run, or an import that changes nothing: no empty step on the undo stack."""


@dataclass
class SheetCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0

    def __str__(self) -> str:
        text = f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged"
        return text + (f", {self.rejected} rejected" if self.rejected else "")


@dataclass
class ImportReport:
    source: Path
    dry_run: bool = False
    sheets: dict[str, SheetCounts] = field(default_factory=dict)
    #: sheets and columns that were read but not applied, said aloud so nothing is lost quietly
    notes: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(c.new + c.updated for c in self.sheets.values())

    def lines(self) -> list[str]:
        out = [f"{name}: {counts}" for name, counts in self.sheets.items()]
        out += self.notes
        rejected = sum(c.rejected for c in self.sheets.values())
        if rejected:
            out.append(f"Nothing was written: {rejected} rows were rejected.")
        elif self.dry_run:
            out.append("Dry run: nothing was written.")
        elif self.changed:
            out.append(f"Applied as one action, 'Import {self.source.name}' (undo reverts it).")
        else:
            out.append("Nothing to change.")
        return out


def cell_value(value: Any) -> Any:
    """A cell as the form rules expect it: text unescaped, whole floats as ints (Excel keeps
    every number as a float, so a typed 1985 may come back as 1985.0)."""
    if isinstance(value, str):
        return unescape_text(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True)
class Layout:
    """Which column holds what, from the sheet's header row."""

    uuid: int | None
    fields: dict[int, Field]
    #: contacts' further e-mails and phones: column indexes in order
    emails: tuple[int, ...] = ()
    phones: tuple[int, ...] = ()
    ignored: tuple[str, ...] = ()


def read_layout(kind: str, header: Sequence[Any]) -> Layout:
    by_label = {f.label.casefold(): f for f in FORMS[kind] if (kind, f.key) not in NOT_IMPORTED}
    uuid_col: int | None = None
    fields: dict[int, Field] = {}
    emails: list[int] = []
    phones: list[int] = []
    ignored: list[str] = []
    for i, raw in enumerate(header):
        name = str(raw).strip() if raw is not None else ""
        key = name.casefold()
        if not name:
            continue
        if key == "uuid" and uuid_col is None:
            uuid_col = i
        elif key in by_label and by_label[key] not in fields.values():
            fields[i] = by_label.pop(key)
        elif kind == "contact" and key.startswith("e-mail "):
            emails.append(i)
        elif kind == "contact" and key.startswith("phone "):
            phones.append(i)
        else:
            ignored.append(name)
    return Layout(uuid_col, fields, tuple(emails), tuple(phones), tuple(ignored))


# ---------------------------------------------------------------------------------------------
# names in cells -> records


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


# ---------------------------------------------------------------------------------------------
# one row


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
        raw = {f.key: cell_value(_at(row, i)) for i, f in self.layout.fields.items()}
        texts = self._extra_texts(row, raw)
        if current is None or record_id is None:
            return self._create(number, record_id, raw, texts)
        changes = self._update(record_id, current, raw, texts)
        status = "updated" if changes else "unchanged"
        label = record_label(self.kind, current.values)
        return PreviewRow(self.sheet, number, status, label, tuple(changes))

    def _peek_id(self, row: Sequence[Any]) -> uuid.UUID | None:
        if self.layout.uuid is None or _blank(_at(row, self.layout.uuid)):
            return None
        try:
            return uuid.UUID(str(cell_value(_at(row, self.layout.uuid))).strip())
        except ValueError:
            return None

    def _raw_label(self, row: Sequence[Any]) -> str:
        raw = {f.key: cell_value(_at(row, i)) for i, f in self.layout.fields.items()}
        with suppress(Exception):
            return record_label(self.kind, {k: x for k, x in raw.items() if isinstance(x, str)})
        return ""

    def _record_id(self, row: Sequence[Any]) -> uuid.UUID | None:
        if self.layout.uuid is None or _blank(_at(row, self.layout.uuid)):
            return None
        try:
            record_id = uuid.UUID(str(cell_value(_at(row, self.layout.uuid))).strip())
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
            if f.type != "ref" or _blank(value):
                continue
            text = str(value).strip()
            if self.names.current_label_matches(f, current.get(f.key), text):
                out[f.key] = current[f.key]
            else:
                out[f.key] = self.names.find(f, text)
        return out

    def _prepared(self, raw: dict[str, Any], current: dict[str, Any]) -> dict[str, Any]:
        values = self._resolve_refs(raw, current)
        if "country" in values and not _blank(values["country"]):
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
        extras = _checked_extras(texts, data.get("country", ""), {})
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
            _set_extras(rec, extras)
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
        extras = _checked_extras(texts, data.get("country", values.get("country") or ""), known)
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
            _set_extras(rec, extras)
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
            texts = [x for x in (cell_value(_at(row, i)) for i in columns) if not _blank(x)]
            if texts and key in raw and _blank(raw[key]):
                raw[key] = texts.pop(0)
            out[cls] = texts if columns else None
        return out


Extras = dict[type[Record], list[Any] | None]


def _checked_extras(
    texts: Extras, country: str, known: Mapping[type[Record], Sequence[str]]
) -> Extras:
    """Further e-mails and phones checked as the editor checks them; one that is the stored
    value at its place needs no check again."""
    out: Extras = {}
    for cls, values in texts.items():
        stored = known.get(cls, ())
        if values is None:
            out[cls] = None
        elif cls is ContactEmail:
            out[cls] = [
                x if n - 2 < len(stored) and x == stored[n - 2] else v.email(f"E-mail {n}", str(x))
                for n, x in enumerate(values, 2)
            ]
        else:
            out[cls] = [
                x
                if n - 2 < len(stored) and x == stored[n - 2]
                else v.phone(f"Phone {n}", str(phone_text(f"Phone {n}", x, country)), country)
                for n, x in enumerate(values, 2)
            ]
    return out


def phone_text(label: str, value: Any, region: str) -> Any:
    """Excel turns an edited '+34934134500' into the number 34934134500. Read a number as
    written first, in the contact's country; if it is no phone number there, put the + back."""
    if not isinstance(value, int) or isinstance(value, bool):
        return value
    text = str(value)
    try:
        v.phone(label, text, region)
    except ValidationError:
        return f"+{text}"
    return text


def _at(row: Sequence[Any], i: int) -> Any:
    return row[i] if i < len(row) else None


def _set_extras(c: Contact, extras: Extras) -> bool:
    changed = False
    for cls, values in extras.items():
        if values is not None:
            changed |= _set_list(c, cls, values)
    return changed


def _set_list(c: Contact, cls: type[Record], values: list[str]) -> bool:
    """Make the contact's e-mails (or phones) after the primary one read `values`, in order."""
    attr, items = ("address", c.emails) if cls is ContactEmail else ("number", c.phones)
    live = sorted((i for i in items if i.deleted_at is None), key=lambda i: i.position)
    rest, changed = live[1:], False
    position = max((i.position for i in live), default=0)
    for i, value in enumerate(values):
        if i < len(rest):
            if getattr(rest[i], attr) != value:
                setattr(rest[i], attr, value)
                changed = True
        else:
            position += 1
            cls(contact=c, position=position, **{attr: value})
            changed = True
    for gone in rest[len(values) :]:
        gone.deleted_at = utcnow()
        changed = True
    return changed


# ---------------------------------------------------------------------------------------------
# the workbook


@dataclass(frozen=True)
class _Target:
    """One sheet to read: its title in the workbook, the name rows are reported under, the
    kind it holds, and (for another layout) the user's mapping of its columns."""

    title: str
    name: str
    kind: str
    mapping: ColumnMapping | None = None

    @property
    def header_row(self) -> int:
        return self.mapping.header_row if self.mapping is not None else 1


def _contract_sheets(wb: Workbook) -> list[_Target]:
    """The contract's sheets present in the workbook, in the order they are applied."""
    present = {title.strip().casefold(): title for title in wb.sheetnames}
    return [
        _Target(present[name.casefold()], name, kind)
        for name, kind in SHEET_KINDS.items()
        if name.casefold() in present
    ]


def _targets(path: Path, wb: Workbook, mapping: ColumnMapping | None) -> list[_Target]:
    if mapping is not None:
        if mapping.sheet not in wb.sheetnames:
            raise ServiceError(f"{path.name} has no sheet '{mapping.sheet}'")
        if mapping.kind not in FORMS or mapping.header_row < 1:
            raise ServiceError(f"cannot import sheet '{mapping.sheet}' as {mapping.kind}")
        return [_Target(mapping.sheet, mapping.sheet, mapping.kind, mapping)]
    targets = _contract_sheets(wb)
    if not targets:
        raise ServiceError(
            f"{path.name} has none of the sheets MetroDesk exports "
            f"({', '.join(SHEET_KINDS)}); use the import wizard for other layouts"
        )
    return targets


def import_workbook(
    db: Database,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    mapping: ColumnMapping | None = None,
) -> ImportReport:
    """Apply the workbook at `path` to `db` as one user action; see the module's docstring.

    Raises ImportRejected (every rejected row listed, nothing written), ImportCancelled when
    `progress(done, total)` returns False, or ServiceError for a file that is no workbook of
    this layout. With `dry_run`, everything is checked and counted, then rolled back. With a
    `mapping`, only its sheet is read, through its columns (the wizard's other layouts).
    """
    preview = _import(db, Path(path), mapping, progress, commit=not dry_run)
    report = _report(preview, dry_run)
    if preview.rejected:
        raise ImportRejected(preview.problems, report)
    return report


def preview_workbook(
    db: Database,
    path: Path,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
) -> ImportPreview:
    """What importing the workbook would do, row by row, with existing contacts that new rows
    may duplicate; nothing is written. Rejected rows are listed, not raised."""
    return _import(db, Path(path), mapping, progress, commit=False)


def _import(
    db: Database,
    path: Path,
    mapping: ColumnMapping | None,
    progress: Progress | None,
    commit: bool,
) -> ImportPreview:
    wb = open_workbook(path)
    try:
        targets = _targets(path, wb, mapping)
        check_dimensions(path, wb, [t.title for t in targets])
        preview = ImportPreview(path)
        known = {t.title for t in targets}
        others = [t for t in wb.sheetnames if t not in known]
        if others:
            preview.notes.append(f"Sheets not imported: {', '.join(others)}")
        if commit:
            # the import is one transaction, but a wrong file applied whole is a mistake too
            take_backup(db.path, "before-import")
        _run(db, wb, targets, preview, progress, commit)
        return preview
    finally:
        wb.close()


def _report(preview: ImportPreview, dry_run: bool) -> ImportReport:
    report = ImportReport(preview.source, dry_run, notes=list(preview.notes))
    for name, counts in preview.sheets.items():
        report.sheets[name] = SheetCounts(**counts)
    return report


def _run(
    db: Database,
    wb: Workbook,
    targets: list[_Target],
    preview: ImportPreview,
    progress: Progress | None,
    commit: bool,
) -> None:
    tracker = _Tracker(sum(_estimate(wb[t.title], t.header_row) for t in targets), progress)
    builder = PreviewBuilder(preview)
    forms = Records(db)
    try:
        with db.action(f"Import {preview.source.name}") as s:
            names = Names(s)
            for target in targets:
                preview.sheets.setdefault(target.name, {status: 0 for status in STATUSES})
                layout = _apply_sheet(
                    s,
                    preview.source,
                    wb[target.title],
                    target,
                    names,
                    forms,
                    builder,
                    tracker,
                    find_duplicates=not commit,
                )
                if layout is not None and layout.ignored:
                    preview.notes.append(
                        f"{target.name}: columns not imported: {', '.join(layout.ignored)}"
                    )
                s.flush()
                names.forget()
            # a Cancel pressed on a short import (fewer rows than one progress step) counts too
            tracker.finish()
            if not commit or preview.rejected or not (preview.new + preview.updated):
                # a preview, a refused import, or one that changes nothing: no undo step
                raise _RollBack
    except _RollBack:
        pass


def _estimate(ws: ReadOnlyWorksheet, header_row: int) -> int:
    return max((ws.max_row or 1) - header_row, 0)


def _apply_sheet(
    s: Session,
    source: Path,
    ws: ReadOnlyWorksheet,
    target: _Target,
    names: Names,
    forms: Records,
    builder: PreviewBuilder,
    tracker: _Tracker,
    find_duplicates: bool,
) -> Layout | None:
    rows = sheet_rows(source, ws)
    header: tuple[Any, ...] | None = None
    for _ in range(target.header_row):
        header = next(rows, None)
        if header is None:
            return None
    assert header is not None
    if target.mapping is not None:
        header = tuple(target.mapping.header(len(header)))
    layout = read_layout(target.kind, header)
    importer = SheetImporter(s, target.kind, layout, names, forms, target.name, find_duplicates)
    chunk: list[tuple[int, Sequence[Any]]] = []
    for number, row in enumerate(rows, target.header_row + 1):
        tracker.step()
        if all(_blank(value) for value in row):
            continue
        chunk.append((number, row))
        if len(chunk) >= CHUNK:
            importer.apply_chunk(chunk, builder)
            chunk = []
    importer.apply_chunk(chunk, builder)
    return layout


class _Tracker:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def step(self) -> None:
        self.done += 1
        if self.progress is None or self.done % CHUNK:
            return
        self.finish()

    def finish(self) -> None:
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ImportCancelled
