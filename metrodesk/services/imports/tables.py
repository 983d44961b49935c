"""Files that are not workbooks, as the rows of one sheet for the importer: Outlook and Google
contacts exports and vCards (recognised, imported as they are), and any other CSV file
(through the wizard's mapping, like a sheet of another layout).

Which reader a file gets is decided by its name's suffix and, for CSV, by its header row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from sqlalchemy.orm import Session

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.imports.preview import PreviewBuilder

if TYPE_CHECKING:
    from metrodesk.services.imports.mapping import ColumnMapping
    from metrodesk.services.imports.people_table import PeopleTable
    from metrodesk.services.imports.text_file import CsvTable

#: what each suffix holds; anything else is refused before it is read
SUFFIXES = {
    ".xlsx": "workbook",
    ".csv": "csv",
    ".vcf": "vcard",
    ".vcard": "vcard",
    ".ics": "calendar",
    ".ical": "calendar",
}
#: the file dialog's filter, and the one-line refusal, name them the same way
SUPPORTED = "Excel workbooks (.xlsx), CSV files (.csv), vCards (.vcf) and calendars (.ics)"


def file_kind(path: Path) -> str:
    """ "workbook", "csv", "vcard" or "calendar"; ServiceError for any other file."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise ServiceError(
            tr("{name}: MetroDesk imports {kinds}").format(name=path.name, kinds=SUPPORTED)
        )
    return kind


class TableRows(Protocol):
    """The rows of one table, read inside the import's transaction (a reader may look
    records up, or add the organisations its rows name)."""

    @property
    def name(self) -> str: ...

    @property
    def estimate(self) -> int: ...

    def read(
        self, s: Session, builder: PreviewBuilder
    ) -> tuple[Sequence[Any], Iterator[tuple[int, Sequence[Any]]]]: ...

    def notes(self) -> list[str]: ...


@dataclass
class CsvRows:
    """A CSV file of another layout, through the user's mapping of its columns."""

    table: CsvTable
    mapping: ColumnMapping

    @property
    def name(self) -> str:
        return self.mapping.sheet

    @property
    def estimate(self) -> int:
        return max(len(self.table.rows) - self.mapping.header_row, 0)

    def read(
        self, s: Session, builder: PreviewBuilder
    ) -> tuple[Sequence[Any], Iterator[tuple[int, Sequence[Any]]]]:
        rows = self.table.rows
        width = max((len(r) for r in rows), default=0)
        header = self.mapping.header(width)
        start = self.mapping.header_row
        return header, iter(list(enumerate(rows[start:], start + 1)))

    def notes(self) -> list[str]:
        return []


@dataclass(frozen=True)
class Recognised:
    """A file read as a known program's export: what it is, and its people."""

    #: "Outlook contacts (French), Windows-1252, semicolons"
    description: str
    people: PeopleTable


def recognise(path: Path) -> Recognised | None:
    """The people of an Outlook or Google Contacts CSV, or of a vCard file; None for a CSV
    file of another layout (the wizard maps those)."""
    from metrodesk.services.imports.text_file import read_csv, read_text

    if file_kind(path) == "vcard":
        from metrodesk.services.imports.vcard_file import read_vcards

        decoded = read_text(path)
        people = read_vcards(path.name, decoded.text)
        return Recognised(f"vCards, {decoded.encoding_name}", people)
    table = read_csv(path)
    people_table = recognise_csv(table)
    if people_table is None:
        return None
    described = f"{people_table.source}, {table.encoding_name}, {table.delimiter_name}s"
    return Recognised(described, people_table)


def recognise_csv(table: CsvTable) -> PeopleTable | None:
    from metrodesk.services.imports.google_csv import google_layout, read_google
    from metrodesk.services.imports.outlook_csv import outlook_layout, read_outlook

    outlook = outlook_layout(table.header)
    if outlook is not None:
        return read_outlook(table, outlook)
    google = google_layout(table.header)
    if google is not None:
        return read_google(table, google)
    return None


def table_rows(path: Path, mapping: ColumnMapping | None) -> TableRows:
    """The rows to import from a CSV or vCard file: a recognised export as it is, any other
    CSV through `mapping` (ServiceError without one)."""
    from metrodesk.services.imports.people_rows import PeopleRows
    from metrodesk.services.imports.text_file import read_csv

    if mapping is None:
        found = recognise(path)
        if found is None:
            raise ServiceError(
                tr(
                    "{name} is no contacts export of Outlook or Google; use the import "
                    "wizard to say which column is which"
                ).format(name=path.name)
            )
        return PeopleRows(found.people)
    if file_kind(path) != "csv":
        raise ServiceError(
            tr("{name} imports as it is; it has no columns to map").format(name=path.name)
        )
    return CsvRows(read_csv(path), mapping)
