"""Workbooks in the contract layout (see DESIGN.md): one sheet per kind, a UUID on every row.

The workbook is streamed: openpyxl's write-only mode and database rows fetched in chunks, so a
100,000-contact export runs in flat memory. It is written beside the target and renamed into
place, so a cancelled or failed export never leaves a half-written file behind.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycountry
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Executable, String, func, select, type_coerce
from sqlalchemy.orm import Session, aliased

from metrodesk import __version__
from metrodesk.data.database import Database
from metrodesk.data.models import (
    ActionItem,
    Affiliation,
    CentreContact,
    Contact,
    ContactEmail,
    ContactPhone,
    Course,
    CourseParticipant,
    Decision,
    FocalPoint,
    Meeting,
    MeetingParticipant,
    MemberCity,
    MembershipFee,
    Organisation,
    Programme,
    Record,
    TrainingCentre,
)
from metrodesk.data.people import display_name
from metrodesk.services.errors import ServiceError
from metrodesk.services.records.validation import country_name

#: what `metrodesk export KIND` accepts, and the sheets each writes, in workbook order
EXPORT_KINDS: dict[str, tuple[str, ...]] = {
    "contacts": ("Contacts",),
    "organisations": ("Organisations",),
    "cities": ("Member cities", "Membership fees"),
    "training": ("Training", "Courses"),
    "meetings": ("Meetings",),
    "actions": ("Action items",),
    "all": (
        "Contacts",
        "Organisations",
        "Member cities",
        "Membership fees",
        "Training",
        "Courses",
        "Meetings",
        "Action items",
    ),
}

#: how many rows a database round trip fetches; also how often progress is reported
CHUNK = 1000
#: Excel refuses longer cell text when it opens the file
MAX_CELL_TEXT = 32_767
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
AMOUNT_FORMAT = "#,##0.00"
#: the workbook's default font, named on styled cells too: a font without a name is shown in
#: LibreOffice's default (a serif face)
FONT = "Calibri"
#: joins several names or tags in one cell; the importer splits tags on commas
LIST_SEPARATOR = ", "

#: what a spreadsheet takes for a formula once the cell is edited: text starting with =, -,
#: @, tab, CR or NUL, or with + unless only digits follow (an E.164 phone number is no
#: formula; the importer puts back the + that Excel drops when it makes one a number)
_FORMULA_START = r"(?:[=\-@\t\r\x00]|\+(?!\d*$))"
#: characters XML cannot hold raw (CR would come back as LF), and text that looks like
#: OOXML's own escape for them; both are written as _xHHHH_, as Excel itself does
_ESCAPED = r"[\x00-\x08\x0b-\x1f]|_x[0-9A-Fa-f]{4}_"
_NEEDS_ESCAPE = re.compile(_ESCAPED)
#: text that needs a cell of its own
_RISKY = re.compile(rf"^{_FORMULA_START}|{_ESCAPED}")
#: the same test over a whole row's text joined by newlines, one regex call per row; a line
#: inside a value may match too, which only sends the row to the cell-by-cell test
_RISKY_IN_ROW = re.compile(rf"(?m)^{_FORMULA_START}|{_ESCAPED}")
OOXML_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")

Progress = Callable[[int, int], bool]


class ExportCancelled(ServiceError):
    """The progress callback asked to stop; no file was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled")


@dataclass(frozen=True)
class Column:
    header: str
    width: float = 16
    #: Excel number format for dates, times and amounts
    number_format: str = ""
    #: long text (notes, decisions): wrapped in its column rather than running over the next
    wrap: bool = False
    #: aligned to the top of its row (beside wrapped text, which starts there)
    top: bool = False


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    total: int
    rows: Iterator[Sequence[Any]]


# ---------------------------------------------------------------------------------------------
# cell values


def escape_text(value: str) -> str:
    """OOXML's escape for characters an XML file cannot carry literally (Excel decodes it)."""
    return _NEEDS_ESCAPE.sub(_escape_one, value)


def _escape_one(match: re.Match[str]) -> str:
    found = match.group(0)
    if found[0] == "_":
        # text that merely looks like an escape: escape its underscore, as Excel does
        return "_x005F" + found
    return f"_x{ord(found):04X}_"


