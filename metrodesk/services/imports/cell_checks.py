"""Cells that read as a value but are none: formulas without a stored result, and Excel's
error values. Each is refused at its row and column with a reason the user can act on, never
read as empty (which would clear a field) or as text."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from metrodesk.i18n import tr
from metrodesk.services.errors import ValidationError

#: what a cell shows when its formula failed; openpyxl also gives '#VALUE!' for a number
#: marked as a date that no calendar holds
EXCEL_ERRORS = frozenset(
    {"#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA"}
)


class Formula:
    """A formula cell whose result the file does not hold."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"Formula({self.text!r})"


def check_cell(label: str, value: Any) -> None:
    """ValidationError naming the column for a cell that holds no value to import."""
    if value.__class__ is Formula:
        raise ValidationError(label, tr("a formula, not a value (in Excel: copy, Paste Values)"))
    if value.__class__ is str and value in EXCEL_ERRORS:
        raise ValidationError(
            label, tr("an Excel error ({value}), not a value").format(value=value)
        )


@contextmanager
def quiet_openpyxl() -> Iterator[None]:
    """openpyxl warns on stderr about what it does not read (data validation, conditional
    formatting, odd dates): the import says what matters itself, in its own lines."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def with_formulas(
    path: Path, ws: ReadOnlyWorksheet, rows: Iterator[tuple[Any, ...]]
) -> Iterator[tuple[Any, ...]]:
    """`rows` (values as stored) with every cell that is empty there but a formula in the
    file replaced by a Formula: the sheet read a second time, with formulas, in step."""
    with quiet_openpyxl():
        wb = load_workbook(path, read_only=True, data_only=False)
    try:
        formulas = wb[ws.title].iter_rows(values_only=True)
        for row in rows:
            written = next(formulas, ())
            if any(v is None and isinstance(f, str) for v, f in zip(row, written, strict=False)):
                row = tuple(
                    Formula(f) if v is None and isinstance(f, str) and f.startswith("=") else v
                    for v, f in zip(row, (*written, *((None,) * len(row))), strict=False)
                )
            yield row
    finally:
        wb.close()
