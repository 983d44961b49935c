"""The first section: the welcome panel on an empty database, else the dashboard."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QLocale,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from metrodesk.i18n import tr as _tr
from metrodesk.i18n import translated
from metrodesk.services.facade import Services
from metrodesk.services.records.kinds import kind_texts
from metrodesk.services.reports.dashboard import (
    RECENT_CHANGES,
    ActionSummary,
    CentreSessions,
    MeetingSummary,
    RecentChange,
    Snapshot,
)
from metrodesk.ui.runtime.changes import Changes
from metrodesk.ui.runtime.ops import OpRunner
from metrodesk.ui.window.formatting import number, short_date, short_datetime
from metrodesk.ui.window.style import colour
from metrodesk.ui.window.welcome import WelcomePanel

#: item data roles of the dashboard's lists
SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
ALERT_ROLE = Qt.ItemDataRole.UserRole + 3
#: on a recent change whose record is in the trash: the record's label
DELETED_ROLE = Qt.ItemDataRole.UserRole + 4

REFRESH_DELAY_MS = 150

Index = QModelIndex | QPersistentModelIndex


class TwoLineDelegate(QStyledItemDelegate):
    """A title over a grey subtitle (red when the item is overdue)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        height = option.fontMetrics.height()
        return QSize(200, int(height * 2 + 18))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        self.initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, widget)
        rect = option.rect.adjusted(12, 6, -12, -6)
        line = option.fontMetrics.height()
        painter.save()
        title_font = QFont(option.font)
        title_font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(title_font)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.setPen(option.palette.color(text_role))
        title = painter.fontMetrics().elidedText(
            str(index.data() or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line), 0, title)
        painter.setFont(option.font)
        if index.data(ALERT_ROLE) and not selected:
            painter.setPen(colour("overdue"))
        elif not selected:
            painter.setPen(colour("muted"))
        subtitle = painter.fontMetrics().elidedText(
            str(index.data(SUBTITLE_ROLE) or ""), Qt.TextElideMode.ElideRight, rect.width()
        )
        painter.drawText(QRect(rect.left(), rect.top() + line + 4, rect.width(), line), 0, subtitle)
        painter.restore()


class Card(QFrame):
    """A count with its caption; clicking it opens the section."""

    clicked = Signal(str)

    def __init__(self, kind: str, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"card_{kind}")
        self.setProperty("card", True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.setSpacing(2)
        self.number = QLabel("–")
        self.number.setObjectName("cardNumber")
        self.caption = QLabel(caption)
        self.caption.setObjectName("cardCaption")
        layout.addWidget(self.number)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_count(self, n: int) -> None:
        self.number.setText(number(n))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.kind)
        super().mouseReleaseEvent(event)


class BarChart(QChartView):
    """One series of whole-number counts as horizontal bars, the first category on top.

    Small and quiet on purpose: no title (the panel has one), no legend, no animation, the
    count written at the end of each bar."""

    BAR_ROW = 30

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.empty_text = empty_text
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("background: transparent;")
        self.categories: list[str] = []
        self.values: list[int] = []
        self.set_counts([])

    @classmethod
    def height_for(cls, rows: int) -> int:
        """A row per bar plus the value axis: fixed, so the layout neither squeezes nor
        stretches the bars."""
        return max(rows, 3) * cls.BAR_ROW + 44

    def set_counts(self, rows: list[tuple[str, int]]) -> None:
        self.categories = [name for name, _ in rows]
        self.values = [n for _, n in rows]
        # the chart's text equivalent, for screen readers
        self.setAccessibleDescription(
            "; ".join(f"{name}: {n}" for name, n in rows) if rows else self.empty_text
        )
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().hide()
        if not rows:
            chart.setTitle(self.empty_text)
            chart.setTitleBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        else:
            self._add_bars(chart)
        previous = self.chart()
        self.setChart(chart)
        # setChart releases the chart it replaces without deleting it
        if previous is not None:
            previous.deleteLater()
        self.setFixedHeight(self.height_for(len(rows)))
        self.viewport().update()

    def _add_bars(self, chart: QChart) -> None:
        """The values as horizontal bars, labelled with their count, the first row on top."""
        bar_set = QBarSet(self.objectName())
        bar_set.setColor(colour("accent"))
        bar_set.setBorderColor(colour("accent"))
        bar_set.setLabelColor(self.palette().color(QPalette.ColorRole.Text))
        # Qt draws the first category at the bottom: reversed, the first row is on top
        bar_set.append([float(n) for n in reversed(self.values)])
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setBarWidth(0.6)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        axis_y = QBarCategoryAxis()
        axis_y.append(list(reversed(self.categories)))
        axis_y.setGridLineVisible(False)
        axis_y.setLabelsColor(self.palette().color(QPalette.ColorRole.Text))
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_y)
        axis_x = self._count_axis()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_x)

    def _count_axis(self) -> QValueAxis:
        """The counts' axis: a tick per whole number for small counts, room for the labels."""
        axis_x = QValueAxis()
        axis_x.setLabelFormat("%.0f")
        axis_x.setLabelsColor(self.palette().color(QPalette.ColorRole.PlaceholderText))
        axis_x.setGridLineColor(colour("grid"))
        top = max(self.values)
        if top <= 5:
            axis_x.setRange(0, top + 1)
            axis_x.setTickCount(top + 2)
        else:
            axis_x.setRange(0, top * 1.15)
            axis_x.applyNiceNumbers()
        return axis_x


