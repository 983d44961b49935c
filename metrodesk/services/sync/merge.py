"""How a record's journal entries, from every copy, make its one state and its conflicts.

Pure functions of the entries: every copy holding the same entries computes the same record
and the same inbox, whatever order the entries arrived in.

- **Order.** Entries sort by clock stamp, then device id: the last in that order writes each
  field (last writer wins, field by field).
- **Sets.** A list column (tags) merges as a set: an entry that started from the value it
  replaces writes its value whole; one that started from another value (made without knowing
  the entries between) adds what it added and removes what it removed.
- **Who knew what.** Each action records what its copy had seen of the others (`deps`), so for
  two entries we know whether the later was made knowing the earlier (`happened_before`).
- **Conflicts.** Of one field's entries, those no later entry knew about are its leaves; a leaf
  that lost to the winner with a different value is set aside (kind "field"). A leaf made
  without knowing of the deletion that holds the record in the Trash is an edit of a deleted
  record ("deleted"); one made without knowing of a purge is "purged". A conflict ends when an
  entry is written knowing it: a new value, or a "resolve" entry that keeps the current one.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

#: a derived column, written by whoever writes its sources: never a conflict of its own
DERIVED_FIELDS = frozenset({"sort_key"})


@dataclass(frozen=True)
class Stamped:
    """One journal entry, with what merging needs to know of its action."""

    seq: int
    hlc: int
    #: the device's 16 bytes: breaks ties between equal stamps the same way on every copy
    device: bytes
    device_ref: int
    dseq: int
    deps: Mapping[int, int]
    action_ref: int
    author: str
    op: str
    #: field -> (old, new); a creation's old values are None
    fields: Mapping[str, tuple[Any, Any]]

    @property
    def key(self) -> tuple[int, bytes]:
        return (self.hlc, self.device)


def happened_before(a: Stamped, b: Stamped) -> bool:
    """Whether `b` was written knowing of `a`."""
    if a.action_ref == b.action_ref:
        return a.seq < b.seq
    if a.device_ref == b.device_ref:
        return a.dseq < b.dseq
    return b.deps.get(a.device_ref, 0) >= a.dseq


def concurrent(a: Stamped, b: Stamped) -> bool:
    """Neither was written knowing of the other (an entry is not concurrent with itself)."""
    if a.action_ref == b.action_ref:
        return False
    return not happened_before(a, b) and not happened_before(b, a)


def merge_set(current: Any, old: Any, new: Any) -> Any:
    """A list field's value after an entry (old -> new) lands on `current`."""
    if current is None or current == old or not isinstance(new, list):
        return new
    removed = set(map(_hashable, old or [])) - set(map(_hashable, new))
    before = set(map(_hashable, old or []))
    kept = [x for x in current if _hashable(x) not in removed]
    held = set(map(_hashable, kept))
    added = [x for x in new if _hashable(x) not in before and _hashable(x) not in held]
    return kept + added


def _hashable(x: Any) -> Any:
    return json.dumps(x, sort_keys=True) if isinstance(x, dict | list) else x


@dataclass
class Folded:
    """A record's state as its entries make it."""

    values: dict[str, Any] = field(default_factory=dict)
    #: the entry that wrote each field's value last
    winners: dict[str, Stamped] = field(default_factory=dict)
    created: Stamped | None = None
    purged: Stamped | None = None
    last: Stamped | None = None

    @property
    def exists(self) -> bool:
        return self.created is not None and self.purged is None


def fold(entries: Iterable[Stamped], set_fields: frozenset[str]) -> Folded:
    """`entries` in any order."""
    out = Folded()
    for e in sorted(entries, key=lambda e: (e.key, e.seq)):
        out.last = e
        if e.op == "purge":
            out.purged = e
            continue
        if e.op == "create":
            out.created = out.created or e
        for name, (old, new) in e.fields.items():
            if name in set_fields and e.op != "create":
                out.values[name] = merge_set(out.values.get(name), old, new)
            else:
                out.values[name] = new
            out.winners[name] = e
    return out


@dataclass(frozen=True)
class Conflict:
    kind: str
    field: str
    kept: Any
    aside: Any
    kept_by: Stamped | None
    aside_by: Stamped


def _same(name: str, a: Any, b: Any) -> bool:
    if name == "deleted_at":  # two deletions at different moments agree: it is deleted
        return (a is None) == (b is None)
    return bool(a == b)


def _by_field(entries: list[Stamped]) -> dict[str, list[Stamped]]:
    out: dict[str, list[Stamped]] = {}
    for e in entries:
        for name in e.fields:
            out.setdefault(name, []).append(e)
    return out


def leaves(entries: list[Stamped]) -> list[Stamped]:
    """Those of `entries` that no other of them was written knowing of."""
    return [e for e in entries if not any(happened_before(e, o) for o in entries if o is not e)]


def conflicts(entries: list[Stamped], folded: Folded, set_fields: frozenset[str]) -> list[Conflict]:
    """The record's own conflicts (links to deleted records are `link_conflicts`)."""
    out: list[Conflict] = []
    deletion = folded.winners.get("deleted_at")
    in_trash = deletion is not None and folded.values.get("deleted_at") is not None
    for name, touching in sorted(_by_field(entries).items()):
        if name in set_fields or name in DERIVED_FIELDS:
            continue
        winner = folded.winners[name]
        for leaf in leaves(touching):
            value = leaf.fields[name][1]
            if folded.purged is not None:
                settled = leaf.op in ("create", "resolve")
                if not settled and not happened_before(leaf, folded.purged):
                    out.append(Conflict("purged", name, None, value, folded.purged, leaf))
                continue
            if leaf is not winner and not _same(name, value, folded.values.get(name)):
                out.append(Conflict("field", name, folded.values.get(name), value, winner, leaf))
            elif (
                in_trash
                and deletion is not None
                and name != "deleted_at"
                and leaf.op not in ("create", "resolve")
                and concurrent(leaf, deletion)
            ):
                kept = folded.values.get("deleted_at")
                out.append(Conflict("deleted", name, kept, value, deletion, leaf))
    return out


@dataclass(frozen=True)
class TargetState:
    """What a linked record's entries say: the deletion holding it in the Trash, its purge."""

    deletion: Stamped | None
    purge: Stamped | None


def link_conflicts(folded: Folded, links: Mapping[str, TargetState], live: bool) -> list[Conflict]:
    """Links (foreign-key fields) of a record to records deleted elsewhere without knowing of
    the link: kind "link", on the link's field."""
    out: list[Conflict] = []
    if not live:
        return out
    for name, target in sorted(links.items()):
        setter = folded.winners.get(name)
        if setter is None:
            continue
        value = folded.values.get(name)
        if target.purge is not None and not happened_before(setter, target.purge):
            out.append(Conflict("link", name, None, value, target.purge, setter))
        elif target.deletion is not None and concurrent(setter, target.deletion):
            out.append(Conflict("link", name, value, value, target.deletion, setter))
    return out
