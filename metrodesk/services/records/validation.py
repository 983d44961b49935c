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

from metrodesk.services.errors import ValidationError


def email(field: str, value: str) -> str:
    # imported here: email_validator costs ~30 ms of every app start, and is needed for writes
    from email_validator import EmailNotValidError, validate_email

    value = value.strip()
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValidationError(field, f"not a valid e-mail address ({exc})") from exc


def phone(field: str, value: str, region: str | None = None) -> str:
    """Any written form ('+82 2 123 4567', '(93) 342 87 50' with region ES) to E.164."""
    value = value.strip()
    try:
        parsed = phonenumbers.parse(value, (region or "").upper() or None)
    except phonenumbers.NumberParseException as exc:
        hint = "" if value.startswith("+") else " (start with + and the country code)"
        raise ValidationError(field, f"not a phone number{hint}") from exc
    if not phonenumbers.is_valid_number(parsed):
        raise ValidationError(field, "not a valid phone number for its country")
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
        raise ValidationError(field, f"unknown country '{value}' (use a name or ISO code)")
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
        raise ValidationError(field, f"unknown language '{value}'")
    return str(code)


def required(field: str, value: str) -> str:
    value = value.strip()
    if not value:
        raise ValidationError(field, "is required")
    return value


def choice(field: str, value: str, options: tuple[str, ...]) -> str:
    value = value.strip()
    if value not in options:
        raise ValidationError(field, f"must be one of: {', '.join(options)}")
    return value


def integer(field: str, value: object, minimum: int | None = None) -> int | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = int(str(value).strip()) if not isinstance(value, int) else value
    except ValueError as exc:
        raise ValidationError(field, "must be a whole number") from exc
    if minimum is not None and number < minimum:
        raise ValidationError(field, f"must be at least {minimum}")
    return number


def amount(field: str, value: object) -> Decimal:
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation as exc:
        raise ValidationError(field, "must be an amount such as 1250.00") from exc
    if number < 0:
        raise ValidationError(field, "cannot be negative")
    return number


def a_date(field: str, value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ValidationError(field, "must be a date as YYYY-MM-DD") from exc


def a_datetime(field: str, value: object) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    try:
        return datetime.fromisoformat(str(value).strip())
    except ValueError as exc:
        raise ValidationError(field, "must be a date and time as YYYY-MM-DD HH:MM") from exc