def unescape_text(value: str) -> str:
    """The inverse of `escape_text`, for text read back with openpyxl (which keeps escapes)."""
    if "_x" not in value:
        return value
    return OOXML_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


class RowCells:
    """Turns a row of values into what a write-only sheet appends, safely and fast.

    Most values go in as they are. Text that a spreadsheet could take for a formula, or that
    XML cannot carry, goes in a text cell with `quotePrefix` (what Excel sets for a typed
    leading apostrophe), so that editing it later keeps it text; dates get their format.
    Those cells are made once per column and reused row after row: a write-only sheet writes
    a row out before `append` returns, and building 100,000 styled cells would cost more
    than writing them.
    """

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.text = [WriteOnlyCell(ws) for _ in columns]
        for cell, column in zip(self.text, columns, strict=True):
            cell.quotePrefix = True
            if column.wrap or column.top:
                cell.alignment = Alignment(wrap_text=column.wrap, vertical="top")
        self.formatted: list[tuple[int, Cell]] = []
        for i, column in enumerate(columns):
            if column.number_format or column.wrap or column.top:
                cell = WriteOnlyCell(ws)
                if column.number_format:
                    cell.number_format = column.number_format
                if column.wrap or column.top:
                    cell.alignment = Alignment(wrap_text=column.wrap, vertical="top")
                self.formatted.append((i, cell))

    def __call__(self, row: Sequence[Any]) -> list[Any]:
        # empty text becomes no cell at all: a smaller file, and less XML to write
        out = [None if value == "" else value for value in row]
        try:
            text: str | None = "\n".join(filter(None, out))
        except TypeError:  # numbers or dates among the values: look at each text alone
            text = None
        if text is None or _RISKY_IN_ROW.search(text) is not None or len(text) > MAX_CELL_TEXT:
            self._protect(out)
        for i, cell in self.formatted:
            # a text cell from _protect is already styled for its column
            if out[i] is not None and out[i].__class__ is not Cell:
                cell.value = out[i]
                out[i] = cell
        return out

    def _protect(self, out: list[Any]) -> None:
        for i, value in enumerate(out):
            if value.__class__ is str and (
                _RISKY.search(value) is not None or len(value) > MAX_CELL_TEXT
            ):
                out[i] = self._text(i, value)

    def _text(self, i: int, value: str) -> WriteOnlyCell:
        cell = self.text[i]
        # set directly, not through `value`: that would guess a type ("=..." a formula) and
        # scan for characters escape_text has already replaced
        cell._value = escape_text(value[:MAX_CELL_TEXT])
        cell.data_type = "s"
        return cell


@lru_cache(maxsize=1024)
def country_text(code: str) -> str:
    """A country's name from its ISO code, as every export writes it."""
    return country_name(code) if code else ""


@lru_cache(maxsize=256)
def language_text(code: str) -> str:
    """A language's English name from its ISO 639-1 code; other values as they are."""
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return str(found.name) if found is not None else code


_country, _language = country_text, language_text


def person_name(order: str | None, given: str | None, family: str | None) -> str:
    """The same name `Contact.display_name` shows, from plain columns (no ORM object loaded)."""
    return display_name(given or "", family or "", order or "")


def _tags(stored: str | None) -> str:
    """Tags from their stored JSON text: most records have none, and need no parsing."""
    if not stored or stored == "[]":
        return ""
    return LIST_SEPARATOR.join(json.loads(stored))


def _raw(column: Any) -> Any:
    return type_coerce(column, String)


#: separators inside a group_concat of names: unit and record separators never occur in text
_UNIT, _RECORD = "\x1f", "\x1e"


def _names(packed: str | None) -> str:
    if not packed:
        return ""
    people = (p.split(_UNIT) for p in packed.split(_RECORD))
    return LIST_SEPARATOR.join(person_name(*[*q, "", "", ""][:3]) for q in people)


