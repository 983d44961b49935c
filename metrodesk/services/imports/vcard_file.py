"""vCards (.vcf, as Outlook, Google, Apple Contacts, Thunderbird and MetroDesk write them)
as rows of the Contacts sheet, for the same preview and commit as every import.

The cards are parsed by `services/contacts/vcard.py` (unfolding, unescaping, any number of
cards, 3.0 and 4.0); here each card becomes a person: N (else FN) for the name, ORG, TITLE,
every EMAIL and TEL, ADR's city and country, LANG, CATEGORIES as tags, NOTE. A UID that is a
UUID (MetroDesk's own cards, Apple's) identifies the contact, so the same card imported again
updates it rather than adding it twice.
"""

from __future__ import annotations

import quopri
import re
import uuid

from metrodesk.data.enums import NameOrder
from metrodesk.data.search_index import fold
from metrodesk.i18n import tr
from metrodesk.services.contacts.vcard import (
    Card,
    Property,
    parse_cards,
    split_unescaped,
    unescape,
)
from metrodesk.services.errors import ServiceError
from metrodesk.services.imports.people_table import PeopleTable, Person, people_table


def read_vcards(name: str, text: str) -> PeopleTable:
    """One row per card; ServiceError when the text holds no card at all."""
    cards = parse_cards(_join_soft_breaks(text))
    if not cards:
        raise ServiceError(
            tr("{name} holds no vCard (a card starts with BEGIN:VCARD)").format(name=name)
        )
    people = [_person(card.number, card) for card in cards]
    skipped = sum(1 for p in people if p.empty)
    notes = [tr("%n cards with no name, e-mail or phone left out", "", skipped)] if skipped else []
    return people_table("vCards", people, notes)


#: vCard 2.1 (Outlook's) writes long quoted-printable values over several lines, each but the
#: last ending in "=", with no space before the next
_SOFT_BREAK = re.compile(r"(QUOTED-PRINTABLE[^\n]*?)=\r?\n", re.IGNORECASE)


def _join_soft_breaks(text: str) -> str:
    while True:
        joined = _SOFT_BREAK.sub(r"\1", text)
        if joined == text:
            return text
        text = joined


def _decoded(prop: Property) -> str:
    """The value, with vCard 2.1's quoted-printable encoding undone in its CHARSET."""
    params = {key: value.upper() for key, value in prop.params}
    encoded = params.get("ENCODING") == "QUOTED-PRINTABLE" or any(
        key == "TYPE" and value.upper() == "QUOTED-PRINTABLE" for key, value in prop.params
    )
    if not encoded:
        return prop.value
    raw = quopri.decodestring(prop.value.encode("latin-1", "replace"))
    charset = params.get("CHARSET", "UTF-8")
    try:
        return raw.decode(charset)
    except (LookupError, UnicodeDecodeError):
        return raw.decode("cp1252", "replace")


def _person(number: int, card: Card) -> Person:
    every = card.all

    def first(name: str) -> str:
        found = every(name)
        return _decoded(found[0]) if found else ""

    n = split_unescaped(first("N"), ";") if every("N") else []
    n += [""] * (5 - len(n))
    family, given, additional, honorific, suffix = (part.strip() for part in n[:5])
    full = unescape(first("FN")).strip()
    if not (family or given) and full:
        *rest, last = full.split()
        given, family = " ".join(rest), last
    person = Person(
        number,
        given=" ".join(p for p in (given, additional) if p),
        family=" ".join(p for p in (family, suffix) if p),
        honorific=honorific,
        job_title=unescape(first("TITLE")).strip(),
        notes=unescape(first("NOTE")).replace("\r\n", "\n").strip(),
        language=first("LANG").strip().split("-")[0],
    )
    if given and family and fold(full).startswith(fold(f"{family} {given}")):
        person.name_order = NameOrder.FAMILY_FIRST.value
    for prop in every("EMAIL"):
        person.add_email(unescape(_decoded(prop)))
    for prop in every("TEL"):
        number_text = unescape(_decoded(prop)).strip()
        if number_text.lower().startswith("tel:"):
            number_text = number_text[4:]
        person.add_phone(number_text)
    if every("ORG"):
        person.organisation = split_unescaped(first("ORG"), ";")[0].strip()
    adr = split_unescaped(first("ADR"), ";") if every("ADR") else []
    adr += [""] * (7 - len(adr))
    person.city, person.country = adr[3].strip(), adr[6].strip()
    for prop in every("CATEGORIES"):
        for tag in split_unescaped(_decoded(prop), ","):
            person.add_tags(tag, separators=",")
    person.uuid = _uuid(first("UID"))
    return person


def _uuid(text: str) -> str:
    text = text.strip()
    if text.lower().startswith("urn:uuid:"):
        text = text[9:]
    try:
        return str(uuid.UUID(text)) if text else ""
    except ValueError:
        return ""  # another program's identifier: the e-mail identifies the person instead
