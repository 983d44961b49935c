"""Formatted sheets written to a workbook file: bold frozen header, widths, page setup,
autofilter, progress with Cancel, and the file moved into place only when whole."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet.worksheet import Worksheet

from metrodesk import __version__
from metrodesk.data.database import Database
from metrodesk.data.file_kinds import special_kind
from metrodesk.data.files import shown_name
from metrodesk.data.partial_files import move_into_place, writing_beside
from metrodesk.i18n import tr, translated
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.cells import FONT, Column, RowCells

#: how many rows a database round trip fetches; also how often progress is reported
CHUNK = 1000

Progress = Callable[[int, int], bool]


class ExportCancelled(ServiceError):
    """The progress callback asked to stop; no file was written."""

    def __init__(self) -> None:
        super().__init__("export cancelled")


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    total: int
    rows: Iterator[Sequence[Any]]


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
        dimension = ws.column_dimensions[get_column_letter(i)]
        dimension.width = col.width
        if col.hidden:
            dimension.hidden = True
    ws.freeze_panes = "A2"


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
    total = sum(c.width for c in columns if not c.hidden)
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


#: the longest file name (in bytes) the common file systems take
MAX_NAME_BYTES = 255


def check_target(target: Path) -> Path:
    """The path an export may write to, or a ServiceError saying in one line why not."""
    target = Path(target)
    if target.suffix.lower() != ".xlsx":
        raise ServiceError(
            tr("{name}: an export is an Excel workbook; end the name in .xlsx").format(
                name=shown_name(target.name)
            )
        )
    check_place(target)
    return target


def check_place(target: Path) -> None:
    """Before any work: a folder that exists, a name the file system takes, and nothing in
    the way but a regular file (never a device, FIFO or folder)."""
    shown = shown_name(target.name)
    size = len(os.fsencode(target.name))
    if size > MAX_NAME_BYTES:
        raise ServiceError(
            tr("cannot write {name}…: the name is too long ({size} bytes; at most {limit})").format(
                name=shown[:40], size=size, limit=MAX_NAME_BYTES
            )
        )
    if not target.parent.is_dir():
        raise ServiceError(
            tr("cannot write {name}: there is no folder {parent}").format(
                name=shown, parent=target.parent
            )
        )
    kind = special_kind(target)
    if kind is not None and kind != "a symbolic link":
        raise ServiceError(
            tr("cannot write {name}: it is {kind}; an export writes only files").format(
                name=shown, kind=translated(kind)
            )
        )


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save beside `target` under a temporary name, then move it into place: a crash or a
    failure never leaves a half-written workbook under the user's file name, and a killed
    export's partial file is cleaned up at the next start or export (see partial_files)."""
    with writing_beside(target) as partial:
        wb.save(partial)
        move_into_place(partial, target)
