"""Applying a workbook: the export, edited in Excel, coming back; or, through the wizard's
`ColumnMapping`, one sheet of another layout.

All or nothing: every row is checked with the editors' own rules (`records.clean`) inside one
user action; one rejected row rolls the whole import back, and every rejected row is listed
so the user can fix them all in one go. Rows are matched by UUID; a row without one is a new
record. Only what differs is written, so importing an unedited export changes nothing and
the journal holds exactly the edits made in Excel.

The preview (`preview_workbook`) is the same run rolled back, so it says exactly what the
commit (`import_workbook`) will do. Rows are read in chunks; the records a chunk names are
read in a few queries and compared in Python, and only rows that change touch the ORM.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.imports.cell_checks import quiet_openpyxl, with_formulas
from metrodesk.services.imports.choices import ImportChoices
from metrodesk.services.imports.layout import (
    SHEET_KINDS,
    DuplicateColumn,
    Layout,
    blank,
    read_layout,
)
from metrodesk.services.imports.mapping import ColumnMapping
from metrodesk.services.imports.names import Names
from metrodesk.services.imports.outcome import (
    ImportCancelled,
    ImportRejected,
    ImportReport,
    Progress,
    SheetCounts,
)
from metrodesk.services.imports.preview import STATUSES, ImportPreview, PreviewBuilder
from metrodesk.services.imports.sheet import SheetImporter
from metrodesk.services.imports.sheet_scan import scan_sheet
from metrodesk.services.imports.tables import TableRows, file_kind, table_rows
from metrodesk.services.imports.workbook_checks import check_dimensions, open_workbook, sheet_rows
from metrodesk.services.records.crud import Records
from metrodesk.services.records.forms import FORMS
from metrodesk.services.storage.backups import take_backup

#: how often the progress callback hears from a long import
CHUNK = 500


_CONTRACT_KEYS = frozenset(name.casefold() for name in SHEET_KINDS)


class _RollBack(Exception):
    """Ends a dry run, or an import that changes nothing: no empty step on the undo stack."""


@dataclass(frozen=True)
class _Target:
    """One sheet to read: its title in the workbook, the name rows are reported under, the
    kind it holds, and (for another layout) the user's mapping of its columns."""

    title: str
    name: str
    kind: str
    mapping: ColumnMapping | None = None
    #: the rows of a file that is not a workbook (a CSV file, vCards)
    table: TableRows | None = None

    @property
    def header_row(self) -> int:
        return self.mapping.header_row if self.mapping is not None else 1


def _contract_sheets(wb: Workbook) -> list[_Target]:
    """The contract's sheets present in the workbook, in the order they are applied; two
    sheets that both read as one of them ('Contacts' and 'contacts ') are refused."""
    present: dict[str, str] = {}
    for title in wb.sheetnames:
        key = " ".join(title.split()).casefold()
        if key in present and key in _CONTRACT_KEYS:
            raise ServiceError(
                tr("two sheets are named {name} ({first} and {second}); keep one").format(
                    name=repr(title.strip()), first=repr(present[key]), second=repr(title)
                )
            )
        present[key] = title
    return [
        _Target(present[name.casefold()], name, kind)
        for name, kind in SHEET_KINDS.items()
        if name.casefold() in present
    ]


def _targets(path: Path, wb: Workbook, mapping: ColumnMapping | None) -> list[_Target]:
    if mapping is not None:
        if mapping.sheet not in wb.sheetnames:
            raise ServiceError(
                tr("{name} has no sheet '{sheet}'").format(name=path.name, sheet=mapping.sheet)
            )
        if mapping.kind not in FORMS or mapping.header_row < 1:
            raise ServiceError(
                tr("cannot import sheet '{sheet}' as {kind}").format(
                    sheet=mapping.sheet, kind=mapping.kind
                )
            )
        return [_Target(mapping.sheet, mapping.sheet, mapping.kind, mapping)]
    targets = _contract_sheets(wb)
    if not targets:
        raise ServiceError(
            tr(
                "{name} has none of the sheets MetroDesk exports ({items}); use the "
                "import wizard for other layouts"
            ).format(name=path.name, items=", ".join(SHEET_KINDS))
        )
    return targets


