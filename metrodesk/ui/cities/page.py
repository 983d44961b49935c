"""The member-cities section: the list with its filters (region, status, category, fees
unpaid for a year), the "fees for year Y" view and the editable list of regions."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from metrodesk.data.enums import MembershipStatus
from metrodesk.i18n import tr as _tr
from metrodesk.services.cities.fees import FeesForYear
from metrodesk.services.cities.regions import RegionRow
from metrodesk.services.facade import Services
from metrodesk.services.records.change_set import ChangeSet
from metrodesk.ui.lists.section_page import SectionPage
from metrodesk.ui.records.editor_parts import ErrorLine, fill_table, make_table
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner, report_failure
from metrodesk.ui.window.flow_layout import flow_row
from metrodesk.ui.window.formatting import amount, choice_text
from metrodesk.ui.window.sections import Section


class CityPage(SectionPage):
    def __init__(
        self,
        section: Section,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(section, services, runner, changes, parent)
        self._build_filters()
        self.load_choices()

    def _build_filters(self) -> None:
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.region_filter = self._combo("regionFilter", _tr("All regions"))
        self.status_filter = self._combo("statusFilter", _tr("Any status"))
        for s in MembershipStatus:
            self.status_filter.addItem(choice_text(s.value), s.value)
        self.category_filter = self._combo("categoryFilter", _tr("Any category"))
        self.unpaid_filter = self._combo("unpaidFilter", _tr("Fees: any"))
        combos = [self.region_filter, self.status_filter, self.category_filter, self.unpaid_filter]
        row.addWidget(flow_row(list(combos)), 1)
        regions = QPushButton(_tr("Regions…"))
        regions.setObjectName("regionsButton")
        regions.clicked.connect(self.edit_regions)
        fees = QPushButton(_tr("Fees for year…"))
        fees.setObjectName("feesYearButton")
        fees.clicked.connect(self.show_fees_for_year)
        row.addWidget(regions, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(fees, 0, Qt.AlignmentFlag.AlignTop)
        layout.insertLayout(2, row)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(everything, None)
        combo.currentIndexChanged.connect(self._filters_changed)
        combo.setMinimumWidth(140)
        return combo

    def load_choices(self) -> None:
        """Fill the region, category and year filters from the database (on the worker)."""
        cities = self.services.cities

        def read() -> tuple[list[RegionRow], list[str], list[int]]:
            return cities.regions(), cities.categories(), cities.fee_years()

        def show(result: tuple[list[RegionRow], list[str], list[int]]) -> None:
            regions, categories, years = result
            self._refill(self.region_filter, [(r.name, r.name) for r in regions])
            self._refill(self.category_filter, [(c, c) for c in categories])
            self._refill(
                self.unpaid_filter,
                [(_tr("Unpaid for {year}").format(year=y), y) for y in years],
            )

        self.runner.read(read, success=show, parent=self)

    def _refill(self, combo: QComboBox, items: list[tuple[str, Any]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for text, data in items:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def set_filter(self, name: str, value: Any) -> None:
        combo = {
            "region": self.region_filter,
            "status": self.status_filter,
            "category": self.category_filter,
            "unpaid_year": self.unpaid_filter,
        }[name]
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def show_filters(self, filters: dict[str, Any]) -> None:
        """A saved view's filters, shown in the combo boxes, then applied."""
        for name in ("region", "status", "category", "unpaid_year"):
            combo = {
                "region": self.region_filter,
                "status": self.status_filter,
                "category": self.category_filter,
                "unpaid_year": self.unpaid_filter,
            }[name]
            value = filters.get(name)
            combo.blockSignals(True)
            found = combo.findData(value) if value is not None else 0
            if value is not None and found < 0:
                combo.addItem(str(value), value)
                found = combo.count() - 1
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self, *_: object) -> None:
        self.model.set_filters(
            {
                "region": self.region_filter.currentData(),
                "status": self.status_filter.currentData(),
                "category": self.category_filter.currentData(),
                "unpaid_year": self.unpaid_filter.currentData(),
            }
        )

    def _on_changed(self, changed: ChangeSet) -> None:
        super()._on_changed(changed)
        if changed.touches("member_city") or changed.touches("region"):
            self.load_choices()

    # --- dialogs ----------------------------------------------------------------------------

    def show_fees_for_year(self) -> FeesYearDialog:
        dialog = FeesYearDialog(self.services, self.runner, self)
        dialog.open()
        return dialog

    def edit_regions(self) -> RegionsDialog:
        dialog = RegionsDialog(self.services, self.runner, self)
        dialog.open()
        return dialog


