"""Texts people read, in their language: how every layer marks and translates them.

MetroDesk speaks English, French and Spanish through Qt Linguist: `pyside6-lupdate` collects
the texts from the source into `resources/translations/*.ts`, `pyside6-lrelease` compiles
them, and Qt's translators answer at run time (see `metrodesk/ui/runtime/languages.py` and
the README, "Languages").

One context for the whole app, as gettext has one domain: a text reads the same wherever it
is used, is translated once, and a homonym ("Open" the verb, "Open" the status) is told apart
by a disambiguation. The functions here are those lupdate recognises (`tr`, its alias `_tr`,
and `QT_TR_NOOP`); their text must be a literal string (an f-string or a variable is
extracted as something else, or not at all, and is never translated): fill placeholders
with `.format()` on the result, and counts with `%n` (`tr("%n backups", "", n)` reads
"1 backup", "2 backups", "1 sauvegarde"...).

No Qt here: the data and service layers use it too. The GUI plugs Qt's translation in with
`install()`; until then (the command line, service tests) texts read in English, plural
forms included (read from the English catalogue of plural forms).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from xml.etree import ElementTree

#: (text, disambiguation, n) -> the text in the interface's language; n is -1 when no count
Translate = Callable[[str, str | None, int], str]
#: (number, decimals) -> the number as the interface's locale writes it ("1 234,5" in French)
Number = Callable[[float, int], str]

_translate: Translate | None = None
_language = "en"
_number: Number | None = None


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the interface's language; `%n` (or `%Ln`, digits grouped) replaced by `n`,
    in the plural form `n` asks for."""
    if _translate is not None:
        return _translate(text, disambiguation, n)
    return english(text, disambiguation, n)


def translated(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A text marked with QT_TR_NOOP where it was written (a table, a stored name), translated
    where it is shown. Not seen by lupdate: never pass it a text that was not marked."""
    return tr(text, disambiguation, n)


def QT_TR_NOOP(text: str, disambiguation: str | None = None) -> str:  # Qt's name for it
    """Marks `text` for lupdate without translating it: for texts kept in tables or stored
    (the name of an undo step), translated with `translated()` where they are shown."""
    return text


def install(
    translate: Translate | None, language: str = "en", number: Number | None = None
) -> None:
    """Route every `tr` through `translate` (the GUI's Qt translators), whose language is
    `language` (an ISO 639-1 code), and numbers through `number`; None: English again."""
    global _translate, _language, _number
    _translate = translate
    _language = language if translate is not None else "en"
    _number = number if translate is not None else None


def number(value: float, decimals: int = 0) -> str:
    """`value` written as the interface's locale writes numbers (1,234.5 in English)."""
    if _number is not None:
        return _number(value, decimals)
    return f"{value:,.{decimals}f}"


def language() -> str:
    """The interface's language ("en", "fr", "es"): names of countries and languages, which
    come from pycountry's catalogues rather than ours, follow it."""
    return _language


def data_size(n: int) -> str:
    """A file's size as a person reads it: "840 bytes", "2.4 MB" ("2,4 Mo" in French)."""
    if n < 1024:
        return tr("%n bytes", "", n)
    size = n / 1024
    for unit in (QT_TR_NOOP("{size} KB"), QT_TR_NOOP("{size} MB")):
        if size < 1024:
            return translated(unit).format(size=number(size, 1))
        size /= 1024
    return tr("{size} GB").format(size=number(size, 1))


def english(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English text, with its plural form for `n` from the English catalogue."""
    if n < 0:
        return text
    forms = _english_plurals().get((text, disambiguation or ""))
    if forms:
        text = forms[0] if n == 1 or len(forms) == 1 else forms[1]
    return _PERCENT_N.sub(lambda m: f"{n:,}" if m.group(1) else str(n), text)


_PERCENT_N = re.compile(r"%(L?)n")


@functools.cache
def _english_plurals() -> dict[tuple[str, str], list[str]]:
    """(source, disambiguation) -> [singular, plural], from metrodesk_en.ts; empty without it."""
    from metrodesk import resources

    try:
        root = ElementTree.parse(resources.folder() / "translations" / "metrodesk_en.ts")
    except (OSError, ElementTree.ParseError, resources.ResourcesMissing):
        return {}
    forms: dict[tuple[str, str], list[str]] = {}
    for message in root.iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        comment = message.findtext("comment") or ""
        found = [f.text or "" for f in message.iter("numerusform")]
        if all(found):
            forms[(source, comment)] = found
    return forms
