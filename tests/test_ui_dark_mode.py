"""Dark mode and contrast: the main sections rendered in the dark set (and the light one) keep
text at 4.5:1 or more against what it is drawn on (WCAG AA), measured on the rendered pixels;
no widget keeps a colour of its own that would ignore the scheme.

Offscreen, Qt ignores the desktop's scheme (setColorScheme has no effect), so the tests apply
each set explicitly, as `style.apply` does when the desktop or the Settings switch it."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from ui_support import open_window, settle

from metrodesk.ui.runtime.settings import COLOUR_SCHEME, Preferences
from metrodesk.ui.window import style

ROOT = Path(__file__).resolve().parent.parent


def luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def rendered_contrast(widget: QWidget) -> float:
    """The widget as drawn: its commonest colour is the background; the text is the pixel that
    stands out most from it (anti-aliased edges only lie between the two)."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    counts: Counter[int] = Counter(
        image.pixel(x, y) for y in range(0, image.height(), 1) for x in range(image.width())
    )
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast(background, QColor.fromRgb(p)) for p in counts)


@pytest.fixture(params=["dark", "light"])
def colours(request, qapp, tmp_path):
    """The set chosen in Settings (Edit › Settings… › Colours), as the window applies it."""
    store = str(tmp_path / "config")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, store)
    Preferences().set(COLOUR_SCHEME, request.param)
    yield style.DARK if request.param == "dark" else style.LIGHT
    Preferences().store.clear()
    style.apply_preference(qapp)


def _key_widgets(window) -> dict[str, QWidget]:
    found: dict[str, QWidget] = {"navigation": window.navigation.viewport()}
    for kind in ("contact", "member_city", "action_item"):
        window.show_kind(kind)
        page = window.page(kind)
        found[f"{kind} list"] = page.table.viewport()
        found[f"{kind} header"] = page.table.horizontalHeader().viewport()
        found[f"{kind} count"] = page.count_label
        found[f"{kind} title"] = page.findChild(QLabel, "sectionTitle")
        found[f"{kind} New button"] = page.new_button
    found["status bar"] = window.status_path
    return found


def test_main_sections_keep_text_readable(qtbot, sample_path, colours):
    window = open_window(qtbot, sample_path)
    # the application's palette is the set's
    assert QApplication.palette().color(QApplication.palette().ColorRole.Base) == QColor(
        colours.surface
    )
    too_faint = {}
    widgets = _key_widgets(window)
    window.show_section(0)
    settle(qtbot, window)
    dashboard = window.dashboard.view
    # a card and a panel as drawn (their labels' own backgrounds are transparent)
    widgets["dashboard card"] = dashboard.findChild(QLabel, "cardNumber").parentWidget()
    widgets["dashboard panel"] = dashboard.findChild(QLabel, "panelTitle").parentWidget()
    widgets["dashboard recent changes"] = dashboard.changes_list.viewport()
    for kind in ("contact", "member_city", "action_item"):
        window.show_kind(kind)
        settle(qtbot, window)
        for name, widget in widgets.items():
            if name.startswith(kind):
                ratio = rendered_contrast(widget)
                if ratio < 4.5:
                    too_faint[name] = round(ratio, 2)
    window.show_section(0)
    settle(qtbot, window)
    for name, widget in widgets.items():
        if not name.startswith(("contact", "member_city", "action_item")):
            ratio = rendered_contrast(widget)
            if ratio < 4.5:
                too_faint[name] = round(ratio, 2)
    assert too_faint == {}


def test_overdue_and_status_colours_are_readable_in_both_sets(colours):
    surface, alt = QColor(colours.surface), QColor(colours.surface_alt)
    for role in ("text", "muted", "error", "overdue", "warning", "success", "accent"):
        for background in (surface, alt):
            assert contrast(QColor(getattr(colours, role)), background) >= 4.5, role
    assert contrast(QColor(colours.overdue), QColor(colours.overdue_background)) >= 4.5
    assert contrast(QColor(colours.text), QColor(colours.accent_soft)) >= 4.5
    assert contrast(QColor(colours.on_accent), QColor(colours.accent)) >= 4.5
    assert contrast(QColor(colours.muted), QColor(colours.sidebar)) >= 4.5
    # chart series and statuses stand out from the chart's background (3:1, WCAG's non-text)
    for fill in colours.series + tuple(c for _, c in colours.status):
        assert contrast(QColor(fill), surface) >= 3, fill


def test_no_widget_holds_a_colour_literal():
    literal = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d|Qt\.GlobalColor\.(?!transparent)")
    ui = ROOT / "metrodesk" / "ui"
    # the style module holds every colour, the PDF minutes' (white paper in any scheme) too
    allowed = {ui / "window" / "style.py"}
    offenders = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted(ui.rglob("*.py"))
        if path not in allowed
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []
