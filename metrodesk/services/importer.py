"""Applying a workbook in the contract layout: the export, edited in Excel, coming back.

All or nothing: every row is checked with the editors' own rules (`records.clean`) inside one
user action; one rejected row rolls the whole import back, and every rejected row is listed
so the user can fix them all in one go. Rows are matched by UUID; a row without one is a new
record. Only what differs is written, so importing an unedited export changes nothing and
the journal holds exactly the edits made in Excel.
"""

from __future__ import annotations

import re
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
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
from metrodesk.services import validation as v
from metrodesk.services.backups import take_backup
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.export import MAX_CELL_TEXT, unescape_text
from metrodesk.services.forms import FORMS, Field
from metrodesk.services.records import Records, clean, contact_links, kind_title

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


# ---------------------------------------------------------------------------------------------
# reading the workbook


def _unreadable(path: Path) -> ServiceError:
    return ServiceError(f"{path.name} is not an Excel workbook (.xlsx), or it is damaged")


#: what reading a damaged workbook raises: zip and deflate damage, truncated streams, bad XML
#: (defusedxml's refusals of DTDs and entities are ValueErrors too)
_DAMAGE = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    ValueError,
    ParseError,
)

# Hostile files are refused before openpyxl reads them, from what the zip declares: a file
# that would expand past these limits, or whose XML declares entities, is no export.
#: the most the members of a workbook may add up to, uncompressed (a 100,000-contact export
#: is some 30 MB)
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: deflate packs long runs of one byte a thousandfold; real sheets compress about tenfold
MAX_RATIO = 100
#: members smaller than this are not held to MAX_RATIO (a small empty sheet packs well)
RATIO_FLOOR = 1024 * 1024
#: a workbook has a few dozen parts; a zip of millions would exhaust memory being listed
MAX_MEMBERS = 10_000
#: a sheet declaring more than this (its <dimension>) is refused: read-only sheets pad every
#: row to the declared width and every gap to the declared height
MAX_SHEET_ROWS = 2_000_000
MAX_SHEET_COLUMNS = 200
#: how much of each XML part is read for DOCTYPE and ENTITY declarations; they may only
#: appear before the root element, which real parts open within their first hundred bytes
XML_PROLOG = 64 * 1024
#: where zipfile's end record holds the number of members (zipfile._ECD_ENTRIES_TOTAL)
_ENTRIES_TOTAL = 4
_OLE2 = bytes.fromhex("D0CF11E0A1B11AE1")
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")


def check_workbook_file(path: Path) -> None:
    """Refuse, with a one-line reason, a file that is no workbook or is built to harm the
    reader (a zip bomb, entity expansion, external entities), before openpyxl opens it.
    Reads only the zip's directory and the first bytes of each XML part: bounded memory."""
    try:
        with path.open("rb") as fh:
            head = fh.read(len(_OLE2))
    except OSError as exc:
        raise ServiceError(f"cannot read {path.name}: {exc.strerror or exc}") from exc
    if not head:
        raise ServiceError(f"{path.name} is empty: not an Excel workbook (.xlsx)")
    if head == _OLE2:
        raise ServiceError(
            f"{path.name} is a password-protected workbook or an old .xls file; "
            "save it from Excel as an unprotected .xlsx workbook"
        )
    if not zipfile.is_zipfile(path):
        raise _unreadable(path)
    try:
        _check_entries(path)
        with zipfile.ZipFile(path) as zf:
            _check_members(path, zf)
    except ServiceError:
        raise
    except (*_DAMAGE, OSError) as exc:
        raise _unreadable(path) from exc


def _check_entries(path: Path) -> None:
    """The number of members, from the end record alone, before zipfile lists them all."""
    end_record = getattr(zipfile, "_EndRecData", None)  # zip64 aware; private but long-lived
    if end_record is None:
        return
    with path.open("rb") as fh:
        found = end_record(fh)
    if found and int(found[_ENTRIES_TOTAL]) > MAX_MEMBERS:
        raise ServiceError(f"{path.name} holds too many parts to be an Excel workbook")


