"""A record's history, read from the change journal: who changed which field when, old → new,
newest first. Shown as the "History" tab of the record editors."""

from __future__ import annotations

import re
import uuid
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import QT_TR_NOOP, translated
from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.records.forms import FORMS
from metrodesk.services.records.history import Change
from metrodesk.services.records.world_names import country_name
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import language_name, short_datetime

#: values longer than this are cut short (the whole value shows as the cell's tooltip)
SHORT_VALUE = 40
#: columns the journal records that are derived, not edited: not shown
HIDDEN_FIELDS = frozenset({"sort_key"})

COL_WHEN, COL_WHO, COL_FIELD, COL_CHANGE = range(4)

_TAGS = re.compile(r"<[^>]*>")


def field_label(kind: str, key: str) -> str:
    """The form's label of a field where the form has it, else the column name made readable."""
    f = next((f for f in FORMS.get(kind, ()) if f.key == key), None)
    if f is not None:
        return translated(f.label)
    return key.replace("_", " ").capitalize()


def value_text(key: str, value: Any, limit: int | None = SHORT_VALUE) -> str:
    """A journaled value as a person reads it, cut to `limit` characters."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        text = _tr("yes") if value else _tr("no")
    elif isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif key == "country":
        text = country_name(str(value))
    elif key == "language":
        text = language_name(str(value))
    elif key.endswith("_html"):
        text = _TAGS.sub(" ", re.sub(r"(?s)<head>.*?</head>", "", str(value)))
    else:
        text = str(value)
        if re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:00)?", text):
            text = text[:16].replace("T", " ")
    text = " ".join(text.split()) or "—"
    if limit is not None and len(text) > limit:
        return text[: limit - 1] + "…"
    return text


#: what a part of a record is called in its history ("E-mail abickart@…: Label")
PART_NOUNS = {
    "contact_email": QT_TR_NOOP("E-mail"),
    "contact_phone": QT_TR_NOOP("Phone"),
    "affiliation": QT_TR_NOOP("Organisation"),
    "consent": QT_TR_NOOP("Consent"),
}
#: columns of a part that say nothing to a reader (its owner, its place in the list)
HIDDEN_PART_FIELDS = frozenset({"contact_id", "position", "organisation_id"})


def _part_name(c: Change) -> str:
    noun = translated(PART_NOUNS.get(c.part_kind, c.part_kind))
    return f"{noun} {c.part}".strip()


def _who(c: Change) -> str:
    if c.device:  # made on another copy, which came in through sync
        return _tr("{author} on {copy}").format(author=c.author, copy=c.device)
    return c.author


def _trash_move(c: Change) -> bool:
    """The entry's own move to or from the Trash (an entry may change other fields too)."""
    return c.op == "purge" or (c.op in ("delete", "restore") and c.field == "deleted_at")


def _part_row(
    c: Change, when: str, created: set[tuple[str, str]]
) -> tuple[str, str, str, str, str] | None:
    """A change of a contact's e-mail, phone, affiliation or consent."""
    name = _part_name(c)
    if c.op == "create":
        if (c.action, c.part) in created:
            return None
        created.add((c.action, c.part))
        return (when, _who(c), name, _tr("Added"), _tr("Added"))
    if _trash_move(c):
        text = {"delete": _tr("Removed"), "restore": _tr("Put back"), "purge": _tr("Erased")}[c.op]
        return (when, _who(c), name, text, text)
    if c.field in HIDDEN_FIELDS or c.field in HIDDEN_PART_FIELDS:
        return None
    short = f"{value_text(c.field, c.old)} → {value_text(c.field, c.new)}"
    full = f"{value_text(c.field, c.old, None)} → {value_text(c.field, c.new, None)}"
    return (when, _who(c), f"{name}: {field_label(c.part_kind, c.field)}", short, full)


def history_rows(kind: str, changes: list[Change]) -> list[tuple[str, str, str, str, str]]:
    """(when, who, field, change, full change) per row, newest first; a record's creation is
    one row, not one per field."""
    rows = []
    created: set[str] = set()
    parts_created: set[tuple[str, str]] = set()
    for c in changes:
        when = short_datetime(c.when)
        if c.part_kind:
            row = _part_row(c, when, parts_created)
            if row is not None:
                rows.append(row)
            continue
        if c.op == "create":
            if c.action in created:
                continue
            created.add(c.action)
            rows.append((when, _who(c), "", _tr("Created"), _tr("Created")))
            continue
        if _trash_move(c):
            text = {
                "delete": _tr("Moved to Trash"),
                "restore": _tr("Restored from Trash"),
                "purge": _tr("Deleted for good"),
            }[c.op]
            rows.append((when, _who(c), "", text, text))
            continue
        if c.field in HIDDEN_FIELDS:
            continue
        short = f"{value_text(c.field, c.old)} → {value_text(c.field, c.new)}"
        full = f"{value_text(c.field, c.old, None)} → {value_text(c.field, c.new, None)}"
        rows.append((when, _who(c), field_label(kind, c.field), short, full))
    return rows


class HistoryView(QWidget):
    """Reads the record's journal on the worker each time `load()` is called."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        kind: str,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self.services = services
        self.runner = runner
        self.kind = kind
        self.record_id = record_id
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 6, 0, 0)
        self.summary = QLabel(_tr("Reading the history…"))
        self.summary.setObjectName("historySummary")
        box.addWidget(self.summary)
        table = self.table = QTableWidget(0, 4)
        table.setTabKeyNavigation(False)  # Tab leaves the table
        table.setObjectName("historyTable")
        table.setAccessibleName(_tr("History of changes"))
        table.setTabKeyNavigation(False)
        table.setHorizontalHeaderLabels([_tr("When"), _tr("Who"), _tr("Field"), _tr("Change")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for col in (COL_WHEN, COL_WHO, COL_FIELD):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        box.addWidget(table, 1)
        self.loaded = False

    def load(self) -> None:
        history, record_id, kind = self.services.history, self.record_id, self.kind
        self.runner.read(
            lambda: history.of_record(record_id, kind), success=self.show_changes, parent=self
        )

    def show_changes(self, changes: list[Change]) -> None:
        rows = history_rows(self.kind, changes)
        self.loaded = True
        self.table.setRowCount(len(rows))
        for r, (when, who, field, change, full) in enumerate(rows):
            for col, text in enumerate((when, who, field, change)):
                item = QTableWidgetItem(text)
                if col == COL_CHANGE and full != change:
                    item.setToolTip(full)
                self.table.setItem(r, col, item)
        self.summary.setText(
            _tr("No change on record")
            if not rows
            else _tr("Newest first; hover a change to read it whole")
        )
