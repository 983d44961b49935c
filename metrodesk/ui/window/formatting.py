"""How stored values read on screen: dates in the user's format, phones grouped, countries named."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QLocale

from metrodesk.i18n import translated
from metrodesk.services.records import world_names
from metrodesk.services.records.validation import phone_display
from metrodesk.ui.window.dates import show_date, show_datetime

#: list columns holding a number, shown right-aligned
NUMERIC_KEYS = frozenset({"population", "member_since", "capacity", "other_attendees"})
#: list columns holding a closed-vocabulary value ("city government"), shown capitalised
CHOICE_KEYS = frozenset({"org_kind", "status", "role", "meeting_kind", "mode", "programme_kind"})


def language_name(code: str) -> str:
    """The language of ISO 639-1 `code`, named in the interface's language."""
    return world_names.language_name(code)


def _country(code: str) -> str:
    return world_names.country_name(code)


def number(n: int) -> str:
    """An integer with the locale's digit grouping (also in the C locale: 1,620,000)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(n)


def amount(value: Decimal | float, grouped: bool = True) -> str:
    """A sum of money as the locale writes it: 12,000.00 in English, 12 000,00 in French; for
    a field to edit, without the thousands separator (12000,00)."""
    locale = QLocale()
    options = QLocale.NumberOption.DefaultNumberOptions
    if not grouped:
        options |= QLocale.NumberOption.OmitGroupSeparator
    locale.setNumberOptions(options)
    return locale.toString(float(value), "f", 2)


def typed_amount(text: str) -> str:
    """An amount as the user typed it, in the locale's way (1 250,50) or in the services' one
    (1250.50), as the services read it ("1250.50"); unreadable text as it was, for the services
    to refuse at the field."""
    text = text.strip()
    if not text:
        return text
    try:
        return str(Decimal(text))
    except InvalidOperation:
        pass
    locale = QLocale()
    for candidate in (text, text.replace(" ", "").replace("\u202f", "").replace("\xa0", "")):
        value, ok = locale.toDouble(candidate)
        if ok:
            return f"{value:.2f}"
    return text


def short_date(value: date) -> str:
    """In the user's locale (see `dates`): 04/11/2016 in France, 2016-11-04 without one."""
    return show_date(value)


def short_datetime(value: datetime) -> str:
    return show_datetime(value)


def display(key: str, value: Any) -> str:
    """The text of one list cell; `key` is the list column's key."""
    if value is None or value == "":
        return ""
    if isinstance(value, datetime):
        return short_datetime(value)
    if isinstance(value, date):
        return short_date(value)
    if key == "phone":
        return phone_display(str(value))
    if key == "country":
        return _country(str(value))
    if key == "language":
        return language_name(str(value))
    if key == "population" and isinstance(value, int):
        return number(value)
    if key in CHOICE_KEYS:
        return choice_text(str(value))
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split()) if key == "description" else str(value)


def choice_text(value: str) -> str:
    """A stored choice ("in person", "active") as shown: translated, first letter capital."""
    text = translated(value)
    return text[:1].upper() + text[1:]