def import_workbook(
    db: Database,
    path: Path,
    dry_run: bool = False,
    progress: Progress | None = None,
    mapping: ColumnMapping | None = None,
    choices: ImportChoices | None = None,
) -> ImportReport:
    """Apply the workbook at `path` to `db` as one user action; see the module's docstring.

    Raises ImportRejected (every rejected row listed, nothing written), ImportCancelled when
    `progress(done, total)` returns False, or ServiceError for a file that is no workbook of
    this layout. With `dry_run`, everything is checked and counted, then rolled back. With a
    `mapping`, only its sheet is read, through its columns (the wizard's other layouts).
    """
    choices = choices or ImportChoices()
    preview = _import(db, Path(path), mapping, progress, not dry_run, choices)
    report = report_of(preview, dry_run)
    report.partial = choices.skip_rejected
    report.created = [f"{n.kind} {n.name}" for n in preview.new_names if n.created]
    if preview.rejected and not choices.skip_rejected:
        raise ImportRejected(preview.problems, report)
    return report


def preview_workbook(
    db: Database,
    path: Path,
    mapping: ColumnMapping | None = None,
    progress: Progress | None = None,
    choices: ImportChoices | None = None,
) -> ImportPreview:
    """What importing the workbook would do, row by row, with existing contacts that new rows
    may duplicate; nothing is written. Rejected rows are listed, not raised."""
    return _import(db, Path(path), mapping, progress, False, choices or ImportChoices())


def _import(
    db: Database,
    path: Path,
    mapping: ColumnMapping | None,
    progress: Progress | None,
    commit: bool,
    choices: ImportChoices,
) -> ImportPreview:
    with quiet_openpyxl():
        if file_kind(path) in ("csv", "vcard"):
            return _import_table(db, path, mapping, progress, commit, choices)
        if file_kind(path) != "workbook":
            raise ServiceError(
                tr("{name} is no workbook, CSV or vCard file").format(name=path.name)
            )
        return _import_workbook_file(db, path, mapping, progress, commit, choices)


def _import_workbook_file(
    db: Database,
    path: Path,
    mapping: ColumnMapping | None,
    progress: Progress | None,
    commit: bool,
    choices: ImportChoices,
) -> ImportPreview:
    wb = open_workbook(path)
    try:
        targets = _targets(path, wb, mapping)
        check_dimensions(path, wb, [t.title for t in targets])
        preview = ImportPreview(path)
        known = {t.title for t in targets}
        others = [t for t in wb.sheetnames if t not in known]
        if others:
            preview.notes.append(
                tr("Sheets not imported: {sheets}").format(sheets=", ".join(others))
            )
        _run(db, wb, targets, preview, progress, commit, choices)
        return preview
    finally:
        wb.close()


def _import_table(
    db: Database,
    path: Path,
    mapping: ColumnMapping | None,
    progress: Progress | None,
    commit: bool,
    choices: ImportChoices,
) -> ImportPreview:
    """A CSV or vCard file: one table of rows, through the same checks as a sheet."""
    table = table_rows(path, mapping)
    kind = mapping.kind if mapping is not None else "contact"
    preview = ImportPreview(path)
    target = _Target(table.name, table.name, kind, mapping, table)
    _run(db, None, [target], preview, progress, commit, choices)
    preview.notes[:0] = table.notes()
    return preview


def report_of(preview: ImportPreview, dry_run: bool) -> ImportReport:
    """The counts and notes of a preview, as a finished import reports them."""
    report = ImportReport(preview.source, dry_run, notes=list(preview.notes))
    for name, counts in preview.sheets.items():
        report.sheets[name] = SheetCounts(**counts)
    return report


def _run(
    db: Database,
    wb: Workbook | None,
    targets: list[_Target],
    preview: ImportPreview,
    progress: Progress | None,
    commit: bool,
    choices: ImportChoices,
) -> None:
    tracker = _Tracker(sum(_estimate(wb, t) for t in targets), progress)
    builder = PreviewBuilder(preview)
    forms = Records(db)
    try:
        with db.action(f"Import {preview.source.name}") as s:
            names = Names(s, choices)
            for target in targets:
                preview.sheets.setdefault(target.name, {status: 0 for status in STATUSES})
                layout = _apply_sheet(
                    s,
                    preview.source,
                    wb,
                    target,
                    names,
                    forms,
                    builder,
                    tracker,
                    not commit,
                    choices,
                )
                if layout is not None and layout.ignored:
                    preview.notes.append(
                        tr("{sheet}: columns not imported: {columns}").format(
                            sheet=target.name, columns=", ".join(layout.ignored)
                        )
                    )
                s.flush()
                names.forget()
            # a Cancel pressed on a short import (fewer rows than one progress step) counts too
            tracker.finish()
            preview.new_names = names.new_names()
            refused = preview.rejected and not choices.skip_rejected
            if not commit or refused or not (preview.new + preview.updated):
                # a preview, a refused import, or one that changes nothing: no undo step
                raise _RollBack
            # every row passed: a backup of the file as it is (the import is not committed
            # yet, so the backup's reading connection sees the file without it). A refused
            # import makes none: a wrong file applied whole is the mistake it guards against
            take_backup(db.path, "before-import")
    except _RollBack:
        pass


