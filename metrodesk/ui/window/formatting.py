"""How stored values read on screen: dates in the user's format, phones grouped, countries named."""

from __future__ import annotations

import json
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import pycountry
from PySide6.QtCore import QCoreApplication, QLocale

from metrodesk.services.records.validation import country_name, phone_display
from metrodesk.ui.window.dates import show_date, show_datetime

#: list columns holding a number, shown right-aligned
NUMERIC_KEYS = frozenset({"population", "member_since", "capacity", "other_attendees"})
#: list columns holding a closed-vocabulary value ("city government"), shown capitalised
CHOICE_KEYS = frozenset({"org_kind", "status", "role", "meeting_kind", "mode", "programme_kind"})


@lru_cache(maxsize=256)
def language_name(code: str) -> str:
    names = _language_names()
    if names:
        return names.get(code, code)
    found = pycountry.languages.get(alpha_2=code) if len(code) == 2 else None
    return str(found.name) if found is not None else code


@lru_cache(maxsize=1)
def _language_names() -> dict[str, str]:
    """ISO 639-1 code -> English name, read straight from pycountry's own data file: its lookup
    loads and indexes all 7,900 ISO 639-3 languages first, a visible share of the first list
    painted at start. Empty (pycountry's lookup is used) should that file ever change its layout."""
    try:
        with open(pycountry.languages.filename, encoding="utf-8") as fh:
            entries = json.load(fh)["639-3"]
        return {str(e["alpha_2"]): str(e["name"]) for e in entries if "alpha_2" in e}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}


@lru_cache(maxsize=512)
def _country(code: str) -> str:
    return country_name(code)


def number(n: int) -> str:
    """An integer with the locale's digit grouping (also in the C locale: 1,620,000)."""
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return locale.toString(n)


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
        text = str(value)
        return text[:1].upper() + text[1:]
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    return " ".join(str(value).split()) if key == "description" else str(value)


def choice_text(value: str) -> str:
    """A stored choice ("in person", "active") as shown: translated, first letter capital."""
    text = QCoreApplication.translate("Choices", value)
    return text[:1].upper() + text[1:]
