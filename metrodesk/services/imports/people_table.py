"""People read from another program's file, laid out as the contract's Contacts sheet.

The readers of Outlook and Google CSV files and of vCards each know their own format; they
hand over `Person` values, and `people_table` lays them out under the headers the importer
reads from a workbook ("Given name", "E-mail", "E-mail 2", "Tags" ...). The rows then go
through the same checks, matching, preview and commit as the rows of a workbook.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from metrodesk.data.search_index import fold
from metrodesk.services.errors import ValidationError
from metrodesk.services.records import validation as v

#: the Contacts sheet's columns a person fills, in the order the preview lists them
PERSON_COLUMNS = (
    "UUID",
    "Honorific",
    "Given name",
    "Family name",
    "Name order",
    "Job title",
    "Organisation",
    "E-mail",
    "Phone",
    "Language",
    "City",
    "Country",
    "Tags",
    "Notes",
)
#: columns every table has, filled or not; the others only when some person fills them, so
#: that a file which knows nothing of a field leaves the field as it is
ALWAYS = ("Given name", "Family name")


@dataclass
class Person:
    """One contact as another program's file has it; empty values are unknown."""

    #: the record number as the user finds it: the CSV row Excel shows, the card's number
    number: int
    given: str = ""
    family: str = ""
    honorific: str = ""
    job_title: str = ""
    organisation: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    language: str = ""
    city: str = ""
    country: str = ""
    tags: list[str] = field(default_factory=list)
    notes: str = ""
    #: "family-first" when the file writes the family name first (KIM Chang-Beom)
    name_order: str = ""
    #: a UUID the file carries (a vCard's UID): the same card imported again is the same
    uuid: str = ""

    def add_email(self, address: str) -> None:
        address = address.strip()
        if address and address.casefold() not in {e.casefold() for e in self.emails}:
            self.emails.append(address)

    def add_phone(self, number: str) -> None:
        number = number.strip()
        if number and _digits(number) not in {_digits(p) for p in self.phones}:
            self.phones.append(number)

    def add_tags(self, text: str, separators: str = ";,") -> None:
        for tag in re.split(f"[{re.escape(separators)}]", text):
            tag = tag.strip()
            if tag and tag.casefold() not in {t.casefold() for t in self.tags}:
                self.tags.append(tag)

    @property
    def empty(self) -> bool:
        return not (self.given or self.family or self.emails or self.phones or self.organisation)


def _digits(number: str) -> str:
    return re.sub(r"\D", "", number)


@dataclass(frozen=True)
class PeopleTable:
    """Rows in the contract's Contacts layout, and what the reader left out."""

    #: how the format is named to the user: "Outlook contacts (French)"
    source: str
    header: tuple[str, ...]
    #: (the record number the user finds it by, the row's cells under `header`)
    rows: tuple[tuple[int, tuple[str, ...]], ...]
    #: what was read but not imported, said so that nothing is lost quietly
    notes: tuple[str, ...] = ()


def people_table(source: str, people: Iterable[Person], notes: Sequence[str] = ()) -> PeopleTable:
    """Lay `people` out under the Contacts headers, with as many "E-mail N" and "Phone N"
    columns as the person with the most of them needs. Records with no name, e-mail, phone
    or organisation at all (an empty line of a CSV) are left out."""
    kept = [p for p in people if not p.empty]
    emails = max((len(p.emails) for p in kept), default=1)
    phones = max((len(p.phones) for p in kept), default=1)
    full = [_cells(p, emails, phones) for p in kept]
    names = (
        *PERSON_COLUMNS,
        *(f"E-mail {n}" for n in range(2, emails + 1)),
        *(f"Phone {n}" for n in range(2, phones + 1)),
    )
    wanted = [
        i for i, name in enumerate(names) if name in ALWAYS or any(cells[i] for cells in full)
    ]
    header = tuple(names[i] for i in wanted)
    rows = tuple(
        (p.number, tuple(cells[i] for i in wanted)) for p, cells in zip(kept, full, strict=True)
    )
    return PeopleTable(source, header, rows, tuple(notes))


def _cells(p: Person, emails: int, phones: int) -> tuple[str, ...]:
    first_email = p.emails[0] if p.emails else ""
    first_phone = p.phones[0] if p.phones else ""
    more_emails = [*p.emails[1:], *[""] * emails][: emails - 1]
    more_phones = [*p.phones[1:], *[""] * phones][: phones - 1]
    return (
        p.uuid,
        p.honorific,
        p.given,
        p.family,
        p.name_order,
        p.job_title,
        p.organisation,
        first_email,
        first_phone,
        p.language,
        p.city,
        country_code(p.country),
        ", ".join(p.tags),
        p.notes,
        *more_emails,
        *more_phones,
    )


# ---------------------------------------------------------------------------------------------
# countries as contacts programs write them

#: names these programs (and people typing into them) use that pycountry's English, French
#: and Spanish names do not have, folded as `_key` folds them
_MORE_COUNTRY_NAMES = {
    "russia": "RU",
    "russie": "RU",
    "rusia": "RU",
    "palestine": "PS",
    "palestina": "PS",
    "congo rdc": "CD",
    "rd congo": "CD",
    "rdc": "CD",
    "republique democratique du congo": "CD",
    "republica democratica del congo": "CD",
    "democratic republic of the congo": "CD",
    "hong kong ras": "HK",
    "hong kong sar": "HK",
    "macao ras": "MO",
    "macao sar": "MO",
    "macau": "MO",
    "cote divoire": "CI",
    "ivory coast": "CI",
    "coree republique de": "KR",
    "korea republic of": "KR",
    "iran republique islamique d": "IR",
}


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", "", fold(text).replace("’", "")).split())


@lru_cache(maxsize=1024)
def country_code(text: str) -> str:
    """An ISO code for a country written out in English, French or Spanish, or as the
    contacts programs list it ("Corée (République de)", "Hong Kong R.A.S."); the text as it
    is when no country goes by that name, for the importer to report in its own words."""
    text = " ".join(text.split())
    if not text:
        return ""
    try:
        return v.country("Country", text)
    except ValidationError:
        pass
    found = _MORE_COUNTRY_NAMES.get(_key(text))
    if found is not None:
        return found
    # "Corée (République de)" is pycountry's "Corée, République de"
    reordered = re.sub(r"^(.*?)\s*\((.*)\)$", r"\1, \2", text)
    if reordered != text:
        try:
            return v.country("Country", reordered)
        except ValidationError:
            pass
    return text
