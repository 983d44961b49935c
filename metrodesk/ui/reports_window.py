"""The in-app reports: membership overview and training activity, each as charts (QtCharts)
and tables, exportable to Excel. Figures are read and workbooks written on the worker."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.services.facade import Services
from metrodesk.services.report_workbook import write_membership, write_training
from metrodesk.services.reports import MembershipOverview, TrainingActivity
from metrodesk.ui.city_parts import fill_table, make_table
from metrodesk.ui.formatting import choice_text
from metrodesk.ui.ops import OpRunner

PALETTE = ("#1f6feb", "#2da44e", "#bf8700", "#cf222e", "#8250df", "#0a7ea4", "#6e7781")
STATUS_COLOURS = {"candidate": "#bf8700", "active": "#2da44e", "suspended": "#cf222e"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reports", text)


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], str]],
    stacked: bool = False,
) -> QChart:
    """A bar chart of one value per category for each (name, values, colour) series."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    bars = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    for name, values, colour in series:
        bar_set = QBarSet(name)
        bar_set.setColor(QColor(colour))
        bar_set.setBorderColor(QColor(colour))
        for value in values:
            bar_set.append(float(value))
        bars.append(bar_set)
        top = max(top, *values) if values else top
    if stacked and series:
        top = max((sum(vals) for vals in zip(*(s[1] for s in series), strict=True)), default=0)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    bars.attachAxis(axis_x)
    axis_y = QValueAxis()
    axis_y.setLabelFormat("%.0f")
    upper = max(1, math.ceil(float(top)))
    if upper <= 5:  # small counts: one tick per whole number, and room above the bars
        axis_y.setRange(0, upper + 1)
        axis_y.setTickCount(upper + 2)
    else:
        axis_y.setRange(0, upper * 1.1)
        axis_y.applyNiceNumbers()
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    return chart


def chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumHeight(260)
    return view


