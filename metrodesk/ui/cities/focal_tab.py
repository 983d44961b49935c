"""The city editor's Focal points tab: who they are and were, corrected in place, added, ended
or removed."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.detail import CityDetail
from metrodesk.services.records.drafts import Step
from metrodesk.services.records.forms import Field
from metrodesk.ui.cities.tab_parts import CityTab, named_button, named_date, named_line
from metrodesk.ui.records.editor_parts import (
    ErrorLine,
    fill_table,
    labelled_row,
    make_table,
    selected_id,
)
from metrodesk.ui.records.field_editors import RefEditor


class FocalPointsTab(CityTab):
    """The Focal points tab of `CityDialog` (a part of it, in a file of its own)."""

    def _build_focal_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("focalTab")
        box = QVBoxLayout(tab)
        self.focal_table = make_table(
            "focalTable", [_tr("Name"), _tr("Role"), _tr("From"), _tr("To")]
        )
        box.addWidget(self.focal_table, 1)
        # the selected focal point: its role and dates, corrected in place
        self.focal_selected = QLabel(_tr("Select a focal point to correct it"))
        self.focal_selected.setObjectName("panelTitle")
        box.addWidget(self.focal_selected)
        box.addWidget(self._focal_correction_row())
        title = QLabel(_tr("Add a focal point"))
        title.setObjectName("panelTitle")
        box.addWidget(title)
        box.addWidget(self._focal_new_row())
        self.focal_table.itemSelectionChanged.connect(self._focal_selected)
        self._focal_selected()
        self.focal_error = ErrorLine("focalPoint")
        box.addWidget(self.focal_error)
        self.add_tab(tab, _tr("Focal points"))

    def _focal_correction_row(self) -> QWidget:
        """The selected focal point's role and dates, and what can be done to it."""
        self.edit_focal_role = named_line("editFocalRole", _tr("Role"))
        self.edit_focal_from = named_date("editFocalFrom")
        self.edit_focal_to = named_date("editFocalTo")
        self.save_focal_button = named_button("saveFocalButton", _tr("Apply"))
        self.save_focal_button.setToolTip(_tr("Correct the selected focal point's role and dates"))
        self.save_focal_button.clicked.connect(self.update_focal_point)
        self.end_focal_button = named_button("endFocalButton", _tr("End today"))
        self.end_focal_button.setToolTip(_tr("The person is no longer the city's focal point"))
        self.end_focal_button.clicked.connect(self.end_focal_point)
        self.remove_focal_button = named_button("removeFocalButton", _tr("Remove"))
        self.remove_focal_button.setToolTip(_tr("Remove a focal point entered by mistake"))
        self.remove_focal_button.clicked.connect(self.remove_focal_point)
        return labelled_row(
            [
                (_tr("Role"), self.edit_focal_role),
                (_tr("From"), self.edit_focal_from),
                (_tr("To"), self.edit_focal_to),
                ("", self.save_focal_button),
                ("", self.end_focal_button),
                ("", self.remove_focal_button),
            ]
        )

    def _focal_new_row(self) -> QWidget:
        """A contact, role and dates, added as a new focal point."""
        self.focal_contact = RefEditor(
            Field("contact_id", "Contact", "ref", ref_kind="contact"),
            lambda _key: None,
            self.services,
            self.runner,
        )
        self.focal_contact.widget.setObjectName("focalContact")
        self.focal_contact.widget.setMinimumWidth(220)
        self.focal_role = named_line("focalRole", _tr("Role"), text="focal point")
        self.focal_from = named_date("focalFrom")
        self.focal_to = named_date("focalTo")
        add = named_button("addFocalButton", _tr("Add"), True)
        add.clicked.connect(self.add_focal_point)
        return labelled_row(
            [
                (_tr("Contact"), self.focal_contact.widget),
                (_tr("Role"), self.focal_role),
                (_tr("From"), self.focal_from),
                (_tr("To"), self.focal_to),
                ("", add),
            ]
        )

    def _show_focal_points(self, d: CityDetail) -> None:
        """The focal points, the one selected before kept selected."""
        chosen = selected_id(self.focal_table)
        fill_table(
            self.focal_table,
            [(f.contact_name, f.role, f.start_date, f.end_date) for f in d.focal_points],
            [f.id for f in d.focal_points],
        )
        ids = [f.id for f in d.focal_points]
        if chosen in ids:
            self.focal_table.selectRow(ids.index(chosen))
        self._focal_selected()

    def _focal_selected(self) -> None:
        """Show the selected focal point's role and dates in the fields that edit them."""
        fp_id = selected_id(self.focal_table)
        fp = None
        if self.detail is not None and fp_id is not None:
            fp = next((f for f in self.detail.focal_points if f.id == fp_id), None)
        for widget in (
            self.edit_focal_role,
            self.edit_focal_from,
            self.edit_focal_to,
            self.save_focal_button,
            self.end_focal_button,
            self.remove_focal_button,
        ):
            widget.setEnabled(fp is not None)
        if fp is None:
            self.focal_selected.setText(_tr("Select a focal point to correct it"))
            for edit in (self.edit_focal_role, self.edit_focal_from, self.edit_focal_to):
                edit.clear()
            return
        self.focal_selected.setText(_tr("Focal point: {name}").format(name=fp.contact_name))
        self.edit_focal_role.setText(fp.role)
        self.edit_focal_from.set_value(fp.start_date)
        self.edit_focal_to.set_value(fp.end_date)

    def add_focal_point(self) -> None:
        city_id, contact = self.record_id, self.focal_contact.raw()
        if contact is None:
            self.focal_error.setText(_tr("Contact: pick one of the suggestions"))
            self.focal_error.setVisible(True)
            return
        role = self.focal_role.text()
        start, end = self.focal_from.service_value(), self.focal_to.service_value()
        assert city_id is not None
        self.act(
            Step(
                self.services.cities.add_focal_point,
                (city_id, contact, role, start, end or None),
                part="focal",
            ),
            self.focal_error,
            lambda _: self.focal_contact.set_value(None),
        )

    def update_focal_point(self) -> None:
        fp = self.ref(selected_id(self.focal_table))
        if fp is None:
            return
        role = self.edit_focal_role.text()
        start, end = self.edit_focal_from.service_value(), self.edit_focal_to.service_value()
        self.act(
            Step(self.services.cities.update_focal_point, (fp, role, start, end), part="focal"),
            self.focal_error,
        )

    def end_focal_point(self) -> None:
        fp = self.ref(selected_id(self.focal_table))
        if fp is not None:
            self.act(
                Step(self.services.cities.end_focal_point, (fp, date.today()), part="focal"),
                self.focal_error,
            )

    def remove_focal_point(self) -> None:
        """A focal point entered by mistake (not one who stopped: End today says that)."""
        fp = self.ref(selected_id(self.focal_table))
        if fp is not None:
            self.act(
                Step(self.services.cities.remove_focal_point, (fp,), part="focal"),
                self.focal_error,
            )