def _packed_names(link: Any, owner_column: Any, owner_id: Any) -> Any:
    """One cell's worth of linked people (meeting participants, centre contacts)."""
    c = aliased(Contact)
    inner = (
        select((c.name_order + _UNIT + c.given_name + _UNIT + c.family_name).label("p"))
        .join(link, link.contact_id == c.id)
        .where(owner_column == owner_id, link.deleted_at.is_(None), c.deleted_at.is_(None))
        .order_by(c.sort_key)
        .correlate_except(c, link)
        .subquery()
    )
    return select(func.group_concat(inner.c.p, _RECORD)).scalar_subquery()


# ---------------------------------------------------------------------------------------------
# queries: one select per sheet, read in chunks


def _live_count(s: Session, model: type[Record]) -> int:
    stmt = select(func.count()).select_from(model).where(model.deleted_at.is_(None))
    return int(s.execute(stmt).scalar_one())


def _stream(s: Session, stmt: Executable) -> Iterator[Any]:
    """Rows a chunk at a time, through Core: these are plain columns, and the ORM's result
    machinery would cost a visible share of a 100,000-row export."""
    yield from s.connection().execute(stmt.execution_options(yield_per=CHUNK))


def _uuid_text(column: Any) -> Any:
    """The id as Excel shows it, str(uuid) with dashes, formatted by SQLite: the columns hold
    32 hex digits, and converting 100,000 of them in Python costs a visible share of an export."""
    h = type_coerce(column, String)
    parts = [func.substr(h, start, length) for start, length in ((1, 8), (9, 4), (13, 4), (17, 4))]
    return func.lower(
        parts[0] + "-" + parts[1] + "-" + parts[2] + "-" + parts[3] + "-" + func.substr(h, 21)
    )


def _nth(model: Any, attr: str, n: int) -> Any:
    """The contact's n-th live e-mail or phone, in the order the editor shows them."""
    return (
        select(getattr(model, attr))
        .where(model.contact_id == Contact.id, model.deleted_at.is_(None))
        .order_by(model.position)
        .limit(1)
        .offset(n)
        .scalar_subquery()
    )


def _most_per_contact(s: Session, model: Any) -> int:
    """How many e-mail (or phone) columns the sheet needs. Most databases keep one per
    person, which a quick look at positions shows; only otherwise are they counted."""
    live = model.deleted_at.is_(None)
    further = select(model.id).where(live, model.position > 0).limit(1)
    if s.execute(further).first() is None:
        return 1
    # a deleted contact's e-mails may add an empty column; leaving out the join saves time
    per_contact = select(func.count().label("n")).where(live).group_by(model.contact_id)
    return int(s.execute(select(func.max(per_contact.subquery().c.n))).scalar() or 0)


def _current_organisation() -> Any:
    """The same affiliation the contact editor shows as 'Organisation'."""
    return (
        select(Organisation.name)
        .join(Affiliation, Affiliation.organisation_id == Organisation.id)
        .where(
            Affiliation.contact_id == Contact.id,
            Affiliation.deleted_at.is_(None),
            Affiliation.end_date.is_(None),
        )
        .order_by(Affiliation.start_date.desc())
        .limit(1)
        .scalar_subquery()
    )


CONTACT_COLUMNS = (
    Column("UUID", 38),
    Column("Given name", 16),
    Column("Family name", 18),
    Column("Job title", 28),
    Column("Organisation", 30),
    Column("E-mail", 30),
    Column("Phone", 18),
    Column("City", 16),
    Column("Country", 18),
    Column("Language", 12),
    Column("Honorific", 10),
    Column("Name order", 12),
    Column("Tags", 24),
    Column("Notes", 40, wrap=True),
)


