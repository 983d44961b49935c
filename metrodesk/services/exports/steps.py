"""`Services.exports`: what the window exports, on the database it was opened on."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from metrodesk.data.database import Database
from metrodesk.services.lists.source import ListQuery, ListSource

# the workbook writers bring openpyxl: imported when something is exported, not at start
if TYPE_CHECKING:
    from metrodesk.services.exports.writer import Progress


class Exports:
    def __init__(self, db: Database) -> None:
        self.db = db

    def list(
        self,
        source: ListSource,
        path: Path | str,
        query: ListQuery | None = None,
        columns: Sequence[str] | None = None,
        progress: Progress | None = None,
        headers: Sequence[str] | None = None,
    ) -> int:
        """A section's list as the user sees it, to .xlsx (see `list_workbook.export_list`),
        with this database as the workbook's author and subject; the rows written."""
        from metrodesk.services.exports.list_workbook import export_list

        return export_list(source, path, query, columns, progress, headers=headers, db=self.db)

    def workbook(self, kind: str, path: Path | str, progress: Progress | None = None) -> int:
        """The contract workbook of `kind` (see `kinds.EXPORT_KINDS`); the rows written."""
        from metrodesk.services.exports.workbook import export_workbook

        return export_workbook(self.db, kind, Path(path), progress)
