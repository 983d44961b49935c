"""Cell values as every workbook MetroDesk writes them: text a spreadsheet could take for a
formula neutralised, characters XML cannot carry escaped, dates formatted, codes named."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import pycountry
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from metrodesk.data.people import display_name
from metrodesk.services.records.validation import country_name

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


#: the header of the column beside a linked record's name that holds its UUID
#: ("Organisation UUID"): the import resolves links by it, so a renamed record keeps them
REF_ID_SUFFIX = " UUID"


def ref_id_header(label: str) -> str:
    return f"{label}{REF_ID_SUFFIX}"


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
    #: not shown (the UUID of a linked record, beside its name): still read back by import
    hidden: bool = False


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


def person_name(order: str | None, given: str | None, family: str | None) -> str:
    """The same name `Contact.display_name` shows, from plain columns (no ORM object loaded)."""
    return display_name(given or "", family or "", order or "")
