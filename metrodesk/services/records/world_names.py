"""Countries and languages named in the interface's language ("Corée du Sud", "coreano"), from
pycountry's own translations of the ISO 3166 and ISO 639 names.

Stored values are codes (KR, ko); contract workbooks and vCards keep the English names (see
`validation.country_name`), while lists, pickers and previews name them for the reader.
"""

from __future__ import annotations

import gettext
import json
from functools import lru_cache

import pycountry

from metrodesk import i18n
from metrodesk.services.records.validation import country_name as english_country_name

#: iso-codes' own slips, corrected where a reader would notice
_FIXES = {("es", "Árábe"): "Árabe"}


@lru_cache(maxsize=8)
def _catalogue(domain: str, language: str) -> gettext.NullTranslations:
    return gettext.translation(domain, pycountry.LOCALES_DIR, languages=[language], fallback=True)


def _in(domain: str, english: str, language: str) -> str:
    if language == "en" or not english:
        return english
    text = _catalogue(domain, language).gettext(english)
    return _FIXES.get((language, text), text)


@lru_cache(maxsize=2048)
def country_name(code: str, language: str = "") -> str:
    """The country of ISO code `code` in `language` (default: the interface's)."""
    return _in("iso3166-1", english_country_name(code), language or i18n.language())


@lru_cache(maxsize=1024)
def language_name(code: str, language: str = "") -> str:
    """The language of ISO 639-1 code `code` in `language` (default: the interface's)."""
    english = _english_language_names().get(code)
    if english is None and len(code) == 2:
        found = pycountry.languages.get(alpha_2=code)
        english = str(found.name) if found is not None else None
    return _in("iso639-3", english, language or i18n.language()) if english else code


@lru_cache(maxsize=1)
def _english_language_names() -> dict[str, str]:
    """ISO 639-1 code -> English name, read straight from pycountry's own data file: its lookup
    loads and indexes all 7,900 ISO 639-3 languages first, a visible share of the first list
    painted at start. Empty (pycountry's lookup is used) should that file ever change its layout."""
    try:
        with open(pycountry.languages.filename, encoding="utf-8") as fh:
            entries = json.load(fh)["639-3"]
        return {str(e["alpha_2"]): str(e["name"]) for e in entries if "alpha_2" in e}
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}
