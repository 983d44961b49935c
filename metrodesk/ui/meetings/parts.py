"""The parts of the meeting editor besides its form: people, decisions, quotes, links, action
items and attachments. Each holds plain values (`value()`), saved with the meeting."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.meetings.meeting import (
    ACTION_STATUSES,
    ActionLine,
    Link,
    Participant,
    QuoteLine,
    is_overdue,
)
from metrodesk.services.records.forms import Field
from metrodesk.ui.records.date_edit import DateLineEdit
from metrodesk.ui.records.field_editors import RefEditor
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.dates import date_hint, parse_date
from metrodesk.ui.window.formatting import choice_text, short_date
from metrodesk.ui.window.style import colour

ID_ROLE = Qt.ItemDataRole.UserRole


class Picker(RefEditor):
    """A search-as-you-type record picker outside the form (no validation of its own)."""

    def __init__(self, services: Services, runner: OpRunner, kind: str, name: str) -> None:
        super().__init__(
            Field(name, name, "ref", ref_kind=kind), lambda _key: None, services, runner
        )
        self.edit.setObjectName(name)

    def chosen(self) -> tuple[uuid.UUID, str] | None:
        value = self.raw()
        if not isinstance(value, uuid.UUID):
            return None
        label = self.label if value == self.record_id else self.edit.text().strip()
        return value, label

    def clear(self) -> None:
        self.record_id, self.label = None, ""
        self.edit.clear()


def _table(name: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setTabKeyNavigation(False)  # Tab leaves the table
    table.setObjectName(name)
    table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows walk its cells
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setStretchLastSection(True)
    return table


def _item(text: str, data: Any = None, editable: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setData(ID_ROLE, data)
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    return item


def _remove_selected(table: QTableWidget) -> None:
    row = table.currentRow()
    if row >= 0:
        table.removeRow(row)


def _cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    """A cell of an editor's table: each row is added with every cell filled."""
    item = table.item(row, column)
    assert item is not None, (row, column)
    return item


