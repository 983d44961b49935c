"""Finding contacts entered twice: the same e-mail, the same phone, or names that match across
accents, name order and small spelling differences.

A scan never compares every pair: e-mails and phones are grouped in SQL, and names are compared
only within blocks that share the first letters of a (folded) family or given name. 100,000
contacts are scanned in seconds.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from rapidfuzz import fuzz, process
from rapidfuzz.utils import default_process
from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.people import Contact, ContactEmail, ContactPhone, display_name
from metrodesk.data.search_index import fold
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError, ValidationError
from metrodesk.services.records import validation as v

#: names at least this similar (rapidfuzz token_sort_ratio on folded names) are reported
NAME_THRESHOLD = 88
#: typed names at least this similar are hinted while a contact is created
HINT_THRESHOLD = 85
#: letters of a folded name that make a block
BLOCK_PREFIX = 3
#: a block larger than this is compared in overlapping windows of its sorted names
BLOCK_CAP = 400
#: scores of the exact matches (names are scored by their similarity)
EMAIL_SCORE = 100
PHONE_SCORE = 95
#: how many existing contacts a hint shows at most
HINT_LIMIT = 5
#: candidates read from one name block while hinting
HINT_CANDIDATES = 3000

Progress = Callable[[int, int], bool]


@dataclass(frozen=True)
class ContactBrief:
    id: uuid.UUID
    name: str
    email: str
    phone: str
    created_at: datetime


@dataclass(frozen=True)
class DuplicatePair:
    first: ContactBrief
    second: ContactBrief
    score: int
    reason: str


@dataclass(frozen=True)
class LikelyMatch:
    contact: ContactBrief
    score: int
    reason: str


def name_key(given: str, family: str) -> str:
    """The form names are compared in: folded, punctuation as spaces, words in place."""
    return str(default_process(fold(f"{given} {family}")))


def _prefix(part: str) -> str:
    compact = str(default_process(fold(part))).replace(" ", "")
    return compact[:BLOCK_PREFIX]


class _Pairs:
    """Candidate pairs keyed by their two ids (smaller first), with every reason found."""

    def __init__(self) -> None:
        self.score: dict[tuple[uuid.UUID, uuid.UUID], int] = {}
        self.reasons: dict[tuple[uuid.UUID, uuid.UUID], list[str]] = defaultdict(list)

    def add(self, a: uuid.UUID, b: uuid.UUID, score: int, reason: str) -> None:
        if a == b:
            return
        key = (a, b) if a.hex < b.hex else (b, a)
        self.score[key] = max(self.score.get(key, 0), score)
        if reason not in self.reasons[key]:
            self.reasons[key].append(reason)


def _pairs_of(groups: Mapping[str, list[uuid.UUID]]) -> Iterable[tuple[str, uuid.UUID, uuid.UUID]]:
    for value, ids in groups.items():
        unique = sorted(set(ids), key=lambda i: i.hex)
        for i, a in enumerate(unique):
            for b in unique[i + 1 :]:
                yield value, a, b


def _briefs(s: Session, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, ContactBrief]:
    wanted = list(set(ids))
    out: dict[uuid.UUID, ContactBrief] = {}
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        email = (
            select(ContactEmail.address)
            .where(ContactEmail.contact_id == Contact.id, ContactEmail.deleted_at.is_(None))
            .order_by(ContactEmail.position)
            .limit(1)
            .scalar_subquery()
        )
        phone = (
            select(ContactPhone.number)
            .where(ContactPhone.contact_id == Contact.id, ContactPhone.deleted_at.is_(None))
            .order_by(ContactPhone.position)
            .limit(1)
            .scalar_subquery()
        )
        rows = s.execute(
            select(
                Contact.id,
                Contact.given_name,
                Contact.family_name,
                Contact.name_order,
                email,
                phone,
                Contact.created_at,
            ).where(Contact.id.in_(chunk))
        )
        for cid, given, family, order, address, number, created in rows:
            name = display_name(given or "", family or "", order or "")
            out[cid] = ContactBrief(cid, name, address or "", number or "", created)
    return out


def _windows(members: list[str]) -> Iterable[list[str]]:
    """A block (sorted) as it is compared: whole, or in overlapping windows."""
    if len(members) <= BLOCK_CAP:
        yield members
        return
    step = BLOCK_CAP // 2
    for start in range(0, len(members) - step, step):
        yield members[start : start + BLOCK_CAP]


class Duplicates:
    def __init__(self, db: Database) -> None:
        self.db = db

    def find_duplicates(
        self, limit: int = 500, progress: Progress | None = None
    ) -> tuple[DuplicatePair, ...]:
        """Likely duplicate pairs among live contacts, best first, at most `limit`."""
        pairs = _Pairs()
        with self.db.read() as s:
            for value, a, b in _pairs_of(self._shared(s, ContactEmail, ContactEmail.address)):
                pairs.add(a, b, EMAIL_SCORE, tr("same e-mail {address}").format(address=value))
            for value, a, b in _pairs_of(self._shared(s, ContactPhone, ContactPhone.number)):
                pairs.add(a, b, PHONE_SCORE, tr("same phone {number}").format(number=value))
            names = s.execute(
                select(Contact.id, Contact.given_name, Contact.family_name).where(
                    Contact.deleted_at.is_(None)
                )
            ).all()
            keys = {cid: name_key(g or "", f or "") for cid, g, f in names}
            # pairs found by e-mail or phone say too how alike their names are
            for a, b in list(pairs.score):
                score = round(fuzz.token_sort_ratio(keys.get(a, ""), keys.get(b, "")))
                if score >= NAME_THRESHOLD:
                    pairs.add(a, b, score, tr("similar names ({score})").format(score=score))
            self._similar_names(names, keys, pairs, max(limit * 4, 2000), progress)
            ranked = sorted(
                pairs.score.items(),
                key=lambda kv: (-kv[1], -len(pairs.reasons[kv[0]]), kv[0][0].hex),
            )[:limit]
            briefs = _briefs(s, [i for (a, b), _ in ranked for i in (a, b)])
        out = []
        for (a, b), score in ranked:
            # the contact entered first comes first: the one a merge keeps by default
            first, second = sorted((briefs[a], briefs[b]), key=lambda c: (c.created_at, c.id.hex))
            out.append(DuplicatePair(first, second, score, "; ".join(pairs.reasons[(a, b)])))
        return tuple(out)

    @staticmethod
    def _shared(
        s: Session, model: type[ContactEmail | ContactPhone], column: Any
    ) -> dict[str, list[uuid.UUID]]:
        """Values (lower-cased) held by more than one live contact, with those contacts."""
        value = func.lower(column)
        live = (
            select(value.label("value"), model.contact_id)
            .join(Contact, Contact.id == model.contact_id)
            .where(model.deleted_at.is_(None), Contact.deleted_at.is_(None))
        ).subquery()
        shared = (
            select(live.c.value)
            .group_by(live.c.value)
            .having(func.count(func.distinct(live.c.contact_id)) > 1)
        )
        groups: dict[str, list[uuid.UUID]] = defaultdict(list)
        rows = s.execute(select(live.c.value, live.c.contact_id).where(live.c.value.in_(shared)))
        for found, cid in rows:
            groups[found].append(cid)
        return groups

    @staticmethod
    def _similar_names(
        names: Iterable[tuple[uuid.UUID, str, str]],
        keys: Mapping[uuid.UUID, str],
        pairs: _Pairs,
        cap: int,
        progress: Progress | None,
    ) -> None:
        """Add pairs of contacts with alike names, at most `cap` of them, best first. Names
        are compared once per distinct spelling, within blocks that share the first letters
        of the family or (for names entered swapped) the given name."""
        holders: dict[str, list[uuid.UUID]] = defaultdict(list)
        blocks: dict[str, set[str]] = defaultdict(set)
        for cid, given, family in names:
            key = keys[cid]
            if not key:
                continue
            holders[key].append(cid)
            for part in (_prefix(family or ""), _prefix(given or "")):
                if part:
                    blocks[part].add(key)
        alike: dict[tuple[str, str], int] = {}
        total = len(blocks)
        for done, members in enumerate(blocks.values(), start=1):
            if progress is not None and done % 20 == 0 and not progress(done, total):
                raise ServiceError(tr("cancelled"))
            for window in _windows(sorted(members)):
                # words sorted once here: ratio on them is token_sort_ratio without re-sorting
                words = [" ".join(sorted(k.split())) for k in window]
                for i, key in enumerate(words[:-1]):
                    hits = process.extract(
                        key,
                        words[i + 1 :],
                        scorer=fuzz.ratio,
                        score_cutoff=NAME_THRESHOLD,
                        limit=None,
                    )
                    for _, found, j in hits:
                        one, two = sorted((window[i], window[i + 1 + j]))
                        alike[(one, two)] = round(found)
        if progress is not None:
            progress(total, total)
        # the same spelling twice first, then by similarity, until `cap` pairs are held
        ranked: list[tuple[int, str, str]] = [
            (100, k, k) for k, ids in holders.items() if len(ids) > 1
        ]
        ranked += [(score, a, b) for (a, b), score in alike.items()]
        ranked.sort(key=lambda r: -r[0])
        added = 0
        for score, a, b in ranked:
            if added >= cap:
                break
            if a == b:
                found_pairs = [
                    (x, y) for i, x in enumerate(holders[a]) for y in holders[a][i + 1 :]
                ]
            else:
                found_pairs = [(x, y) for x in holders[a] for y in holders[b]]
            for x, y in found_pairs[: cap - added]:
                pairs.add(x, y, score, tr("similar names ({score})").format(score=score))
            added += len(found_pairs)

    def likely_matches(self, values: Mapping[str, str]) -> tuple[LikelyMatch, ...]:
        """Existing live contacts that the one being created (given_name, family_name, email,
        phone, country) may already be, best first, at most HINT_LIMIT."""
        given = str(values.get("given_name") or "").strip()
        family = str(values.get("family_name") or "").strip()
        found = _Pairs()
        me = uuid.UUID(int=0)
        with self.db.read() as s:
            address = str(values.get("email") or "").strip().lower()
            if "@" in address:
                for cid in s.scalars(self._owners(ContactEmail, ContactEmail.address, address)):
                    found.add(
                        me, cid, EMAIL_SCORE, tr("same e-mail {address}").format(address=address)
                    )
            number = self._phone(values)
            if number:
                for cid in s.scalars(self._owners(ContactPhone, ContactPhone.number, number)):
                    found.add(me, cid, PHONE_SCORE, tr("same phone {number}").format(number=number))
            if len(fold(given + family)) >= 2:
                self._hint_names(s, given, family, me, found)
            ranked = sorted(found.score.items(), key=lambda kv: -kv[1])[:HINT_LIMIT]
            others = [b if a == me else a for (a, b), _ in ranked]
            briefs = _briefs(s, others)
        return tuple(
            LikelyMatch(briefs[other], score, "; ".join(found.reasons[key]))
            for other, (key, score) in zip(others, ranked, strict=True)
        )

    @staticmethod
    def _owners(model: type[ContactEmail | ContactPhone], column: Any, value: str) -> Select[Any]:
        return (
            select(model.contact_id)
            .join(Contact, Contact.id == model.contact_id)
            .where(
                func.lower(column) == value,
                model.deleted_at.is_(None),
                Contact.deleted_at.is_(None),
            )
            .distinct()
        )

    @staticmethod
    def _phone(values: Mapping[str, str]) -> str:
        raw = str(values.get("phone") or "").strip()
        if not raw:
            return ""
        try:
            return v.phone("Phone", raw, str(values.get("country") or ""))
        except ValidationError:
            return ""

    @staticmethod
    def _hint_names(s: Session, given: str, family: str, me: uuid.UUID, found: _Pairs) -> None:
        typed = name_key(given, family)
        typed_family = name_key("", family)
        typed_given = name_key(given, "")
        candidates: dict[uuid.UUID, tuple[str, str]] = {}
        # sort_key is the folded "family given": a range over it walks its index
        for part in {_prefix(family), _prefix(given)}:
            if not part:
                continue
            rows = s.execute(
                select(Contact.id, Contact.given_name, Contact.family_name)
                .where(
                    Contact.deleted_at.is_(None),
                    Contact.sort_key >= part,
                    Contact.sort_key < part + "\U0010ffff",
                )
                .limit(HINT_CANDIDATES)
            )
            for cid, g, f in rows:
                candidates[cid] = (g or "", f or "")
        for cid, (g, f) in candidates.items():
            if given and family:
                score = fuzz.token_sort_ratio(typed, name_key(g, f))
            else:
                # one name typed so far: compare it with either of the stored ones
                one = typed_family or typed_given
                score = max(fuzz.ratio(one, name_key("", f)), fuzz.ratio(one, name_key(g, "")))
            if score >= HINT_THRESHOLD:
                rounded = round(score)
                found.add(me, cid, rounded, tr("similar names ({score})").format(score=rounded))