class Panel(QFrame):
    """A titled white box holding one list or chart."""

    def __init__(self, title: str, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)
        self.title = QLabel(title)
        self.title.setObjectName("panelTitle")
        layout.addWidget(self.title)
        layout.addWidget(body, 1)
        if not body.accessibleName():
            body.setAccessibleName(title)  # a screen reader names the list or chart by it


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setItemDelegate(TwoLineDelegate(widget))
    widget.setFrameShape(QFrame.Shape.NoFrame)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setMinimumHeight(210)
    return widget


class DashboardView(QWidget):
    """Cards, meetings, open action items, members by region, training sessions per centre and
    recent changes, drawn from a Snapshot."""

    open_section = Signal(str)
    open_record = Signal(str, object)
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.snapshot: Snapshot | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addLayout(self._head())
        layout.addLayout(self._cards())
        layout.addLayout(self._panels())
        layout.addStretch(1)
        for widget in (self.meetings_list, self.actions_list, self.changes_list):
            widget.itemActivated.connect(self._activated)
            widget.itemClicked.connect(self._activated)

    def _head(self) -> QHBoxLayout:
        title = QLabel(_tr("Dashboard"))
        title.setObjectName("sectionTitle")
        self.today = QLabel()
        self.today.setObjectName("subtitle")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addStretch(1)
        head.addWidget(self.today)
        return head

    def _cards(self) -> QHBoxLayout:
        """A card per kind of record with its count; a click opens the section."""
        cards = QHBoxLayout()
        cards.setSpacing(12)
        self.cards: dict[str, Card] = {}
        captions = {
            "contact": _tr("Contacts"),
            "organisation": _tr("Organisations"),
            "member_city": _tr("Member cities"),
            "training_centre": _tr("Training centres"),
            "meeting": _tr("Meetings"),
        }
        for kind, caption in captions.items():
            card = Card(kind, caption)
            card.clicked.connect(self.open_section)
            self.cards[kind] = card
            cards.addWidget(card)
        return cards

    def _panels(self) -> QGridLayout:
        """Meetings and action items, the two charts, then recent changes across the width."""
        grid = QGridLayout()
        grid.setSpacing(12)
        self.meetings_list = _list("meetingsList")
        self.actions_list = _list("actionsList")
        self.regions = BarChart("regionChart", _tr("No members yet"))
        self.sessions = BarChart("trainingChart", _tr("No training centres yet"))
        self.changes_list = _changes_list()
        self.meetings_panel = Panel(_tr("Meetings"), self.meetings_list)
        self.actions_panel = Panel(_tr("Open action items"), self.actions_list)
        self.regions_panel = Panel(_tr("Active members by region"), self.regions)
        self.sessions_panel = Panel(_tr("Training sessions per satellite this year"), self.sessions)
        self.changes_panel = Panel(_tr("Recent changes"), self.changes_list)
        grid.addWidget(self.meetings_panel, 0, 0)
        grid.addWidget(self.actions_panel, 0, 1)
        grid.addWidget(self.regions_panel, 1, 0)
        grid.addWidget(self.sessions_panel, 1, 1)
        grid.addWidget(self.changes_panel, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        return grid

    def show_snapshot(self, snap: Snapshot) -> None:
        self.snapshot = snap
        locale = QLocale()
        self.today.setText(
            locale.toString(
                QDate(snap.today.year, snap.today.month, snap.today.day),
                QLocale.FormatType.LongFormat,
            )
        )
        for kind, card in self.cards.items():
            card.set_count(snap.count(kind))
        self._fill_meetings(snap)
        self._fill_actions(snap)
        self.regions.set_counts(
            [(r.region or _tr("No region"), r.count) for r in snap.members_by_region]
        )
        self.sessions.set_counts([(_centre_label(c), c.count) for c in snap.sessions_by_centre])
        # side by side, the two charts share one height: the taller one's
        height = BarChart.height_for(max(len(snap.members_by_region), len(snap.sessions_by_centre)))
        for chart in (self.regions, self.sessions):
            chart.setFixedHeight(height)
        total = sum(c.count for c in snap.sessions_by_centre)
        self.sessions_panel.title.setText(
            _tr("Training sessions per satellite this year ({n})").format(n=total)
        )
        self._fill_changes(snap)

    def _fill_meetings(self, snap: Snapshot) -> None:
        self.meetings_list.clear()
        upcoming = bool(snap.upcoming_meetings)
        shown = snap.upcoming_meetings if upcoming else snap.recent_meetings
        self.meetings_panel.title.setText(
            _tr("Upcoming meetings") if upcoming else _tr("Recent meetings")
        )
        for m in shown:
            self.meetings_list.addItem(_meeting_item(m))
        if not shown:
            self.meetings_list.addItem(_placeholder(_tr("No meetings yet")))

    def _fill_actions(self, snap: Snapshot) -> None:
        self.actions_list.clear()
        title = _tr("Open action items ({n})").format(n=snap.open_action_count)
        if snap.overdue_action_count:
            title += " · " + _tr("%n overdue", "", snap.overdue_action_count)
        if snap.due_this_week_count:
            title += " · " + _tr("%n due this week", "", snap.due_this_week_count)
        self.actions_panel.title.setText(title)
        for a in snap.open_actions:
            self.actions_list.addItem(_action_item(a))
        if not snap.open_actions:
            self.actions_list.addItem(_placeholder(_tr("Nothing open — well done")))

    def _fill_changes(self, snap: Snapshot) -> None:
        self.changes_list.clear()
        for change in snap.recent_changes:
            self.changes_list.addItem(_change_item(change))
        if not snap.recent_changes:
            self.changes_list.addItem(_placeholder(_tr("No changes yet")))
        _fit_rows(self.changes_list, self.changes_list.count())

    def _activated(self, item: QListWidgetItem) -> None:
        gone = item.data(DELETED_ROLE)
        if gone:
            self.message.emit(_tr("{record} has been deleted").format(record=gone))
            return
        target = item.data(TARGET_ROLE)
        if target:
            kind, record_id = target
            self.open_record.emit(kind, record_id)


def _meeting_item(m: MeetingSummary) -> QListWidgetItem:
    item = QListWidgetItem(m.title)
    where = f" · {m.city}" if m.city else ""
    item.setData(SUBTITLE_ROLE, short_datetime(m.starts_at) + where)
    item.setData(TARGET_ROLE, ("meeting", m.id))
    item.setToolTip(m.title)
    return item


def _action_item(a: ActionSummary) -> QListWidgetItem:
    text = " ".join(a.description.split())
    item = QListWidgetItem(text)
    parts = []
    if a.due_on is not None:
        due = _tr("overdue since {date}") if a.overdue else _tr("due {date}")
        parts.append(due.format(date=short_date(a.due_on)))
    else:
        parts.append(_tr("no due date"))
    if a.owner:
        parts.append(a.owner)
    item.setData(SUBTITLE_ROLE, " · ".join(parts))
    item.setData(ALERT_ROLE, a.overdue)
    item.setData(TARGET_ROLE, ("action_item", a.id))
    item.setToolTip(text)
    return item


def _centre_label(c: CentreSessions) -> str:
    """The centre's city (the names all end in "training satellite"), HQ marked as such."""
    name = c.city or c.name
    return _tr("{city} (HQ)").format(city=name) if c.role == "headquarters" else name


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _change_item(c: RecentChange) -> QListWidgetItem:
    """'Edit contact · PARK Won-soon · 2026-11-23 14:05 · root'; a click opens the record."""
    record = c.label or (_capitalised(translated(kind_texts(c.kind).noun)) if c.kind else "")
    when = short_datetime(c.when.astimezone().replace(tzinfo=None))
    text = " · ".join(part for part in (translated(c.name), record, when, c.author) if part)
    item = QListWidgetItem(text)
    item.setToolTip(text)
    if c.record_id is not None and c.deleted:
        item.setData(DELETED_ROLE, record)
    elif c.record_id is not None and c.openable:
        item.setData(TARGET_ROLE, (c.kind, c.record_id))
    return item


def _changes_list() -> QListWidget:
    widget = QListWidget()
    widget.setObjectName("recentChangesList")
    widget.setAccessibleName(_tr("Recent changes"))
    widget.setFrameShape(QFrame.Shape.NoFrame)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    # colours: the app's stylesheet (ui/window/style.py)
    widget.setStyleSheet("QListWidget::item { padding: 5px 8px; border-radius: 5px; }")
    _fit_rows(widget, 1)
    return widget


def _fit_rows(widget: QListWidget, rows: int) -> None:
    """As tall as its items (at most RECENT_CHANGES), so the list never scrolls."""
    rows = min(max(rows, 1), RECENT_CHANGES)
    widget.setFixedHeight(rows * (widget.fontMetrics().height() + 12) + 4)


def _placeholder(text: str) -> QListWidgetItem:
    item = QListWidgetItem(text)
    item.setFlags(Qt.ItemFlag.NoItemFlags)
    return item


class DashboardPage(QScrollArea):
    """Welcome panel while the database is empty, the dashboard afterwards.

    Both live in this one page (shown in turn) so that the window keeps a single stacked
    widget, the sections' one.
    """

    open_section = Signal(str)
    open_record = Signal(str, object)
    message = Signal(str)

    def __init__(
        self,
        services: Services,
        runner: OpRunner,
        changes: Changes,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("section_dashboard")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its lists are the tab stops
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.services = services
        self.runner = runner
        self.dashboard = services.dashboard
        self.loaded = False
        inner = QWidget()
        inner.setObjectName("dashboardInner")
        box = QVBoxLayout(inner)
        box.setContentsMargins(0, 0, 0, 0)
        self.welcome = WelcomePanel(services, runner)
        self.view = DashboardView()
        box.addWidget(self.welcome)
        box.addWidget(self.view)
        self.setWidget(inner)
        self.view.open_section.connect(self.open_section)
        self.view.open_record.connect(self.open_record)
        self.view.message.connect(self.message)
        self.welcome.message.connect(self.message)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        changes.changed.connect(lambda *_: self._timer.start())
        # the welcome panel or the figures, chosen before the page shows (no empty flash)
        self.show_empty(runner.read_now(services.is_empty))
        self.refresh()

    def show_empty(self, empty: bool) -> None:
        self.welcome.setVisible(empty)
        self.view.setVisible(not empty)

    def refresh_colours(self) -> None:
        """Redraw the charts (Qt Charts keeps the colours it was given) in the colours in use."""
        if self.view.snapshot is not None:
            self.view.show_snapshot(self.view.snapshot)

    def refresh(self) -> None:
        services, dashboard = self.services, self.dashboard

        def read() -> tuple[bool, Snapshot]:
            return services.is_empty(), dashboard.snapshot(date.today())

        self.runner.read(read, success=self._show, parent=self)

    def _show(self, result: tuple[bool, Snapshot]) -> None:
        empty, snap = result
        self.show_empty(empty)
        self.view.show_snapshot(snap)
        self.loaded = True
