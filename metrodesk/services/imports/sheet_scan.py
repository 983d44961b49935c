"""What openpyxl's read-only reader passes over in silence, found in a sheet's own XML.

- A formula cell without a stored result (what openpyxl itself writes, and what a sheet
  saved by some tools holds) reads as empty: the field it stands for would be cleared.
- Cells merged over data rows hold their value in the first cell only: the other rows
  would read as empty.
- A row that comes after a row with a higher number in the file (not something Excel
  writes) is dropped by the reader without a word.

One pass over the sheet's XML, in chunks (bounded memory), by regular expressions run in C:
a small share of an import's time. Only a sheet holding formulas is then read a second time,
with formulas, to tell which cells they are (see `cell_checks.with_formulas`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import IO

from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

_CHUNK = 1 << 20
# an element's name may carry a namespace prefix (<x:row>) in files other tools write
_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*?\sr=\"(\d+)\"")
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\sref=\"([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)\"")


@dataclass
class SheetScan:
    has_formulas: bool = False
    #: merged ranges as written ("B2:B4")
    merged: list[str] = field(default_factory=list)
    #: (a row number, the higher number written before it), for the first row out of order
    out_of_order: tuple[int, int] | None = None

    def merged_below(self, header_row: int) -> list[str]:
        """The merged ranges that reach below the header row, into the data."""
        out = []
        for ref in self.merged:
            try:
                _c1, _r1, _c2, last_row = range_boundaries(ref)
            except ValueError:
                continue
            if last_row is not None and last_row > header_row:
                out.append(ref)
        return out


def scan_sheet(ws: ReadOnlyWorksheet) -> SheetScan:
    """Scan the XML part behind a read-only sheet."""
    with ws.parent._archive.open(ws._worksheet_path) as source:
        return scan_xml(source)


def scan_xml(source: IO[bytes]) -> SheetScan:
    scan = SheetScan()
    last_row = 0
    carry = b""
    while True:
        chunk = source.read(_CHUNK)
        buffer = carry + chunk
        # cut before the last '<': no element is split between two passes (attribute
        # values cannot hold a raw '<'), so nothing is missed or counted twice
        cut = buffer.rfind(b"<") if chunk else len(buffer)
        if cut <= 0:
            cut = len(buffer) if not chunk else 0
        part, carry = buffer[:cut], buffer[cut:]
        if not scan.has_formulas and _FORMULA.search(part):
            scan.has_formulas = True
        if scan.out_of_order is None:
            for found in _ROW.finditer(part):
                number = int(found.group(1))
                if number <= last_row:
                    scan.out_of_order = (number, last_row)
                    break
                last_row = number
        scan.merged += [m.group(1).decode("ascii") for m in _MERGE.finditer(part)]
        if not chunk:
            return scan
