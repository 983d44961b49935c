"""Workbooks refused before and while openpyxl reads them: files that are no workbook, are
damaged, or are built to harm the reader (zip bombs, entity expansion, huge declared sizes).
Every refusal is a one-line ServiceError, reached in bounded memory; nothing is written."""

from __future__ import annotations

import re
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError


def _unreadable(path: Path) -> ServiceError:
    return ServiceError(
        tr("{name} is not an Excel workbook (.xlsx), or it is damaged").format(name=path.name)
    )


#: what reading a damaged workbook raises: zip and deflate damage, truncated streams, bad XML
#: (defusedxml's refusals of DTDs and entities are ValueErrors too), a cell naming a shared
#: text the file does not hold (IndexError)
_DAMAGE = (
    InvalidFileException,
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    KeyError,
    IndexError,
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
        raise ServiceError(
            tr("cannot read {name}: {reason}").format(name=path.name, reason=exc.strerror or exc)
        ) from exc
    if not head:
        raise ServiceError(
            tr("{name} is empty: not an Excel workbook (.xlsx)").format(name=path.name)
        )
    if head == _OLE2:
        raise ServiceError(
            tr(
                "{name} is a password-protected workbook or an old .xls file; save it "
                "from Excel as an unprotected .xlsx workbook"
            ).format(name=path.name)
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
        raise ServiceError(
            tr("{name} holds too many parts to be an Excel workbook").format(name=path.name)
        )


def _check_members(path: Path, zf: zipfile.ZipFile) -> None:
    members = zf.infolist()
    if len(members) > MAX_MEMBERS:
        raise ServiceError(
            tr("{name} holds too many parts to be an Excel workbook").format(name=path.name)
        )
    # every Office file has this part; openpyxl finds the workbook part from it
    if not any(m.filename == "[Content_Types].xml" for m in members):
        raise ServiceError(
            tr("{name} is a zip file but not an Excel workbook (.xlsx)").format(name=path.name)
        )
    total = 0
    for m in members:
        if m.flag_bits & 0x1:
            raise ServiceError(
                tr("{name} is encrypted; save it unprotected as .xlsx").format(name=path.name)
            )
        total += m.file_size
        if m.file_size > RATIO_FLOOR and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise ServiceError(
                tr(
                    "{name} refused: {filename} would expand {file_size} bytes from "
                    "{compress_size} (a zip bomb?)"
                ).format(
                    name=path.name,
                    filename=m.filename,
                    file_size=f"{m.file_size:,}",
                    compress_size=f"{m.compress_size:,}",
                )
            )
    if total > MAX_UNCOMPRESSED:
        raise ServiceError(
            tr(
                "{name} refused: it would expand to {size} MB, more than the {limit} MB"
                " MetroDesk imports"
            ).format(name=path.name, size=f"{total / 2**20:,.0f}", limit=MAX_UNCOMPRESSED // 2**20)
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
            tr(
                "{name} refused: {filename} declares a DTD or entities, which Excel never"
                " writes (entity expansion?)"
            ).format(name=path.name, filename=member.filename)
        )
    if root is None and len(prolog) == XML_PROLOG:
        raise ServiceError(
            tr("{name} refused: {filename} has no XML content").format(
                name=path.name, filename=member.filename
            )
        )


def check_dimensions(path: Path, wb: Workbook, titles: Sequence[str]) -> None:
    """A sheet's declared size, read from its <dimension> without reading its rows."""
    for title in titles:
        ws = wb[title]
        rows, columns = ws.max_row or 0, ws.max_column or 0
        if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS:
            raise ServiceError(
                tr(
                    "{name} refused: sheet '{title}' declares {rows} rows × {columns} "
                    "columns; MetroDesk imports at most {max_rows} rows × "
                    "{max_columns} columns (delete the empty rows and columns in "
                    "Excel)"
                ).format(
                    name=path.name,
                    title=title,
                    rows=f"{rows:,}",
                    columns=f"{columns:,}",
                    max_rows=f"{MAX_SHEET_ROWS:,}",
                    max_columns=MAX_SHEET_COLUMNS,
                )
            )


def open_workbook(path: Path) -> Workbook:
    check_workbook_file(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except (*_DAMAGE, OSError) as exc:  # OSError: "File contains no valid workbook part"
        raise _unreadable(path) from exc


def sheet_rows(path: Path, ws: ReadOnlyWorksheet) -> Iterator[tuple[Any, ...]]:
    """Rows as values; read-only sheets are parsed as they are read, so damage shows here.
    A sheet that declares no size is held to the same limits row by row."""
    try:
        for number, row in enumerate(ws.iter_rows(values_only=True), 1):
            if number > MAX_SHEET_ROWS or len(row) > MAX_SHEET_COLUMNS:
                raise ServiceError(
                    tr(
                        "{name} refused: sheet '{title}' has more than {max_rows} "
                        "rows or {max_columns} columns, more than MetroDesk imports"
                    ).format(
                        name=path.name,
                        title=ws.title,
                        max_rows=f"{MAX_SHEET_ROWS:,}",
                        max_columns=MAX_SHEET_COLUMNS,
                    )
                )
            yield row
    except _DAMAGE as exc:
        raise _unreadable(path) from exc
