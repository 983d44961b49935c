"""People from another program's file, made ready for the importer inside its transaction.

A contacts export of Outlook or Google knows nothing of MetroDesk's records, and it is
imported again next month. So, before its rows are checked like a workbook's:

- a person whose e-mail belongs to exactly one contact is that contact (DESIGN's rule for
  rows without a UUID), and a vCard's UID that is no contact gives way to that match: the
  row goes to the importer without a UUID, so that the preview says "found by e-mail" and
  flags the same person listed twice in the file, as for any sheet;
- for a person found, what the file leaves empty keeps the stored value, tags and further
  e-mails and phones are added to the stored ones, never taken away: an export that knows
  less than MetroDesk does cannot erase what was typed into MetroDesk;
- a company that is no organisation yet becomes one, as in any sheet (the importer lists it
  in the preview, where the user may map it onto an existing organisation instead).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.models import Contact, ContactEmail
from metrodesk.i18n import tr
from metrodesk.services.errors import ValidationError
from metrodesk.services.imports.current import Current, load_current
from metrodesk.services.imports.people_table import PeopleTable
from metrodesk.services.imports.preview import PreviewBuilder
from metrodesk.services.records import validation as v
from metrodesk.services.records.forms import FORMS

_ORG_FIELD = next(f for f in FORMS["contact"] if f.key == "organisation_id")
#: the header of each column whose empty cell keeps the stored value, and that value's key
_KEPT = {
    "Honorific": "honorific",
    "Given name": "given_name",
    "Family name": "family_name",
    "Name order": "name_order",
    "Job title": "job_title",
    "Organisation": "organisation_id",
    "E-mail": "email",
    "Phone": "phone",
    "Language": "language",
    "City": "city",
    "Country": "country",
    "Notes": "notes",
}


@dataclass
class PeopleRows:
    """The rows of a `PeopleTable`, read in the import's session (see the module's doc)."""

    table: PeopleTable
    #: what the preparation found, for the preview's notes
    matched: int = 0

    @property
    def name(self) -> str:
        return "Contacts"

    @property
    def estimate(self) -> int:
        return len(self.table.rows)

    def read(
        self, s: Session, builder: PreviewBuilder
    ) -> tuple[Sequence[Any], Iterator[tuple[int, Sequence[Any]]]]:
        header = list(self.table.header)
        rows = [list(cells) for _, cells in self.table.rows]
        col = {name: i for i, name in enumerate(header)}
        if "UUID" not in col:
            header.insert(0, "UUID")
            rows = [["", *r] for r in rows]
            col = {name: i for i, name in enumerate(header)}
        found = self._identify(s, header, rows)
        current = load_current(s, "contact", [c for c, _ in found if c is not None])
        for row, (contact_id, by_email) in zip(rows, found, strict=True):
            if contact_id is not None:
                row[col["UUID"]] = "" if by_email else str(contact_id)
                _keep_stored(header, row, current[contact_id])
        numbers = [number for number, _ in self.table.rows]
        padded = [tuple(r) + ("",) * (len(header) - len(r)) for r in rows]
        return tuple(header), iter(list(zip(numbers, padded, strict=True)))

    def notes(self) -> list[str]:
        out = list(self.table.notes)
        if self.matched:
            out.insert(0, tr("%n people matched to existing contacts by e-mail", "", self.matched))
        return out

    def _identify(
        self, s: Session, header: list[str], rows: list[list[str]]
    ) -> list[tuple[uuid.UUID | None, bool]]:
        """The existing contact of each row and whether its e-mail found it: its UUID's,
        else its e-mail's (if only one contact has it), else none."""
        emails = [i for i, name in enumerate(header) if name.startswith("E-mail")]
        uid = header.index("UUID")
        wanted = {r[i].strip().lower() for r in rows for i in emails if r[i].strip()}
        by_email = _owners(s, wanted)
        given = {_uuid(r[uid]) for r in rows} - {None}
        live = set(
            s.scalars(select(Contact.id).where(Contact.id.in_(list(given)))) if given else ()
        )
        out: list[tuple[uuid.UUID | None, bool]] = []
        for row in rows:
            own = _uuid(row[uid])
            if own is not None and own in live:
                out.append((own, False))
                continue
            owners = {by_email.get(row[i].strip().lower()) for i in emails} - {None}
            one = next(iter(owners)) if len(owners) == 1 else None
            out.append((one, one is not None))
        self.matched = len({c for c, by_email in out if by_email})
        return out


def _uuid(text: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(text.strip()) if text.strip() else None
    except ValueError:
        return None


def _owners(s: Session, addresses: set[str]) -> dict[str, uuid.UUID | None]:
    """Address (lower case) -> the one live contact that has it; None when several do."""
    out: dict[str, uuid.UUID | None] = {}
    listed = sorted(addresses)
    for start in range(0, len(listed), 500):
        rows = s.execute(
            select(func.lower(ContactEmail.address), ContactEmail.contact_id)
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(
                func.lower(ContactEmail.address).in_(listed[start : start + 500]),
                ContactEmail.deleted_at.is_(None),
                Contact.deleted_at.is_(None),
            )
        )
        for address, contact_id in rows:
            known = out.get(address, contact_id)
            out[address] = contact_id if known == contact_id else None
    return out


def _keep_stored(header: list[str], row: list[str], current: Current) -> None:
    """Fill the row's empty cells with the stored values; add the stored tags, e-mails and
    phones the row does not have."""
    values = current.values
    for i, name in enumerate(header):
        key = _KEPT.get(name)
        if key is not None and not row[i].strip() and values.get(key) not in (None, ""):
            row[i] = str(values[key])
    if "Tags" in header:
        i = header.index("Tags")
        tags = [t.strip() for t in row[i].split(",") if t.strip()]
        known = {t.casefold() for t in tags}
        tags += [t for t in values.get("tags") or () if t.casefold() not in known]
        row[i] = ", ".join(tags)
    region = str(values.get("country") or "")
    _merge(header, row, "E-mail", [values.get("email") or "", *current.emails], str.lower)
    _merge(header, row, "Phone", [values.get("phone") or "", *current.phones], _e164(region))


def _e164(region: str) -> Any:
    def normal(number: str) -> str:
        try:
            return v.phone("Phone", number, region)
        except ValidationError:
            return number

    return normal


def _merge(header: list[str], row: list[str], base: str, stored: list[str], key: Any) -> None:
    """The row's e-mails (or phones) first, then the stored ones it lacks, in the columns
    the table has for them; stored values that do not fit are kept by adding nothing."""
    columns = [i for i, name in enumerate(header) if name == base or name.startswith(base + " ")]
    if not columns:
        return
    # an earlier row may have added columns to the header
    row.extend([""] * (len(header) - len(row)))
    mine = [row[i].strip() for i in columns if row[i].strip()]
    seen = {key(x) for x in mine}
    extra = [x for x in stored if x and key(x) not in seen]
    merged = mine + extra
    if len(merged) > len(columns):
        header.extend(f"{base} {n}" for n in range(len(columns) + 1, len(merged) + 1))
        for _ in range(len(merged) - len(columns)):
            row.append("")
        columns = [i for i, n in enumerate(header) if n == base or n.startswith(base + " ")]
    for i, x in zip(columns, merged + [""] * len(columns), strict=False):
        row[i] = x