def _check_members(path: Path, zf: zipfile.ZipFile) -> None:
    members = zf.infolist()
    if len(members) > MAX_MEMBERS:
        raise ServiceError(f"{path.name} holds too many parts to be an Excel workbook")
    # every Office file has this part; openpyxl finds the workbook part from it
    if not any(m.filename == "[Content_Types].xml" for m in members):
        raise ServiceError(f"{path.name} is a zip file but not an Excel workbook (.xlsx)")
    total = 0
    for m in members:
        if m.flag_bits & 0x1:
            raise ServiceError(f"{path.name} is encrypted; save it unprotected as .xlsx")
        total += m.file_size
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise ServiceError(
                f"{path.name} refused: {m.filename} would expand {m.file_size:,} bytes from "
                f"{m.compress_size:,} (a zip bomb?)"
            )
    if total > MAX_UNCOMPRESSED:
        raise ServiceError(
            f"{path.name} refused: it would expand to {total / 2**20:,.0f} MB, more than "
            f"the {MAX_UNCOMPRESSED // 2**20} MB MetroDesk imports"
        )
    for m in members:
        if m.filename.lower().endswith((".xml", ".rels", ".vml")):
            _check_xml(path, zf, m)


def _check_xml(path: Path, zf: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    with zf.open(member) as fh:
        prolog = fh.read(XML_PROLOG)
    if prolog.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16: look at it as text
        prolog = prolog.decode("utf-16", errors="replace").encode("utf-8", errors="replace")
    root = _ROOT_START.search(prolog)
    before_root = prolog if root is None else prolog[: root.start()]
    if _DECLARATION.search(before_root) is not None:
        raise ServiceError(
            f"{path.name} refused: {member.filename} declares a DTD or entities, "
            "which Excel never writes (entity expansion?)"
        )
    if root is None and len(prolog) == XML_PROLOG:
        raise ServiceError(f"{path.name} refused: {member.filename} has no XML content")


def _check_dimensions(path: Path, wb: Workbook, titles: Sequence[str]) -> None:
    """A sheet's declared size, read from its <dimension> without reading its rows."""
    for title in titles:
        ws = wb[title]
        rows, columns = ws.max_row or 0, ws.max_column or 0
        if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
            raise ServiceError(
                f"{path.name} refused: sheet '{title}' declares {rows:,} rows × {columns:,} "
                f"columns; MetroDesk imports at most {MAX_SHEET_ROWS:,} rows × "
                f"{MAX_SHEET_COLUMNS} columns (delete the empty rows and columns in Excel)"
            )


def _open(path: Path) -> Workbook:
    check_workbook_file(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (*_DAMAGE, OSError) as exc:  # OSError: "File contains no valid workbook part"
        raise _unreadable(path) from exc


def _rows(path: Path, ws: ReadOnlyWorksheet) -> Iterator[tuple[Any, ...]]:
    """Rows as values; read-only sheets are parsed as they are read, so damage shows here.
    A sheet that declares no size is held to the same limits row by row."""
    try:
        for number, row in enumerate(ws.iter_rows(values_only=True), 1):
            if number > MAX_SHEET_ROWS or len(row) > MAX_SHEET_COLUMNS:
                raise ServiceError(
                    f"{path.name} refused: sheet '{ws.title}' has more than "
                    f"{MAX_SHEET_ROWS:,} rows or {MAX_SHEET_COLUMNS} columns, "
                    "more than MetroDesk imports"
                )
            yield row
    except _DAMAGE as exc:
        raise _unreadable(path) from exc


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
    """The names a cell may use for a record: what the export writes, and for people both
    name orders, since a person typing a name writes it the way they say it."""
    if isinstance(rec, Contact):
        given, family = rec.given_name, rec.family_name
        return [rec.display_name, f"{given} {family}", f"{family} {given}"]
    if isinstance(rec, Meeting):
        return [rec.title]
    return [str(getattr(rec, "name", ""))]


class Names:
    """Finds the record a cell names; the index is built on first use, per kind."""

    def __init__(self, s: Session) -> None:
        self.s = s
        self._index: dict[str, dict[str, set[uuid.UUID]]] = {}

    def forget(self) -> None:
        """New records were flushed: later sheets must be able to name them."""
        self._index.clear()

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

    def current_label_matches(self, f: Field, current: uuid.UUID | None, text: str) -> bool:
        if current is None:
            return False
        rec = self.s.get(RECORD_CLASSES[f.ref_kind], current)
        return rec is not None and _key(text) in {_key(label) for label in label_of(rec)}


# ---------------------------------------------------------------------------------------------
# one row


def _form_values(s: Session, rec: Record) -> dict[str, Any]:
    values = {f.key: getattr(rec, f.key, None) for f in FORMS[rec.kind]}
    if isinstance(rec, Contact):
        values.update(contact_links(s, rec))
    return values


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


class SheetImporter:
    """Applies the rows of one sheet to one kind of record, in the import's session."""

    def __init__(self, s: Session, kind: str, layout: Layout, names: Names, forms: Records) -> None:
        self.s = s
        self.kind = kind
        self.layout = layout
        self.names = names
        #: writes a form's values the way the editors do (contacts' e-mail, phone, organisation)
        self.forms = forms
        self.model = RECORD_CLASSES[kind]
        self.seen: set[uuid.UUID] = set()

    def apply(self, row: Sequence[Any]) -> str:
        """Check one row and write what differs; 'new', 'updated' or 'unchanged'."""
        record_id = self._record_id(row)
        rec = self.s.get(self.model, record_id) if record_id else None
        if rec is not None and rec.deleted_at is not None:
            raise ValidationError("UUID", "this record is in the trash; restore it first")
        raw = {f.key: cell_value(_at(row, i)) for i, f in self.layout.fields.items()}
        extras = self._extra_texts(row, raw)
        if rec is None:
            self._create(record_id, raw, extras)
            return "new"
        return "updated" if self._update(rec, raw, extras) else "unchanged"

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

    def _create(self, record_id: uuid.UUID | None, raw: dict[str, Any], texts: Extras) -> None:
        data = clean(self.kind, self._prepared(raw, {}))
        extras = _checked_extras(texts, data.get("country", ""))
        rec = self.model()
        rec.id = record_id or uuid.uuid4()
        self.forms.apply(self.s, rec, data)
        self.s.add(rec)
        if isinstance(rec, Contact):
            _set_extras(rec, extras)

    def _update(self, rec: Record, raw: dict[str, Any], texts: Extras) -> bool:
        current = _form_values(self.s, rec)
        data = clean(self.kind, self._prepared(raw, current), partial=True)
        fields = {f.key: f for f in FORMS[self.kind]}
        changed = {k: val for k, val in data.items() if not _same(fields[k], val, current.get(k))}
        extras = _checked_extras(texts, data.get("country", current.get("country") or ""))
        if changed:
            self.forms.apply(self.s, rec, changed)
        extras_changed = isinstance(rec, Contact) and _set_extras(rec, extras)
        return bool(changed) or extras_changed

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


def _checked_extras(texts: Extras, country: str) -> Extras:
    out: Extras = {}
    for cls, values in texts.items():
        if values is None:
            out[cls] = None
        elif cls is ContactEmail:
            out[cls] = [v.email(f"E-mail {n}", str(x)) for n, x in enumerate(values, 2)]
        else:
            labels = (f"Phone {n}" for n in range(2, len(values) + 2))
            out[cls] = [
                v.phone(label, str(phone_text(label, x, country)), country)
                for label, x in zip(labels, values, strict=True)
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


def _contract_sheets(wb: Workbook) -> list[tuple[str, str, str]]:
    """(sheet title in the workbook, contract name, kind), in the order they are applied."""
    present = {title.strip().casefold(): title for title in wb.sheetnames}
    return [
        (present[name.casefold()], name, kind)
        for name, kind in SHEET_KINDS.items()
        if name.casefold() in present
    ]


def import_workbook(
    db: Database, path: Path, dry_run: bool = False, progress: Progress | None = None
) -> ImportReport:
    """Apply the workbook at `path` to `db` as one user action; see the module's docstring.

    Raises ImportRejected (every rejected row listed, nothing written), ImportCancelled when
    `progress(done, total)` returns False, or ServiceError for a file that is no workbook of
    this layout. With `dry_run`, everything is checked and counted, then rolled back.
    """
    path = Path(path)
    wb = _open(path)
    try:
        sheets = _contract_sheets(wb)
        if not sheets:
            raise ServiceError(
                f"{path.name} has none of the sheets MetroDesk exports "
                f"({', '.join(SHEET_KINDS)}); use the import wizard for other layouts"
            )
        _check_dimensions(path, wb, [title for title, _, _ in sheets])
        report = ImportReport(path, dry_run)
        known = {title for title, _, _ in sheets}
        others = [t for t in wb.sheetnames if t not in known]
        if others:
            report.notes.append(f"Sheets not imported: {', '.join(others)}")
        if not dry_run:
            # the import is one transaction, but a wrong file applied whole is a mistake too
            take_backup(db.path, "before-import")
        return _run(db, wb, sheets, report, progress)
    finally:
        wb.close()


def _run(
    db: Database,
    wb: Workbook,
    sheets: list[tuple[str, str, str]],
    report: ImportReport,
    progress: Progress | None,
) -> ImportReport:
    problems: list[str] = []
    tracker = _Tracker(sum(_estimate(wb[t]) for t, _, _ in sheets), progress)
    forms = Records(db)
    try:
        with db.action(f"Import {report.source.name}") as s:
            names = Names(s)
            for title, name, kind in sheets:
                run = _SheetRun(name, report.sheets.setdefault(name, SheetCounts()), problems)
                layout = _apply_sheet(s, report.source, wb[title], kind, names, forms, run, tracker)
                if layout is not None and layout.ignored:
                    report.notes.append(
                        f"{name}: columns not imported: {', '.join(layout.ignored)}"
                    )
                s.flush()
                names.forget()
            if problems:
                raise ImportRejected(problems, report)
            if report.dry_run or not report.changed:
                raise _RollBack
    except _RollBack:
        pass
    return report


@dataclass
class _SheetRun:
    name: str
    counts: SheetCounts
    problems: list[str]


def _estimate(ws: ReadOnlyWorksheet) -> int:
    return max((ws.max_row or 1) - 1, 0)


def _apply_sheet(
    s: Session,
    source: Path,
    ws: ReadOnlyWorksheet,
    kind: str,
    names: Names,
    forms: Records,
    run: _SheetRun,
    tracker: _Tracker,
) -> Layout | None:
    rows = _rows(source, ws)
    header = next(rows, None)
    if header is None:
        return None
    layout = read_layout(kind, header)
    importer = SheetImporter(s, kind, layout, names, forms)
    for number, row in enumerate(rows, 2):
        tracker.step()
        if all(_blank(value) for value in row):
            continue
        try:
            status = importer.apply(row)
        except ValidationError as exc:
            run.counts.rejected += 1
            run.problems.append(f"{run.name}, row {number}: {exc}")
            continue
        setattr(run.counts, status, getattr(run.counts, status) + 1)
    return layout


class _Tracker:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def step(self) -> None:
        self.done += 1
        if self.progress is None or self.done % CHUNK:
            return
        if self.progress(self.done, self.total) is False:
            raise ImportCancelled
