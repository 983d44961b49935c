"""Field rules shared by every path into the database: editors, CLI, import."""

from __future__ import annotations

import gettext
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

import phonenumbers
import pycountry

from metrodesk import i18n
from metrodesk.i18n import tr, translated
from metrodesk.services.errors import ValidationError


def email(field: str, value: str) -> str:
    # imported here: email_validator is a visible share of start, and is needed for writes
    from email_validator import EmailNotValidError, validate_email

    value = value.strip()
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(
            field, tr("not a valid e-mail address ({reason})").format(reason=exc)
        ) from exc


def phone(field: str, value: str, region: str | None = None) -> str:
    """Any written form ('+82 2 123 4567', '(93) 342 87 50' with region ES) to E.164."""
    value = value.strip()
    try:
        parsed = phonenumbers.parse(value, (region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        message = (
            tr("not a phone number")
            if value.startswith("+")
            else tr("not a phone number (start with + and the country code)")
        )
        raise ValidationError(field, message) from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(field, tr("not a valid phone number for its country"))
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def phone_display(e164: str) -> str:
    try:
        parsed = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


@lru_cache(maxsize=512)
def _country_lookup(value: str) -> str | None:
    found = pycountry.countries.get(alpha_2=value.upper()) if len(value) == 2 else None
    if found is None and len(value) == 3:
        found = pycountry.countries.get(alpha_3=value.upper())
    if found is None:
        try:
            found = pycountry.countries.lookup(value)
        except LookupError:
            return _names("iso3166-1", pycountry.countries).get(_folded(value))
    return str(found.alpha_2)


#: the languages colleagues' sheets are written in, besides English
_NAME_LANGUAGES = ("fr", "es", "pt", "ca", "de", "it")


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


@lru_cache(maxsize=4)
def _names(domain: str, database: Any) -> dict[str, str]:
    """Folded names in English and `_NAME_LANGUAGES` -> alpha-2 code, so that "Mexique",
    "México" or "Corée, République de" in an imported sheet mean what the colleague meant."""
    translations: list[Any] = [None] + [
        gettext.translation(domain, pycountry.LOCALES_DIR, languages=[lang], fallback=True)
        for lang in _NAME_LANGUAGES
    ]
    names: dict[str, str] = {}
    # one language at a time, in order: a wrong entry in a later catalogue (Catalan calls
    # Breton "Francès") cannot take a name an earlier one already gave
    for t in translations:
        for entry in database:
            code: str = getattr(entry, "alpha_2", "")
            for attr in ("name", "common_name", "official_name") if code else ():
                english = getattr(entry, attr, None)
                if english:
                    names.setdefault(_folded(t.gettext(english) if t else english), code)
    return names


def country(field: str, value: str) -> str:
    """ISO 3166 alpha-2 from a code or a name (English, French, Spanish...); '' stays empty."""
    value = value.strip()
    if not value:
        return ""
    code = _country_lookup(value)
    if code is None:
        raise ValidationError(
            field,
            tr("unknown country {value} (use a name or ISO code)").format(value=quoted(value)),
        )
    return code


def country_name(code: str) -> str:
    found = pycountry.countries.get(alpha_2=code) if code else None
    return str(getattr(found, "common_name", None) or found.name) if found else code


def language(field: str, value: str) -> str:
    """ISO 639-1 code from a code or a name ('French', 'français', 'francés' -> 'fr')."""
    value = value.strip()
    if not value:
        return ""
    found = pycountry.languages.get(alpha_2=value.lower()) if len(value) == 2 else None
    if found is None:
        try:
            found = pycountry.languages.lookup(value)
        except LookupError:
            found = None
    code = getattr(found, "alpha_2", None) or _names("iso639-3", pycountry.languages).get(
        _folded(value)
    )
    if code is None:
        raise ValidationError(field, tr("unknown language {value}").format(value=quoted(value)))
    return str(code)


def required(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(field, tr("is required"))
    return value


def choice(field: str, value: str, options: tuple[str, ...]) -> str:
    value = value.strip()
    if value not in options:
        raise ValidationError(
            field,
            tr("must be one of: {choices}").format(
                choices=", ".join(translated(o) for o in options)
            ),
        )
    return value


# --- plausible values: the same on every path (editor, import, CLI, sync) ------------------

#: the most characters a text may hold: Excel's limit for a cell, so that every record can
#: travel through a workbook and back without being cut
MAX_TEXT = 32_767
#: dates (and the days of dates and times) a record may hold: Excel's calendar starts in
#: 1900, and nothing this office plans or remembers lies outside these
FIRST_DAY = date(1900, 1, 1)
LAST_DAY = date(2100, 12, 31)
#: the largest whole number any field takes unless it says less (SQLite's own limit is 2**63)
MAX_INTEGER = 10**12
#: the largest amount of money (a fee) any field takes
MAX_AMOUNT = Decimal(10**9)
#: control characters a long text (notes, an agenda, a description) may hold: tab, line breaks
_LONG_TEXT_CONTROLS = frozenset("\t\n\r")


def quoted(value: str, limit: int = 60) -> str:
    """A value as a message quotes it: on one line (line breaks and other control
    characters shown escaped), cut to `limit` characters."""
    shown = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in value
    )
    return f"'{shown[:limit]}…'" if len(shown) > limit else f"'{shown}'"


def one_line(message: str) -> str:
    """A message (one that may quote a cell) as one line: control characters escaped."""
    return "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii") for ch in message
    )


