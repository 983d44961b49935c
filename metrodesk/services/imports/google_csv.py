"""Contacts exported by Google Contacts ("Export" › "Google CSV"), in its current layout
("First Name", "Labels", "E-mail 1 - Label", "E-mail 1 - Value" ...) and the older one
("Given Name", "Group Membership", "E-mail 1 - Type" ...).

Google numbers repeated fields ("Phone 2 - Value") and may also put several values in one
cell joined by " ::: "; a label starting with "*" marks the primary value. Labels (groups)
become tags, except Google's own ("* myContacts", "* starred"). The first organisation is the
contact's, with its title as the job title.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from metrodesk.i18n import tr
from metrodesk.services.imports.outlook_csv import header_key
from metrodesk.services.imports.people_table import PeopleTable, Person, people_table
from metrodesk.services.imports.text_file import CsvTable

SEPARATOR = " ::: "
_NUMBERED = re.compile(r"^(e mail|phone|address|organization|website) (\d+) (\w+(?: \w+)*)$")

#: single columns, by role: (current layout's names, older layout's names)
_SINGLE = {
    "given": ("First Name", "Given Name"),
    "middle": ("Middle Name", "Additional Name"),
    "family": ("Last Name", "Family Name"),
    "honorific": ("Name Prefix",),
    "suffix": ("Name Suffix",),
    "full": ("Name", "File As"),
    "company": ("Organization Name",),
    "job": ("Organization Title",),
    "notes": ("Notes",),
    "labels": ("Labels", "Group Membership"),
    "language": ("Language",),
}
_SINGLE_KEYS = {header_key(name): role for role, names in _SINGLE.items() for name in names}
#: the layouts, told apart by columns only one of them has
_CURRENT = {header_key(n) for n in ("First Name", "Labels", "E-mail 1 - Label")}
_OLDER = {header_key(n) for n in ("Given Name", "Group Membership", "E-mail 1 - Type")}
#: what the numbered fields are called in each layout
_KIND = {"label", "type"}


@dataclass(frozen=True)
class GoogleLayout:
    current: bool
    single: dict[str, int]
    #: (field, number) -> {"value": column, "label": column, "city": column ...}
    numbered: dict[tuple[str, int], dict[str, int]]

    @property
    def name(self) -> str:
        return tr("Google contacts") if self.current else tr("Google contacts (older layout)")


def google_layout(header: Sequence[str]) -> GoogleLayout | None:
    """The columns of a Google Contacts export, or None when `header` is not one."""
    keys = [header_key(h) for h in header]
    current, older = len(_CURRENT.intersection(keys)), len(_OLDER.intersection(keys))
    if max(current, older) < 2:
        return None
    single: dict[str, int] = {}
    numbered: dict[tuple[str, int], dict[str, int]] = {}
    for i, key in enumerate(keys):
        role = _SINGLE_KEYS.get(key)
        if role is not None:
            single.setdefault(role, i)
            continue
        found = _NUMBERED.match(key)
        if found is not None:
            part = "kind" if found.group(3) in _KIND else found.group(3)
            numbered.setdefault((found.group(1), int(found.group(2))), {})[part] = i
    return GoogleLayout(current >= older, single, numbered)


def read_google(table: CsvTable, layout: GoogleLayout) -> PeopleTable:
    people = [_person(n, row, layout) for n, row in enumerate(table.rows[1:], 2)]
    used = set(layout.single.values())
    for (kind, _), parts in layout.numbered.items():
        if kind in ("e mail", "phone"):
            used.update(parts.values())
        elif kind == "address":
            used.update(i for part, i in parts.items() if part in ("kind", "city", "country"))
        elif kind == "organization":
            used.update(i for part, i in parts.items() if part in ("kind", "name", "title"))
    notes = []
    unused = sorted(
        {i for row in table.rows[1:] for i, x in enumerate(row) if i not in used and x.strip()}
    )
    unused = [i for i in unused if i < len(table.header)]
    if unused:
        names = ", ".join(table.header[i] for i in unused)
        notes.append(
            tr("Google columns not imported (MetroDesk has no field for them): {columns}").format(
                columns=names
            )
        )
    return people_table(layout.name, people, notes)


def _values(row: Sequence[str], parts: dict[str, int], part: str) -> list[str]:
    i = parts.get(part)
    text = row[i] if i is not None and i < len(row) else ""
    return [v.strip() for v in text.split(SEPARATOR)] if text.strip() else []


def _person(number: int, row: Sequence[str], layout: GoogleLayout) -> Person:
    def get(role: str) -> str:
        i = layout.single.get(role)
        return row[i].strip() if i is not None and i < len(row) else ""

    given = " ".join(p for p in (get("given"), get("middle")) if p)
    family = " ".join(p for p in (get("family"), get("suffix")) if p)
    if not (given or family) and get("full"):
        *first, last = get("full").split()
        given, family = " ".join(first), last
    person = Person(
        number,
        given=given,
        family=family,
        honorific=get("honorific"),
        organisation=get("company"),
        job_title=get("job"),
        language=get("language"),
        notes=get("notes").replace("\r\n", "\n"),
    )
    for kind, add in (("e mail", person.add_email), ("phone", person.add_phone)):
        for value in _primary_first(row, layout, kind):
            add(value)
    _organisation(person, row, layout)
    _address(person, row, layout)
    for label in get("labels").split(SEPARATOR):
        if label.strip() and not label.strip().startswith("*"):
            person.add_tags(label, separators=",")
    return person


def _primary_first(row: Sequence[str], layout: GoogleLayout, kind: str) -> list[str]:
    """The values of every "E-mail N" (or "Phone N") column, the one labelled "* …" first."""
    found: list[tuple[bool, str]] = []
    for (name, _), parts in sorted(layout.numbered.items()):
        if name != kind:
            continue
        labels = _values(row, parts, "kind")
        for j, value in enumerate(_values(row, parts, "value")):
            label = labels[j] if j < len(labels) else (labels[0] if labels else "")
            found.append((not label.startswith("*"), value))
    return [value for _, value in sorted(found, key=lambda f: f[0])]


def _organisation(person: Person, row: Sequence[str], layout: GoogleLayout) -> None:
    """The older layout's "Organization 1 - Name" and "- Title"."""
    if person.organisation:
        return
    for (name, _), parts in sorted(layout.numbered.items()):
        if name == "organization":
            names, titles = _values(row, parts, "name"), _values(row, parts, "title")
            if names:
                person.organisation = names[0]
                person.job_title = person.job_title or (titles[0] if titles else "")
                return


def _address(person: Person, row: Sequence[str], layout: GoogleLayout) -> None:
    """City and country of the work address, else of the first address that has them."""
    places: list[tuple[bool, str, str]] = []
    for (name, _), parts in sorted(layout.numbered.items()):
        if name != "address":
            continue
        label = " ".join(_values(row, parts, "kind")).casefold()
        cities, countries = _values(row, parts, "city"), _values(row, parts, "country")
        city, country = (cities or [""])[0], (countries or [""])[0]
        if city or country:
            places.append(("work" not in label, city, country))
    if places:
        _, person.city, person.country = min(places, key=lambda p: p[0])
