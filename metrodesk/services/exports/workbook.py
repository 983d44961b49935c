"""Workbooks in the contract layout (see DESIGN.md): one sheet per kind, a UUID on every row.

The workbook is streamed: openpyxl's write-only mode and database rows fetched in chunks, so a
100,000-contact export runs in flat memory. It is written beside the target and renamed into
place, so a cancelled or failed export never leaves a half-written file behind.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.contract_sheets import BUILDERS
from metrodesk.services.exports.kinds import EXPORT_KINDS
from metrodesk.services.exports.writer import (
    Progress,
    Tracker,
    check_target,
    discard,
    new_workbook,
    save_atomically,
    write_sheet,
)


def _write_sheets(
    s: Session, wb: Workbook, titles: Sequence[str], progress: Progress | None
) -> int:
    sheets = [BUILDERS[title](s) for title in titles]
    tracker = Tracker(sum(sheet.total for sheet in sheets), progress)
    tracker.report()
    for sheet in sheets:
        write_sheet(wb, sheet, tracker)
    tracker.report()
    return tracker.done


def _new_workbook(kind: str, db: Database) -> Workbook:
    return new_workbook(f"MetroDesk export: {kind}", db)


def export_workbook(db: Database, kind: str, target: Path, progress: Progress | None = None) -> int:
    """Write the `kind` sheets of `db` to `target`; the number of data rows written.

    `progress(done, total)` is called every chunk of rows; returning False stops the export
    with ExportCancelled and leaves no file. The whole workbook comes from one read
    transaction, so its sheets agree with each other even while another window writes.
    """
    if kind not in EXPORT_KINDS:
        raise ServiceError(
            tr("unknown export '{kind}' (choose from {items})").format(
                kind=kind, items=", ".join(EXPORT_KINDS)
            )
        )
    target = check_target(target)
    wb = _new_workbook(kind, db)
    try:
        with db.read() as s:
            written = _write_sheets(s, wb, EXPORT_KINDS[kind], progress)
    except BaseException:
        discard(wb)
        raise
    save_atomically(wb, target)
    return written