def contacts_sheet(s: Session) -> Sheet:
    extra_emails = max(_most_per_contact(s, ContactEmail) - 1, 0)
    extra_phones = max(_most_per_contact(s, ContactPhone) - 1, 0)
    columns = [
        *CONTACT_COLUMNS,
        *(Column(f"E-mail {n + 2}", 30) for n in range(extra_emails)),
        *(Column(f"Phone {n + 2}", 18) for n in range(extra_phones)),
    ]
    stmt = (
        select(
            _uuid_text(Contact.id),
            Contact.given_name,
            Contact.family_name,
            Contact.job_title,
            _current_organisation(),
            _nth(ContactEmail, "address", 0),
            _nth(ContactPhone, "number", 0),
            Contact.city,
            Contact.country,
            Contact.language,
            Contact.honorific,
            Contact.name_order,
            _raw(Contact.tags),
            Contact.notes,
            *(_nth(ContactEmail, "address", n + 1) for n in range(extra_emails)),
            *(_nth(ContactPhone, "number", n + 1) for n in range(extra_phones)),
        )
        .where(Contact.deleted_at.is_(None))
        .order_by(Contact.sort_key, Contact.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            row = list(r)
            row[8] = _country(r[8])
            row[9] = _language(r[9])
            row[12] = _tags(r[12])
            yield row

    return Sheet("Contacts", columns, _live_count(s, Contact), rows())


def organisations_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Name", 40),
        Column("Local name", 30),
        Column("Kind", 18),
        Column("City", 16),
        Column("Country", 18),
        Column("Website", 30),
        Column("Notes", 40, wrap=True),
    )
    o = Organisation
    stmt = (
        select(
            _uuid_text(o.id),
            o.name,
            o.local_name,
            o.org_kind,
            o.city,
            o.country,
            o.website,
            o.notes,
        )
        .where(o.deleted_at.is_(None))
        .order_by(func.lower(o.name), o.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            yield (r[0], *r[1:5], _country(r[5]), *r[6:])

    return Sheet("Organisations", columns, _live_count(s, o), rows())


def cities_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("City", 20),
        Column("Local name", 20),
        Column("Country", 18),
        Column("Region", 18),
        Column("Status", 12),
        Column("Member since", 13),
        Column("Category", 14),
        Column("Population", 13, "#,##0"),
        Column("Lead organisation", 30),
        Column("Focal points", 30),
        Column("Notes", 40, wrap=True),
    )
    m, lead = MemberCity, aliased(Organisation)
    focal = _packed_names(FocalPoint, FocalPoint.city_id, m.id)
    stmt = (
        select(
            _uuid_text(m.id),
            m.name,
            m.local_name,
            m.country,
            m.region,
            m.status,
            m.member_since,
            m.category,
            m.population,
            lead.name,
            focal,
            m.notes,
        )
        .outerjoin(lead, lead.id == m.lead_organisation_id)
        .where(m.deleted_at.is_(None))
        .order_by(m.name, m.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            yield (*r[:3], _country(r[3]), *r[4:10], _names(r[10]), r[11])

    return Sheet("Member cities", columns, _live_count(s, m), rows())


def fees_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("City", 20),
        Column("Year", 8),
        Column("Amount", 14, AMOUNT_FORMAT),
        Column("Currency", 10),
        Column("Invoiced", 12, DATE_FORMAT),
        Column("Paid", 12, DATE_FORMAT),
    )
    f = MembershipFee
    stmt = (
        select(
            _uuid_text(f.id),
            MemberCity.name,
            f.year,
            f.amount,
            f.currency,
            f.invoiced_on,
            f.paid_on,
        )
        .join(MemberCity, MemberCity.id == f.city_id)
        .where(f.deleted_at.is_(None), MemberCity.deleted_at.is_(None))
        .order_by(MemberCity.name, f.year, f.id)
    )
    total_stmt = select(func.count()).select_from(stmt.order_by(None).subquery())
    total = int(s.execute(total_stmt).scalar_one())
    return Sheet("Membership fees", columns, total, _stream(s, stmt))


def training_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Name", 36),
        Column("Role", 14),
        Column("Host institution", 36),
        Column("City", 16),
        Column("Country", 18),
        Column("Status", 10),
        Column("Contact persons", 30),
        Column("Notes", 40, wrap=True),
    )
    t, host = TrainingCentre, aliased(Organisation)
    people = _packed_names(CentreContact, CentreContact.centre_id, t.id)
    stmt = (
        select(
            _uuid_text(t.id),
            t.name,
            t.role,
            host.name,
            t.city,
            t.country,
            t.status,
            people,
            t.notes,
        )
        .outerjoin(host, host.id == t.host_organisation_id)
        .where(t.deleted_at.is_(None))
        # the headquarters first, then the satellites by name, as the Training section lists them
        .order_by(t.role != "headquarters", t.name, t.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            yield (r[0], *r[1:5], _country(r[5]), r[6], _names(r[7]), r[8])

    return Sheet("Training", columns, _live_count(s, t), rows())


def courses_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Title", 40),
        Column("Centre", 30),
        Column("Programme", 30),
        Column("Starts", 12, DATE_FORMAT),
        Column("Ends", 12, DATE_FORMAT),
        Column("Language", 12),
        Column("Mode", 10),
        Column("Capacity", 10),
        Column("Participants", 12),
        Column("Attended", 10),
        Column("Certificates", 12),
    )
    c, p = Course, CourseParticipant
    live = (p.course_id == c.id) & p.deleted_at.is_(None) & (p.registration != "cancelled")

    def counted(*extra: Any) -> Any:
        return select(func.count()).select_from(p).where(live, *extra).scalar_subquery()

    stmt = (
        select(
            _uuid_text(c.id),
            c.title,
            TrainingCentre.name,
            Programme.name,
            c.start_date,
            c.end_date,
            c.language,
            c.mode,
            c.capacity,
            counted(),
            counted(p.attended.is_(True)),
            counted(p.certificate_issued.is_(True)),
        )
        .outerjoin(TrainingCentre, TrainingCentre.id == c.centre_id)
        .outerjoin(Programme, Programme.id == c.programme_id)
        .where(c.deleted_at.is_(None))
        .order_by(c.start_date.is_(None), c.start_date, c.title, c.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            yield (*r[:6], _language(r[6]), *r[7:])

    return Sheet("Courses", columns, _live_count(s, c), rows())


def meetings_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Title", 40),
        Column("Kind", 16),
        Column("Starts", 17, DATETIME_FORMAT),
        Column("Ends", 17, DATETIME_FORMAT),
        Column("City", 16),
        Column("Country", 18),
        Column("Venue", 24),
        Column("Organiser", 30),
        Column("Facilitator", 24),
        Column("Participants", 40),
        Column("Other attendees", 15),
        Column("Tags", 24),
        Column("Decisions", 50, wrap=True),
        Column("Agenda", 40, wrap=True),
    )
    m, org, fac = Meeting, aliased(Organisation), aliased(Contact)
    people = _packed_names(MeetingParticipant, MeetingParticipant.meeting_id, m.id)
    decisions = (
        select(func.group_concat(Decision.text, "\n"))
        .where(Decision.meeting_id == m.id, Decision.deleted_at.is_(None))
        .scalar_subquery()
    )
    stmt = (
        select(
            _uuid_text(m.id),
            m.title,
            m.meeting_kind,
            m.starts_at,
            m.ends_at,
            m.city,
            m.country,
            m.venue,
            org.name,
            fac.name_order,
            fac.given_name,
            fac.family_name,
            people,
            m.other_attendees,
            _raw(m.tags),
            decisions,
            m.agenda,
        )
        .outerjoin(org, org.id == m.organiser_id)
        .outerjoin(fac, fac.id == m.facilitator_id)
        .where(m.deleted_at.is_(None))
        .order_by(m.starts_at, m.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            people = (person_name(*r[9:12]), _names(r[12]), r[13])
            yield (*r[:6], _country(r[6]), *r[7:9], *people, _tags(r[14]), *r[15:])

    return Sheet("Meetings", columns, _live_count(s, m), rows())


def actions_sheet(s: Session) -> Sheet:
    columns = (
        Column("UUID", 38),
        Column("Description", 60, wrap=True),
        Column("Owner", 24),
        Column("Due", 12, DATE_FORMAT),
        Column("Status", 12),
        Column("Done on", 12, DATE_FORMAT),
        Column("Meeting", 40),
    )
    a, owner = ActionItem, aliased(Contact)
    stmt = (
        select(
            _uuid_text(a.id),
            a.description,
            owner.name_order,
            owner.given_name,
            owner.family_name,
            a.due_on,
            a.status,
            a.done_on,
            Meeting.title,
        )
        .outerjoin(owner, owner.id == a.owner_id)
        .outerjoin(Meeting, Meeting.id == a.meeting_id)
        .where(a.deleted_at.is_(None))
        .order_by(a.due_on.is_(None), a.due_on, a.id)
    )

    def rows() -> Iterator[Sequence[Any]]:
        for r in _stream(s, stmt):
            yield (*r[:2], person_name(*r[2:5]), *r[5:])

    return Sheet("Action items", columns, _live_count(s, a), rows())


SheetBuilder = Callable[[Session], Sheet]

BUILDERS: dict[str, SheetBuilder] = {
    "Contacts": contacts_sheet,
    "Organisations": organisations_sheet,
    "Member cities": cities_sheet,
    "Membership fees": fees_sheet,
    "Training": training_sheet,
    "Courses": courses_sheet,
    "Meetings": meetings_sheet,
    "Action items": actions_sheet,
}


# ---------------------------------------------------------------------------------------------
# writing


class Tracker:
    """Counts rows and asks the caller, every chunk, whether to go on."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.progress = progress

    def step(self) -> None:
        self.done += 1
        if self.done % CHUNK == 0:
            self.report()

    def report(self) -> None:
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ExportCancelled


_Tracker = Tracker  # the name csv_export imports


def header_cells(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> list[Cell]:
    """Row 1: the headers in bold."""
    bold = Font(name=FONT, size=11, bold=True)
    cells = []
    for col in columns:
        cell = WriteOnlyCell(ws, value=col.header)
        cell.font = bold
        cells.append(cell)
    return cells


def prepare_sheet(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
    """Layout must be set before the first row: write-only sheets stream from there on."""
    for i, col in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = col.width
    ws.freeze_panes = "A2"


def _write_sheets(
    s: Session, wb: Workbook, titles: Sequence[str], progress: Progress | None
) -> int:
    sheets = [BUILDERS[title](s) for title in titles]
    tracker = Tracker(sum(sheet.total for sheet in sheets), progress)
    tracker.report()
    for sheet in sheets:
        write_sheet(wb, sheet, tracker)
    tracker.report()
    return tracker.done


#: total column width (Excel characters) that still prints readably on a portrait A4 page
PORTRAIT_WIDTH = 100
#: wider sheets are not shrunk to one page wide: the text would be too small to read
FIT_WIDTH = 260
#: points per line of wrapped text in the default font (Calibri/Carlito 11)
LINE_HEIGHT = 15


def text_lines(value: Any, width: float) -> int:
    """About how many lines a wrapped text takes in a column `width` characters wide.

    Set as the row's height: LibreOffice keeps the default height of rows it is given, so
    wrapped text would be drawn over the next row. Excel's text is narrower than its width
    unit (the width of a digit), hence the allowance."""
    if not isinstance(value, str) or not value:
        return 1
    per_line = max(int(width * 1.1) - 1, 1)
    return sum(max(1, -(-len(part) // per_line)) for part in value.split("\n"))


def fit_for_print(ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
    """Printed (or converted to PDF) one page wide (or a few pages for very wide sheets, so
    the text stays readable), landscape when the columns need it, with the header row on
    every page; set before the first row, like all sheet properties."""
    total = sum(c.width for c in columns)
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4  # the secretariat's paper, not US letter
    ws.page_setup.fitToWidth = -(-int(total) // FIT_WIDTH)
    ws.page_setup.fitToHeight = 0
    if total > PORTRAIT_WIDTH:
        ws.page_setup.orientation = "landscape"
    ws.print_title_rows = "1:1"


def write_sheet(
    wb: Workbook,
    sheet: Sheet,
    tracker: Tracker | None = None,
    autofilter: bool = True,
    align_top: bool = False,
) -> int:
    """One formatted sheet (bold frozen header, widths, safe cells, autofilter, page setup);
    its row count. Rows with wrapped text get the height it needs. `align_top`: every cell
    at the top of its row, beside wrapped text (reports and lists; the data workbook leaves
    it out, as styling every cell of 100,000 rows would cost a visible share of an export)."""
    ws = wb.create_sheet(sheet.title)
    prepare_sheet(ws, sheet.columns)
    fit_for_print(ws, sheet.columns)
    ws.append(header_cells(ws, sheet.columns))
    wrapped = [(i, c.width) for i, c in enumerate(sheet.columns) if c.wrap]
    top = align_top and wrapped
    columns = [replace(c, top=True) for c in sheet.columns] if top else sheet.columns
    cells = RowCells(ws, columns)
    dims = ws.row_dimensions
    # the shortest text that can need a second line in any wrapped column: most rows have
    # none (or an empty note), and are let through on one cheap test per wrapped column
    shortest = min((max(int(w * 1.1) - 1, 1) for _, w in wrapped), default=0)
    written = 0
    for row in sheet.rows:
        tall = 0
        for i, _ in wrapped:
            value = row[i]
            if value.__class__ is str and (len(value) > shortest or "\n" in value):
                lines = max(text_lines(row[j], width) for j, width in wrapped)
                if lines > 1:
                    tall = written + 2
                    dims[tall].height = min(LINE_HEIGHT * lines, 409)
                break
        ws.append(cells(row))
        if tall:
            del dims[tall]  # written with its row: the sheet keeps no per-row state
        if tracker is not None:
            tracker.step()
        written += 1
    if autofilter:
        # the filter is written after the rows (the sheet's tail), so it can span them all
        ws.auto_filter.ref = f"A1:{get_column_letter(len(sheet.columns))}{written + 1}"
    return written


def new_workbook(title: str, db: Database | None = None) -> Workbook:
    """A write-only workbook with its document properties: title, creator, author, created."""
    wb = Workbook(write_only=True)
    wb.properties.title = title
    wb.properties.creator = f"MetroDesk {__version__}"
    if db is not None:
        wb.properties.subject = db.path.stem
        wb.properties.lastModifiedBy = db.author
    return wb


def _new_workbook(kind: str, db: Database) -> Workbook:
    return new_workbook(f"MetroDesk export: {kind}", db)


def discard(wb: Workbook) -> None:
    """Let go of an unfinished write-only workbook (a cancelled or failed export): each sheet
    streams to a temporary file of its own, which is finished and removed now rather than
    left for the garbage collector (which complains on stderr) or the end of the process."""
    for ws in wb.worksheets:
        if not isinstance(ws, WriteOnlyWorksheet) or ws.closed:
            continue
        try:
            ws.close()
            if ws._writer is not None:
                ws._writer.cleanup()
        except (OSError, ValueError):  # nothing left to save: only tidying up
            pass


def check_target(target: Path) -> Path:
    """The path an export may write to, or a ServiceError saying in one line why not."""
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ServiceError(f"{target.name}: an export is an Excel workbook; end the name in .xlsx")
    if not target.parent.is_dir():
        raise ServiceError(f"cannot write {target.name}: there is no folder {target.parent}")
    return target


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save beside `target` under a temporary name, then move it into place: a crash or a
    failure never leaves a half-written workbook under the user's file name."""
    # mkstemp makes the file owner-only; saving over it keeps that mode
    fd, name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".partial", dir=target.parent)
    os.close(fd)
    partial = Path(name)
    try:
        wb.save(partial)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def export_workbook(db: Database, kind: str, target: Path, progress: Progress | None = None) -> int:
    """Write the `kind` sheets of `db` to `target`; the number of data rows written.

    `progress(done, total)` is called every chunk of rows; returning False stops the export
    with ExportCancelled and leaves no file. The whole workbook comes from one read
    transaction, so its sheets agree with each other even while another window writes.
    """
    if kind not in EXPORT_KINDS:
        raise ServiceError(f"unknown export '{kind}' (choose from {', '.join(EXPORT_KINDS)})")
    target = check_target(target)
    wb = _new_workbook(kind, db)
    try:
        with db.read() as s:
            written = _write_sheets(s, wb, EXPORT_KINDS[kind], progress)
    except BaseException:
        discard(wb)
        raise
    save_atomically(wb, target)
    return written
