"""Where an erased person's name counts as a mention, and how a mention is found.

An erasure replaces the texts that name the person (`Tokens`) in other records and in their
history. Two kinds, because the family name alone is ambiguous where the full name is not:

- full names, e-mail addresses and phone numbers are replaced in every text field;
- the family name alone ("Bickart said…") only in prose: notes, agendas, minutes, decisions,
  quotes, descriptions (the model's `Text` columns). In a city, title or organisation field the
  same word is far more likely a place or a name of its own ("Paris", "Washington").

Never in another person's name fields: "Nairobi" as someone else's family name is that
person's name, not a mention. A token matches whole words only ("Park" never inside "Parker").

Every copy of a team must replace the same texts, or their histories differ for good: which
texts are tokens is decided once, by the copy that erases (`privacy/marks.py` carries that
decision to the others as fingerprints).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Literal

from sqlalchemy import String, Text

from metrodesk.data.models import RECORD_CLASSES

Scope = Literal["text", "prose"]
#: fields that name a person of their own: never searched for another person's mentions
NAME_FIELDS: dict[str, frozenset[str]] = {
    "contact": frozenset({"honorific", "given_name", "family_name", "sort_key", "name_order"}),
}
#: texts shorter than this are never tokens (initials, "Kim"): they would hit too much
SHORTEST = 4


@dataclass(frozen=True)
class Tokens:
    """The texts naming the person: `anywhere` in every text field, `prose` in prose only."""

    anywhere: frozenset[str] = frozenset()
    prose: frozenset[str] = frozenset()

    def __or__(self, other: Tokens) -> Tokens:
        return Tokens(self.anywhere | other.anywhere, self.prose | other.prose)

    def __bool__(self) -> bool:
        return bool(self.anywhere or self.prose)

    def every(self) -> list[str]:
        return _longest_first(self.anywhere | self.prose)

    def pattern(self, scope: Scope | None) -> re.Pattern[str] | None:
        """What to replace in a field of that scope (None: nothing, a person's name field)."""
        if scope is None:
            return None
        words = self.anywhere | (self.prose if scope == "prose" else frozenset())
        return whole_words(words)

    @staticmethod
    def of(anywhere: Iterable[str] = (), prose: Iterable[str] = ()) -> Tokens:
        def kept(texts: Iterable[str]) -> frozenset[str]:
            return frozenset(t for t in texts if len(t.strip()) >= SHORTEST)

        return Tokens(kept(anywhere), kept(prose))


#: no tokens: nothing to add
NO_TOKENS = Tokens()


def whole_words(words: Iterable[str]) -> re.Pattern[str] | None:
    ordered = _longest_first(words)
    if not ordered:
        return None
    alternatives = "|".join(re.escape(w) for w in ordered)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


@cache
def scope_of(kind: str, field: str) -> Scope | None:
    """How a field of a record kind is searched: "prose", "text", or None (not a text, or a
    person's own name)."""
    if field in NAME_FIELDS.get(kind, ()):
        return None
    cls = RECORD_CLASSES.get(kind)
    column = cls.__table__.columns.get(field) if cls is not None else None
    if column is None or column.foreign_keys or field == "id":
        return None
    if isinstance(column.type, Text):
        return "prose"
    return "text" if isinstance(column.type, String) else None


def whole_word_at(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] stands as words of its own (no letter or digit glued on)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (_glued(before) or _glued(after))


def _glued(char: str) -> bool:
    return char.isalnum() or char == "_"


def _longest_first(words: Iterable[str]) -> list[str]:
    return sorted(set(words), key=lambda w: (-len(w), w))
