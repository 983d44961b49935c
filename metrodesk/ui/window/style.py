"""The window's look: every colour of the app, in a light and a dark set, and the stylesheet and
palette made from the set in use. Widgets never hold a colour literal: they ask `colour(role)`
when they paint or answer `data()`, so a change of scheme reaches them on their next repaint.

The scheme follows the desktop (Qt's `QStyleHints.colorScheme`, Qt 6.5+) unless the user chose
one in Settings; `apply` sets it for the whole application. Text colours are chosen to keep a
contrast of at least 4.5:1 (WCAG AA) on the backgrounds they are drawn on, in both sets
(tests/test_ui_dark_mode.py measures the rendered pixels).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Colours:
    dark: bool
    accent: str  # links, the selected section, primary buttons
    accent_hover: str
    accent_soft: str  # selected rows (with `text` on it)
    on_accent: str  # text on an accent-filled button
    accent_disabled: str  # a disabled primary button's fill
    text: str
    muted: str  # secondary text: captions, counts, headers
    border: str
    canvas: str  # behind the sections' cards
    surface: str  # windows, dialogs, lists, fields
    surface_alt: str  # alternate rows
    sidebar: str  # the section list and the status bar
    hover: str
    disabled_text: str
    error: str  # messages at a field, rejected rows
    overdue: str  # overdue dates and amounts (text)
    overdue_background: str  # an overdue row's fill (with `overdue` on it)
    warning: str  # possible duplicates
    success: str  # new rows
    grid: str  # chart grid lines
    #: chart series, in order; and member-city statuses
    series: tuple[str, ...] = field(default=())
    status: tuple[tuple[str, str], ...] = field(default=())
    shadow: str = "#46000000"


LIGHT = Colours(
    dark=False,
    accent="#0969da",
    accent_hover="#0757b8",
    accent_soft="#dbe9fd",
    on_accent="#ffffff",
    accent_disabled="#9ebff5",
    text="#1f2328",
    muted="#59636e",
    border="#d1d9e0",
    canvas="#f6f8fa",
    surface="#ffffff",
    surface_alt="#f6f8fa",
    sidebar="#eef1f4",
    hover="#e2e7ec",
    disabled_text="#818b98",
    error="#b42318",
    overdue="#b71c1c",
    overdue_background="#fde7e7",
    warning="#8a5c00",
    success="#1a7f37",
    grid="#e6eaee",
    series=("#1f6feb", "#2da44e", "#bf8700", "#cf222e", "#8250df", "#0a7ea4", "#6e7781"),
    status=(("candidate", "#bf8700"), ("active", "#2da44e"), ("suspended", "#cf222e")),
)

DARK = Colours(
    dark=True,
    accent="#4493f8",
    accent_hover="#2f81f7",
    accent_soft="#1f3b5f",
    on_accent="#0d1117",
    accent_disabled="#2a4a78",
    text="#e6edf3",
    muted="#9da7b3",
    border="#3d444d",
    canvas="#0d1117",
    surface="#161b22",
    surface_alt="#1c2128",
    sidebar="#010409",
    hover="#262c36",
    disabled_text="#6e7781",
    error="#ff7b72",
    overdue="#ffa198",
    overdue_background="#3c1618",
    warning="#e3b341",
    success="#56d364",
    grid="#30363d",
    series=("#4493f8", "#3fb950", "#d29922", "#f85149", "#a371f7", "#39c5cf", "#8b949e"),
    status=(("candidate", "#d29922"), ("active", "#3fb950"), ("suspended", "#f85149")),
    shadow="#aa000000",
)

_current = LIGHT


def colours() -> Colours:
    """The set in use."""
    return _current


def colour(role: str) -> QColor:
    """One colour of the set in use, by its field name: `colour("overdue")`."""
    return QColor(getattr(_current, role))


def status_colour(status: str) -> QColor:
    return QColor(dict(_current.status).get(status, _current.series[-1]))


def series_colour(index: int) -> QColor:
    return QColor(_current.series[index % len(_current.series)])


def system_is_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def scheme_colours(scheme: str) -> Colours:
    """The set for a Settings choice: "light", "dark", or "system" (the desktop's)."""
    if scheme == "dark" or (scheme == "system" and system_is_dark()):
        return DARK
    return LIGHT


def palette(c: Colours) -> QPalette:
    """Qt's palette from a set, so widgets the stylesheet does not reach (menus, message boxes,
    Qt's own dialogs, item views' text) match it."""
    p = QPalette()
    role = QPalette.ColorRole
    for r, value in (
        (role.Window, c.surface),
        (role.WindowText, c.text),
        (role.Base, c.surface),
        (role.AlternateBase, c.surface_alt),
        (role.Text, c.text),
        (role.Button, c.surface),
        (role.ButtonText, c.text),
        (role.Highlight, c.accent_soft),
        (role.HighlightedText, c.text),
        (role.ToolTipBase, c.surface_alt),
        (role.ToolTipText, c.text),
        (role.PlaceholderText, c.muted),
        (role.Link, c.accent),
        (role.BrightText, c.error),
        (role.Light, c.hover),
        (role.Midlight, c.border),
        (role.Mid, c.border),
        (role.Dark, c.muted),
        (role.Shadow, "#000000"),
    ):
        p.setColor(r, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(disabled, r, QColor(c.disabled_text))
    return p


def apply(app: QGuiApplication, c: Colours) -> None:
    """Use the set `c` in the whole application: palette, stylesheet, and what widgets ask
    `colour()` for from now on."""
    global _current
    _current = c
    app.setPalette(palette(c))
    set_sheet = getattr(app, "setStyleSheet", None)
    if set_sheet is not None:
        set_sheet(stylesheet(c))


def apply_preference(app: QGuiApplication) -> None:
    """The colours the Settings ask for ("As the desktop is set" unless chosen), applied when
    they differ from those in use; and, once, a watch on the desktop's own switch."""
    from metrodesk.ui.runtime.settings import COLOUR_SCHEME, Preferences

    wanted = scheme_colours(Preferences().get(COLOUR_SCHEME))
    if wanted is not _current or app.property("metrodeskColours") is None:
        apply(app, wanted)
        app.setProperty("metrodeskColours", "dark" if wanted.dark else "light")
    if not app.property("metrodeskFollowsScheme"):
        app.setProperty("metrodeskFollowsScheme", True)
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_preference(app))


def stylesheet(c: Colours) -> str:
    return f"""
QMainWindow, QDialog {{ background: {c.surface}; }}
QWidget#sectionsStack, QWidget#section_dashboard, QWidget#dashboardInner {{
    background: {c.canvas};
}}
QWidget#welcomePage, QWidget#section_dashboard > QWidget {{ background: {c.canvas}; }}

QListWidget#navigation {{
    background: {c.sidebar};
    border: none;
    border-right: 1px solid {c.border};
    padding: 14px 8px;
    font-size: 10.5pt;
    outline: none;
}}
QListWidget#navigation::item {{
    padding: 9px 12px;
    margin: 1px 0;
    border-radius: 6px;
    color: {c.text};
}}
QListWidget#navigation::item:hover {{ background: {c.hover}; }}
QListWidget#navigation::item:selected {{
    background: {c.surface};
    color: {c.accent};
    font-weight: 600;
}}
QListWidget#navigation:focus {{ border-right: 2px solid {c.accent}; }}
QWidget#sidebarPanel {{ background: {c.sidebar}; }}
QWidget#savedViewsPanel {{ background: {c.sidebar}; border-right: 1px solid {c.border}; }}
QTreeWidget#savedViews {{ background: {c.sidebar}; border: none; outline: none; }}
QTreeWidget#savedViews::item {{ padding: 4px 2px; color: {c.text}; }}
QTreeWidget#savedViews::item:disabled {{ color: {c.muted}; }}
QTreeWidget#savedViews::item:selected {{ background: {c.surface}; color: {c.accent}; }}
QLabel#savedViewsCaption, QLabel#savedViewsHint {{ color: {c.muted}; padding-left: 4px; }}

QLabel {{ color: {c.text}; }}
QLabel#sectionTitle {{ font-size: 17pt; font-weight: 600; color: {c.text}; }}
QLabel#dialogHeading {{ font-size: 14pt; font-weight: 600; color: {c.text}; }}
QLabel#subtitle, QLabel#countLabel {{ color: {c.muted}; }}
QLabel#welcomeTitle {{ font-size: 24pt; font-weight: 600; color: {c.text}; }}
QLabel#welcomeText {{ font-size: 11pt; color: {c.text}; }}
QLabel[objectName^="error_"], QLabel#importMessage {{ color: {c.error}; font-size: 9pt; }}
QLabel[error="true"], QLineEdit[error="true"] {{ color: {c.error}; }}
QLineEdit[invalid="true"], QLabel[invalid="true"] {{ color: {c.error}; }}
QLabel#unsavedChanges, QLabel#undoNoticeText {{ color: {c.muted}; }}
QFrame#reminderBar {{ background: {c.accent_soft}; border-bottom: 1px solid {c.border}; }}
QPushButton#reminderButton {{ border: none; background: transparent; color: {c.accent}; }}

QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c.border};
    border-radius: 6px;
    padding: 5px 8px;
    background: {c.surface};
    color: {c.text};
    selection-background-color: {c.accent};
    selection-color: {c.on_accent};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {c.accent};
}}
QComboBox {{ padding: 5px 8px; }}
QDialog QScrollArea, QWidget#formBody {{ background: {c.surface}; }}
QLineEdit#searchBox, QLineEdit#globalSearch, QLineEdit#skeletonSearch {{
    padding: 7px 10px; font-size: 10.5pt;
}}

QPushButton {{
    border: 1px solid {c.border};
    border-radius: 6px;
    padding: 6px 14px;
    background: {c.surface};
    color: {c.text};
}}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton:focus {{ border: 1px solid {c.accent}; }}
QPushButton:disabled {{ color: {c.disabled_text}; background: {c.canvas}; }}
QPushButton[primary="true"], QPushButton#saveButton, QPushButton#importCommitButton {{
    background: {c.accent};
    border-color: {c.accent};
    color: {c.on_accent};
    font-weight: 600;
}}
QPushButton[primary="true"]:hover, QPushButton#saveButton:hover {{
    background: {c.accent_hover};
}}
QPushButton[primary="true"]:focus, QPushButton#saveButton:focus {{ border-color: {c.text}; }}
QPushButton#saveButton:disabled, QPushButton#importCommitButton:disabled {{
    background: {c.accent_disabled};
    border-color: {c.accent_disabled};
}}
QPushButton[big="true"] {{ padding: 0; border-radius: 10px; }}
QPushButton[big="true"] QLabel {{ background: transparent; color: {c.text}; }}
QPushButton[big="true"] QLabel#bigTitle {{ font-size: 11.5pt; font-weight: 600; }}
QPushButton[big="true"] QLabel#bigDetail {{ color: {c.muted}; }}
QPushButton[primary="true"] QLabel#bigTitle, QPushButton[primary="true"] QLabel#bigDetail {{
    color: {c.on_accent};
}}

QTableView, QTableWidget {{
    border: 1px solid {c.border};
    border-radius: 8px;
    background: {c.surface};
    alternate-background-color: {c.surface_alt};
    color: {c.text};
    selection-background-color: {c.accent_soft};
    selection-color: {c.text};
    gridline-color: transparent;
    outline: none;
}}
QTableView:focus {{ border: 1px solid {c.accent}; }}
QTableView::item {{ padding: 0 8px; border: none; }}
QHeaderView::section {{
    background: {c.surface};
    color: {c.muted};
    border: none;
    border-bottom: 1px solid {c.border};
    padding: 7px 8px 7px 11px;
    font-weight: 600;
}}

QFrame[card="true"] {{
    background: {c.surface};
    border: 1px solid {c.border};
    border-radius: 10px;
}}
QFrame[card="true"]:hover {{ border-color: {c.muted}; }}
QFrame[card="true"] QLabel {{ border: none; background: transparent; }}
QLabel#cardNumber {{ font-size: 22pt; font-weight: 600; color: {c.text}; }}
QLabel#cardCaption {{ color: {c.muted}; }}
QLabel#panelTitle {{ font-size: 11pt; font-weight: 600; color: {c.text}; }}
QListWidget {{ background: {c.surface}; color: {c.text}; }}
QListWidget#meetingsList, QListWidget#actionsList, QListWidget#recentChangesList {{
    background: {c.surface};
    outline: none;
}}
QListWidget#meetingsList::item, QListWidget#actionsList::item {{
    border-bottom: 1px solid {c.sidebar};
}}
QListWidget#meetingsList::item:selected, QListWidget#actionsList::item:selected,
QListWidget#recentChangesList::item:selected {{
    background: {c.accent_soft};
    color: {c.text};
}}

QFrame#globalSearchPopup {{
    border-radius: 12px;
    border: 1px solid {c.border};
    background: {c.surface};
}}
QListWidget#globalSearchResults {{ background: {c.surface}; outline: none; }}
QListWidget#globalSearchResults::item {{ padding: 5px 8px; border-radius: 5px; }}
QListWidget#globalSearchResults::item:disabled {{ color: {c.muted}; padding-top: 8px; }}
QListWidget#globalSearchResults::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}

QStatusBar {{ background: {c.sidebar}; border-top: 1px solid {c.border}; color: {c.muted}; }}
QStatusBar QLabel {{ color: {c.muted}; padding: 0 8px; }}
"""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding what cannot be read (drawn by the style module's colours)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


#: the minutes as a PDF: printed on white paper whatever the window's scheme, in dark text
MINUTES_CSS = """
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; color: #1f2933; }
h1 { font-size: 18pt; color: #0b4f8a; margin-bottom: 2pt; }
h2 { font-size: 12pt; color: #0b4f8a; margin-top: 14pt; margin-bottom: 4pt; }
p { margin-top: 2pt; margin-bottom: 3pt; }
p.meta { color: #52606d; margin: 0; }
table.grid { border-collapse: collapse; }
table.grid th { background: #e8eef5; text-align: left; padding: 4px; }
table.grid td { padding: 4px; border-bottom: 1px solid #d9e2ec; }
.overdue { color: #c62828; }
.quote { font-style: italic; }
.tags { color: #52606d; }
"""
