"""The "Contact details" tab of a contact's editor: every e-mail and phone (the first of each is
the one the form and the list show), the person's organisations over time, and consents.
The editor's Save writes the four lists with the form, one undo step; a refused row is marked
with its reason."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import QT_TR_NOOP, translated
from metrodesk.i18n import tr as _tr
from metrodesk.services.contacts.details import (
    AffiliationEntry,
    ConsentEntry,
    ContactDetails,
    EmailEntry,
    PhoneEntry,
)
from metrodesk.services.errors import ValidationError
from metrodesk.services.facade import Services
from metrodesk.services.records.forms import FORMS
from metrodesk.services.records.validation import phone_display
from metrodesk.ui.records.editor_parts import ErrorLine, make_table
from metrodesk.ui.records.field_editors import RefEditor
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.dates import date_hint, parse_date
from metrodesk.ui.window.formatting import short_date
from metrodesk.ui.window.style import colour

ID_ROLE = Qt.ItemDataRole.UserRole
EDITABLE = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return short_date(value)
    return str(value)


def _date(text: str) -> date | str | None:
    """A date cell as the services take it: typed in the user's format or ISO; text that reads
    as no date goes as typed, for the services to refuse with the row's number."""
    try:
        return parse_date(text)
    except ValueError:
        return text


@dataclass
class Section:
    """One list of the tab: its table, buttons, the line under it for a refused row, and the
    word the services use to name its rows ("E-mail 2")."""

    key: str
    noun: str
    table: QTableWidget
    error: ErrorLine
    #: table row of each entry sent, in order (blank rows are left out)
    sent: list[int]


