"""The member-city editor: its form, plus tabs for the status history, focal points, fees and
what the city is linked to (contacts, meetings, training participants)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.detail import CityDetail
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.records.drafts import Step
from metrodesk.services.records.forms import Field
from metrodesk.ui.records.date_edit import DateLineEdit
from metrodesk.ui.records.editor_parts import (
    ErrorLine,
    TabbedRecordDialog,
    fill_table,
    labelled_row,
    make_table,
    selected_id,
)
from metrodesk.ui.records.record_dialog import RefEditor
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import amount, choice_text, typed_amount


def _line(name: str, placeholder: str = "", width: int | None = None, text: str = "") -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if width is not None:
        edit.setMaximumWidth(width)
    return edit


def _date_line(name: str, today: bool = False) -> DateLineEdit:
    edit = DateLineEdit()
    edit.setObjectName(name)
    edit.setMaximumWidth(150)
    if today:
        edit.set_value(date.today())
    return edit


def _button(name: str, text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    return button


class CityDialog(TabbedRecordDialog):
    """Edits one existing member city (new cities start in the plain form)."""

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        record_id: uuid.UUID,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, runner, "member_city", record_id, parent)
        self.setObjectName("cityDialog")
        self.detail: CityDetail | None = None
        status = self.editors["status"].widget
        status.setEnabled(False)
        status.setToolTip(_tr("Change the status on the Status tab: each change is dated"))
        self._build_status_tab()
        self._build_focal_tab()
        self._build_fees_tab()
        self._build_links_tab()
        self._region_completer()
        self.reload()

    # --- tabs -------------------------------------------------------------------------------

    def _build_status_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("statusTab")
        box = QVBoxLayout(tab)
        self.status_label = QLabel()
        self.status_label.setObjectName("currentStatus")
        box.addWidget(self.status_label)
        self.history_table = make_table("historyTable", [_tr("Date"), _tr("Status"), _tr("Note")])
        box.addWidget(self.history_table, 1)
        row = QHBoxLayout()
        self.next_status = QComboBox()
        self.next_status.setObjectName("nextStatus")
        self.status_date = _date_line("statusDate", today=True)
        self.status_note = _line("statusNote", _tr("Note (why, decided by whom)"))
        self.status_button = _button("changeStatusButton", _tr("Change status"), True)
        self.status_button.clicked.connect(self.change_status)
        for label, widget in (
            (_tr("New status"), self.next_status),
            (_tr("on"), self.status_date),
            ("", self.status_note),
        ):
            if label:
                row.addWidget(QLabel(label))
            row.addWidget(widget, 1 if widget is self.status_note else 0)
        row.addWidget(self.status_button)
        box.addLayout(row)
        self.status_error = ErrorLine("statusChange")
        box.addWidget(self.status_error)
        self.add_tab(tab, _tr("Status"))

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
        self.edit_focal_role = _line("editFocalRole", _tr("Role"))
        self.edit_focal_from = _date_line("editFocalFrom")
        self.edit_focal_to = _date_line("editFocalTo")
        self.save_focal_button = _button("saveFocalButton", _tr("Apply"))
        self.save_focal_button.setToolTip(_tr("Correct the selected focal point's role and dates"))
        self.save_focal_button.clicked.connect(self.update_focal_point)
        self.end_focal_button = _button("endFocalButton", _tr("End today"))
        self.end_focal_button.setToolTip(_tr("The person is no longer the city's focal point"))
        self.end_focal_button.clicked.connect(self.end_focal_point)
        self.remove_focal_button = _button("removeFocalButton", _tr("Remove"))
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
        self.focal_role = _line("focalRole", _tr("Role"), text="focal point")
        self.focal_from = _date_line("focalFrom")
        self.focal_to = _date_line("focalTo")
        add = _button("addFocalButton", _tr("Add"), True)
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

    def _build_fees_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("feesTab")
        box = QVBoxLayout(tab)
        hint = QLabel(
            _tr("Fees in red are overdue: unpaid 90 days after the invoice, or after year end.")
            + " "
            + _tr("Select a fee to correct it.")
        )
        hint.setObjectName("subtitle")
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.fees_table = make_table(
            "feesTable",
            [
                _tr("Year"),
                _tr("Amount"),
                _tr("Currency"),
                _tr("Invoiced"),
                _tr("Paid"),
                _tr("State"),
            ],
        )
        self.fees_table.itemSelectionChanged.connect(self._fee_selected)
        box.addWidget(self.fees_table, 1)
        box.addWidget(self._fee_fields_row())
        box.addWidget(self._fee_buttons_row())
        self.fee_error = ErrorLine("fee")
        box.addWidget(self.fee_error)
        self._fee_selected()
        self.add_tab(tab, _tr("Fees"))

    def _fee_fields_row(self) -> QWidget:
        """A fee's year, amount, currency and dates: a new one's, or the selected one's."""
        self.fee_year = _line("feeYear", _tr("Year"), 80, str(date.today().year))
        self.fee_amount = _line("feeAmount", amount(12000, grouped=False), 110)
        self.fee_currency = _line("feeCurrency", "EUR", 70, "EUR")
        self.fee_invoiced = _date_line("feeInvoiced")
        self.fee_paid = _date_line("feePaid")
        return labelled_row(
            [
                (_tr("Year"), self.fee_year),
                (_tr("Amount"), self.fee_amount),
                (_tr("Currency"), self.fee_currency),
                (_tr("Invoiced on"), self.fee_invoiced),
                (_tr("Paid on"), self.fee_paid),
            ]
        )

    def _fee_buttons_row(self) -> QWidget:
        add = _button("addFeeButton", _tr("Add as a new fee"), True)
        add.clicked.connect(self.add_fee)
        self.correct_fee_button = _button("correctFeeButton", _tr("Apply to the selected fee"))
        self.correct_fee_button.clicked.connect(self.correct_fee)
        self.pay_button = _button("payButton", _tr("Paid today"))
        self.pay_button.setToolTip(_tr("Mark the selected fee paid today"))
        self.pay_button.clicked.connect(self.record_payment)
        self.delete_fee_button = _button("deleteFeeButton", _tr("Delete the selected fee"))
        self.delete_fee_button.clicked.connect(self.delete_fee)
        return labelled_row(
            [
                ("", add),
                ("", self.correct_fee_button),
                ("", self.pay_button),
                ("", self.delete_fee_button),
            ]
        )

    def _build_links_tab(self) -> None:
        tab = QWidget()
        tab.setObjectName("linksTab")
        box = QVBoxLayout(tab)
        self.contacts_table = make_table("cityContacts", [_tr("Contact"), _tr("Role")])
        self.meetings_table = make_table("cityMeetings", [_tr("Meeting"), _tr("Starts")])
        self.trainees_table = make_table(
            "cityTrainees",
            [_tr("Participant"), _tr("Course"), _tr("Centre"), _tr("Starts"), _tr("Attended")],
        )
        for title, table in (
            (_tr("Contacts"), self.contacts_table),
            (_tr("Meetings"), self.meetings_table),
            (_tr("Training participants"), self.trainees_table),
        ):
            label = QLabel(title)
            label.setObjectName("panelTitle")
            box.addWidget(label)
            box.addWidget(table, 1)
        self.add_tab(tab, _tr("Contacts, meetings, training"))

    def _region_completer(self) -> None:
        def got(regions: list[Any]) -> None:
            edit = self.editors["region"].widget
            if isinstance(edit, QLineEdit):
                completer = QCompleter([r.name for r in regions], edit)
                completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
                completer.setFilterMode(Qt.MatchFlag.MatchContains)
                edit.setCompleter(completer)

        self.runner.read(self.services.cities.regions, success=got, parent=self)

    # --- reading ----------------------------------------------------------------------------

    def detail_reader(self) -> Callable[[], CityDetail] | None:
        city_id, cities = self.record_id, self.services.cities
        if city_id is None:
            return None
        return lambda: cities.detail(city_id)

    def show_detail(self, detail: Any) -> None:
        self._show(detail)

    def show_part_error(self, part: str, exc: ServiceError) -> bool:
        lines = {"status": self.status_error, "focal": self.focal_error, "fees": self.fee_error}
        line = lines.get(part)
        if line is None or not line.show_error(exc):
            return False
        self.tabs.setCurrentIndex({"status": 1, "focal": 2, "fees": 3}[part])
        return True

    def _show(self, d: CityDetail) -> None:
        self.detail = d
        self._show_status(d)
        self._show_focal_points(d)
        self._show_fees(d)
        self._show_links(d)

    def _show_status(self, d: CityDetail) -> None:
        self.status_label.setText(
            _tr("Current status: <b>{status}</b>").format(status=choice_text(d.status))
        )
        fill_table(
            self.history_table,
            [(h.changed_on, choice_text(h.status), h.note) for h in reversed(d.history)],
            [h.id for h in reversed(d.history)],
        )
        self.next_status.clear()
        for s in d.next_statuses:
            self.next_status.addItem(choice_text(s), s)
        self.status_button.setEnabled(bool(d.next_statuses))
        status = self.editors["status"]
        status.set_value(d.status)
        self.original["status"] = d.status

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

    def _show_fees(self, d: CityDetail) -> None:
        fees = sorted(d.fees, key=lambda f: (-f.year, f.currency))
        fill_table(
            self.fees_table,
            [
                (
                    f.year,
                    f.amount,
                    f.currency,
                    f.invoiced_on,
                    f.paid_on,
                    _tr("Overdue") if f.overdue else choice_text(f.state),
                )
                for f in fees
            ],
            [f.id for f in fees],
            [f.overdue for f in fees],
        )

    def _show_links(self, d: CityDetail) -> None:
        fill_table(
            self.contacts_table,
            [(c.name, c.role) for c in d.contacts],
            [c.contact_id for c in d.contacts],
        )
        fill_table(
            self.meetings_table,
            [(m.title, m.starts_at) for m in d.meetings],
            [m.id for m in d.meetings],
        )
        fill_table(
            self.trainees_table,
            [
                (t.contact_name, t.course_title, t.centre, t.start_date, t.attended)
                for t in d.trainees
            ],
            [t.contact_id for t in d.trainees],
        )

    # --- actions ----------------------------------------------------------------------------

    def change_status(self) -> None:
        city_id, status = self.record_id, self.next_status.currentData()
        when, note = self.status_date.service_value(), self.status_note.text()
        if city_id is None or not status:
            return
        self.act(
            Step(self.services.cities.change_status, (city_id, status, when, note), part="status"),
            self.status_error,
            lambda _: self.status_note.clear(),
        )

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

    def add_fee(self) -> None:
        city_id = self.record_id
        assert city_id is not None
        year, typed = self.fee_year.text(), typed_amount(self.fee_amount.text())
        currency, invoiced = self.fee_currency.text(), self.fee_invoiced.service_value()
        paid = self.fee_paid.service_value()

        def cleared(_: object) -> None:
            self.fee_amount.clear()
            self.fee_invoiced.clear()
            self.fee_paid.clear()

        self.act(
            Step(
                self.services.cities.add_fee,
                (city_id, year, typed, currency, invoiced, paid),
                part="fees",
            ),
            self.fee_error,
            cleared,
        )

    def _fee_selected(self) -> None:
        """The selected fee's values fill the fields, ready to be corrected."""
        fee_id = selected_id(self.fees_table)
        fee = None
        if self.detail is not None and fee_id is not None:
            fee = next((f for f in self.detail.fees if f.id == fee_id), None)
        for button in (self.correct_fee_button, self.delete_fee_button, self.pay_button):
            button.setEnabled(fee is not None)
        if fee is None:
            return
        self.fee_year.setText(str(fee.year))
        self.fee_amount.setText(amount(fee.amount, grouped=False))
        self.fee_currency.setText(fee.currency)
        self.fee_invoiced.set_value(fee.invoiced_on)
        self.fee_paid.set_value(fee.paid_on)

    def correct_fee(self) -> None:
        fee = self._selected_fee()
        if fee is None:
            return
        values = (
            self.fee_year.text(),
            typed_amount(self.fee_amount.text()),
            self.fee_currency.text(),
            self.fee_invoiced.service_value(),
            self.fee_paid.service_value(),
        )
        self.act(
            Step(self.services.cities.correct_fee, (fee, *values), part="fees"), self.fee_error
        )

    def _selected_fee(self) -> Any:
        fee = self.ref(selected_id(self.fees_table))
        if fee is None:
            self.fee_error.setText(_tr("Select a fee in the table first"))
            self.fee_error.setVisible(True)
        return fee

    def record_payment(self) -> None:
        fee = self._selected_fee()
        if fee is not None:
            paid = date.today()
            self.act(
                Step(self.services.cities.record_payment, (fee, paid), part="fees"),
                self.fee_error,
            )

    def delete_fee(self) -> None:
        fee = self._selected_fee()
        if fee is not None:
            self.act(Step(self.services.cities.delete_fee, (fee,), part="fees"), self.fee_error)
