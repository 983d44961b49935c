"""An organisation's editor with a "People" tab: who works there now and who did before, read
from the affiliations. A double-click opens the person."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidgetItem, QVBoxLayout, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.contacts.details import PersonAtOrganisation
from metrodesk.services.facade import Services
from metrodesk.ui.contacts.contact_editor import ContactDialog
from metrodesk.ui.records.editor_parts import TabbedRecordDialog, fill_table, make_table
from metrodesk.ui.runtime.ops import OpRunner


class OrganisationDialog(TabbedRecordDialog):
    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "organisation", record_id, parent)
        tab = QWidget()
        tab.setObjectName("peopleTab")
        box = QVBoxLayout(tab)
        box.setContentsMargins(0, 8, 0, 0)
        self.people_title = QLabel(_tr("People: …"))
        self.people_title.setObjectName("panelTitle")
        self.people = make_table(
            "peopleTable",
            [_tr("Name"), _tr("Role"), _tr("From"), _tr("Until"), _tr("Current")],
        )
        header = self.people.horizontalHeader()
        for column in (2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.people.setToolTip(_tr("Double-click a person to open the contact"))
        self.people.itemActivated.connect(self._open_person)
        box.addWidget(self.people_title)
        box.addWidget(self.people, 1)
        self.add_tab(tab, _tr("People"))
        self.reload()

    def reload(self) -> None:
        record_id = self.record_id
        if record_id is None:
            return
        svc = self.services.contact_details
        self.runner.read(
            lambda: svc.organisation_people(record_id), success=self.show_people, parent=self
        )

    def show_people(self, people: tuple[PersonAtOrganisation, ...]) -> None:
        current = sum(1 for p in people if p.current)
        self.people_title.setText(
            _tr("People: none on record")
            if not people
            else _tr("People: {current} current, {past} past").format(
                current=current, past=len(people) - current
            )
        )
        fill_table(
            self.people,
            [(p.name, p.role, p.start, p.end, p.current) for p in people],
            [p.contact_id for p in people],
        )

    def _open_person(self, item: QTableWidgetItem) -> None:
        first = self.people.item(item.row(), 0)
        if first is not None:
            self.open_person(first.data(Qt.ItemDataRole.UserRole))

    def open_person(self, contact_id: uuid.UUID) -> ContactDialog:
        dialog = ContactDialog(self.services, self.runner, contact_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda *_: self.reload())
        dialog.open()
        return dialog