def _estimate(wb: Workbook | None, target: _Target) -> int:
    if target.table is not None:
        return target.table.estimate
    assert wb is not None
    ws: ReadOnlyWorksheet = wb[target.title]
    return max((ws.max_row or 1) - target.header_row, 0)


Numbered = Iterator[tuple[int, Sequence[Any]]]


def _sheet_rows(source: Path, ws: ReadOnlyWorksheet, target: _Target) -> tuple[Any, Numbered]:
    """The header and the numbered rows below it, or None when the sheet ends before."""
    rows = _checked_rows(source, ws, target)
    header: tuple[Any, ...] | None = None
    for _ in range(target.header_row):
        header = next(rows, None)
        if header is None:
            return None, iter(())
    assert header is not None
    if target.mapping is not None:
        header = tuple(target.mapping.header(len(header)))
    return header, enumerate(rows, target.header_row + 1)


def _apply_sheet(
    s: Session,
    source: Path,
    wb: Workbook | None,
    target: _Target,
    names: Names,
    forms: Records,
    builder: PreviewBuilder,
    tracker: _Tracker,
    find_duplicates: bool,
    choices: ImportChoices,
) -> Layout | None:
    if target.table is not None:
        header, rows = target.table.read(s, builder)
        names.forget()  # the table may have added records its rows name
    else:
        assert wb is not None
        header, rows = _sheet_rows(source, wb[target.title], target)
    if header is None:
        return None
    try:
        layout = read_layout(target.kind, header)
    except DuplicateColumn as exc:
        raise ServiceError(
            tr("{name}, sheet {sheet}: {reason}").format(
                name=source.name, sheet=target.name, reason=exc
            )
        ) from None
    importer = SheetImporter(
        s, target.kind, layout, names, forms, target.name, find_duplicates, choices
    )
    chunk: list[tuple[int, Sequence[Any]]] = []
    for number, row in rows:
        tracker.step()
        if all(blank(value) for value in row):
            continue
        chunk.append((number, row))
        if len(chunk) >= CHUNK:
            importer.apply_chunk(chunk, builder)
            chunk = []
    importer.apply_chunk(chunk, builder)
    return layout


def _checked_rows(
    source: Path, ws: ReadOnlyWorksheet, target: _Target
) -> Iterator[tuple[Any, ...]]:
    """The sheet's rows, once its XML shows nothing the reader would pass over in silence:
    merged cells over data and rows out of order are refused (which value is meant cannot
    be told), and formulas without a stored result come as `Formula` cells."""
    scan = scan_sheet(ws)
    where = tr("{name}, sheet {sheet}").format(name=source.name, sheet=target.name)
    merged = scan.merged_below(target.header_row)
    if merged:
        raise ServiceError(
            tr(
                "{where}: cells {cells} are merged over rows of data; unmerge them so that "
                "each row holds its own values"
            ).format(where=where, cells=merged[0])
        )
    if scan.out_of_order is not None:
        row, after = scan.out_of_order
        raise ServiceError(
            tr(
                "{where}: row {row} comes after row {after} in the file (Excel never writes "
                "rows so); open it in Excel and save it again"
            ).format(where=where, row=row, after=after)
        )
    rows = sheet_rows(source, ws)
    return with_formulas(source, ws, rows) if scan.has_formulas else rows


class _Tracker:
    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total, self.done, self.progress = total, 0, progress

    def step(self) -> None:
        self.done += 1
        if self.progress is None or self.done % CHUNK:
            return
        self.finish()

    def finish(self) -> None:
        if self.progress is not None and self.progress(self.done, self.total) is False:
            raise ImportCancelled
