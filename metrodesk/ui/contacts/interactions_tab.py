"""The "Interactions" tab of a contact's editor: calls, e-mails and visits with the person,
newest first, and a line to log one. What is logged or removed here is written with the
editor's Save, in its one undo step; the person's last contact is said above the list."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.contacts.interactions import KINDS, InteractionRow, LastContact
from metrodesk.services.facade import Services
from metrodesk.services.records.drafts import Step
from metrodesk.ui.records.date_edit import DateLineEdit
from metrodesk.ui.records.editor_parts import (
    ErrorLine,
    fill_table,
    labelled_row,
    make_table,
    selected_id,
)
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import choice_text, short_date


@dataclass(frozen=True)
class Pending:
    """An interaction logged in the editor, written on Save."""

    key: int
    kind: str
    occurred_on: date
    note: str
    with_whom: str


class InteractionsTab(QWidget):
    """Emits `changed()` when something is logged or removed (unsaved until the editor's
    Save)."""

    changed = Signal()

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        contact_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("interactionsTab")
        self.services = services
        self.runner = runner
        self.contact_id = contact_id
        self.saved: tuple[InteractionRow, ...] = ()
        self.pending: list[Pending] = []
        self.removed: set[uuid.UUID] = set()
        self._next_key = 0
        box = QVBoxLayout(self)
        self.last_contact = QLabel(_tr("Last contact: …"))
        self.last_contact.setObjectName("lastContact")
        box.addWidget(self.last_contact)
        self.table = make_table(
            "interactionsTable", [_tr("Date"), _tr("How"), _tr("Note"), _tr("Who")]
        )
        # the note takes the room: how and who are a word or two
        for column in (1, 3):
            self.table.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        box.addWidget(self.table, 1)
        box.addWidget(self._entry_row())
        self.error = ErrorLine("interaction")
        box.addWidget(self.error)

    def _entry_row(self) -> QWidget:
        """The fields of a new entry, with Log it and Remove the selected."""
        self.when = DateLineEdit()
        self.when.setObjectName("interactionDate")
        self.when.set_value(date.today())
        self.when.setMaximumWidth(150)
        self.kind = QComboBox()
        self.kind.setObjectName("interactionKind")
        for kind in KINDS:
            self.kind.addItem(choice_text(kind), kind)
        self.who = QLineEdit()
        self.who.setObjectName("interactionWho")
        self.who.setPlaceholderText(self.services.author)
        self.who.setMaximumWidth(180)
        self.note = QLineEdit()
        self.note.setObjectName("interactionNote")
        self.note.setPlaceholderText(_tr("What it was about"))
        self.note.setMinimumWidth(220)
        self.note.returnPressed.connect(self.log)
        log = QPushButton(_tr("Log it"))
        log.setObjectName("logInteractionButton")
        log.setProperty("primary", True)
        log.clicked.connect(self.log)
        remove = QPushButton(_tr("Remove the selected"))
        remove.setObjectName("removeInteractionButton")
        remove.clicked.connect(self.remove)
        return labelled_row(
            [
                (_tr("On"), self.when),
                (_tr("How"), self.kind),
                (_tr("Who"), self.who),
                (_tr("Note"), self.note),
                ("", log),
                ("", remove),
            ]
        )

    # --- reading ----------------------------------------------------------------------------

    def load(self, last_met: date | None = None) -> None:
        svc, contact_id = self.services.interactions, self.contact_id

        def read() -> tuple[tuple[InteractionRow, ...], LastContact]:
            return svc.log(contact_id), svc.last_contact(contact_id, last_met)

        self.runner.run(read, success=self._show, parent=self)

    def _show(self, result: tuple[tuple[InteractionRow, ...], LastContact]) -> None:
        self.saved, last = result
        if last.on is None:
            self.last_contact.setText(_tr("Last contact: none on record"))
        else:
            self.last_contact.setText(
                _tr("Last contact: {date} ({how})").format(
                    date=short_date(last.on), how=choice_text(last.how)
                )
            )
        self._fill()

    def _fill(self) -> None:
        rows: list[tuple[object, ...]] = []
        ids: list[object] = []
        for p in sorted(self.pending, key=lambda p: p.occurred_on, reverse=True):
            rows.append(
                (p.occurred_on, choice_text(p.kind), p.note + " " + _tr("(not saved yet)"),
                 p.with_whom or self.services.author)
            )  # fmt: skip
            ids.append(p.key)
        for r in self.saved:
            if r.id not in self.removed:
                rows.append((r.occurred_on, choice_text(r.kind), r.note, r.with_whom))
                ids.append(r.id)
        fill_table(self.table, rows, ids)

    # --- editing ----------------------------------------------------------------------------

    def log(self) -> None:
        self.error.clear_error()
        try:
            when = self.when.value()
        except ValueError:
            when = None
        if not isinstance(when, date):
            self.error.setText(_tr("Date: write the day it happened, or pick it"))
            self.error.setVisible(True)
            return
        kind = str(self.kind.currentData())
        self.pending.append(
            Pending(self._next_key, kind, when, self.note.text().strip(), self.who.text().strip())
        )
        self._next_key += 1
        self.note.clear()
        self._fill()
        self.changed.emit()

    def remove(self) -> None:
        chosen = selected_id(self.table)
        if isinstance(chosen, uuid.UUID):
            self.removed.add(chosen)
        elif isinstance(chosen, int):
            self.pending = [p for p in self.pending if p.key != chosen]
        else:
            return
        self._fill()
        self.changed.emit()

    def dirty(self) -> bool:
        return bool(self.pending or self.removed)

    def steps(self) -> list[Step]:
        """What Save writes: the interactions logged, then those removed."""
        svc = self.services.interactions
        out = [
            Step(svc.add, (self.contact_id, p.kind, p.occurred_on, p.note, p.with_whom),
                 part="interactions")
            for p in self.pending
        ]  # fmt: skip
        out += [Step(svc.remove, (i,), part="interactions") for i in sorted(self.removed)]
        return out