class FeesYearDialog(QDialog):
    """Every member city's fee for one year: invoiced, paid or unpaid, with totals per
    currency; overdue fees in red."""

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feesYearDialog")
        self.setWindowTitle(_tr("Fees for a year"))
        self.services, self.runner = services, runner
        self.report: FeesForYear | None = None
        box = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel(_tr("Membership fees for"))
        heading.setObjectName("dialogHeading")
        self.year = QSpinBox()
        self.year.setObjectName("feesYear")
        self.year.setAccessibleName(_tr("Year"))
        self.year.setRange(1980, 2200)
        self.year.setValue(date.today().year)
        self.year.valueChanged.connect(self.load)
        top.addWidget(heading)
        top.addWidget(self.year)
        top.addStretch(1)
        box.addLayout(top)
        self.table = make_table(
            "feesYearTable",
            [
                _tr("City"),
                _tr("Region"),
                _tr("Amount"),
                _tr("Currency"),
                _tr("Invoiced"),
                _tr("Paid"),
                _tr("State"),
            ],
        )
        box.addWidget(self.table, 1)
        self.totals = QLabel()
        self.totals.setObjectName("feesTotals")
        self.totals.setWordWrap(True)
        box.addWidget(self.totals)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(820, 560)
        self._initial_year()

    def _initial_year(self) -> None:
        def got(years: list[int]) -> None:
            if years and self.year.value() not in years:
                self.year.setValue(years[0])
            else:
                self.load()

        self.runner.read(self.services.cities.fee_years, success=got, parent=self)

    def load(self, *_: object) -> None:
        year, cities = self.year.value(), self.services.cities
        self.runner.read(lambda: cities.fees_for_year(year), success=self._show, parent=self)

    def _show(self, report: FeesForYear) -> None:
        if report.year != self.year.value():
            return
        self.report = report
        fill_table(
            self.table,
            [
                (
                    r.city,
                    r.region,
                    r.amount,
                    r.currency,
                    r.invoiced_on,
                    r.paid_on,
                    _tr("Overdue") if r.overdue else choice_text(r.state),
                )
                for r in report.rows
            ],
            [r.city_id for r in report.rows],
            [r.overdue for r in report.rows],
        )
        if not report.totals:
            self.totals.setText(_tr("No fees recorded for {year}.").format(year=report.year))
            return
        lines = [
            _tr("<b>{cur}</b>: invoiced {inv} · paid {paid} · unpaid {unpaid}").format(
                cur=t.currency, inv=amount(t.invoiced), paid=amount(t.paid), unpaid=amount(t.unpaid)
            )
            for t in report.totals
        ]
        self.totals.setText("<br>".join(lines))


class RegionsDialog(QDialog):
    """The Metropolis regions: add, rename (the cities in it follow), delete (when empty)."""

    def __init__(self, services: Services, runner: OpRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("regionsDialog")
        self.setWindowTitle(_tr("Metropolis regions"))
        self.services, self.runner = services, runner
        box = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setObjectName("regionsList")
        self.list.setAccessibleName(_tr("Regions"))
        box.addWidget(self.list, 1)
        row = QHBoxLayout()
        for name, text, slot in (
            ("addRegion", _tr("Add…"), self.add),
            ("renameRegion", _tr("Rename…"), self.rename),
            ("deleteRegion", _tr("Delete"), self.delete),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        box.addLayout(row)
        self.error = ErrorLine("region")
        box.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(420, 380)
        self.load()

    def load(self) -> None:
        def show(regions: list[RegionRow]) -> None:
            self.list.clear()
            for r in regions:
                item = QListWidgetItem(_tr("{name} (%n cities)", "", r.cities).format(name=r.name))
                item.setData(256, r)
                self.list.addItem(item)

        self.runner.read(self.services.cities.regions, success=show, parent=self)

    def _current(self) -> RegionRow | None:
        item = self.list.currentItem()
        region = item.data(256) if item is not None else None
        return region if isinstance(region, RegionRow) else None

    def _write(self, fn: Any) -> None:
        self.error.clear_error()

        def done(_: object) -> None:
            self.load()

        def failed(exc: BaseException) -> None:
            if not self.error.show_error(exc):
                report_failure(self, exc)

        self.runner.write(fn, success=done, failure=failed, parent=self)

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, _tr("New region"), _tr("Name"))
        if ok:
            cities = self.services.cities
            self._write(lambda: cities.add_region(name))

    def rename(self) -> None:
        region = self._current()
        if region is None:
            return
        name, ok = QInputDialog.getText(self, _tr("Rename region"), _tr("Name"), text=region.name)
        if ok:
            cities = self.services.cities
            self._write(lambda: cities.rename_region(region.id, name))

    def delete(self) -> None:
        region = self._current()
        if region is not None:
            cities = self.services.cities
            self._write(lambda: cities.delete_region(region.id))