class ParticipantsEditor(QWidget):
    """Who took part, each with a role; a person not yet in MetroDesk can be added by name."""

    changed = Signal()

    def __init__(self, services: Services, runner: OpRunner) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.table = _table("participantsTable", [_tr("Person"), _tr("Role in the meeting")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        self.table.itemChanged.connect(lambda *_: self.changed.emit())
        layout.addWidget(self.table, 1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        self.picker = Picker(services, runner, "contact", "participantPicker")
        self.role = QLineEdit()
        self.role.setObjectName("participantRole")
        self.role.setPlaceholderText(_tr("Role, e.g. speaker"))
        add = QPushButton(_tr("Add person"))
        add.setObjectName("addParticipant")
        add.clicked.connect(self._add_picked)
        grid.addWidget(QLabel(_tr("Contact")), 0, 0)
        grid.addWidget(self.picker.widget, 0, 1)
        grid.addWidget(self.role, 0, 2)
        grid.addWidget(add, 0, 3)

        self.new_given = QLineEdit()
        self.new_given.setObjectName("newGivenName")
        self.new_given.setPlaceholderText(_tr("Given name"))
        self.new_family = QLineEdit()
        self.new_family.setObjectName("newFamilyName")
        self.new_family.setPlaceholderText(_tr("Family name"))
        names = QHBoxLayout()
        names.addWidget(self.new_given)
        names.addWidget(self.new_family)
        add_new = QPushButton(_tr("Add new person"))
        add_new.setObjectName("addNewPerson")
        add_new.clicked.connect(self._add_new)
        grid.addWidget(QLabel(_tr("New person")), 1, 0)
        grid.addLayout(names, 1, 1)
        grid.addWidget(add_new, 1, 3)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName("removeParticipant")
        remove.clicked.connect(self._remove_selected)
        grid.addWidget(remove, 2, 3)
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        layout.addLayout(grid)
        self.error = QLabel()
        self.error.setObjectName("participantsError")
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def set_value(self, people: tuple[Participant, ...]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for p in people:
            self._append(p)
        self.table.blockSignals(False)

    def _append(self, p: Participant) -> None:
        blocked = self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, _item(p.name, p))
        self.table.setItem(row, 1, _item(p.role, None, editable=True))
        self.table.blockSignals(blocked)

    def _remove_selected(self) -> None:
        _remove_selected(self.table)
        self.changed.emit()

    def add(self, p: Participant) -> bool:
        """Add a person (False, with the reason shown, when already listed)."""
        if p.contact_id is not None and any(q.contact_id == p.contact_id for q in self.value()):
            self._say(_tr("{name} is already listed").format(name=p.name))
            return False
        self._say("")
        self._append(p)
        self.changed.emit()
        return True

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def _add_picked(self) -> None:
        chosen = self.picker.chosen()
        if chosen is None:
            self._say(_tr("Type a name and pick a person from the suggestions"))
            return
        role = self.role.text().strip() or "participant"
        if self.add(Participant(chosen[0], chosen[1], role)):
            self.picker.clear()
            self.role.clear()

    def _add_new(self) -> None:
        given, family = self.new_given.text().strip(), self.new_family.text().strip()
        if not family:
            self._say(_tr("A new person needs at least a family name"))
            return
        role = self.role.text().strip() or "participant"
        name = f"{given} {family}".strip()
        self.add(Participant(None, name, role, given_name=given, family_name=family))
        self.new_given.clear()
        self.new_family.clear()
        self.role.clear()

    def value(self) -> tuple[Participant, ...]:
        out = []
        for row in range(self.table.rowCount()):
            person, role_item = self.table.item(row, 0), self.table.item(row, 1)
            if person is None or role_item is None:
                continue
            p: Participant = person.data(ID_ROLE)
            role = role_item.text().strip()
            out.append(Participant(p.contact_id, p.name, role, p.given_name, p.family_name))
        return tuple(out)

    def people(self) -> list[tuple[uuid.UUID, str]]:
        """The listed people who are already contacts (for speakers and owners)."""
        return [(p.contact_id, p.name) for p in self.value() if p.contact_id is not None]


class TextListEditor(QWidget):
    """An ordered list of texts edited in place: the decisions."""

    def __init__(self, name: str, placeholder: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        layout.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.input = QLineEdit()
        self.input.setObjectName(name + "Input")
        self.input.setPlaceholderText(placeholder)
        self.input.returnPressed.connect(self._add_typed)
        add = QPushButton(_tr("Add"))
        add.setObjectName(name + "Add")
        add.clicked.connect(self._add_typed)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName(name + "Remove")
        remove.clicked.connect(self._remove)
        row.addWidget(self.input, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)

    def add(self, text: str) -> None:
        item = QListWidgetItem(text.strip())
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self.list.addItem(item)

    def _add_typed(self) -> None:
        if self.input.text().strip():
            self.add(self.input.text())
            self.input.clear()

    def _remove(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def set_value(self, texts: tuple[str, ...]) -> None:
        self.list.clear()
        for t in texts:
            self.add(t)

    def value(self) -> tuple[str, ...]:
        texts = (self.list.item(i).text().strip() for i in range(self.list.count()))
        return tuple(t for t in texts if t)


class QuotesEditor(QWidget):
    def __init__(self, participants: ParticipantsEditor) -> None:
        super().__init__()
        self.participants = participants
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table("quotesTable", [_tr("Speaker"), _tr("Quote")])
        self.table.setColumnWidth(0, 200)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.speaker = QComboBox()
        self.speaker.setObjectName("quoteSpeaker")
        self.speaker.setMinimumWidth(180)
        self.text = QLineEdit()
        self.text.setObjectName("quoteText")
        self.text.setPlaceholderText(_tr("What was said, word for word"))
        add = QPushButton(_tr("Add quote"))
        add.setObjectName("addQuote")
        add.clicked.connect(self._add_typed)
        remove = QPushButton(_tr("Remove"))
        remove.clicked.connect(lambda: _remove_selected(self.table))
        row.addWidget(self.speaker)
        row.addWidget(self.text, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)
        participants.changed.connect(self.refresh_speakers)
        self.refresh_speakers()

    def refresh_speakers(self) -> None:
        current = self.speaker.currentData()
        self.speaker.clear()
        self.speaker.addItem(_tr("(unnamed)"), None)
        for cid, name in self.participants.people():
            self.speaker.addItem(name, cid)
        self.speaker.setCurrentIndex(max(self.speaker.findData(current), 0))

    def add(self, q: QuoteLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, _item(q.speaker, q.contact_id))
        self.table.setItem(row, 1, _item(q.text, None, editable=True))

    def _add_typed(self) -> None:
        if self.text.text().strip():
            cid = self.speaker.currentData()
            name = self.speaker.currentText() if cid is not None else ""
            self.add(QuoteLine(self.text.text().strip(), cid, name))
            self.text.clear()

    def set_value(self, quotes: tuple[QuoteLine, ...]) -> None:
        self.table.setRowCount(0)
        for q in quotes:
            self.add(q)

    def value(self) -> tuple[QuoteLine, ...]:
        return tuple(
            QuoteLine(
                _cell(self.table, r, 1).text().strip(),
                _cell(self.table, r, 0).data(ID_ROLE),
                _cell(self.table, r, 0).text(),
            )
            for r in range(self.table.rowCount())
            if _cell(self.table, r, 1).text().strip()
        )


class LinksEditor(QWidget):
    """Records of one kind the meeting is linked to (member cities, events…)."""

    def __init__(self, services: Services, runner: OpRunner, kind: str, name: str) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.list = QListWidget()
        self.list.setObjectName(name)
        self.list.setMaximumHeight(96)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.picker = Picker(services, runner, kind, name + "Picker")
        add = QPushButton(_tr("Add"))
        add.setObjectName(name + "Add")
        add.clicked.connect(self._add_picked)
        remove = QPushButton(_tr("Remove"))
        remove.clicked.connect(lambda: self.list.takeItem(self.list.currentRow()))
        row.addWidget(self.picker.widget, 1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addLayout(row)

    def add(self, link: Link) -> None:
        if link.id in self.ids():
            return
        item = QListWidgetItem(link.label)
        item.setData(ID_ROLE, link.id)
        self.list.addItem(item)

    def _add_picked(self) -> None:
        chosen = self.picker.chosen()
        if chosen is not None:
            self.add(Link(*chosen))
            self.picker.clear()

    def set_value(self, links: tuple[Link, ...]) -> None:
        self.list.clear()
        for link in links:
            self.add(link)

    def ids(self) -> tuple[uuid.UUID, ...]:
        return tuple(self.list.item(i).data(ID_ROLE) for i in range(self.list.count()))


class ActionsEditor(QWidget):
    """The meeting's follow-ups: description, owner, due date, status (done on)."""

    COL_DESCRIPTION, COL_OWNER, COL_DUE, COL_STATUS, COL_DONE = range(5)

    def __init__(self, services: Services, runner: OpRunner) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.table = _table(
            "meetingActionsTable",
            [_tr("Action"), _tr("Owner"), _tr("Due"), _tr("Status"), _tr("Done on")],
        )
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.COL_DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 170), (2, 100), (3, 120), (4, 100)):
            self.table.setColumnWidth(col, width)
        layout.addWidget(self.table, 1)

        form = QGridLayout()
        form.setHorizontalSpacing(8)
        self.description = QLineEdit()
        self.description.setObjectName("actionDescription")
        self.description.setPlaceholderText(_tr("What is to be done"))
        self.owner = Picker(services, runner, "contact", "actionOwner")
        self.due = DateLineEdit()
        self.due.setObjectName("actionDue")
        self.due.setMaximumWidth(170)
        add = QPushButton(_tr("Add action item"))
        add.setObjectName("addAction")
        add.clicked.connect(self._add_typed)
        form.addWidget(self.description, 0, 0, 1, 4)
        form.addWidget(QLabel(_tr("Owner")), 1, 0)
        form.addWidget(self.owner.widget, 1, 1)
        form.addWidget(QLabel(_tr("Due")), 1, 2)
        form.addWidget(self.due, 1, 3)
        buttons = QHBoxLayout()
        done = QPushButton(_tr("Mark done"))
        done.setObjectName("markActionDone")
        done.clicked.connect(self.mark_selected_done)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName("removeAction")
        remove.clicked.connect(lambda: _remove_selected(self.table))
        buttons.addWidget(done)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        buttons.addWidget(add)
        form.addLayout(buttons, 2, 0, 1, 4)
        form.setColumnStretch(1, 1)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("actionsError")
        self.error.setVisible(False)
        layout.addWidget(self.error)

    def _say(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def add(self, a: ActionLine) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, self.COL_DESCRIPTION, _item(a.description, a.id, editable=True))
        self.table.setItem(row, self.COL_OWNER, _item(a.owner, a.owner_id))
        due = short_date(a.due_on) if a.due_on else ""
        self.table.setItem(row, self.COL_DUE, _item(due, None, editable=True))
        combo = QComboBox()
        for status in ACTION_STATUSES:
            combo.addItem(choice_text(status), status)
        combo.setCurrentIndex(max(combo.findData(a.status), 0))
        combo.currentIndexChanged.connect(lambda *_: self._status_changed(combo))
        self.table.setCellWidget(row, self.COL_STATUS, combo)
        done = short_date(a.done_on) if a.done_on else ""
        self.table.setItem(row, self.COL_DONE, _item(done, a.done_on))
        self._highlight(row)

    def _status_row(self, combo: QComboBox) -> int:
        return next(
            (
                r
                for r in range(self.table.rowCount())
                if self.table.cellWidget(r, self.COL_STATUS) is combo
            ),
            -1,
        )

    def _status_changed(self, combo: QComboBox) -> None:
        row = self._status_row(combo)
        if row < 0:
            return
        done = _cell(self.table, row, self.COL_DONE)
        if combo.currentData() == "done" and done.data(ID_ROLE) is None:
            done.setData(ID_ROLE, date.today())
            done.setText(short_date(date.today()))
        elif combo.currentData() != "done":
            done.setData(ID_ROLE, None)
            done.setText("")
        self._highlight(row)

    def _highlight(self, row: int) -> None:
        try:
            line = self._line(row)
        except ValueError:
            return
        late = is_overdue(line.due_on, line.status, date.today())
        brush = QBrush(colour("overdue")) if late else QBrush()
        for col in (self.COL_DESCRIPTION, self.COL_DUE):
            _cell(self.table, row, col).setForeground(brush)
        _cell(self.table, row, self.COL_DUE).setToolTip(_tr("Overdue") if late else "")

    def mark_selected_done(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            combo = self.table.cellWidget(row, self.COL_STATUS)
            assert isinstance(combo, QComboBox)
            combo.setCurrentIndex(combo.findData("done"))

    def _add_typed(self) -> None:
        text = self.description.text().strip()
        if not text:
            self._say(_tr("Describe the action first"))
            return
        try:
            due = self.due.value()
        except ValueError:
            self._say(_tr("Due must be a date such as {format}").format(format=date_hint()))
            return
        assert not isinstance(due, datetime)
        chosen = self.owner.chosen()
        if self.owner.edit.text().strip() and chosen is None:
            self._say(_tr("Pick the owner from the suggestions, or leave it empty"))
            return
        owner_id, owner = chosen if chosen is not None else (None, "")
        self._say("")
        self.add(ActionLine(None, text, owner_id, owner, due))
        self.description.clear()
        self.due.clear()
        self.owner.clear()

    def _line(self, row: int) -> ActionLine:
        desc = _cell(self.table, row, self.COL_DESCRIPTION)
        owner = _cell(self.table, row, self.COL_OWNER)
        due_text = _cell(self.table, row, self.COL_DUE).text().strip()
        combo = self.table.cellWidget(row, self.COL_STATUS)
        status = combo.currentData() if isinstance(combo, QComboBox) else "open"
        due = parse_date(due_text)
        done_on = _cell(self.table, row, self.COL_DONE).data(ID_ROLE)
        return ActionLine(
            desc.data(ID_ROLE), desc.text().strip(), owner.data(ID_ROLE), owner.text(), due,
            status, done_on,
        )  # fmt: skip

    def set_value(self, lines: tuple[ActionLine, ...]) -> None:
        self.table.setRowCount(0)
        for a in lines:
            self.add(a)

    def value(self) -> tuple[ActionLine, ...]:
        """The lines; ValueError names the first bad due date."""
        out = []
        for row in range(self.table.rowCount()):
            try:
                out.append(self._line(row))
            except ValueError as exc:
                raise ValueError(
                    _tr("Action item {n}: the due date must be a date such as {format}").format(
                        n=row + 1, format=date_hint()
                    )
                ) from exc
        return tuple(out)
