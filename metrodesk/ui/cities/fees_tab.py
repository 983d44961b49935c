"""The city editor's Fees tab: the yearly fees (overdue in red), added, corrected, paid or
deleted."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.detail import CityDetail
from metrodesk.services.records.drafts import Step
from metrodesk.ui.cities.tab_parts import CityTab, named_button, named_date, named_line
from metrodesk.ui.records.editor_parts import (
    ErrorLine,
    fill_table,
    labelled_row,
    make_table,
    selected_id,
)
from metrodesk.ui.window.formatting import amount, choice_text, typed_amount


class FeesTab(CityTab):
    """The Fees tab of `CityDialog` (a part of it, in a file of its own)."""

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
        self.fee_year = named_line("feeYear", _tr("Year"), 80, str(date.today().year))
        self.fee_amount = named_line("feeAmount", amount(12000, grouped=False), 110)
        self.fee_currency = named_line("feeCurrency", "EUR", 70, "EUR")
        self.fee_invoiced = named_date("feeInvoiced")
        self.fee_paid = named_date("feePaid")
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
        add = named_button("addFeeButton", _tr("Add as a new fee"), True)
        add.clicked.connect(self.add_fee)
        self.correct_fee_button = named_button("correctFeeButton", _tr("Apply to the selected fee"))
        self.correct_fee_button.clicked.connect(self.correct_fee)
        self.pay_button = named_button("payButton", _tr("Paid today"))
        self.pay_button.setToolTip(_tr("Mark the selected fee paid today"))
        self.pay_button.clicked.connect(self.record_payment)
        self.delete_fee_button = named_button("deleteFeeButton", _tr("Delete the selected fee"))
        self.delete_fee_button.clicked.connect(self.delete_fee)
        return labelled_row(
            [
                ("", add),
                ("", self.correct_fee_button),
                ("", self.pay_button),
                ("", self.delete_fee_button),
            ]
        )

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
