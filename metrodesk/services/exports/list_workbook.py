"""A section's list as the user sees it, to .xlsx: the rows matching the search, filters and
sort, in that order, with only the shown columns, in their order, under their headers.

Rows are read through the same `ListSource` the section's table reads, a chunk at a time, so
memory stays flat at any length. Cells are
what the contract workbook writes (see `cells`): real dates and numbers, codes and phones
as text, formula-like text neutralised, written to a temporary name and moved into place.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from itertools import chain
from pathlib import Path
from typing import Any

from metrodesk.data.database import Database
from metrodesk.i18n import QT_TR_NOOP, tr, translated
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    country_text,
    language_text,
)
from metrodesk.services.exports.cells import Column as SheetColumn
from metrodesk.services.exports.writer import (
    ExportCancelled,
    Progress,
    Sheet,
    Tracker,
    check_target,
    discard,
    new_workbook,
    save_atomically,
    write_sheet,
)
from metrodesk.services.lists.source import ListQuery, ListSource, list_pages
from metrodesk.services.lists.specs import ListRow
from metrodesk.services.records.validation import phone_display

__all__ = ["LIST_TITLES", "ExportCancelled", "export_list"]

#: rows read per call of the list source
CHUNK = 2000

#: sheet titles (and suggested file names) per list kind, as the navigation names them;
#: translated when written (a list export speaks the interface's language)
LIST_TITLES = {
    "contact": QT_TR_NOOP("Contacts"),
    "organisation": QT_TR_NOOP("Organisations"),
    "member_city": QT_TR_NOOP("Member cities"),
    "training_centre": QT_TR_NOOP("Training"),
    "meeting": QT_TR_NOOP("Meetings"),
    "action_item": QT_TR_NOOP("Action items"),
}

#: column widths (Excel characters) per list key; others get DEFAULT_WIDTH
WIDTHS = {
    "name": 28,
    "title": 44,
    "description": 60,
    "job_title": 28,
    "organisation": 30,
    "email": 30,
    "phone": 20,
    "website": 30,
    "venue": 24,
    "region": 18,
    "owner": 24,
    "starts_at": 17,
    "due_on": 12,
    "member_since": 13,
    "population": 13,
    "meeting_kind": 14,
    "org_kind": 18,
}
DEFAULT_WIDTH = 16
#: columns of long free text, wrapped in their width
WRAPPED = frozenset({"description"})
#: columns holding a closed-vocabulary value, capitalised as the list shows them
CHOICES = frozenset({"org_kind", "status", "role", "meeting_kind", "mode", "programme_kind"})
NUMBER_FORMATS = {"population": "#,##0", "member_since": "0"}


def cell_value(key: str, value: Any) -> Any:
    """One list value as a spreadsheet cell: dates and numbers stay typed, codes become the
    names the list shows, phones the grouped text the list shows (text keeps the "+")."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime | date | int | float) and not isinstance(value, bool):
        return value
    if key == "country":
        return country_text(str(value))
    if key == "language":
        return language_text(str(value))
    if key == "phone":
        return phone_display(str(value))
    if key in CHOICES:
        text = str(value)
        return text[:1].upper() + text[1:]
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return str(value)


def _sheet_column(key: str, header: str, sample: Any) -> SheetColumn:
    number_format = NUMBER_FORMATS.get(key, "")
    if isinstance(sample, datetime):
        number_format = DATETIME_FORMAT
    elif isinstance(sample, date):
        number_format = DATE_FORMAT
    width = max(WIDTHS.get(key, DEFAULT_WIDTH), min(len(header) + 3, 40))
    return SheetColumn(header, width, number_format, key in WRAPPED)


def export_list(
    source: ListSource,
    path: Path | str,
    query: ListQuery | None = None,
    columns: Sequence[str] | None = None,
    progress: Progress | None = None,
    *,
    headers: Sequence[str] | None = None,
    title: str | None = None,
    db: Database | None = None,
) -> int:
    """Write the list to `path` as `query` shows it; the number of rows written.

    `columns` are list column keys in the order to write (None: all of them); `headers` the
    texts to put over them (None: the list's own headers). `db` gives the workbook's author
    and subject. `progress(done, total)` is called every chunk; returning False stops with
    ExportCancelled and leaves no file behind.
    """
    query = query or ListQuery()
    keys = [c.key for c in source.columns]
    wanted = list(columns) if columns is not None else keys
    unknown = [k for k in wanted if k not in keys]
    if unknown or not wanted:
        raise ServiceError(
            tr("the {kind} list has no column {columns}").format(
                kind=source.kind, columns=", ".join(unknown) or "(none)"
            )
        )
    names = (
        list(headers)
        if headers is not None
        else [next(c.header for c in source.columns if c.key == k) for k in wanted]
    )
    if len(names) != len(wanted):
        raise ServiceError(tr("one header per exported column"))
    target = check_target(Path(path))
    positions = [keys.index(k) for k in wanted]
    total = source.count(query)
    tracker = Tracker(total, progress)
    tracker.report()
    pages = list_pages(source, query, CHUNK, total)
    first = next(pages, [])
    sample = [_first_value(first, p) for p in positions]

    def rows() -> Iterator[list[Any]]:
        for page in chain([first], pages):
            for row in page:
                yield [cell_value(k, row.values[p]) for k, p in zip(wanted, positions, strict=True)]

    sheet_title = title or translated(LIST_TITLES.get(source.kind, source.kind))
    wb = new_workbook(tr("MetroDesk list: {title}").format(title=sheet_title), db)
    sheet = Sheet(
        sheet_title[:31],
        [_sheet_column(k, h, s) for k, h, s in zip(wanted, names, sample, strict=True)],
        total,
        rows(),
    )
    try:
        written = write_sheet(wb, sheet, tracker, align_top=True)
        tracker.report()
    except BaseException:
        discard(wb)
        raise
    save_atomically(wb, target)
    return written


def _first_value(rows: list[ListRow], position: int) -> Any:
    """The column's first non-empty value, which says whether it holds dates."""
    return next((r.values[position] for r in rows if r.values[position] not in (None, "")), None)
