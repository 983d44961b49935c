"""File › Export list to Excel… (Ctrl+E): the current section's list as the user sees it.

The rows are those the list shows (its search text, filters and sort, in that order), the
columns those shown, in their on-screen order, under their on-screen headers. The workbook is
written on the worker with a progress bar and Cancel; a cancelled export leaves no file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.facade import Services
from metrodesk.services.lists.source import ListQuery, ListSource
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.runtime.ops import Op, OpRunner, report_failure


@dataclass(frozen=True)
class ListView:
    """What a section's list shows now, read on the UI thread before the export starts."""

    kind: str
    source: ListSource
    query: ListQuery
    columns: tuple[str, ...]
    headers: tuple[str, ...]


def list_view(page: SectionPage) -> ListView:
    """The page's list state: visible columns in on-screen order (users may drag them)."""
    model, header = page.model, page.table.horizontalHeader()
    logical = [header.logicalIndex(v) for v in range(header.count())]
    shown = [c for c in logical if not page.table.isColumnHidden(c)]
    return ListView(
        kind=page.kind,
        source=model.source,
        query=model.list_query,
        columns=tuple(model.keys[c] for c in shown),
        headers=tuple(str(model.headerData(c, Qt.Orientation.Horizontal)) for c in shown),
    )


def suggested_path(kind: str, today: date | None = None) -> Path:
    """'Contacts 2026-11-23.xlsx' in the user's documents folder."""
    # the export modules bring openpyxl: imported when a list is exported, not at every start
    from metrodesk.services.exports.list_workbook import LIST_TITLES

    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    name = f"{translated(LIST_TITLES.get(kind, kind))} {(today or date.today()).isoformat()}.xlsx"
    return Path(folder or Path.home()) / name


def ask_path(parent: QWidget, suggested: Path) -> Path | None:
    """The save dialog; None when the user cancels it."""
    name, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export list to Excel"), str(suggested), _tr("Excel workbook (*.xlsx)")
    )
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


class ListExporter(QObject):
    """Owned by the main window. `path_chooser(parent, suggested)` asks where to write; tests
    replace it to give a path without a modal dialog. `message(text)` goes to the status bar."""

    def __init__(
        self,
        parent: QWidget,
        services: Services,
        runner: OpRunner,
        message: Callable[[str], None],
    ) -> None:
        super().__init__(parent)
        self.window = parent
        self.services = services
        self.runner = runner
        self.message = message
        self.path_chooser: Callable[[QWidget, Path], Path | None] = ask_path
        self.written: Path | None = None

    def export(self, page: SectionPage | None) -> Op | None:
        from metrodesk.services.exports.writer import ExportCancelled

        if page is None:
            self.message(_tr("Open a list (Contacts, Meetings…) to export it"))
            return None
        view = list_view(page)
        path = self.path_chooser(self.window, suggested_path(view.kind))
        if path is None:
            return None
        exports = self.services.exports

        def work(progress: Callable[[int, int], bool]) -> int:
            return exports.list(
                view.source, path, view.query, view.columns, progress, headers=view.headers
            )

        def done(rows: int) -> None:
            self.written = path
            self.message(_tr("%n rows exported to {name}", "", rows).format(name=path.name))

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ExportCancelled):
                self.message(_tr("Export cancelled; no file written"))
            else:
                report_failure(self.window, exc)

        return self.runner.read(
            work,
            success=done,
            failure=failed,
            label=_tr("Exporting {list} to Excel…").format(
                list=page.section.text(page.section.title)
            ),
            parent=self.window,
        )