class ContactDetailsTab(QWidget):
    """Emits `changed()` when the user edits a list, `refused()` when a row is refused."""

    changed = Signal()
    refused = Signal()

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        contact_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("contactDetailsTab")
        self.services = services
        self.runner = runner
        self.contact_id = contact_id
        self.dirty = False
        self._filling = False
        self.sections: dict[str, Section] = {}
        self._org_field = next(f for f in FORMS["contact"] if f.key == "organisation_id")

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        body = QWidget()
        box = QVBoxLayout(body)
        box.setContentsMargins(0, 0, 8, 0)
        box.setSpacing(4)
        self._add_section(
            box, "emails", QT_TR_NOOP("E-mail"),
            _tr("E-mail addresses (the first is the main one)"),
            [_tr("Address"), _tr("Label")], movable=True,
        )  # fmt: skip
        self._add_section(
            box, "phones", QT_TR_NOOP("Phone"), _tr("Phone numbers (the first is the main one)"),
            [_tr("Number"), _tr("Label")], movable=True,
        )  # fmt: skip
        self._add_section(
            box, "affiliations", QT_TR_NOOP("Affiliation"), _tr("Organisations, current and past"),
            [_tr("Organisation"), _tr("Role"), _tr("From"), _tr("Until")], dates=(2, 3),
        )  # fmt: skip
        self._add_section(
            box, "consents", QT_TR_NOOP("Consent"), _tr("Consents"),
            [_tr("Purpose"), _tr("Given on"), _tr("Withdrawn on"), _tr("Source")], dates=(1, 2),
        )  # fmt: skip
        box.addStretch(1)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside are the tab stops
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        outer.addWidget(scroll, 1)

        self.form_error = ErrorLine("contactDetails")
        outer.addWidget(self.form_error)

    # --- building ---------------------------------------------------------------------------

    def _add_section(
        self,
        box: QVBoxLayout,
        key: str,
        noun: str,
        title: str,
        headers: list[str],
        movable: bool = False,
        dates: tuple[int, ...] = (),
    ) -> None:
        name = key[:-1]  # email, phone, affiliation, consent
        table = make_table(f"{name}sTable", headers)
        table.setEditTriggers(EDITABLE)
        table.setMinimumHeight(110)
        table.setMaximumHeight(150)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in dates:  # YYYY-MM-DD needs no more; names and roles take the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            table.setColumnWidth(column, 124)
            header_item = table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(date_hint())
        table.itemChanged.connect(self._edited)
        error = ErrorLine(f"{name}s")
        section = Section(key, noun, table, error, [])
        self.sections[key] = section

        heading = QHBoxLayout()
        caption = QLabel(title)
        caption.setObjectName("panelTitle")
        heading.addWidget(caption, 1)
        add = QPushButton(_tr("Add"))
        add.setObjectName(f"add{name.capitalize()}Button")
        add.clicked.connect(lambda: self.add_row(key))
        heading.addWidget(add)
        if movable:
            up = QPushButton(_tr("Move up"))
            up.setObjectName(f"up{name.capitalize()}Button")
            up.setToolTip(_tr("Move the selected row up; the first row is the main one"))
            up.clicked.connect(lambda: self.move_up(key))
            heading.addWidget(up)
        remove = QPushButton(_tr("Remove"))
        remove.setObjectName(f"remove{name.capitalize()}Button")
        remove.clicked.connect(lambda: self.remove_row(key))
        heading.addWidget(remove)
        box.addSpacing(6)
        box.addLayout(heading)
        box.addWidget(table)
        box.addWidget(error)

    # --- reading ----------------------------------------------------------------------------

    def load(self) -> None:
        svc, contact_id = self.services.contact_details, self.contact_id
        self.runner.read(lambda: svc.details(contact_id), success=self.show_details, parent=self)

    def show_details(self, details: ContactDetails) -> None:
        self._filling = True
        try:
            for section in self.sections.values():
                section.table.setRowCount(0)
                section.error.clear_error()
            for e in details.emails:
                self._append("emails", e.id, [e.address, e.label])
            for p in details.phones:
                self._append("phones", p.id, [phone_display(p.number), p.label])
            for a in details.affiliations:
                row = self._append("affiliations", a.id, ["", a.role, _text(a.start), _text(a.end)])
                self._org_editor(row, a.organisation_id, a.organisation_name)
            for k in details.consents:
                self._append(
                    "consents",
                    k.id,
                    [k.purpose, _text(k.given_on), _text(k.withdrawn_on), k.source],
                )
        finally:
            self._filling = False
        self.form_error.clear_error()
        self.dirty = False

    def _append(self, key: str, row_id: uuid.UUID | None, values: list[str]) -> int:
        table = self.sections[key].table
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(ID_ROLE, row_id)
            table.setItem(row, column, item)
        return row

    def _org_editor(self, row: int, org_id: uuid.UUID | None, name: str) -> RefEditor:
        """The organisation cell: found by name as the user types, like the form's field."""
        editor = RefEditor(self._org_field, self._ref_changed, self.services, self.runner)
        editor.edit.setObjectName("affiliationOrganisation")
        editor.edit.setAccessibleName(_tr("Organisation"))
        if org_id is not None:
            editor.record_id, editor.label = org_id, name
            editor.edit.setText(name)
            editor.edit.setCursorPosition(0)
        editor.touched = False
        table = self.sections["affiliations"].table
        table.setCellWidget(row, 0, editor.edit)
        item = table.item(row, 0)
        if item is not None:
            # the cell's own text stays empty: the line edit shows the organisation
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            item.setData(Qt.ItemDataRole.UserRole + 1, editor)
        return editor

    def org_editor(self, row: int) -> RefEditor | None:
        item = self.sections["affiliations"].table.item(row, 0)
        editor = item.data(Qt.ItemDataRole.UserRole + 1) if item is not None else None
        return editor if isinstance(editor, RefEditor) else None

    # --- editing ----------------------------------------------------------------------------

    def add_row(self, key: str) -> int:
        section = self.sections[key]
        table = section.table
        defaults = {
            "emails": ["", _tr("work")],
            "phones": ["", _tr("work")],
            "affiliations": ["", "", "", ""],
            "consents": ["", short_date(date.today()), "", ""],
        }[key]
        self._filling = True
        try:
            row = self._append(key, None, defaults)
            editor = self._org_editor(row, None, "") if key == "affiliations" else None
        finally:
            self._filling = False
        self._set_dirty(True)
        table.setCurrentCell(row, 0)
        if editor is not None:
            editor.edit.setFocus()
        else:
            item = table.item(row, 0)
            if item is not None:
                table.editItem(item)
        return row

    def remove_row(self, key: str) -> None:
        table = self.sections[key].table
        row = table.currentRow()
        if row < 0:
            return
        table.removeRow(row)
        self._set_dirty(True)

    def move_up(self, key: str) -> None:
        table = self.sections[key].table
        row = table.currentRow()
        if row <= 0:
            return
        self._filling = True
        try:
            for column in range(table.columnCount()):
                above = table.takeItem(row - 1, column)
                here = table.takeItem(row, column)
                table.setItem(row - 1, column, here)
                table.setItem(row, column, above)
        finally:
            self._filling = False
        table.setCurrentCell(row - 1, 0)
        self._set_dirty(True)

    def _edited(self, item: QTableWidgetItem) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _ref_changed(self, _key: str) -> None:
        if not self._filling:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self.dirty = dirty
        if dirty:
            self.changed.emit()

    # --- what Save writes ------------------------------------------------------------------

    def _cell(self, table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _rows(self, key: str) -> list[int]:
        """The rows with anything in them: an added row left blank is dropped."""
        section = self.sections[key]
        table = section.table
        rows = []
        for r in range(table.rowCount()):
            texts = [self._cell(table, r, c) for c in range(table.columnCount())]
            if key in ("emails", "phones"):
                filled = bool(texts[0])
            elif key == "affiliations":
                editor = self.org_editor(r)
                filled = bool((editor and editor.edit.text().strip()) or any(texts[1:]))
            else:
                filled = bool(texts[0] or texts[2] or texts[3])
            if filled:
                rows.append(r)
        section.sent = rows
        return rows

    def entries(
        self,
    ) -> tuple[list[EmailEntry], list[PhoneEntry], list[AffiliationEntry], list[ConsentEntry]]:
        """What the tables hold, as the services take it; a ValidationError names a row whose
        organisation was typed but not picked."""
        t = {k: s.table for k, s in self.sections.items()}

        def row_id(table: QTableWidget, r: int) -> uuid.UUID | None:
            item = table.item(r, 0)
            value = item.data(ID_ROLE) if item is not None else None
            return value if isinstance(value, uuid.UUID) else None

        def cell(table: QTableWidget, r: int, c: int) -> str:
            return self._cell(table, r, c)

        emails = [
            EmailEntry(cell(t["emails"], r, 0), cell(t["emails"], r, 1), row_id(t["emails"], r))
            for r in self._rows("emails")
        ]
        phones = [
            PhoneEntry(cell(t["phones"], r, 0), cell(t["phones"], r, 1), row_id(t["phones"], r))
            for r in self._rows("phones")
        ]
        affiliations = []
        aff = t["affiliations"]
        for n, r in enumerate(self._rows("affiliations"), 1):
            editor = self.org_editor(r)
            reason = editor.check() if editor is not None else None
            if reason is not None:
                raise ValidationError(f"Affiliation {n}", reason)
            org = editor.raw() if editor is not None else None
            affiliations.append(
                AffiliationEntry(
                    org if isinstance(org, uuid.UUID) else None,
                    cell(aff, r, 1),
                    _date(cell(aff, r, 2)),
                    _date(cell(aff, r, 3)),
                    row_id(aff, r),
                )
            )
        con = t["consents"]
        consents = [
            ConsentEntry(
                cell(con, r, 0),
                _date(cell(con, r, 1)),
                _date(cell(con, r, 2)),
                cell(con, r, 3),
                row_id(con, r),
            )
            for r in self._rows("consents")
        ]
        return emails, phones, affiliations, consents

    def show_error(self, exc: BaseException) -> bool:
        """A refused row is drawn in red with the reason under its table; True when shown."""
        self._clear_marks()
        shown = self._show_error(exc)
        if shown:
            self.refused.emit()
        return shown

    def _show_error(self, exc: BaseException) -> bool:
        if isinstance(exc, ValidationError):
            noun, _, number = exc.field.rpartition(" ")
            section = next((s for s in self.sections.values() if s.noun == noun), None)
            if section is not None and number.isdigit():
                index = int(number) - 1
                row = section.sent[index] if 0 <= index < len(section.sent) else -1
                label = _tr("{noun} {number}").format(noun=translated(noun), number=number)
                section.error.setText(_tr("{row}: {reason}").format(row=label, reason=exc.message))
                section.error.setVisible(True)
                if row >= 0:
                    self._mark_row(section.table, row, exc.message)
                return True
        return self.form_error.show_error(exc)

    def _mark_row(self, table: QTableWidget, row: int, reason: str) -> None:
        self._filling = True
        try:
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(colour("overdue_background"))
                    item.setForeground(colour("overdue"))
                    item.setToolTip(reason)
        finally:
            self._filling = False
        table.setCurrentCell(row, 0)
        table.clearSelection()  # the row's red shows, not the selection's colour
        first = table.item(row, 0)
        if first is not None:
            table.scrollToItem(first)

    def _clear_marks(self) -> None:
        self.form_error.clear_error()
        self._filling = True
        try:
            for section in self.sections.values():
                section.error.clear_error()
                table = section.table
                for r in range(table.rowCount()):
                    for c in range(table.columnCount()):
                        item = table.item(r, c)
                        if item is not None and item.toolTip():
                            item.setData(Qt.ItemDataRole.BackgroundRole, None)
                            item.setData(Qt.ItemDataRole.ForegroundRole, None)
                            item.setToolTip("")
        finally:
            self._filling = False
