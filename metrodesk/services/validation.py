"""Field rules shared by every path into the database: editors, CLI, import."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

import phonenumbers
import pycountry
from email_validator import EmailNotValidError, validate_email

from metrodesk.services.errors import ValidationError


def email(field: str, value: str) -> str:
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
            return None
    return str(found.alpha_2)


def country(field: str, value: str) -> str:
    """ISO 3166 alpha-2 from a code or an English name; '' stays empty."""
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
    """ISO 639-1 code from a code or an English name ('French' -> 'fr')."""
    value = value.strip()
    if not value:
        return ""
    found = pycountry.languages.get(alpha_2=value.lower()) if len(value) == 2 else None
    if found is None:
        try:
            found = pycountry.languages.lookup(value)
        except LookupError:
            found = None
    code = getattr(found, "alpha_2", None)
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
