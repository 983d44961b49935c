"""What the import wizard shows of a file before anything is imported: a workbook's sheets,
a CSV file's first rows (mapped like a sheet), a recognised contacts export or vCard file
(imported as it is), or a calendar (the range and the attendees asked for first)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.imports.mapping import (
    SAMPLE_ROWS,
    SheetSample,
    WorkbookSample,
    inspect_workbook,
)
from metrodesk.services.imports.tables import file_kind, recognise_csv

#: how a file imports: "sheets" (choose a sheet and map its columns, unless it is in the
#: contract layout), "people" (a recognised export, as it is), "calendar"
WAYS = ("sheets", "people", "calendar")


@dataclass(frozen=True)
class FileSample:
    path: Path
    way: str
    #: what the file is, in a few words: "Outlook contacts (French), Windows-1252, semicolons"
    description: str = ""
    #: the sheets to choose from and map ("sheets")
    workbook: WorkbookSample | None = None
    #: people or events the file holds
    count: int = 0
    #: recurring series among the events of a calendar
    series: int = 0


def inspect_file(path: Path | str) -> FileSample:
    """Read enough of the file at `path` to say what it is; ServiceError for a file that
    cannot be imported, with the reason."""
    path = Path(path)
    kind = file_kind(path)
    if kind == "workbook":
        return FileSample(path, "sheets", workbook=inspect_workbook(path))
    if kind == "calendar":
        return _calendar(path)
    from metrodesk.services.imports.tables import recognise

    if kind == "vcard":
        found = recognise(path)
        assert found is not None
        return FileSample(path, "people", found.description, count=len(found.people.rows))
    return _csv(path)


def _csv(path: Path) -> FileSample:
    from metrodesk.services.imports.text_file import read_csv

    table = read_csv(path)
    people = recognise_csv(table)
    if people is not None:
        described = f"{people.source}, {table.encoding_name}, {table.delimiter_name}s"
        return FileSample(path, "people", described, count=len(people.rows))
    rows = tuple(tuple(r) for r in table.rows[:SAMPLE_ROWS])
    sheet = SheetSample(path.name, rows, len(table.rows))
    workbook = WorkbookSample(path, (sheet,), contract=False)
    described = f"CSV, {table.encoding_name}, {table.delimiter_name}s"
    return FileSample(path, "sheets", described, workbook, count=len(table.rows))


def _calendar(path: Path) -> FileSample:
    import icalendar

    from metrodesk.services.imports.text_file import read_text

    try:
        calendars = icalendar.Calendar.from_ical(read_text(path).text, multiple=True)
    except Exception as exc:  # icalendar raises many kinds on damaged input
        raise ServiceError(
            tr("{name} is not a calendar (.ics), or it is damaged").format(name=path.name)
        ) from exc
    events = [e for c in calendars for e in c.walk("VEVENT")]
    if not events:
        raise ServiceError(
            tr("{name} holds no events (an event starts with BEGIN:VEVENT)").format(name=path.name)
        )
    series = {str(e.get("uid", "")) for e in events if e.get("rrule") or e.get("rdate")}
    producer = str(calendars[0].get("prodid", ""))
    name = next((p for p in ("Outlook", "Google", "Thunderbird", "Apple") if p in producer), "")
    described = f"{name} calendar" if name else "Calendar"
    return FileSample(path, "calendar", described, count=len(events), series=len(series))