def blank(value: object) -> bool:
    """Nothing, or only spaces: what clearing a cell or a field leaves."""
    return value is None or (isinstance(value, str) and not value.strip())


def text(field: str, value: str, multiline: bool = False) -> str:
    """`value` if it can be stored and travel (to a workbook, a CSV, a PDF, a sync): no
    control characters (line breaks and tabs only in a long text), no lone surrogates or
    non-characters (XML cannot hold them), at most MAX_TEXT characters."""
    if len(value) > MAX_TEXT:
        raise ValidationError(
            field,
            tr("is {length} characters long; at most {limit} fit (Excel's limit)").format(
                length=i18n.number(len(value)), limit=i18n.number(MAX_TEXT)
            ),
        )
    for ch in value:
        if ch.isprintable() or ch == " ":
            continue
        if multiline and ch in _LONG_TEXT_CONTROLS:
            continue
        category = unicodedata.category(ch)
        if category in ("Zs", "Zl", "Zp", "Mn", "Mc", "Me", "Cf", "Co") and not _odd(ch):
            continue  # spaces, marks, format characters (Arabic, Hebrew), private use
        if ch in "\n\r" and not multiline:
            raise ValidationError(field, tr("holds a line break; this field holds one line"))
        raise ValidationError(
            field,
            tr("holds a control character ({code}) that cannot be stored").format(
                code=f"U+{ord(ch):04X}"
            ),
        )
    return value


def _odd(ch: str) -> bool:
    """Characters no file format carries: non-characters (U+FFFE, U+FFFF, …)."""
    code = ord(ch)
    return (code & 0xFFFE) == 0xFFFE or 0xFDD0 <= code <= 0xFDEF


def integer(
    field: str,
    value: object,
    minimum: int | None = None,
    maximum: int | None = MAX_INTEGER,
) -> int | None:
    """A whole number between `minimum` and `maximum`, or None for a blank. A yes/no value
    (Excel's TRUE, which Python reads as 1) or a fraction is not a whole number."""
    if blank(value):
        return None
    if isinstance(value, bool):
        raise ValidationError(field, tr("must be a whole number, not a yes/no value"))
    if isinstance(value, float):
        if not value.is_integer():
            raise ValidationError(field, tr("must be a whole number"))
        value = int(value)
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError as exc:
        raise ValidationError(field, tr("must be a whole number")) from exc
    if minimum is not None and number < minimum:
        raise ValidationError(
            field, tr("must be at least {minimum}").format(minimum=i18n.number(minimum))
        )
    if maximum is not None and number > maximum:
        raise ValidationError(
            field, tr("must be at most {maximum}").format(maximum=i18n.number(maximum))
        )
    return number


def amount(field: str, value: object) -> Decimal:
    if isinstance(value, bool):
        raise ValidationError(field, tr("must be an amount such as 1250.00, not a yes/no value"))
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValidationError(field, tr("must be an amount such as 1250.00")) from exc
    if not number.is_finite():
        raise ValidationError(field, tr("must be an amount such as 1250.00"))
    if number < 0:
        raise ValidationError(field, tr("cannot be negative"))
    if number > MAX_AMOUNT:
        raise ValidationError(
            field, tr("must be at most {maximum}").format(maximum=i18n.number(float(MAX_AMOUNT)))
        )
    return number


def plausible_day(field: str, day: date, future: bool = True) -> None:
    """Refuse a day outside FIRST_DAY..LAST_DAY (Excel's 1899-12-30, 9999-12-31), or, for a
    field that records what happened (`future` False), a day after today."""
    if not FIRST_DAY <= day <= LAST_DAY:
        raise ValidationError(
            field,
            tr("{day} is not a plausible date (use {first}–{last})").format(
                day=day.isoformat(), first=FIRST_DAY.year, last=LAST_DAY.year
            ),
        )
    if not future and day > date.today():
        raise ValidationError(field, tr("{day} is in the future").format(day=day.isoformat()))


def a_date(field: str, value: object, future: bool = True) -> date | None:
    if blank(value):
        return None
    if isinstance(value, datetime):
        day = value.date()
    elif isinstance(value, date):
        day = value
    else:
        try:
            day = date.fromisoformat(str(value).strip())
        except ValueError as exc:
            raise ValidationError(field, tr("must be a date as YYYY-MM-DD")) from exc
    plausible_day(field, day, future)
    return day


def a_datetime(field: str, value: object) -> datetime | None:
    """A date and time as written where it happens: a time zone, if the value carries one
    ('10:00+09:00', a meeting in Seoul), is dropped and the wall time kept."""
    if blank(value):
        return None
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        try:
            moment = datetime.fromisoformat(str(value).strip())
        except ValueError as exc:
            raise ValidationError(field, tr("must be a date and time as YYYY-MM-DD HH:MM")) from exc
    plausible_day(field, moment.date())
    return moment.replace(tzinfo=None)
