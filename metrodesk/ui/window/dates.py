"""Dates and times as the user writes them: shown in the locale's short form with a four-digit
year (04/11/2016 in France, 11/4/2016 in the US), read back from that form, its two-digit
variant or ISO (2016-11-04), whatever separator was typed. Without a real locale (the C locale
of servers and tests) dates are ISO."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from metrodesk.i18n import tr

#: a two-digit year means 1950-2049
TWO_DIGIT_PIVOT = 1950


def _locale() -> QLocale:
    return QLocale()


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


def date_format() -> str:
    """The Qt date format shown and typed: the locale's short one, its year in four digits."""
    locale = _locale()
    if _is_c(locale):
        return "yyyy-MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return fmt if "yyyy" in fmt else fmt.replace("yy", "yyyy")


def time_format() -> str:
    locale = _locale()
    return "HH:mm" if _is_c(locale) else locale.timeFormat(QLocale.FormatType.ShortFormat)


def date_hint() -> str:
    """The format as a person reads it (DD/MM/YYYY), for placeholders and messages."""
    return readable_format(date_format())


def readable_format(qt_format: str) -> str:
    """A Qt date or time format as a person reads it in the interface's language: dd/MM/yyyy
    reads DD/MM/YYYY, JJ/MM/AAAA in French, DD/MM/AAAA in Spanish."""
    letters = {
        "Y": tr("Y", "the letter of years in a date format (YYYY)"),
        "M": tr("M", "the letter of months, or minutes, in a date format (MM)"),
        "D": tr("D", "the letter of days in a date format (DD)"),
        "H": tr("H", "the letter of hours in a time format (HH)"),
    }
    pattern = qt_format.upper().replace("AP", "").strip()
    return "".join(letters.get(c, c) for c in pattern)


def show_date(value: date) -> str:
    return QDate(value.year, value.month, value.day).toString(date_format())


def show_time(value: time | datetime) -> str:
    return _locale().toString(QTime(value.hour, value.minute), time_format())


def show_moment(value: datetime) -> str:
    """A moment to the second (backups taken within one minute told apart)."""
    locale = _locale()
    fmt = "HH:mm:ss" if _is_c(locale) else time_format().replace("mm", "mm:ss", 1)
    when = QTime(value.hour, value.minute, value.second)
    return f"{show_date(value.date())} {locale.toString(when, fmt)}"


def show_datetime(value: datetime) -> str:
    """A moment; midnight shows as the date alone (meetings of whole days)."""
    if (value.hour, value.minute) == (0, 0):
        return show_date(value.date())
    return f"{show_date(value.date())} {show_time(value)}"


def _loose(fmt: str) -> str:
    """A format that also reads days and months written without a leading zero."""
    return fmt.replace("dd", "d").replace("MM", "M")


def _formats() -> list[tuple[str, bool]]:
    """(format, two-digit year) in the order they are tried."""
    locale = _locale()
    shown = date_format()
    out = [(shown, False), (_loose(shown), False)]
    if not _is_c(locale):
        # a short year is read in every locale (04/11/16 in France, whose short form has four)
        short = shown.replace("yyyy", "yy")
        out += [(short, True), (_loose(short), True)]
    return out


def _separator(fmt: str) -> str:
    found = re.search(r"[^dMy]", fmt)
    return found.group(0) if found else "-"


def parse_date(text: str) -> date | None:
    """The date typed, or None when nothing was typed; ValueError when it reads as no date."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    for fmt, two_digits in _formats():
        typed = re.sub(r"\s*[./\-]\s*|\s+", _separator(fmt), text)
        found = QDate.fromString(typed, fmt)
        if found.isValid():
            year = found.year()
            if two_digits and year < TWO_DIGIT_PIVOT:
                year += 100
            return date(year, found.month(), found.day())
    raise ValueError(text)


def parse_datetime(text: str) -> datetime | None:
    """A date and a time (HH:MM, or the locale's), or a date alone meaning midnight."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    day, _, rest = text.partition(" ")
    when = parse_date(day)
    assert when is not None
    rest = rest.strip()
    if not rest:
        return datetime(when.year, when.month, when.day)
    for fmt in (time_format(), "H:mm", "h:mm AP", "h:mmAP", "H.mm"):
        found = QTime.fromString(rest.upper(), fmt)
        if found.isValid():
            return datetime(when.year, when.month, when.day, found.hour(), found.minute())
    found_dt = QDateTime.fromString(text, f"{date_format()} {time_format()}")
    if found_dt.isValid():
        moment = found_dt.toPython()
        assert isinstance(moment, datetime)
        return moment
    raise ValueError(text)
