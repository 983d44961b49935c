"""The people of one sheet of contacts without UUIDs: whose e-mail address an existing contact
already has (that contact is updated, per DESIGN), and who appears twice in the sheet.

The addresses of every live contact are read once per sheet, the first time a row needs them,
into memory (lower case): a commit finds exactly the owners the preview found, whatever the
case the address was typed in."""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.people import Contact, ContactEmail
from metrodesk.i18n import tr
from metrodesk.services.contacts.duplicates import name_key


@dataclass(frozen=True)
class Seen:
    """An earlier row of the sheet a row repeats."""

    row: int
    label: str
    reason: str
    same_email: bool


class SheetPeople:
    def __init__(self, s: Session) -> None:
        self.s = s
        self._owners: dict[str, set[uuid.UUID]] | None = None
        self._by_email: dict[str, tuple[int, str]] = {}
        self._by_name: dict[str, tuple[int, str]] = {}

    def _load(self) -> dict[str, set[uuid.UUID]]:
        if self._owners is None:
            owners: dict[str, set[uuid.UUID]] = defaultdict(set)
            live = (
                select(func.lower(ContactEmail.address), ContactEmail.contact_id)
                .join(Contact, Contact.id == ContactEmail.contact_id)
                .where(ContactEmail.deleted_at.is_(None), Contact.deleted_at.is_(None))
            )
            for address, contact_id in self.s.execute(live):
                owners[address.strip()].add(contact_id)
            self._owners = owners
        return self._owners

    def owners(self, emails: Iterable[str]) -> set[uuid.UUID]:
        """The existing contacts holding any of these addresses."""
        wanted = [e for e in emails if e]
        if not wanted:
            return set()
        owners = self._load()
        found: set[uuid.UUID] = set()
        for address in wanted:
            found |= owners.get(address, set())
        return found

    def owners_of(self, rows: Iterable[list[str]]) -> list[uuid.UUID]:
        """The one contact each row's addresses belong to, where there is exactly one: read
        with the chunk's other records."""
        out: list[uuid.UUID] = []
        for emails in rows:
            found = self.owners(emails)
            if len(found) == 1:
                out.extend(found)
        return out

    def seen_before(self, emails: list[str], raw: dict[str, Any]) -> Seen | None:
        for address in emails:
            earlier = self._by_email.get(address)
            if earlier is not None:
                return Seen(
                    earlier[0],
                    earlier[1],
                    tr("same e-mail {address}").format(address=address),
                    True,
                )
        key = _name(raw)
        earlier = self._by_name.get(key) if key else None
        if earlier is not None:
            return Seen(earlier[0], earlier[1], tr("same name"), False)
        return None

    def remember(self, row: int, emails: list[str], raw: dict[str, Any], label: str) -> None:
        for address in emails:
            self._by_email.setdefault(address, (row, label))
        key = _name(raw)
        if key:
            self._by_name.setdefault(key, (row, label))


def _name(raw: dict[str, Any]) -> str:
    given, family = raw.get("given_name"), raw.get("family_name")
    return name_key(
        given if isinstance(given, str) else "", family if isinstance(family, str) else ""
    )
