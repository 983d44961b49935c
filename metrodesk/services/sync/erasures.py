"""What a copy remembers of erasures (#14), in its own `meta` table (never sent as data).

An erasure travels as an erasure record of its own (`transport.ErasureRecord`), not only as
the changes of the action that made it: a copy applies it to its whole file and history
(`privacy.erasure.Erasure.apply_received`), which ordinary changes cannot do. Each record is
kept here under `erasure.<record id>` with:

- `person`: the erased contact's id; `ids`: the ids of the rows that were the person's (their
  e-mails, phones, roles…), so that changes arriving later about any of them are recognised;
- `state`: `pending` (erased here, not on the hub yet), `sent`, or `applied` (received);
- `action`: on the copy that erased, the id of the erasure's action; `device` and `dseq`: that
  action's place on its copy (a snapshot that covers it was written after the erasure);
- `compacted`: whether the hub's old change files and snapshots were cleaned of the person
  since this copy last saw that person's values arrive.

Nothing here names the person: only ids, states and numbers.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from sqlalchemy import Connection, delete, insert, select

from metrodesk.data.journal import Meta
from metrodesk.services.privacy.marks import Mark

_PREFIX = "erasure."
_TEAM_KEY = "sync.hub_id"
#: people whose values arrived after their erasure, to erase again (ids only)
_AGAIN_KEY = "erasures-again"


@dataclass(frozen=True)
class KnownErasure:
    id: uuid.UUID
    person: uuid.UUID
    state: str
    made_at: datetime
    ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    compacted: bool = False
    action: uuid.UUID | None = None
    device: uuid.UUID | None = None
    dseq: int = 0
    #: fingerprints of the texts the erasing copy replaced (`privacy/marks.py`): every copy
    #: replaces those and no others, so that all histories stay alike
    marks: tuple[Mark, ...] = ()
    #: the person's values came back after the erasure: every snapshot may hold them
    renew: bool = False
    #: how far the erasing copy had seen each copy's changes (its action's dependencies):
    #: a change beyond that was made without knowing of the erasure (None: not known)
    seen: dict[uuid.UUID, int] | None = None

    def concurrent(self, device: uuid.UUID, dseq: int, deps: Mapping[uuid.UUID, int]) -> bool:
        """Whether an action was made neither before the erasure (as its copy saw it) nor
        after its copy knew of it: it may name the person although the erasing copy never saw
        it (False when the erasure's place is not known)."""
        if self.seen is None or self.device is None or device == self.device:
            return False
        return dseq > self.seen.get(device, 0) and not self.known_to(device, dseq, deps)

    def known_to(self, device: uuid.UUID, dseq: int, deps: Mapping[uuid.UUID, int]) -> bool:
        """Whether an action (its device, number and what its copy had seen) was made after
        its copy had the erasure: such a copy had applied it, so the action carries no old
        value of the person (unknown when the erasing action's place is not known)."""
        if self.device is None or self.dseq <= 0:
            return False
        if device == self.device:
            return dseq > self.dseq
        return deps.get(self.device, 0) >= self.dseq

    @property
    def touched(self) -> frozenset[uuid.UUID]:
        """Every record id whose changes carry the person's data."""
        return self.ids | {self.person}


def in_a_team(conn: Connection) -> bool:
    return conn.execute(select(Meta.value).where(Meta.key == _TEAM_KEY)).scalar() not in (None, "")


def known(conn: Connection) -> dict[uuid.UUID, KnownErasure]:
    rows = conn.execute(select(Meta.key, Meta.value).where(Meta.key.startswith(_PREFIX)))
    out: dict[uuid.UUID, KnownErasure] = {}
    for key, value in rows:
        try:
            found = _decode(uuid.UUID(key[len(_PREFIX) :]), json.loads(value))
        except (ValueError, KeyError, TypeError):
            continue  # a damaged line: the hub's record of it is applied again
        out[found.id] = found
    return out


def touches_erased(conn: Connection, record_id: uuid.UUID) -> bool:
    """Whether a record is an erased person's or one of their rows (blanked in the history)."""
    return any(record_id in item.touched for item in known(conn).values())


def save(conn: Connection, item: KnownErasure) -> None:
    """Inside the caller's write transaction."""
    key = _PREFIX + item.id.hex
    conn.execute(delete(Meta).where(Meta.key == key))
    conn.execute(insert(Meta).values(key=key, value=json.dumps(_encode(item))))


def note_local(
    conn: Connection,
    person: uuid.UUID,
    ids: Iterable[uuid.UUID],
    action: uuid.UUID,
    marks: Iterable[Mark] = (),
) -> None:
    """An erasure made here, in its own action: the next sync puts its record on the hub. A
    copy that syncs with no team has nobody to tell."""
    if in_a_team(conn):
        item = KnownErasure(uuid.uuid4(), person, "pending", now(), frozenset(ids), False, action,
                            marks=tuple(marks))  # fmt: skip
        save(conn, item)


def received(person: uuid.UUID, record_id: uuid.UUID, ids: Iterable[uuid.UUID],
             device: uuid.UUID | None, dseq: int, made_at: datetime,
             marks: Iterable[Mark] = (), seen: dict[uuid.UUID, int] | None = None,
             ) -> KnownErasure:  # fmt: skip
    return KnownErasure(record_id, person, "applied", made_at, frozenset(ids), False, None,
                        device, dseq, tuple(sorted(set(marks))), seen=seen)  # fmt: skip


def with_ids(item: KnownErasure, ids: Iterable[uuid.UUID]) -> KnownErasure:
    """Values of the person arrived again (and were scrubbed): the hub is cleaned again."""
    return replace(item, ids=item.ids | frozenset(ids), compacted=False, renew=True)


def again(conn: Connection) -> dict[uuid.UUID, set[uuid.UUID]]:
    """People to erase again, with the actions that brought their values back (noted in the
    transaction that applied them, cleared once erased)."""
    raw = conn.execute(select(Meta.value).where(Meta.key == _AGAIN_KEY)).scalar()
    try:
        data = json.loads(raw or "{}")
        return {uuid.UUID(p): {uuid.UUID(a) for a in acts} for p, acts in data.items()}
    except (ValueError, AttributeError, TypeError):
        return {}


def note_again(conn: Connection, found: dict[uuid.UUID, set[uuid.UUID]]) -> None:
    merged = again(conn)
    for person, actions in found.items():
        merged.setdefault(person, set()).update(actions)
    _write_again(conn, merged)


def done_again(conn: Connection, person: uuid.UUID) -> None:
    left = again(conn)
    left.pop(person, None)
    _write_again(conn, left)


def _write_again(conn: Connection, pending: dict[uuid.UUID, set[uuid.UUID]]) -> None:
    conn.execute(delete(Meta).where(Meta.key == _AGAIN_KEY))
    if pending:
        data = {p.hex: sorted(a.hex for a in acts) for p, acts in pending.items()}
        conn.execute(insert(Meta).values(key=_AGAIN_KEY, value=json.dumps(data)))


@dataclass(frozen=True)
class Details:
    """What an erasure record carries beside its headers: the erasing action's number on its
    copy, the marks and what that copy had seen; no name, no value."""

    dseq: int = 0
    marks: tuple[Mark, ...] = ()
    seen: dict[uuid.UUID, int] | None = None


def payload_of(item: KnownErasure) -> bytes:
    """The record's payload (sealed by the engine's codec)."""
    data: dict[str, object] = {"dseq": item.dseq, "marks": [list(m) for m in item.marks]}
    if item.seen is not None:
        data["seen"] = _seen_out(item.seen)
    return json.dumps(data).encode()


def details_of(plain: bytes) -> Details:
    """The details of an erasure record's payload; none for one that does not read (a record
    from before `seen` was carried has none)."""
    try:
        data = json.loads(plain.decode() or "{}")
        marks = tuple((int(n), str(h)) for n, h in data.get("marks", []))
        return Details(int(data.get("dseq", 0)), marks, _seen_in(data.get("seen")))
    except (ValueError, AttributeError, TypeError):
        return Details()


def _seen_out(seen: Mapping[uuid.UUID, int]) -> dict[str, int]:
    return {d.hex: n for d, n in sorted(seen.items())}


def _seen_in(data: object) -> dict[uuid.UUID, int] | None:
    if not isinstance(data, dict):
        return None
    return {uuid.UUID(str(d)): int(n) for d, n in data.items()}


def _encode(item: KnownErasure) -> dict[str, object]:
    return {
        "person": item.person.hex,
        "state": item.state,
        "made_at": item.made_at.isoformat(),
        "ids": sorted(i.hex for i in item.ids),
        "compacted": item.compacted,
        "renew": item.renew,
        "action": item.action.hex if item.action else None,
        "device": item.device.hex if item.device else None,
        "dseq": item.dseq,
        "marks": [list(m) for m in item.marks],
        "seen": None if item.seen is None else _seen_out(item.seen),
    }


def _decode(id_: uuid.UUID, data: dict[str, object]) -> KnownErasure:
    action, device = data.get("action"), data.get("device")
    return KnownErasure(
        id=id_,
        person=uuid.UUID(str(data["person"])),
        state=str(data["state"]),
        made_at=datetime.fromisoformat(str(data["made_at"])),
        ids=frozenset(uuid.UUID(str(i)) for i in data.get("ids", []) or []),  # type: ignore[attr-defined]
        compacted=bool(data.get("compacted", False)),
        renew=bool(data.get("renew", False)),
        action=uuid.UUID(str(action)) if action else None,
        device=uuid.UUID(str(device)) if device else None,
        dseq=int(data.get("dseq", 0) or 0),  # type: ignore[call-overload]
        marks=tuple((int(n), str(h)) for n, h in data.get("marks", []) or []),  # type: ignore[attr-defined]
        seen=_seen_in(data.get("seen")),
    )


def now() -> datetime:
    return datetime.now(UTC)
