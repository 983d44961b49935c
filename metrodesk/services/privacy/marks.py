"""Recognising an erased person's name in text that arrives after the erasure, without keeping it.

Once a person is erased, a copy no longer knows their name: that is the point. But a change
made on another copy before it learnt of the erasure ("Met Agnès Bickart about the course",
typed into a meeting's notes) may still arrive. So an erasure keeps *marks*: for each text it
replaced (the full names, e-mail addresses, phone numbers), its length and a SHA-256 digest of
it in lower case, salted with the person's id. A text that arrives is searched for a stretch of
one of those lengths whose digest is a mark; what is found is erased like any mention, in the
same sync, and forgotten again when the sync ends.

A mark is a one-way fingerprint, not the name; but a short name can be found again by trying
every name of a list against it, so marks are kept only where the erasure needs them: in this
copy's own bookkeeping (`meta`) and in the erasure record on the hub, sealed with the team's
codec like every change (encrypted once protection is on).
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import Iterable

Mark = tuple[int, str]


def _digest(person: uuid.UUID, lowered: str) -> str:
    return hashlib.sha256(person.bytes + lowered.encode("utf-8")).hexdigest()[:32]


def marks_of(person: uuid.UUID, tokens: Iterable[str]) -> list[Mark]:
    same_length = [t for t in tokens if len(t.lower()) == len(t)]
    return sorted({(len(t), _digest(person, t.lower())) for t in same_length})


def found_in(text: str, person: uuid.UUID, marks: Iterable[Mark]) -> set[str]:
    """The stretches of `text` (as written there) that are one of the person's marks."""
    wanted: dict[int, set[str]] = {}
    for length, digest in marks:
        wanted.setdefault(length, set()).add(digest)
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: compare as written
        low = text
    found = set()
    for length, digests in wanted.items():
        for start in range(len(low) - length + 1):
            if _digest(person, low[start : start + length]) in digests:
                found.add(text[start : start + length])
    return found


def texts_in(value: object) -> Iterable[str]:
    """Every string inside a journal value (a text, a list of tags, a mapping)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, list):
        for item in value:
            yield from texts_in(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from texts_in(item)
