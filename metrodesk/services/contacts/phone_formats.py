"""Phone numbers are stored as E.164 and shown grouped the way their country writes them
(`validation.phone_display`). phonenumbers loads a country's metadata and compiles its
patterns the first time it formats one of its numbers: a few milliseconds per country, paid by
whichever list paints that country's first number, such as the first search of a session.
`warm_phone_formats` pays it in the background at start, for the countries the file holds."""

from __future__ import annotations

import phonenumbers
from phonenumbers import re_util
from sqlalchemy import func, select

from metrodesk.data.database import Database
from metrodesk.data.models import ContactPhone
from metrodesk.services.records.validation import phone_display

# phonenumbers leaves compiled patterns to the `re` module's cache of 512, which every
# country's patterns overflow (to be compiled again and again): it keeps them itself
re_util.enable_pattern_cache()


def calling_codes(db: Database) -> list[int]:
    """The country calling codes of the phone numbers the file holds."""
    # E.164: '+', then a calling code of one to three digits; its first three digits say which
    prefix = func.substr(ContactPhone.number, 2, 3)
    stmt = select(prefix).where(ContactPhone.deleted_at.is_(None)).distinct()
    with db.read() as s:
        prefixes = [str(p) for p in s.scalars(stmt) if p]
    codes: set[int] = set()
    for digits in prefixes:
        for length in (1, 2, 3):
            head = digits[:length]
            if head.isdigit() and int(head) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
                codes.add(int(head))
                break
    return sorted(codes)


def warm_phone_formats(db: Database) -> int:
    """Format one example number of each calling code in the file, so that its country's
    patterns are compiled before a list shows its numbers; how many codes were warmed."""
    warmed = 0
    for code in calling_codes(db):
        region = phonenumbers.region_code_for_country_code(code)
        example = phonenumbers.example_number(region) if region else None
        if example is None:
            example = phonenumbers.example_number_for_non_geo_entity(code)
        if example is not None:
            phone_display(phonenumbers.format_number(example, phonenumbers.PhoneNumberFormat.E164))
            warmed += 1
    return warmed
