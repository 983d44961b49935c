"""`Services.imports`: the import wizard's two steps, preview then commit, on one database,
for every kind of file it reads (workbooks, CSV files, vCards, calendars)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from metrodesk.data.database import Database

# the importer brings openpyxl, the calendar reader icalendar: imported when a file
# is read, not at every start
if TYPE_CHECKING:
    from metrodesk.services.imports.calendar_apply import CalendarOptions
    from metrodesk.services.imports.choices import ImportChoices
    from metrodesk.services.imports.mapping import ColumnMapping
    from metrodesk.services.imports.outcome import ImportReport, Progress
    from metrodesk.services.imports.preview import ImportPreview


def is_calendar(path: Path) -> bool:
    from metrodesk.services.imports.tables import file_kind

    return file_kind(path) == "calendar"


class Imports:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(
        self,
        path: Path | str,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
        calendar: CalendarOptions | None = None,
        choices: ImportChoices | None = None,
    ) -> ImportPreview:
        """What `commit` would do, row by row; nothing is written. `mapping` reads one sheet
        (or CSV file) of another layout; without it the file must be in the contract layout
        or a recognised export (Outlook, Google, vCards, a calendar: `calendar` holds the
        choices for one). `progress(done, total)` returning False stops it (ImportCancelled).
        `choices` are the user's decisions on new organisations and flagged rows."""
        path = Path(path)
        if is_calendar(path):
            from metrodesk.services.imports.calendar_apply import CalendarOptions, preview_calendar

            return preview_calendar(self.db, path, calendar or CalendarOptions(), progress)
        from metrodesk.services.imports.apply import preview_workbook

        return preview_workbook(self.db, path, mapping, progress, choices)

    def commit(
        self,
        path: Path | str,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
        calendar: CalendarOptions | None = None,
        choices: ImportChoices | None = None,
    ) -> ImportReport:
        """Apply the file as one undoable action, "Import <file name>", after a backup.
        All or nothing: ImportRejected (every rejected row in `problems`) when any row fails
        its checks, ImportCancelled when `progress` returns False; then nothing is changed.
        With `choices.skip_rejected` (the wizard), rejected rows are left out instead."""
        path = Path(path)
        if is_calendar(path):
            from metrodesk.services.imports.calendar_apply import CalendarOptions, import_calendar

            options = calendar or CalendarOptions()
            return import_calendar(self.db, path, options, progress=progress)
        from metrodesk.services.imports.apply import import_workbook

        return import_workbook(self.db, path, progress=progress, mapping=mapping, choices=choices)

    def save_rejected(
        self,
        source: Path | str,
        preview: ImportPreview,
        target: Path | str,
        mapping: ColumnMapping | None = None,
    ) -> int:
        """The rows `preview` (or a partial import's) rejected, copied from `source` to the
        workbook `target` with a Reason column; how many rows were written."""
        from metrodesk.services.imports.rejected_rows import (
            rejected_by_sheet,
            save_rejected_rows,
        )

        return save_rejected_rows(Path(source), rejected_by_sheet(preview), Path(target), mapping)
