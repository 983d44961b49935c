"""What the city editor's tabs share: the dialog they are parts of, and their fields made
one way (an objectName each, for tests and for the style)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLineEdit, QPushButton

from metrodesk.services.cities.detail import CityDetail
from metrodesk.ui.records.date_edit import DateLineEdit
from metrodesk.ui.records.editor_parts import TabbedRecordDialog

if TYPE_CHECKING:
    _Dialog = TabbedRecordDialog
else:
    _Dialog = object


class CityTab(_Dialog):
    """A tab of `CityDialog`, kept in a module of its own: its widgets, how the city's detail
    fills them and what its buttons do, all on the one dialog (whose attributes the tests and
    the other tabs reach)."""

    #: the city as read last (None until the first read comes back)
    detail: CityDetail | None


def named_line(
    name: str, placeholder: str = "", width: int | None = None, text: str = ""
) -> QLineEdit:
    edit = QLineEdit(text)
    edit.setObjectName(name)
    edit.setPlaceholderText(placeholder)
    if width is not None:
        edit.setMaximumWidth(width)
    return edit


def named_date(name: str, today: bool = False) -> DateLineEdit:
    edit = DateLineEdit()
    edit.setObjectName(name)
    edit.setMaximumWidth(150)
    if today:
        edit.set_value(date.today())
    return edit


def named_button(name: str, text: str, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    if primary:
        button.setProperty("primary", True)
    return button