class ReportPanel(QWidget):
    """One report: charts above, tables below, and an Export button."""

    def __init__(self, name: str, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.runner = runner
        self.report: Any = None
        self.box = QVBoxLayout(self)
        top = QHBoxLayout()
        self.summary = QLabel()
        self.summary.setObjectName("reportSummary")
        top.addWidget(self.summary, 1)
        self.export_button = QPushButton(_tr("Export to Excel…"))
        self.export_button.setObjectName("exportReportButton")
        self.export_button.clicked.connect(self.ask_export)
        top.addWidget(self.export_button)
        self.box.addLayout(top)
        self.charts = QSplitter(Qt.Orientation.Horizontal)
        self.tables = QSplitter(Qt.Orientation.Horizontal)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.charts)
        split.addWidget(self.tables)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.box.addWidget(split, 1)
        self.exported: Path | None = None

    writer: Callable[[Any, Path], Path]
    default_name = "report.xlsx"

    def ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, _tr("Export report"), self.default_name, _tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path) if path.endswith(".xlsx") else Path(path + ".xlsx"))

    def export_to(self, path: Path) -> None:
        report, writer = self.report, type(self).writer
        if report is None:
            return

        def done(written: Path) -> None:
            self.exported = written
            self.summary.setText(_tr("Exported to {path}").format(path=written))

        self.export_button.setEnabled(False)
        self.runner.run(
            lambda: writer(report, path),
            success=lambda p: (done(p), self.export_button.setEnabled(True)),
            failure=lambda exc: (self.export_button.setEnabled(True), self._failed(exc)),
            label=None,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        from metrodesk.ui.ops import report_failure

        report_failure(self, exc)


class MembershipPanel(ReportPanel):
    writer = staticmethod(write_membership)  # type: ignore[assignment]
    default_name = "membership-overview.xlsx"

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__("membershipReport", runner, parent)
        self.regions_chart = chart_view("membersChart")
        self.fees_chart = chart_view("feesChart")
        self.charts.addWidget(self.regions_chart)
        self.charts.addWidget(self.fees_chart)
        self.regions_table = make_table("membersTable", [_tr("Region")])
        self.fees_table = make_table(
            "feesReportTable",
            [
                _tr("Year"),
                _tr("Currency"),
                _tr("Fees"),
                _tr("Paid"),
                _tr("Unpaid"),
                _tr("Overdue"),
                _tr("Paid amount"),
                _tr("Unpaid amount"),
            ],
        )
        self.tables.addWidget(self.regions_table)
        self.tables.addWidget(self.fees_table)

    def show_report(self, r: MembershipOverview) -> None:
        self.report = r
        used = [i for i, _ in enumerate(r.statuses) if r.totals[i]] or [1]
        self.regions_chart.setChart(
            bar_chart(
                _tr("Member cities by region and status"),
                [row.region for row in r.regions],
                [
                    (
                        choice_text(r.statuses[i]),
                        [row.counts[i] for row in r.regions],
                        STATUS_COLOURS.get(r.statuses[i], "#6e7781"),
                    )
                    for i in used
                ],
                stacked=True,
            )
        )
        currencies = sorted({f.currency for f in r.fees})
        main = currencies[0] if currencies else "EUR"
        fees = [f for f in r.fees if f.currency == main]
        self.fees_chart.setChart(
            bar_chart(
                _tr("Fees per year ({currency})").format(currency=main),
                [str(f.year) for f in fees],
                [
                    (_tr("Paid"), [float(f.paid_amount) for f in fees], "#2da44e"),
                    (_tr("Unpaid"), [float(f.unpaid_amount) for f in fees], "#cf222e"),
                ],
                stacked=True,
            )
        )
        headers = [_tr("Region"), *(choice_text(s) for s in r.statuses), _tr("Total")]
        self.regions_table.setColumnCount(len(headers))
        self.regions_table.setHorizontalHeaderLabels(headers)
        fill_table(
            self.regions_table,
            [[row.region, *row.counts, row.total] for row in r.regions]
            + [[_tr("Total"), *r.totals, sum(r.totals)]],
        )
        fill_table(
            self.fees_table,
            [
                [
                    f.year,
                    f.currency,
                    f.fees,
                    f.paid,
                    f.unpaid,
                    f.overdue,
                    f.paid_amount,
                    f.unpaid_amount,
                ]
                for f in r.fees
            ],
        )
        self.summary.setText(
            _tr("{n} member cities in {r} regions").format(n=sum(r.totals), r=len(r.regions))
        )


class TrainingPanel(ReportPanel):
    writer = staticmethod(write_training)  # type: ignore[assignment]
    default_name = "training-activity.xlsx"

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__("trainingReport", runner, parent)
        self.sessions_chart = chart_view("sessionsChart")
        self.participants_chart = chart_view("participantsChart")
        self.charts.addWidget(self.sessions_chart)
        self.charts.addWidget(self.participants_chart)
        self.table = make_table(
            "trainingTable",
            [
                _tr("Centre"),
                _tr("Year"),
                _tr("Sessions"),
                _tr("Participants"),
                _tr("Attended"),
                _tr("Certificates"),
            ],
        )
        self.tables.addWidget(self.table)

    def show_report(self, r: TrainingActivity) -> None:
        self.report = r
        years = [str(y) for y in r.years]
        for view, what, title in (
            (self.sessions_chart, "sessions", _tr("Sessions per centre and year")),
            (self.participants_chart, "participants", _tr("Participants per centre and year")),
        ):
            view.setChart(
                bar_chart(
                    title,
                    years,
                    [
                        (
                            _short(c),
                            [r.figure(c, y, what) for y in r.years],
                            PALETTE[i % len(PALETTE)],
                        )
                        for i, c in enumerate(r.centres)
                    ],
                )
            )
        fill_table(
            self.table,
            [
                [
                    row.centre,
                    row.year,
                    row.sessions,
                    row.participants,
                    row.attended,
                    row.certificates,
                ]
                for row in r.rows
            ],
        )
        sessions = sum(row.sessions for row in r.rows)
        people = sum(row.participants for row in r.rows)
        self.summary.setText(
            _tr("{s} sessions, {p} participants, {c} centres").format(
                s=sessions, p=people, c=len(r.centres)
            )
        )


def _short(centre: str) -> str:
    """'Cairo training satellite' -> 'Cairo'; the institute's headquarters -> 'Seoul (HQ)'."""
    if centre.endswith(" training satellite"):
        return centre.removesuffix(" training satellite")
    if "Institute" in centre:
        return _tr("Seoul (HQ)")
    return centre


class ReportsWindow(QDialog):
    """Both reports on tabs; `page` 0 is membership, 1 training activity."""

    def __init__(
        self, services: Services, runner: OpRunner, page: int = 0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsWindow")
        self.setWindowTitle(_tr("Reports"))
        self.services, self.runner = services, runner
        box = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reportTabs")
        self.membership = MembershipPanel(runner)
        self.training = TrainingPanel(runner)
        self.tabs.addTab(self.membership, _tr("Membership overview"))
        self.tabs.addTab(self.training, _tr("Training activity"))
        self.tabs.setCurrentIndex(page)
        box.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(1100, 760)
        self.load()

    def load(self) -> None:
        reports = self.services.reports
        self.runner.run(reports.membership, success=self.membership.show_report, parent=self)
        self.runner.run(reports.training, success=self.training.show_report, parent=self)
