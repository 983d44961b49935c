"""The in-app reports: membership overview, training activity, meetings register and action
items, each as charts (QtCharts) and tables, exportable to Excel (a Summary sheet first).
Figures are read and workbooks written on the worker."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from decimal import Decimal
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
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.services.facade import Services
from metrodesk.services.reports.figures import (
    ActionItemsReport,
    MeetingsRegister,
    MembershipOverview,
    Reports,
    TrainingActivity,
)
from metrodesk.ui.records.editor_parts import fill_table, make_table
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import amount, choice_text
from metrodesk.ui.window.style import colour, series_colour, status_colour


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float], QColor]],
    stacked: bool = False,
) -> QChart:
    """A bar chart of one value per category for each (name, values, colour) series."""
    chart = QChart()
    chart.setTitle(title)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # Qt Charts draws on white with black text unless told: the app's colours, light or dark
    chart.setBackgroundBrush(colour("surface"))
    chart.setTitleBrush(colour("text"))
    chart.legend().setLabelColor(colour("text"))
    bars = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    for name, values, fill in series:
        bar_set = QBarSet(name)
        bar_set.setColor(fill)
        bar_set.setBorderColor(fill)
        for value in values:
            bar_set.append(float(value))
        bars.append(bar_set)
        top = max(top, *values) if values else top
    if stacked and series:
        top = max((sum(vals) for vals in zip(*(s[1] for s in series), strict=True)), default=0)
    chart.addSeries(bars)
    axis_x = QBarCategoryAxis()
    axis_x.append(list(categories))
    axis_x.setLabelsColor(colour("text"))
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
    axis_y.setLabelsColor(colour("muted"))
    axis_y.setGridLineColor(colour("grid"))
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(axis_y)
    return chart


def chart_view(name: str) -> QChartView:
    view = QChartView()
    view.setObjectName(name)
    # not a tab stop: the table below the chart holds its figures, for the keyboard and for
    # screen readers alike
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
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
        #: the reports service, which writes the report shown to a workbook
        self.reports: Reports | None = None
        #: asks where to save (tests replace it to give a path without a modal dialog)
        self.path_chooser: Callable[[QWidget, str], Path | None] = _ask_path

    default_name = "report.xlsx"

    def ask_export(self) -> None:
        path = self.path_chooser(self, self.default_name)
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        report, reports = self.report, self.reports
        if report is None or reports is None:
            return

        def done(written: Path) -> None:
            self.export_button.setEnabled(True)
            self.exported = written
            self.summary.setText(_tr("Exported to {path}").format(path=written))

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self._failed(exc)

        self.export_button.setEnabled(False)
        self.runner.read(
            lambda: reports.save(report, path),
            success=done,
            failure=failed,
            # no progress dialog: a report is a few hundred rows, written in well under a second
            label=None,
            parent=self,
        )

    def _failed(self, exc: BaseException) -> None:
        from metrodesk.ui.runtime.ops import report_failure

        report_failure(self, exc)


def _owed(sums: Sequence[tuple[str, Decimal]], between: str = ", ") -> str:
    """Sums per currency as the locale writes amounts (16 000,00 EUR in French), the code
    where the language puts it."""
    return between.join(
        _tr("{amount} {currency}").format(amount=amount(x), currency=cur) for cur, x in sums
    )


def _ask_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Export report"), suggested, _tr("Excel workbook (*.xlsx)")
    )
    if not path:
        return None
    return Path(path) if path.lower().endswith(".xlsx") else Path(path + ".xlsx")


class MembershipPanel(ReportPanel):
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
        self.arrears_table = make_table(
            "arrearsTable",
            [_tr("City in arrears"), _tr("Region"), _tr("Years unpaid"), _tr("Owed")],
        )
        self.arrears_table.setToolTip(_tr("Member cities with overdue fees, the most owed first"))
        # one table at a time, each the whole width: side by side they cut the amounts short
        self.table_tabs = QTabWidget()
        self.table_tabs.setObjectName("membershipTables")
        self.table_tabs.setAccessibleName(_tr("Membership tables"))
        self.table_tabs.setDocumentMode(True)
        self.table_tabs.addTab(self.regions_table, _tr("Members by region"))
        self.table_tabs.addTab(self.fees_table, _tr("Fees by year"))
        self.table_tabs.addTab(self.arrears_table, _tr("Arrears"))
        self.tables.addWidget(self.table_tabs)

    def show_report(self, r: MembershipOverview) -> None:
        self.report = r
        self._show_charts(r)
        self._show_tables(r)
        owed = _owed(r.arrears_totals(), "; ")
        self.summary.setText(
            _tr("{cities} in {regions}").format(
                cities=_tr("%Ln member cities", "", sum(r.totals)),
                regions=_tr("%n regions", "", len(r.regions)),
            )
            + (
                " · " + _tr("{c} in arrears, owing {owed}").format(c=len(r.arrears), owed=owed)
                if r.arrears
                else ""
            )
        )

    def _show_charts(self, r: MembershipOverview) -> None:
        """Cities by region stacked by status (the statuses nobody has left out), and the
        fees of the first currency per year, paid and unpaid."""
        used = [i for i, _ in enumerate(r.statuses) if r.totals[i]] or [1]
        self.regions_chart.setChart(
            bar_chart(
                _tr("Member cities by region and status"),
                [row.region for row in r.regions],
                [
                    (
                        choice_text(r.statuses[i]),
                        [row.counts[i] for row in r.regions],
                        status_colour(r.statuses[i]),
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
                    (_tr("Paid"), [float(f.paid_amount) for f in fees], colour("success")),
                    (_tr("Unpaid"), [float(f.unpaid_amount) for f in fees], colour("overdue")),
                ],
                stacked=True,
            )
        )

    def _show_tables(self, r: MembershipOverview) -> None:
        """Members by region (a column per status, a total row), fees by year, arrears."""
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
        fill_table(
            self.arrears_table,
            [[a.city, a.region, ", ".join(map(str, a.years)), _owed(a.owed)] for a in r.arrears]
            + [[_tr("Total"), "", "", _owed(totals)] for totals in [r.arrears_totals()] if totals],
            [*(a.city_id for a in r.arrears), None],
        )


class TrainingPanel(ReportPanel):
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
                            series_colour(i),
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


def stretch_only(table: QTableWidget, column: int) -> None:
    """The long text column takes the room; the short ones fit their contents."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


