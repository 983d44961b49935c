"""`Services.imports`: the import wizard's two steps, preview then commit, on one database."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from metrodesk.data.database import Database

# the importer brings openpyxl (~0.1 s): imported when a workbook is read, not at every start
if TYPE_CHECKING:
    from metrodesk.services.imports.mapping import ColumnMapping
    from metrodesk.services.imports.outcome import ImportReport, Progress
    from metrodesk.services.imports.preview import ImportPreview


class Imports:
    def __init__(self, db: Database) -> None:
        self.db = db

    def preview(
        self,
        path: Path | str,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
    ) -> ImportPreview:
        """What `commit` would do, row by row; nothing is written. `mapping` reads one sheet
        of another layout; without it the workbook must be in the contract layout.
        `progress(done, total)` returning False stops it (ImportCancelled)."""
        from metrodesk.services.imports.apply import preview_workbook

        return preview_workbook(self.db, Path(path), mapping, progress)

    def commit(
        self,
        path: Path | str,
        mapping: ColumnMapping | None = None,
        progress: Progress | None = None,
    ) -> ImportReport:
        """Apply the workbook as one undoable action, "Import <file name>", after a backup.
        All or nothing: ImportRejected (every rejected row in `problems`) when any row fails
        its checks, ImportCancelled when `progress` returns False; then nothing is changed."""
        from metrodesk.services.imports.apply import import_workbook

        return import_workbook(self.db, Path(path), progress=progress, mapping=mapping)
