"""The dashboard's charts (members by region, training sessions per centre) and its recent
changes, which open the record they name."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QBarCategoryAxis, QChartView, QHorizontalBarSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget
from ui_support import current_page, open_window, settle

from metrodesk.ui.reports.dashboard_page import TARGET_ROLE


def _chart(window, name: str) -> tuple[list[str], list[float]]:
    """The categories top to bottom and their values, as the chart holds them."""
    view = window.dashboard.view.findChild(QChartView, name)
    chart = view.chart()
    (series,) = chart.series()
    assert isinstance(series, QHorizontalBarSeries)
    assert chart.animationOptions() == chart.AnimationOption.NoAnimation
    assert not chart.legend().isVisible()
    (axis,) = [a for a in chart.axes() if isinstance(a, QBarCategoryAxis)]
    (bar_set,) = series.barSets()
    values = [bar_set.at(i) for i in range(bar_set.count())]
    return list(reversed(axis.categories())), list(reversed(values))


def _click(qtbot, widget: QListWidget, row: int) -> None:
    rect = widget.visualItemRect(widget.item(row))
    qtbot.mouseClick(widget.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_charts_show_every_centre_and_region(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    centres, counts = _chart(window, "trainingChart")
    assert centres == ["Seoul (HQ)", "Cairo", "Mashhad", "Mexico City", "Paris"]
    assert counts == [0, 0, 0, 0, 0]  # the sample data has no courses
    regions, members = _chart(window, "regionChart")
    assert regions == ["Asia-Pacific", "Europe", "Africa", "North America"]
    assert members == [3, 3, 2, 1]

    # a session this year in Paris shows once the dashboard hears of the change
    paris = next(c.id for c in window.services.training.centres() if c.city == "Paris")
    records = window.services.records
    window.runner.write(
        lambda: records.create(
            "course", {"title": "Urban resilience", "centre_id": paris, "start_date": date.today()}
        )
    )
    qtbot.waitUntil(lambda: _chart(window, "trainingChart")[1] == [0, 0, 0, 0, 1], timeout=10_000)
    settle(qtbot, window)


def test_a_recent_change_opens_its_record(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    changes = window.dashboard.view.findChild(QListWidget, "recentChangesList")
    assert changes.count() == 1
    assert changes.item(0).text().startswith("Load sample data · Metropolis Secretariat General · ")

    # given an edit made elsewhere
    (park,) = window.services.search.find("park", kinds=("contact",))
    records = window.services.records
    window.runner.write(lambda: records.update("contact", park.id, {"notes": "Met in Seoul"}))
    qtbot.waitUntil(lambda: changes.count() == 2, timeout=10_000)
    settle(qtbot, window)
    # then it comes first: action · record · when · author
    text = changes.item(0).text()
    name, label, when, author = text.split(" · ")
    assert (name, label) == ("Edit contact", park.label)
    assert len(when) == len("2026-11-23 14:05") and when[4] == "-" and when[13] == ":"
    assert author
    assert changes.item(0).data(TARGET_ROLE) == ("contact", park.id)

    # when it is clicked, the contact is shown selected in its section
    _click(qtbot, changes, 0)
    settle(qtbot, window)
    page = current_page(window)
    assert page.kind == "contact"
    assert page.current_record_id() == park.id


def test_a_change_of_a_deleted_record_only_says_so(qtbot, sample_path):
    window = open_window(qtbot, sample_path)
    changes = window.dashboard.view.findChild(QListWidget, "recentChangesList")
    (meeting, *_) = window.services.search.find("strategic", kinds=("meeting",))
    records = window.services.records
    window.runner.write(lambda: records.delete("meeting", meeting.id))
    qtbot.waitUntil(lambda: changes.count() == 2, timeout=10_000)
    settle(qtbot, window)
    assert changes.item(0).text().startswith("Delete meeting · ")

    _click(qtbot, changes, 0)
    assert current_page(window) is window.dashboard
    assert "has been deleted" in window.statusBar().currentMessage()