class MeetingsPanel(ReportPanel):
    default_name = "meetings-register.xlsx"

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__("meetingsReport", runner, parent)
        self.years_chart = chart_view("meetingsChart")
        self.charts.addWidget(self.years_chart)
        self.table = make_table(
            "meetingsTable",
            [
                _tr("Starts"),
                _tr("Title"),
                _tr("Kind"),
                _tr("City"),
                _tr("Participants"),
                _tr("Other attendees"),
                _tr("Decisions"),
                _tr("Open actions"),
            ],
        )
        stretch_only(self.table, 1)
        self.tables.addWidget(self.table)

    def show_report(self, r: MeetingsRegister) -> None:
        self.report = r
        years = [year for year, _ in r.by_year()]
        kinds = [kind for kind, _ in r.by_kind()]
        self.years_chart.setChart(
            bar_chart(
                _tr("Meetings per year and kind"),
                [str(y) for y in years],
                [
                    (
                        choice_text(kind),
                        [
                            sum(1 for m in r.rows if m.kind == kind and m.starts_at.year == y)
                            for y in years
                        ],
                        series_colour(i),
                    )
                    for i, kind in enumerate(kinds)
                ],
                stacked=True,
            )
        )
        fill_table(
            self.table,
            [
                [
                    m.starts_at,
                    m.title,
                    choice_text(m.kind),
                    m.city,
                    m.participants,
                    m.other_attendees,
                    m.decisions,
                    m.open_actions,
                ]
                for m in reversed(r.rows)  # newest first on screen; the workbook is a register
            ],
        )
        self.summary.setText(
            ", ".join(
                (
                    _tr("%Ln meetings", "", len(r.rows)),
                    _tr("%n attendees", "", sum(m.attendance for m in r.rows)),
                    _tr("%n decisions", "", sum(m.decisions for m in r.rows)),
                )
            )
        )


class ActionsPanel(ReportPanel):
    default_name = "action-items.xlsx"

    def __init__(self, runner: OpRunner, parent: QWidget | None = None) -> None:
        super().__init__("actionsReport", runner, parent)
        self.owners_chart = chart_view("ownersChart")
        self.charts.addWidget(self.owners_chart)
        self.table = make_table(
            "actionsTable",
            [_tr("Description"), _tr("Owner"), _tr("Due"), _tr("Status"), _tr("Days overdue")],
        )
        stretch_only(self.table, 0)
        self.tables.addWidget(self.table)

    def show_report(self, r: ActionItemsReport) -> None:
        self.report = r
        owners = list(r.owners)
        self.owners_chart.setChart(
            bar_chart(
                _tr("Action items per owner"),
                [o.owner for o in owners],
                [
                    (_tr("Overdue"), [o.overdue for o in owners], colour("overdue")),
                    (
                        _tr("Open, not overdue"),
                        [o.open - o.overdue for o in owners],
                        colour("warning"),
                    ),
                    (_tr("Done"), [o.done for o in owners], colour("success")),
                ],
                stacked=True,
            )
        )
        fill_table(
            self.table,
            [
                [a.description, a.owner, a.due_on, choice_text(a.status), a.days_overdue]
                for a in r.rows
            ],
            alert=[a.days_overdue is not None for a in r.rows],
        )
        self.summary.setText(
            _tr("{items}: {open}, {overdue}, {done}").format(
                items=_tr("%Ln action items", "", len(r.rows)),
                open=_tr("%n open", "", r.count("open")),
                overdue=_tr("%n overdue", "", r.count("overdue")),
                done=_tr("%n done", "", r.count("done")),
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
    """The reports on tabs; `page` 0 is membership, 1 training activity, 2 the meetings
    register, 3 action items."""

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
        self.tabs.setAccessibleName(_tr("Reports"))
        self.membership = MembershipPanel(runner)
        self.training = TrainingPanel(runner)
        self.meetings = MeetingsPanel(runner)
        self.action_items = ActionsPanel(runner)
        self.tabs.addTab(self.membership, _tr("Membership overview"))
        self.tabs.addTab(self.training, _tr("Training activity"))
        self.tabs.addTab(self.meetings, _tr("Meetings register"))
        self.tabs.addTab(self.action_items, _tr("Action items"))
        for panel in (self.membership, self.training, self.meetings, self.action_items):
            panel.reports = services.reports
        self.tabs.setCurrentIndex(page)
        box.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.resize(1000, 660)  # within a 1024 × 700 screen
        self.load()

    def load(self) -> None:
        reports = self.services.reports
        self.runner.read(reports.membership, success=self.membership.show_report, parent=self)
        self.runner.read(reports.training, success=self.training.show_report, parent=self)
        self.runner.read(reports.meetings_register, success=self.meetings.show_report, parent=self)
        self.runner.read(reports.action_items, success=self.action_items.show_report, parent=self)
