"""Contacts as vCards (RFC 2426 for 3.0, RFC 6350 for 4.0), written and read by hand.

Export: N, FN, ORG, TITLE, every EMAIL and TEL (E.164), NOTE, LANG, ADR (city, country),
CATEGORIES and UID (the contact's UUID), escaped and folded at 75 octets without splitting a
UTF-8 character. Import: unfolds, unescapes, reads any number of cards, and checks every
e-mail and phone with the rules of the editor; one bad card rejects the whole file, naming the
card and the reason, so an import is all or nothing (and one undo step).
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from metrodesk.data.database import Database
from metrodesk.data.enums import NameOrder
from metrodesk.data.files import write_private
from metrodesk.data.people import Affiliation, Contact, ContactEmail, ContactPhone, Organisation
from metrodesk.data.search_index import fold
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import Records, clean, contact_links

LINE_OCTETS = 75
CRLF = "\r\n"
Progress = Callable[[int, int], bool]


class VCardError(ServiceError):
    """A file that cannot be imported; nothing was written."""


# --- writing --------------------------------------------------------------------------------


def escape(value: str) -> str:
    """A TEXT value as vCard writes it: backslash, semicolon, comma and newline escaped."""
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold_line(line: str) -> str:
    """Fold a content line into lines of at most 75 octets (the continuation's leading space
    counted), never cutting a UTF-8 character in two."""
    out: list[str] = []
    current: list[str] = []
    size = 0
    limit = LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(ch)
        size += width
    out.append("".join(current))
    return (CRLF + " ").join(out)


@dataclass(frozen=True)
class CardData:
    """One contact as a card holds it."""

    uid: str
    given: str
    family: str
    honorific: str
    family_first: bool
    organisation: str
    title: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    notes: str
    language: str
    city: str
    country: str
    tags: tuple[str, ...] = ()


def card_text(card: CardData, version: int = 3) -> str:
    if version not in (3, 4):
        raise ServiceError(tr("vCard version must be 3 or 4"))
    first = [card.family.upper(), card.given] if card.family_first else [card.given, card.family]
    full = " ".join(p for p in first if p) or card.organisation or card.uid
    lines = ["BEGIN:VCARD", f"VERSION:{version}.0"]
    n = [card.family, card.given, "", card.honorific, ""]
    lines.append("N:" + ";".join(escape(p) for p in n))
    lines.append("FN:" + escape(full))
    if card.organisation:
        lines.append("ORG:" + escape(card.organisation))
    if card.title:
        lines.append("TITLE:" + escape(card.title))
    for i, address in enumerate(card.emails):
        pref = (";PREF=1" if version == 4 else ",PREF") if i == 0 else ""
        kind = "TYPE=work" if version == 4 else "TYPE=INTERNET,WORK"
        lines.append(f"EMAIL;{kind}{pref}:{escape(address)}")
    for i, number in enumerate(card.phones):
        if version == 4:
            pref = ";PREF=1" if i == 0 else ""
            lines.append(f"TEL;VALUE=uri;TYPE=voice{pref}:tel:{number}")
        else:
            lines.append(f"TEL;TYPE=VOICE{',PREF' if i == 0 else ''}:{number}")
    if card.city or card.country:
        country = v.country_name(card.country) if card.country else ""
        adr = ["", "", "", card.city, "", "", country]
        lines.append("ADR;TYPE=work:" + ";".join(escape(p) for p in adr))
    if card.language:
        lines.append(f"LANG:{card.language}")
    if card.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in card.tags))
    if card.notes:
        lines.append("NOTE:" + escape(card.notes))
    lines.append(f"UID:urn:uuid:{card.uid}" if version == 4 else f"UID:{card.uid}")
    lines.append("END:VCARD")
    return "".join(fold_line(line) + CRLF for line in lines)


# --- reading --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Property:
    name: str
    params: tuple[tuple[str, str], ...]
    value: str


@dataclass
class Card:
    number: int
    props: list[Property] = field(default_factory=list)

    def all(self, name: str) -> list[Property]:
        return [p for p in self.props if p.name == name]

    def first(self, name: str) -> str:
        found = self.all(name)
        return found[0].value if found else ""


_ESCAPES = re.compile(r"\\(.)", re.DOTALL)


def unescape(value: str) -> str:
    return _ESCAPES.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def split_unescaped(value: str, sep: str) -> list[str]:
    """Split a structured value (N, ADR, ORG; CATEGORIES on commas) on unescaped `sep`, then
    unescape each part."""
    parts, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value):
            current.append(value[i : i + 2])
            i += 2
            continue
        if ch == sep:
            parts.append(unescape("".join(current)))
            current = []
        else:
            current.append(ch)
        i += 1
    parts.append(unescape("".join(current)))
    return parts


def unfold(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return re.sub(r"\n[ \t]", "", text).split("\n")


def _parse_line(line: str) -> Property | None:
    quoted = False
    for i, ch in enumerate(line):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            head, value = line[:i], line[i + 1 :]
            break
    else:
        return None
    name, *raw_params = head.split(";")
    name = name.split(".")[-1].upper()  # a group prefix ("item1.EMAIL") is dropped
    params = []
    for p in raw_params:
        key, _, val = p.partition("=")
        params.append((key.upper(), val.strip('"')) if val else ("TYPE", key))
    return Property(name, tuple(params), value)


def parse_cards(text: str) -> list[Card]:
    cards: list[Card] = []
    current: Card | None = None
    for line in unfold(text):
        if not line.strip():
            continue
        prop = _parse_line(line)
        if prop is None:
            continue
        if prop.name == "BEGIN" and prop.value.strip().upper() == "VCARD":
            current = Card(len(cards) + 1)
        elif prop.name == "END" and prop.value.strip().upper() == "VCARD":
            if current is not None:
                cards.append(current)
            current = None
        elif current is not None:
            current.props.append(prop)
    return cards


@dataclass(frozen=True)
class _Prepared:
    uid: uuid.UUID | None
    values: dict[str, Any]
    emails: tuple[str, ...]
    phones: tuple[str, ...]
    organisation: str


@dataclass(frozen=True)
class VCardImport:
    created: int
    #: cards whose UID is a contact already in the database (left as they are)
    skipped: int
    organisations_created: int


def _prepare(card: Card) -> _Prepared:
    n = split_unescaped(card.first("N"), ";") if card.all("N") else []
    n += [""] * (5 - len(n))
    family, given, honorific = n[0].strip(), n[1].strip(), n[3].strip()
    full = unescape(card.first("FN")).strip()
    if not family and full:
        *first, last = full.split()
        given, family = " ".join(first), last
    family_first = bool(given and family) and fold(full).startswith(fold(family + " " + given))
    values: dict[str, Any] = {
        "honorific": honorific,
        "given_name": given,
        "family_name": family,
        "name_order": (NameOrder.FAMILY_FIRST if family_first else NameOrder.GIVEN_FIRST).value,
        "job_title": unescape(card.first("TITLE")).strip(),
        "notes": unescape(card.first("NOTE")),
    }
    lang = card.first("LANG").strip().split("-")[0]
    if lang:
        values["language"] = lang
    adr = split_unescaped(card.first("ADR"), ";") if card.all("ADR") else []
    adr += [""] * (7 - len(adr))
    if adr[3].strip():
        values["city"] = adr[3].strip()
    if adr[6].strip():
        values["country"] = adr[6].strip()
    tags = [t.strip() for p in card.all("CATEGORIES") for t in split_unescaped(p.value, ",")]
    if any(tags):
        values["tags"] = [t for t in tags if t]
    data = clean("contact", values)
    region = str(data.get("country") or "")
    emails: list[str] = []
    for p in card.all("EMAIL"):
        address = v.email("E-mail", unescape(p.value))
        if address.lower() not in {e.lower() for e in emails}:
            emails.append(address)
    phones: list[str] = []
    for p in card.all("TEL"):
        raw = unescape(p.value).strip()
        raw = raw[4:] if raw.lower().startswith("tel:") else raw
        number = v.phone("Phone", raw, region)
        if number not in phones:
            phones.append(number)
    org = split_unescaped(card.first("ORG"), ";")[0].strip() if card.all("ORG") else ""
    uid_text = card.first("UID").strip()
    uid_text = uid_text[9:] if uid_text.lower().startswith("urn:uuid:") else uid_text
    try:
        uid = uuid.UUID(uid_text) if uid_text else None
    except ValueError:
        uid = None  # a UID of another program: the contact gets an id of ours
    return _Prepared(uid, data, tuple(emails), tuple(phones), org)


class VCards:
    def __init__(self, db: Database) -> None:
        self.db = db

    # --- export -----------------------------------------------------------------------------

    def export_text(
        self, ids: Sequence[uuid.UUID], version: int = 3, progress: Progress | None = None
    ) -> str:
        """The cards of the given contacts, in the order given."""
        parts: list[str] = []
        for start in range(0, len(ids), 500):
            chunk = list(ids[start : start + 500])
            with self.db.read() as s:
                found = {c.id: c for c in self._contacts(s, chunk)}
                for cid in chunk:
                    c = found.get(cid)
                    if c is not None:
                        parts.append(card_text(self._card(s, c), version))
            if progress is not None and not progress(min(start + 500, len(ids)), len(ids)):
                raise ServiceError(tr("cancelled"))
        return "".join(parts)

    def export_file(
        self,
        ids: Sequence[uuid.UUID],
        path: Path | str,
        version: int = 3,
        progress: Progress | None = None,
    ) -> int:
        text = self.export_text(ids, version, progress)
        write_private(Path(path), text.encode("utf-8"))
        return text.count("BEGIN:VCARD")

    @staticmethod
    def _contacts(s: Session, ids: Iterable[uuid.UUID]) -> Sequence[Contact]:
        return s.scalars(
            select(Contact)
            .where(Contact.id.in_(list(ids)), Contact.deleted_at.is_(None))
            .options(selectinload(Contact.emails), selectinload(Contact.phones))
        ).all()

    @staticmethod
    def _card(s: Session, c: Contact) -> CardData:
        org_id = contact_links(s, c)["organisation_id"]
        org = s.get(Organisation, org_id) if org_id is not None else None
        return CardData(
            uid=str(c.id),
            given=c.given_name or "",
            family=c.family_name or "",
            honorific=c.honorific or "",
            family_first=c.name_order == NameOrder.FAMILY_FIRST,
            organisation=org.name if org is not None else "",
            title=c.job_title or "",
            emails=tuple(e.address for e in c.emails if e.deleted_at is None),
            phones=tuple(p.number for p in c.phones if p.deleted_at is None),
            notes=c.notes or "",
            language=c.language or "",
            city=c.city or "",
            country=c.country or "",
            tags=tuple(c.tags or ()),
        )

    # --- import -----------------------------------------------------------------------------

    def import_file(self, path: Path | str) -> VCardImport:
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise VCardError(
                tr("{name} is not UTF-8 text ({reason})").format(
                    name=Path(path).name, reason=exc.reason
                )
            ) from exc
        return self.import_text(text)

    def import_text(self, text: str) -> VCardImport:
        cards = parse_cards(text)
        if not cards:
            raise VCardError(tr("no vCard found (a card starts with BEGIN:VCARD)"))
        prepared: list[_Prepared] = []
        for card in cards:
            try:
                prepared.append(_prepare(card))
            except ValidationError as exc:
                raise VCardError(
                    tr("card {number}: {reason}").format(number=card.number, reason=exc)
                ) from exc
        records = Records(self.db)
        created = skipped = new_orgs = 0
        with self.db.action(QT_TR_NOOP("Import vCards")) as s:
            orgs = {
                fold(o.name): o
                for o in s.scalars(select(Organisation).where(Organisation.deleted_at.is_(None)))
            }
            seen: set[uuid.UUID] = set()
            for p in prepared:
                if p.uid is not None and (p.uid in seen or s.get(Contact, p.uid) is not None):
                    skipped += 1
                    continue
                if p.uid is not None:
                    seen.add(p.uid)
                data = dict(p.values)
                data["email"] = p.emails[0] if p.emails else ""
                data["phone"] = p.phones[0] if p.phones else ""
                contact = Contact(id=p.uid or uuid.uuid4())
                records.apply(s, contact, data)
                s.add(contact)
                for i, address in enumerate(p.emails[1:], start=1):
                    s.add(ContactEmail(contact=contact, address=address, position=i))
                for i, number in enumerate(p.phones[1:], start=1):
                    s.add(ContactPhone(contact=contact, number=number, position=i))
                if p.organisation:
                    org = orgs.get(fold(p.organisation))
                    if org is None:
                        org = Organisation(id=uuid.uuid4(), name=p.organisation)
                        s.add(org)
                        orgs[fold(p.organisation)] = org
                        new_orgs += 1
                    s.add(Affiliation(contact=contact, organisation=org, role=contact.job_title))
                created += 1
            s.flush()
        return VCardImport(created, skipped, new_orgs)
