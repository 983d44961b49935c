"""Erasures through sync (#14): the steps of a sync that carry a person's erasure to every copy.

1. **Exchange** (before anything is sent or pulled): this copy's erasures go on the hub as
   erasure records (idempotent by id), and every record of the hub this copy has not applied
   is applied (`Erasure.apply_received`: the person's rows, history, inbox, search index and
   free pages, as on the copy that erased) and remembered, so it is applied once.
2. **Watch** what arrives: an action made on a copy that did not know of the erasure yet (an
   edit of the person, a new e-mail, a mention in a meeting's notes) still carries the person's
   values. It is applied like any other, and then the erasure is applied here again, in the
   same sync: the values go from the records and the journal before the sync ends, and the
   hub is compacted again. An erasure's own action arriving before its record (a record put
   after this copy read the list) is applied here at once too.
3. **Compact the hub**: every change file whose actions this copy holds with other (scrubbed)
   values is rewritten with them: the same actions, numbers and content digest, so a copy
   that pulls it again takes it as the change set it already has; a damaged duplicate of a
   rewritten file goes. Snapshots written before the erasure are replaced by a new one of this
   copy (written after) and dropped, whoever wrote them. Until all of it is done (a change
   file this copy cannot read yet, changes still waiting) it is tried again at the next sync.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable
from dataclasses import replace
from typing import TYPE_CHECKING

from sqlalchemy import Connection

from metrodesk.data.journal_actions import decode_deps
from metrodesk.data.journal_codec import decode_changes
from metrodesk.data.sessions import sync_write
from metrodesk.i18n import tr
from metrodesk.services.privacy.erasure_terms import (
    ERASE_ACTION,
    ERASED_MENTION,
    ERASED_NAME,
    LOG_ROLE,
)
from metrodesk.services.privacy.marks import Mark, found_in, texts_in
from metrodesk.services.privacy.mentions import NO_TOKENS, Tokens, scope_of
from metrodesk.services.sync import erasures, outgoing
from metrodesk.services.sync.erasures import KnownErasure
from metrodesk.services.sync.transport import ChangeSet, ErasureRecord, SnapshotInfo, Unreadable
from metrodesk.services.sync.wire import (
    WireAction,
    WireEntry,
    WireError,
    decode_actions,
    encode_actions,
    seal,
    unseal,
)

if TYPE_CHECKING:
    from metrodesk.services.privacy.erasure import ErasureResult
    from metrodesk.services.sync.engine import SyncEngine

_LOCAL_ENTRIES = (
    "SELECT e.hlc, e.record_kind, e.record_id, e.op, e.data FROM journal_entry e "
    "JOIN journal_action a ON a.ref = e.action_ref WHERE a.id = ? ORDER BY e.seq"
)
_ACTION_PLACE = (
    "SELECT d.id, a.dseq, a.deps FROM journal_action a "
    "JOIN journal_device d ON d.ref = a.device_ref WHERE a.id = ?"
)
_ACTIONS_AFTER = "SELECT id, dseq, deps FROM journal_action WHERE device_ref = ? AND dseq > ?"


class ErasureSteps:
    def __init__(self, engine: SyncEngine) -> None:
        self.engine = engine
        self.db = engine.db

    def _known(self) -> dict[uuid.UUID, KnownErasure]:
        with self.db.engine.connect() as conn:
            return erasures.known(conn)

    def _save(self, items: Iterable[KnownErasure]) -> None:
        with sync_write(self.db) as s:
            for item in items:
                erasures.save(s.connection(), item)

    # --- 1. exchange ---------------------------------------------------------------------

    def exchange(self) -> None:
        known = self._known()
        for item in known.values():
            if item.state == "pending":
                self._put(item)
        for record in self.engine.hub.erasures():
            if record.id not in known:
                self.engine._step("Applying an erasure made on another computer")
                try:
                    details = erasures.details_of(unseal(record.payload, self.engine.codecs))
                except WireError:
                    details = erasures.Details()
                item = erasures.received(record.record_id, record.id, (), record.device,
                                         details.dseq, record.made_at, details.marks,
                                         details.seen)  # fmt: skip
                result = self._apply(item.person, self._held_mentions(item), item.marks)
                self._save([replace(item, ids=frozenset(result.record_ids))])
                if result.record_ids:
                    self.engine.report.notes.append(
                        tr("A person erased on another computer was erased here too.")
                    )

    def _put(self, item: KnownErasure) -> None:
        placed = replace(item, state="sent", device=uuid.UUID(self.db.device), dseq=0)
        if item.action is not None:
            with self.db.engine.connect() as conn:
                row = conn.exec_driver_sql(_ACTION_PLACE, (item.action.bytes,)).first()
                refs = outgoing.device_ids(conn)
            if row is not None:
                seen = {refs[r]: n for r, n in decode_deps(row[2]).items() if r in refs}
                placed = replace(placed, device=uuid.UUID(bytes=bytes(row[0])), dseq=int(row[1]),
                                 seen=seen)  # fmt: skip
        payload = seal(self.engine.codec, erasures.payload_of(placed))
        device = placed.device or uuid.UUID(self.db.device)
        record = ErasureRecord(item.id, device, item.person, item.made_at, payload)
        self.engine.hub.put_erasure(record)
        self._save([placed])

    def _held_mentions(self, item: KnownErasure) -> Tokens:
        """The erasure's marks found in the changes this copy holds that the erasing copy had
        not seen, made without knowing of it (here, or on a copy whose changes came first):
        each copy replaces them as it applies the erasure, and `watch` those arriving later,
        so every copy replaces the same texts."""
        found = Tokens()
        if item.seen is None or not item.marks:
            return found
        with self.db.engine.connect() as conn:
            for action in _unseen_by_the_eraser(conn, item):
                for _hlc, kind, _rid, op, data in conn.exec_driver_sql(_LOCAL_ENTRIES, (action,)):
                    found |= _found_in_values(kind, op, data, item.person, item.marks)
        return found

    def _apply(
        self, person: uuid.UUID, also: Tokens = NO_TOKENS, marks: Iterable[Mark] | None = None
    ) -> ErasureResult:
        # only when there is something to erase: the erasure's imports include Excel's
        from metrodesk.services.privacy.erasure import Erasure

        return Erasure(self.db).apply_received(person, also, marks)

    # --- 2. watch ------------------------------------------------------------------------

    def watch(self, conn: Connection, actions: Iterable[WireAction]) -> None:
        """Note, in the transaction that applies `actions`, the people erased here whose values
        they bring back (by their records' ids, or their name found by its marks) and people
        whose erasure arrives as an action before its record: a sync killed before it erased
        them again leaves the note, and the next one does it."""
        known = erasures.known(conn)
        by_id = {rid: item.person for item in known.values() for rid in item.touched}
        people = {item.person.hex: item.person for item in known.values()}
        named = re.compile("|".join(people)) if people else None
        marked = {i.person: i.marks for i in known.values() if i.marks}
        again: dict[uuid.UUID, set[uuid.UUID]] = {}
        for action in actions:
            erased: set[uuid.UUID] = set()
            if action.role == LOG_ROLE and action.name == ERASE_ACTION:
                erased = {e.record_id for e in action.entries if _erases_person(e)}
                for person in erased - set(people.values()):
                    again.setdefault(person, set()).add(action.id)
            # an action made after its copy had the erasure carries no old value: not read; an
            # erasure of someone else made before may have replaced a text in the person's
            # rows (a shared address), which this copy blanked: it is read
            unaware = {i.person for i in known.values() if i.person not in erased
                       and not i.known_to(action.device, action.dseq, action.deps)}  # fmt: skip
            for entry in action.entries if unaware else ():
                found = {by_id[entry.record_id]} if entry.record_id in by_id else set()
                if named is not None and entry.data and (hit := named.search(entry.data)):
                    found.add(people[hit.group(0)])
                if entry.data:
                    found |= {p for p in unaware if p in marked and _found(entry, p, marked[p])}
                for person in found & unaware:
                    again.setdefault(person, set()).add(action.id)
        if again:
            erasures.note_again(conn, again)

    def apply_again(self) -> bool:
        """Erase again the people whose values arrived (noted by `watch`, in this sync or one
        killed before); True when any was."""
        with self.db.engine.connect() as conn:
            pending = erasures.again(conn)
            known = erasures.known(conn)
        if not pending:
            return False
        for person, actions in sorted(pending.items(), key=lambda kv: kv[0].bytes):
            self.engine._step("Erasing again what arrived about an erased person")
            mine = [i for i in known.values() if i.person == person]
            marks = {m for i in mine for m in i.marks}
            decided = marks if mine else None  # a stand-in's: this copy's own rule
            result = self._apply(person, self._mentions(person, actions, marks), decided)
            if not mine:  # its record comes later, under its own id: applied once more then
                stand_in = uuid.uuid5(_STAND_INS, person.hex)
                mine = [erasures.received(person, stand_in, (), None, 0, erasures.now(),
                                          result.marks)]  # fmt: skip
            # snapshots written before now may hold the values that came back
            done = [erasures.with_ids(i, result.record_ids) for i in mine]
            with sync_write(self.db) as s:
                for item in done:
                    erasures.save(s.connection(), item)
                erasures.done_again(s.connection(), person)
        self.engine.report.notes.append(
            tr("Changes made on another computer about a person erased here arrived: erased too.")
        )
        return True

    def _mentions(self, person: uuid.UUID, actions: set[uuid.UUID], marks: set[Mark]) -> Tokens:
        """The texts naming the person in the actions that arrived, read again from this
        copy's journal (they are erased next; held in memory only)."""
        found = Tokens()
        if not marks:
            return found
        with self.db.engine.connect() as conn:
            for action in actions:
                for _hlc, kind, _rid, op, data in conn.exec_driver_sql(
                    _LOCAL_ENTRIES, (action.bytes,)
                ):
                    found |= _found_in_values(kind, op, data, person, marks)
        return found

    # --- 3. compact the hub --------------------------------------------------------------

    def compact(self) -> None:
        owed = [i for i in self._known().values() if not i.compacted and i.state != "pending"]
        if not owed or self.engine.report.waiting:
            return
        self.engine._step("Removing erased data from the team folder")
        whole = self._rewrite_change_sets()
        whole = self._renew_snapshots(owed) and whole
        if whole:
            self._save([replace(i, compacted=True, renew=False) for i in owed])

    def _rewrite_change_sets(self) -> bool:
        whole = True
        for found in self.engine.hub.every_change_set():
            if isinstance(found, Unreadable):
                whole = False
                continue
            try:
                scrubbed = self._scrubbed(found)
            except WireError:
                whole = False
                continue
            if scrubbed is not None and not self.engine.hub.replace_change_set(scrubbed):
                whole = False
        return whole

    def _scrubbed(self, cs: ChangeSet) -> ChangeSet | None:
        """The change set with the values this copy's journal holds for its entries now, or
        None when nothing differs (or this copy does not hold its actions)."""
        codec = self.engine.codecs.get(cs.payload.partition(b"\n")[0].decode("ascii", "replace"))
        if codec is None:
            raise WireError("sealed by a codec this copy does not have")
        actions, names = decode_actions(unseal(cs.payload, self.engine.codecs))
        changed = False
        with self.db.engine.connect() as conn:
            touched = frozenset().union(*(i.touched for i in erasures.known(conn).values()))
            for action in actions:
                entries = _as_held(conn, action, touched)
                if entries is not None:
                    action.entries, changed = entries, True
        if not changed:
            return None
        payload = seal(codec, encode_actions(actions, names))
        return ChangeSet(cs.device, cs.first, cs.last, cs.schema, cs.format, payload, cs.content)

    def _renew_snapshots(self, owed: list[KnownErasure]) -> bool:
        """Snapshots that may hold an erased person's values go, once one written after the
        erasure (an existing one, or a new one of this copy's) covers them."""
        hub = self.engine.hub
        stored = hub.snapshots()
        dirty = [s for s in stored if any(_may_hold(s, item) for item in owed)]
        if not dirty:
            return True
        clean = [s for s in stored if s not in dirty]
        if not all(_covering(d, clean) for d in dirty):
            clean.append(self.engine._write_snapshot(self.engine._have()))
        whole = True
        for old in dirty:
            by = _covering(old, clean)
            if by is None or not hub.drop_covered_snapshot(old, by):
                whole = False
        return whole


def _covering(old: SnapshotInfo, clean: list[SnapshotInfo]) -> SnapshotInfo | None:
    for new in clean:
        if all(new.covers.get(d, 0) >= n for d, n in old.covers.items()):
            return new
    return None


def _as_held(
    conn: Connection, action: WireAction, touched: frozenset[uuid.UUID]
) -> list[WireEntry] | None:
    """The action's entries with this copy's values, where this copy holds them scrubbed: an
    entry about an erased person's records, or one where more mentions are replaced here (a
    copy that learnt of a mention later never writes it back over a file cleaned by another)."""
    held = conn.exec_driver_sql(_LOCAL_ENTRIES, (action.id.bytes,)).all()
    if len(held) != len(action.entries):
        return None
    out, differs = [], False
    for wire, (hlc, kind, rid, op, data) in zip(action.entries, held, strict=True):
        if (wire.hlc, wire.kind, wire.record_id.bytes, wire.op) != (hlc, kind, bytes(rid), op):
            return None
        if data != wire.data and _cleaner(data, wire.data, wire.record_id in touched):
            differs = True
        else:
            data = wire.data
        out.append(WireEntry(wire.hlc, wire.kind, wire.record_id, wire.op, data))
    return out if differs else None


def _unseen_by_the_eraser(conn: Connection, item: KnownErasure) -> list[bytes]:
    """Ids of the actions held here that the erasing copy had not seen, made on copies that
    did not know of the erasure yet (`KnownErasure.concurrent`)."""
    refs = outgoing.device_ids(conn)
    found = []
    for ref, device in refs.items():
        after = (item.seen or {}).get(device, 0)
        for action, dseq, deps in conn.exec_driver_sql(_ACTIONS_AFTER, (ref, after)):
            vector = {refs[r]: n for r, n in decode_deps(deps).items() if r in refs}
            if item.concurrent(device, int(dseq), vector):
                found.append(bytes(action))
    return found


def _found(entry: WireEntry, person: uuid.UUID, marks: Iterable[Mark]) -> Tokens:
    return _found_in_values(entry.kind, entry.op, entry.data, person, marks)


def _found_in_values(
    kind: str, op: str, data: str | None, person: uuid.UUID, marks: Iterable[Mark]
) -> Tokens:
    """The person's marks found in an entry's values, each field searched as the erasure
    searches it (`mentions.scope_of`): never another person's name fields."""
    found = Tokens()
    for change in decode_changes(op, data) if data else ():
        scope = scope_of(kind, change.field)
        if scope is None:
            continue
        for value in (change.old, change.new):
            for text in texts_in(value):
                found |= found_in(text, person, marks, prose=scope == "prose")
    return found


def _erases_person(entry: WireEntry) -> bool:
    """Whether an erasure's entry is the erased person's own: the one that names the record
    "Erased person" (its other contact entries replaced a mention in someone else's notes)."""
    if entry.kind != "contact" or not entry.data:
        return False
    changes = decode_changes(entry.op, entry.data)
    return any(c.field == "family_name" and c.new == ERASED_NAME for c in changes)


def _cleaner(held: str | None, sent: str | None, about_the_person: bool) -> bool:
    if about_the_person:
        return True
    return (held or "").count(ERASED_MENTION) > (sent or "").count(ERASED_MENTION)


def _may_hold(snapshot: SnapshotInfo, item: KnownErasure) -> bool:
    """Whether a snapshot may have been written before the erasure: it does not cover the
    erasing action (or that action's place is not known here, or values came back since)."""
    if item.renew or item.device is None or item.dseq <= 0:
        return True
    return snapshot.covers.get(item.device, 0) < item.dseq


#: the namespace of the ids an erasure seen by its action before its record is remembered under
_STAND_INS = uuid.UUID("5d1c9b6e-8f0a-4e4b-9a57-0e7a5e1d2c31")


def is_stand_in(item: KnownErasure) -> bool:
    """Noted here for an erasure whose record had not arrived yet (`apply_again`): not a
    record of the hub's, so never put on one (a bridge relays only records)."""
    return item.id == uuid.uuid5(_STAND_INS, item.person.hex)
