"""What an import says when it is done: counts per sheet, notes, and the two ways it stops
without writing (rows rejected, Cancel pressed)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError

#: called with (rows done, rows in all); returning False stops the import (ImportCancelled)
Progress = Callable[[int, int], bool]


class ImportRejected(ServiceError):
    """Rows failed their checks; nothing was written. `problems` has one line per row."""

    def __init__(self, problems: list[str], report: ImportReport) -> None:
        super().__init__(
            tr("import refused: %n rows were rejected; nothing was changed", "", len(problems))
        )
        self.problems = problems
        self.report = report


class ImportCancelled(ServiceError):
    def __init__(self) -> None:
        super().__init__(tr("import cancelled; nothing was changed"))


@dataclass
class SheetCounts:
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    skipped: int = 0

    def __str__(self) -> str:
        text = f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged"
        text += f", {self.skipped} skipped" if self.skipped else ""
        return text + (f", {self.rejected} rejected" if self.rejected else "")


@dataclass
class ImportReport:
    source: Path
    dry_run: bool = False
    sheets: dict[str, SheetCounts] = field(default_factory=dict)
    #: sheets and columns that were read but not applied, said aloud so nothing is lost quietly
    notes: list[str] = field(default_factory=list)
    #: the wizard's partial import: rejected rows were left out, the others written
    partial: bool = False
    #: what the rows named that did not exist and was created ("organisation City of Rabat")
    created: list[str] = field(default_factory=list)

    @property
    def changed(self) -> int:
        return sum(c.new + c.updated for c in self.sheets.values())

    def lines(self) -> list[str]:
        out = [f"{name}: {counts}" for name, counts in self.sheets.items()]
        out += self.notes
        out += [f"Created {what}" for what in self.created]
        rejected = sum(c.rejected for c in self.sheets.values())
        if rejected and self.partial and not self.dry_run:
            out.append(f"{rejected} rejected rows were left out; the others were imported.")
        elif rejected:
            out.append(f"Nothing was written: {rejected} rows were rejected.")
        elif self.dry_run:
            out.append("Dry run: nothing was written.")
        elif self.changed:
            out.append(f"Applied as one action, 'Import {self.source.name}' (undo reverts it).")
        else:
            out.append("Nothing to change.")
        return out
