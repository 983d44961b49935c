"""Recognising an erased person's name in text that arrives after the erasure, without keeping it.

Once a person is erased, a copy no longer knows their name: that is the point. But a change
made on another copy before it learnt of the erasure ("Met Agnès Bickart about the course",
typed into a meeting's notes) may still arrive. So an erasure keeps *marks*: for each text it
replaced (the full names, e-mail addresses, phone numbers, and the family name alone where it
was one: salted apart, so the mark says "in prose only"), its length and a SHA-256 digest of it
in lower case, salted with the person's id. A text that arrives is searched for a stretch of
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

from metrodesk.services.privacy.mentions import Tokens, whole_word_at

Mark = tuple[int, str]
#: salts a prose-only token's digest (the family name alone): the mark says its scope too, so
#: every copy replaces it where the erasing copy did (`mentions.py`)
_PROSE = b"prose\x00"


def _digest(person: uuid.UUID, lowered: str, prose: bool = False) -> str:
    salt = person.bytes + (_PROSE if prose else b"")
    return hashlib.sha256(salt + lowered.encode("utf-8")).hexdigest()[:32]


def marks_of(person: uuid.UUID, tokens: Tokens) -> list[Mark]:
    marks = {_mark(person, t) for t in tokens.anywhere if len(t.lower()) == len(t)}
    marks |= {_mark(person, t, prose=True) for t in tokens.prose if len(t.lower()) == len(t)}
    return sorted(marks)


def _mark(person: uuid.UUID, text: str, prose: bool = False) -> Mark:
    return len(text), _digest(person, text.lower(), prose)


def kept_by(person: uuid.UUID, tokens: Tokens, marks: Iterable[Mark]) -> Tokens:
    """The tokens the erasing copy chose too (each a mark among its `marks`): a text found
    anywhere by its plain mark; the family name alone in prose by its prose mark (or by its
    plain mark, as erasures made before marks had a scope marked it)."""
    held = set(marks)
    anywhere = {t for t in tokens.anywhere if _mark(person, t) in held}
    prose = {t for t in tokens.prose
             if _mark(person, t, prose=True) in held or _mark(person, t) in held}  # fmt: skip
    return Tokens(frozenset(anywhere), frozenset(prose))


def found_in(text: str, person: uuid.UUID, marks: Iterable[Mark], prose: bool = False) -> Tokens:
    """The whole-word stretches of `text` (as written there) that are one of the person's
    marks; prose marks are looked for only when `text` is prose."""
    wanted = set(marks)
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer: compare as written
        low = text
    anywhere, in_prose = set(), set()
    for length in {n for n, _ in wanted}:
        for start in range(len(low) - length + 1):
            if not whole_word_at(low, start, start + length):
                continue
            piece = low[start : start + length]
            if (length, _digest(person, piece)) in wanted:
                anywhere.add(text[start : start + length])
            elif prose and (length, _digest(person, piece, prose=True)) in wanted:
                in_prose.add(text[start : start + length])
    return Tokens.of(anywhere, in_prose)


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
