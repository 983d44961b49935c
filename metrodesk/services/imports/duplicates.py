"""New contact rows of an import that may be people already in the database.

The rules are those of the duplicate scan (`duplicates.py`): the same e-mail, the same phone,
or names alike across accents, name order and small spelling differences, compared within the
same blocks of first letters. The existing contacts are read once, into memory, the first time
a new contact row needs them, so a workbook of many new rows costs no query per row.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.people import Contact, ContactEmail, ContactPhone, display_name
from metrodesk.i18n import tr
from metrodesk.services.contacts.duplicates import (
    EMAIL_SCORE,
    HINT_LIMIT,
    NAME_THRESHOLD,
    PHONE_SCORE,
    _Pairs,
    _prefix,
    name_key,
)
from metrodesk.services.imports.preview import DuplicateHint


class ExistingContacts:
    """Live contacts by e-mail, phone and name block, as they were before the import."""

    def __init__(self, s: Session) -> None:
        #: (given, family, name order): the shown name is made only for the few matches
        self.names: dict[uuid.UUID, tuple[str, str, str]] = {}
        self.emails: dict[str, list[uuid.UUID]] = defaultdict(list)
        self.phones: dict[str, list[uuid.UUID]] = defaultdict(list)
        #: block prefix -> (name keys, their contacts), lists as rapidfuzz takes them
        self.blocks: dict[str, tuple[list[str], list[uuid.UUID]]] = {}
        self._load(s)

    def _load(self, s: Session) -> None:
        rows = s.execute(
            select(Contact.id, Contact.given_name, Contact.family_name, Contact.name_order).where(
                Contact.deleted_at.is_(None)
            )
        )
        for cid, given, family, order in rows:
            self.names[cid] = (given or "", family or "", order or "")
            key = name_key(given or "", family or "")
            if not key:
                continue
            for part in {_prefix(family or ""), _prefix(given or "")}:
                if part:
                    keys, ids = self.blocks.setdefault(part, ([], []))
                    keys.append(key)
                    ids.append(cid)
        for model, column, into in (
            (ContactEmail, ContactEmail.address, self.emails),
            (ContactPhone, ContactPhone.number, self.phones),
        ):
            live = (
                select(func.lower(column), model.contact_id)
                .join(Contact, Contact.id == model.contact_id)
                .where(model.deleted_at.is_(None), Contact.deleted_at.is_(None))
            )
            for value, cid in s.execute(live):
                into[value].append(cid)

    def matches(
        self, values: Mapping[str, Any], emails: list[str], phones: list[str]
    ) -> tuple[DuplicateHint, ...]:
        """Existing contacts a new row (cleaned form values, and its further e-mails and
        phones) may already be, best first, at most HINT_LIMIT."""
        found = _Pairs()
        me = uuid.UUID(int=0)
        for address in (values.get("email"), *emails):
            text = str(address or "").strip().lower()
            for cid in self.emails.get(text, ()) if text else ():
                found.add(me, cid, EMAIL_SCORE, tr("same e-mail {address}").format(address=text))
        for number in (values.get("phone"), *phones):
            text = str(number or "").strip().lower()
            for cid in self.phones.get(text, ()) if text else ():
                found.add(me, cid, PHONE_SCORE, tr("same phone {number}").format(number=number))
        self._similar_names(values, me, found)
        ranked = sorted(found.score.items(), key=lambda kv: -kv[1])[:HINT_LIMIT]
        out = []
        for key, _ in ranked:
            other = key[1] if key[0] == me else key[0]
            out.append(
                DuplicateHint(
                    other,
                    display_name(*self.names.get(other, ("", "", ""))),
                    "; ".join(found.reasons[key]),
                )
            )
        return tuple(out)

    def _similar_names(self, values: Mapping[str, Any], me: uuid.UUID, found: _Pairs) -> None:
        given = str(values.get("given_name") or "")
        family = str(values.get("family_name") or "")
        key = name_key(given, family)
        if not key:
            return
        for part in {_prefix(family), _prefix(given)}:
            keys, ids = self.blocks.get(part, ([], []))
            hits = process.extract(
                key, keys, scorer=fuzz.token_sort_ratio, score_cutoff=NAME_THRESHOLD, limit=None
            )
            for _, score, i in hits:
                rounded = round(score)
                found.add(me, ids[i], rounded, tr("similar names ({score})").format(score=rounded))
