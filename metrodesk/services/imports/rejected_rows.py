"""The rows an import left out, saved to a workbook of their own with a Reason column: the
colleague's sheet as it was (its header row, the rejected rows with their cells untouched),
ready to be corrected and imported again."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from metrodesk.i18n import tr
from metrodesk.services.exports.cells import Column
from metrodesk.services.exports.writer import (
    Sheet,
    check_target,
    discard,
    new_workbook,
    save_atomically,
    write_sheet,
)
from metrodesk.services.imports.layout import SHEET_KINDS, cell_value
from metrodesk.services.imports.mapping import ColumnMapping
from metrodesk.services.imports.preview import ImportPreview
from metrodesk.services.imports.workbook_checks import open_workbook, sheet_rows

REASON = "Reason"


def rejected_by_sheet(preview: ImportPreview) -> dict[str, dict[int, str]]:
    """Sheet name -> row number -> every problem of the row, from a preview or a partial
    import (all rejected rows: `problems` lists each, however many rows were detailed)."""
    out: dict[str, dict[int, str]] = {}
    for line in preview.problems:
        where, _, reason = line.partition(": ")
        sheet, _, row = where.rpartition(", row ")
        if row.isdigit():
            out.setdefault(sheet, {})[int(row)] = reason
    return out


def save_rejected_rows(
    source: Path,
    rejected: Mapping[str, Mapping[int, str]],
    target: Path,
    mapping: ColumnMapping | None = None,
) -> int:
    """Write `source`'s rejected rows (by sheet and row number) to `target`; their count."""
    target = check_target(Path(target))
    wb_in = open_workbook(Path(source))
    out = new_workbook(tr("Rows left out of {file}").format(file=Path(source).name))
    written = 0
    try:
        present = {title.strip().casefold(): title for title in wb_in.sheetnames}
        for name, rows in rejected.items():
            title = mapping.sheet if mapping is not None else present.get(name.casefold())
            if title is None or title not in wb_in.sheetnames or not rows:
                continue
            header_row = mapping.header_row if mapping is not None else 1
            written += _copy_sheet(wb_in[title], Path(source), name, header_row, rows, out)
        save_atomically(out, target)
    except BaseException:
        discard(out)
        raise
    finally:
        wb_in.close()
    return written


def _copy_sheet(
    ws: Any,
    source: Path,
    name: str,
    header_row: int,
    rows: Mapping[int, str],
    out: Any,
) -> int:
    lines = sheet_rows(source, ws)
    header: tuple[Any, ...] = ()
    for _ in range(header_row):
        header = next(lines, ())
    picked: list[list[Any]] = []
    for number, row in enumerate(lines, header_row + 1):
        if number in rows:
            picked.append([*(cell_value(x) for x in row), rows[number]])
    width = max([len(header), *(len(r) - 1 for r in picked)], default=0)
    titles = [str(h) if h is not None else "" for h in header] + [""] * (width - len(header))
    columns = [Column(t or " ", 18) for t in titles] + [Column(REASON, 60, wrap=True)]
    table = [r[:-1] + [None] * (width - len(r) + 1) + [r[-1]] for r in picked]
    title = name if name in SHEET_KINDS else name[:31]
    write_sheet(out, Sheet(title, columns, len(table), iter(table)))
    return len(picked)
