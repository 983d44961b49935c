"""The window's look: one light stylesheet over Qt's Fusion style."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

ACCENT = "#1f6feb"
ACCENT_DARK = "#1858c4"
ACCENT_SOFT = "#e7f0fe"
TEXT = "#1f2328"
MUTED = "#656d76"
BORDER = "#d8dee4"
CANVAS = "#f6f8fa"

STYLESHEET = f"""
QMainWindow, QDialog {{ background: white; }}
QWidget#sectionsStack, QWidget#section_dashboard, QWidget#dashboardInner {{ background: {CANVAS}; }}
QWidget#welcomePage, QWidget#section_dashboard > QWidget {{ background: {CANVAS}; }}

QListWidget#navigation {{
    background: #eef1f4;
    border: none;
    border-right: 1px solid {BORDER};
    padding: 14px 8px;
    font-size: 10.5pt;
    outline: none;
}}
QListWidget#navigation::item {{
    padding: 9px 12px;
    margin: 1px 0;
    border-radius: 6px;
    color: {TEXT};
}}
QListWidget#navigation::item:hover {{ background: #e2e7ec; }}
QListWidget#navigation::item:selected {{
    background: white;
    color: {ACCENT};
    font-weight: 600;
}}

QLabel#sectionTitle {{ font-size: 17pt; font-weight: 600; color: {TEXT}; }}
QLabel#dialogHeading {{ font-size: 14pt; font-weight: 600; color: {TEXT}; }}
QLabel#subtitle, QLabel#countLabel {{ color: {MUTED}; }}
QLabel#welcomeTitle {{ font-size: 24pt; font-weight: 600; color: {TEXT}; }}
QLabel#welcomeText {{ font-size: 11pt; color: #3d444d; }}
QLabel[objectName^="error_"] {{ color: #c62828; font-size: 9pt; }}
QLineEdit[invalid="true"], QLabel[invalid="true"] {{ color: #c62828; }}
QLabel#unsavedChanges, QLabel#undoNoticeText {{ color: {MUTED}; }}

QLineEdit, QPlainTextEdit, QTextEdit {{
    border: 1px solid {BORDER};
    border-radius: 6px;
    padding: 5px 8px;
    background: white;
    selection-background-color: {ACCENT};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 1px solid {ACCENT};
}}
QComboBox {{ padding: 5px 8px; }}
QDialog QScrollArea, QWidget#formBody {{ background: white; }}
QLineEdit#searchBox, QLineEdit#globalSearch {{ padding: 7px 10px; font-size: 10.5pt; }}

QPushButton {{
    border: 1px solid {BORDER};
    border-radius: 6px;
    padding: 6px 14px;
    background: white;
    color: {TEXT};
}}
QPushButton:hover {{ background: #f3f4f6; }}
QPushButton:disabled {{ color: #8c959f; background: #f6f8fa; }}
QPushButton[primary="true"], QPushButton#saveButton {{
    background: {ACCENT};
    border-color: {ACCENT};
    color: white;
    font-weight: 600;
}}
QPushButton[primary="true"]:hover, QPushButton#saveButton:hover {{ background: {ACCENT_DARK}; }}
QPushButton#saveButton:disabled {{ background: #9ebff5; border-color: #9ebff5; }}
QPushButton[big="true"] {{ padding: 0; border-radius: 10px; }}
QPushButton[big="true"] QLabel {{ background: transparent; color: {TEXT}; }}
QPushButton[big="true"] QLabel#bigTitle {{ font-size: 11.5pt; font-weight: 600; }}
QPushButton[big="true"] QLabel#bigDetail {{ color: {MUTED}; }}
QPushButton[primary="true"] QLabel#bigTitle, QPushButton[primary="true"] QLabel#bigDetail {{
    color: white;
}}

QTableView {{
    border: 1px solid {BORDER};
    border-radius: 8px;
    background: white;
    alternate-background-color: #f8fafc;
    selection-background-color: {ACCENT_SOFT};
    selection-color: {TEXT};
    gridline-color: transparent;
    outline: none;
}}
QTableView::item {{ padding: 0 8px; border: none; }}
QHeaderView::section {{
    background: white;
    color: {MUTED};
    border: none;
    border-bottom: 1px solid {BORDER};
    padding: 7px 8px 7px 11px;
    font-weight: 600;
}}

QFrame[card="true"] {{
    background: white;
    border: 1px solid {BORDER};
    border-radius: 10px;
}}
QFrame[card="true"]:hover {{ border-color: #b6c2cf; }}
QFrame[card="true"] QLabel {{ border: none; background: transparent; }}
QLabel#cardNumber {{ font-size: 22pt; font-weight: 600; color: {TEXT}; }}
QLabel#cardCaption {{ color: {MUTED}; }}
QLabel#panelTitle {{ font-size: 11pt; font-weight: 600; color: {TEXT}; }}
QListWidget#meetingsList, QListWidget#actionsList {{ background: white; outline: none; }}
QListWidget#meetingsList::item, QListWidget#actionsList::item {{
    border-bottom: 1px solid #eef1f4;
}}
QListWidget#meetingsList::item:selected, QListWidget#actionsList::item:selected {{
    background: {ACCENT_SOFT};
}}

QFrame#globalSearchPopup {{ border-radius: 12px; border: 1px solid {BORDER}; background: white; }}
QListWidget#globalSearchResults {{ background: white; outline: none; }}
QListWidget#globalSearchResults::item {{ padding: 5px 8px; border-radius: 5px; }}
QListWidget#globalSearchResults::item:disabled {{ color: {MUTED}; padding-top: 8px; }}
QListWidget#globalSearchResults::item:selected {{ background: {ACCENT_SOFT}; color: {TEXT}; }}

QStatusBar {{ background: #eef1f4; border-top: 1px solid {BORDER}; color: {MUTED}; }}
QStatusBar QLabel {{ color: {MUTED}; padding: 0 8px; }}
"""


def set_invalid(widget: QWidget, invalid: bool) -> None:
    """Mark a field as holding what cannot be read (drawn by the style module's colours)."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
