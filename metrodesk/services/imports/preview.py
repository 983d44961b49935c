"""What an import would do, row by row, before anything is written: the wizard's preview and
the CLI's dry run.

The importer fills an `ImportPreview` while it checks a workbook inside a transaction it then
rolls back, so the preview says exactly what the commit will do. Counts cover every row; the
per-row detail is bounded (`DETAIL_LIMIT`), so a 100,000-row workbook previews in flat memory.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from metrodesk.services.imports.choices import CREATE, SKIP, Decision
from metrodesk.services.records.forms import Field
from metrodesk.services.records.validation import phone_display
from metrodesk.services.records.world_names import country_name, language_name

#: rows listed with their detail (new, updated, rejected); later ones are only counted
DETAIL_LIMIT = 5000
#: unchanged rows listed at most (they have no detail, and would crowd out the others)
UNCHANGED_LIMIT = 500

#: what a row does; "skipped": left out by the user's choice (a duplicate), or by default
#: a row repeating an earlier row's e-mail
STATUSES = ("new", "updated", "unchanged", "rejected", "skipped")


@dataclass(frozen=True)
class FieldChange:
    """One field of an updated row: its label and the values as the editor shows them."""

    label: str
    old: str
    new: str


@dataclass(frozen=True)
class DuplicateHint:
    """An existing contact a new row may already be, or an earlier row of the same sheet."""

    #: None for an earlier row of the sheet that is not written yet
    contact_id: uuid.UUID | None
    name: str
    #: "same e-mail …", "same phone …", "similar names (93)"; several joined by "; "
    reason: str
    #: the earlier row of the same sheet this row repeats
    row: int | None = None

    def __str__(self) -> str:
        if self.row is not None:
            return f"row {self.row}, {self.name} ({self.reason})"
        return f"{self.name} ({self.reason})"


@dataclass(frozen=True)
class PreviewRow:
    sheet: str
    #: the row number in the sheet, as Excel shows it
    row: int
    #: one of STATUSES
    status: str
    #: the record's name as lists show it (for rejected rows, what the row names, if anything)
    label: str = ""
    changes: tuple[FieldChange, ...] = ()
    #: every problem of a rejected row joined ("E-mail: …; Phone: …"), as one line
    reason: str = ""
    duplicates: tuple[DuplicateHint, ...] = ()
    #: every problem of a rejected row, one per field
    problems: tuple[str, ...] = ()
    #: how a row without a UUID found the contact it updates: "e-mail"
    matched: str = ""
    #: the record the row updates (or, matched or flagged, would update)
    record_id: uuid.UUID | None = None
    #: what the user may decide for a flagged row (NEW, SKIP, contact ids), and what applies
    options: tuple[Decision, ...] = ()
    decision: Decision | None = None


@dataclass
class NewName:
    """An organisation (or programme) rows name that is not on record: created unless the user
    says otherwise (left out, or another name for an existing record)."""

    kind: str
    #: as the first row naming it writes it
    name: str
    #: as compared (`choices.name_key`)
    key: str
    #: rows naming it
    rows: int = 0
    #: a new organisation's city and country, from the first row naming it
    city: str = ""
    country: str = ""
    decision: Decision = CREATE
    #: made by a row of this import (a row naming it passed its checks)
    created: bool = False
    #: existing records of a similar name, (id, name), best first
    similar: tuple[tuple[uuid.UUID, str], ...] = ()


@dataclass
class ImportPreview:
    """Totals of every row, and the first rows in detail (`rows_not_listed` says how many
    more there are)."""

    source: Path
    rows: list[PreviewRow] = field(default_factory=list)
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: int = 0
    skipped: int = 0
    #: new contact rows flagged as possibly being an existing contact
    possible_duplicates: int = 0
    #: rows counted but not listed in `rows` (memory stays bounded at any size)
    rows_not_listed: int = 0
    #: one line per rejected row, every one of them: "Contacts, row 7: E-mail: not valid …"
    problems: list[str] = field(default_factory=list)
    #: sheets and columns read but not imported
    notes: list[str] = field(default_factory=list)
    #: counts per sheet, "Contacts" -> {"new": 3, ...}
    sheets: dict[str, dict[str, int]] = field(default_factory=dict)
    #: organisations (and programmes) rows name that are not on record yet
    new_names: list[NewName] = field(default_factory=list)
    #: rows without a UUID matched to a contact by their e-mail
    matched_by_email: int = 0

    @property
    def complete(self) -> bool:
        """Every row is listed in `rows`."""
        return self.rows_not_listed == 0

    @property
    def can_commit(self) -> bool:
        return self.rejected == 0

    def lines(self, diffs: int = 5) -> list[str]:
        """The summary the CLI prints: totals, per sheet, and the first few differences."""
        out = [
            f"{self.new} new, {self.updated} updated, {self.unchanged} unchanged, "
            f"{self.rejected} rejected, {self.possible_duplicates} possible duplicates"
            + (f", {self.skipped} skipped" if self.skipped else "")
        ]
        for name, counts in self.sheets.items():
            shown_statuses = [s for s in STATUSES if s != "skipped" or counts.get(s)]
            out.append(f"{name}: " + ", ".join(f"{counts.get(s, 0)} {s}" for s in shown_statuses))
        out += self.name_lines()
        for row in [r for r in self.rows if r.matched][:diffs]:
            out.append(f"  {row.sheet}, row {row.row} ({row.label}): matched by {row.matched}")
        updated = [r for r in self.rows if r.status == "updated"]
        for row in updated[:diffs]:
            changes = "; ".join(f"{c.label}: {c.old!r} -> {c.new!r}" for c in row.changes)
            out.append(f"  {row.sheet}, row {row.row} ({row.label}): {changes}")
        if self.updated > diffs:
            out.append(f"  ... and {self.updated - min(diffs, len(updated))} more updated rows")
        flagged = [r for r in self.rows if r.duplicates]
        for row in flagged[:diffs]:
            out.append(f"  {row.sheet}, row {row.row} ({row.label}) may be {row.duplicates[0]}")
        if self.possible_duplicates > diffs:
            more = self.possible_duplicates - min(diffs, len(flagged))
            out.append(f"  ... and {more} more possible duplicates")
        out += self.notes
        if self.rows_not_listed:
            out.append(f"({self.rows_not_listed} rows counted but not listed in detail)")
        return out

    def name_lines(self) -> list[str]:
        """The organisations the import creates (or, by the user's choice, does not)."""
        out = []
        for n in self.new_names:
            where = ", ".join(x for x in (n.city, n.country) if x)
            place = f" ({where})" if where else ""
            rows = "1 row" if n.rows == 1 else f"{n.rows} rows"
            if n.decision == CREATE:
                out.append(f"New {n.kind}: {n.name}{place}, named on {rows}")
            elif n.decision == SKIP:
                out.append(f"Not created: {n.kind} {n.name}; its {rows} rejected")
            else:
                out.append(f"{n.name}: taken as an existing {n.kind}")
        return out


class PreviewBuilder:
    """Collects the rows as the importer meets them, within the limits above."""

    def __init__(self, preview: ImportPreview) -> None:
        self.preview = preview
        self._listed_unchanged = 0

    def add(self, row: PreviewRow) -> None:
        p = self.preview
        setattr(p, row.status, getattr(p, row.status) + 1)
        counts = p.sheets.setdefault(row.sheet, dict.fromkeys(STATUSES, 0))
        counts[row.status] += 1
        if row.duplicates:
            p.possible_duplicates += 1
        if row.matched:
            p.matched_by_email += 1
        if row.status == "rejected":
            p.problems.append(f"{row.sheet}, row {row.row}: {row.reason}")
        if row.status == "unchanged":
            if self._listed_unchanged >= UNCHANGED_LIMIT or len(p.rows) >= DETAIL_LIMIT:
                p.rows_not_listed += 1
                return
            self._listed_unchanged += 1
        elif len(p.rows) >= DETAIL_LIMIT:
            p.rows_not_listed += 1
            return
        p.rows.append(row)


# ---------------------------------------------------------------------------------------------
# values as the editor shows them


def shown(f: Field, value: Any, ref_label: Any = None) -> str:
    """One field's value as text a person reads: names for codes and linked records."""
    if value is None or value == "" or value == []:
        return ""
    if f.type == "ref":
        return str(ref_label(f.ref_kind, value)) if ref_label is not None else str(value)
    if f.type == "country":
        return country_name(str(value))
    if f.type == "language":
        return language_name(str(value))
    if f.type == "phone":
        return phone_display(str(value))
    if f.type == "tags" and isinstance(value, list | tuple):
        return ", ".join(str(t) for t in value)
    if f.type == "bool":
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def list_changes(label: str, old: Sequence[str], new: Sequence[str]) -> Iterable[FieldChange]:
    """Further e-mails or phones ("E-mail 2" …) that differ, position by position."""
    for i in range(max(len(old), len(new))):
        before = old[i] if i < len(old) else ""
        after = new[i] if i < len(new) else ""
        if before != after:
            if label == "Phone":
                before = phone_display(before) if before else ""
                after = phone_display(after) if after else ""
            yield FieldChange(f"{label} {i + 2}", before, after)
