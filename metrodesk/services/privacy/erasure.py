"""The right to be forgotten: a person's data leaves the database, its history and the file.

What goes: the name, title, place, language, tags and notes of the record; every e-mail, phone,
affiliation, consent, focal-point and centre role; the person's role text in meetings; the
link from quotes, action items and a meeting's facilitator; every mention of the person's
name, e-mail or phone in free text anywhere (meeting notes, agendas, decisions, other notes);
and all of that from the change journal and the search index too. Then the file is rewritten
(VACUUM) and its log emptied, so no free page or log frame keeps an old copy.

What stays: an anonymous record ("Erased person") that keeps the person's place in meetings
and courses, so that a meeting keeps its attendee count and a course its participant count and
attendance figures; fees and everything not about the person. A line in the register says an
erasure happened (when, by whom, the record id), never what was erased.

The journal is rewritten here in place (not through new entries, which would carry the old
values again): `_scrub_journal` is the one place that knows its layout.

Sync: an erasure travels as an erasure record of its own (`services/sync/erasures.py` keeps
them; the engine puts this copy's on the hub and applies the others'), not only as the changes
of its action. A copy that receives one calls `Erasure.apply_received(person_id)`: the same
erasure of its own file and history, without a register line of its own (the erasing copy's
line arrives by sync), and again whenever changes about the person arrive later (made on a copy
that did not know of the erasure yet). The values scrubbed from the journal are replaced by
those of an erased record ("Erased person", empty texts), never removed: the entries stay valid
changes that any copy may fold again without bringing anything back or breaking a rule.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import String, Text, func, or_, select
from sqlalchemy.orm import Session

from metrodesk.data.base import Record
from metrodesk.data.cities import FocalPoint
from metrodesk.data.database import Database
from metrodesk.data.journal import JournalEntry
from metrodesk.data.journal_codec import PAIRED_OPS, FieldChange, encode_created, encode_pairs
from metrodesk.data.meetings import ActionItem, Meeting, MeetingParticipant, Quote
from metrodesk.data.models import RECORD_CLASSES
from metrodesk.data.people import Affiliation, Consent, Contact, ContactEmail, ContactPhone
from metrodesk.data.sync_models import SyncConflict
from metrodesk.data.training import CentreContact, CourseParticipant
from metrodesk.i18n import tr
from metrodesk.services.errors import ServiceError
from metrodesk.services.privacy import register
from metrodesk.services.privacy.erasure_terms import (
    ERASE_ACTION,
    ERASED_MENTION,
    ERASED_NAME,
    LOG_ROLE,
)
from metrodesk.services.privacy.marks import Mark, kept_by, marks_of
from metrodesk.services.privacy.mentions import NO_TOKENS, Tokens, scope_of
from metrodesk.services.records.crud import contact_sort_key
from metrodesk.services.storage.backups import BackupInfo, list_backups
from metrodesk.services.sync import erasures

#: called with (people erased so far, people to erase); False stops before the next one
Progress = Callable[[int, int], bool]
#: rows that are the person's own data and go entirely
OWN_ROWS: tuple[type[Record], ...] = (
    ContactEmail,
    ContactPhone,
    Affiliation,
    Consent,
    FocalPoint,
    CentreContact,
)
#: the contact's own fields and what they become
CLEARED: dict[str, Any] = {
    "honorific": "",
    "given_name": "",
    "family_name": ERASED_NAME,
    "job_title": "",
    "language": "",
    "city": "",
    "country": "",
    "tags": [],
    "notes": "",
    "sort_key": "",
}


@dataclass(frozen=True)
class ErasurePlan:
    """What the confirmation says before anything is erased."""

    person_id: uuid.UUID
    name: str
    #: what leaves, a line each ("2 e-mail addresses")
    removed: tuple[str, ...]
    #: what stays, a line each
    kept: tuple[str, ...]
    #: backups made before now: they still hold the person's data until they expire
    backups: tuple[BackupInfo, ...]


@dataclass(frozen=True)
class ErasureResult:
    person_id: uuid.UUID
    #: rows removed, fields cleared, mentions replaced, history entries scrubbed
    counts: dict[str, int]
    backups_purged: tuple[Path, ...] = ()
    #: the person's record and every row that was theirs (sync recognises later changes by them)
    record_ids: frozenset[uuid.UUID] = frozenset()
    #: fingerprints of the texts replaced (sync recognises them in text arriving later)
    marks: tuple[Mark, ...] = ()


class Erasure:
    def __init__(self, db: Database) -> None:
        self.db = db

    def plan(self, person_id: uuid.UUID) -> ErasurePlan:
        with self.db.read() as s:
            person = _person(s, person_id)
            name = person.display_name
            removed = [tr("the name, title, place, language, tags and notes of {name}").format(
                name=name)]  # fmt: skip
            for model, words in _OWN_WORDS:
                n = _count(s, model, model.contact_id == person_id)  # type: ignore[attr-defined]
                if n:
                    removed.append(words(n))
            meetings = _count(s, MeetingParticipant, MeetingParticipant.contact_id == person_id)
            courses = _count(s, CourseParticipant, CourseParticipant.contact_id == person_id)
            team = erasures.in_a_team(s.connection())
        removed += [
            tr(
                "every mention of the name, e-mail addresses and phone numbers in notes and "
                "other free text"
            ),
            tr(
                "the same from the history of changes and the search index; then the file is "
                "rewritten so that no old copy stays in its free space or log"
            ),
        ]
        kept: tuple[str, ...] = (
            tr(
                "an anonymous record, “{name}”, in its place in {meetings} meetings and "
                "{courses} courses: attendee and participant counts and attendance figures stay"
            ).format(name=ERASED_NAME, meetings=meetings, courses=courses),
            tr("meetings, courses, fees and everything else not about the person"),
            tr("a line in the register saying that an erasure was made, when and by whom"),
            tr("copies outside this database: workbooks and files already exported or sent"),
        )
        if team:
            removed.append(
                tr(
                    "the same on every computer of the team at its next sync, and from the "
                    "team folder's older files"
                )
            )
            kept += (
                tr(
                    "a computer of the team that does not sync keeps the data until it does, "
                    "and each computer's own backups until they expire"
                ),
            )
        return ErasurePlan(person_id, name, tuple(removed), kept, tuple(list_backups(self.db.path)))

    def erase(self, person_id: uuid.UUID, purge_backups: bool = False) -> ErasureResult:
        """Erase the person (one action, never on the undo stack), then rewrite the file."""
        return self.erase_many([person_id], purge_backups)[0]

    def erase_many(
        self,
        people: Sequence[uuid.UUID],
        purge_backups: bool = False,
        progress: Progress | None = None,
    ) -> list[ErasureResult]:
        """Erase each person in an action of their own, then rewrite the file once.

        `progress(done, total)` returning False stops before the next person: those erased
        so far stay erased (each is whole) and the file is still rewritten for them."""
        results: list[ErasureResult] = []
        for person in people:
            if progress is not None and not progress(len(results), len(people)):
                break
            results.append(self._erase(person))
        if results:
            compact(self.db)
        if purge_backups and results:
            purged = tuple(purge_backups_of(self.db.path))
            results[-1] = replace(results[-1], backups_purged=purged)
        return results

    def apply_received(
        self,
        person_id: uuid.UUID,
        also: Tokens = NO_TOKENS,
        marks: Iterable[Mark] | None = None,
    ) -> ErasureResult:
        """An erasure made on another copy (its register line arrived by sync): the same here,
        without a second register line; nothing to do for a person this copy never had.
        `also`: texts naming the person found in changes that arrived after the erasure
        (`marks.found_in`), replaced like the mentions this copy still knows. `marks`: the
        erasing copy's, which decide whether the family name alone is a token here too."""
        with self.db.read() as s:
            held = s.get(Contact, person_id) is not None
        if not held and not also:
            return ErasureResult(person_id, {})
        if held:
            decided = None if marks is None else tuple(marks)
            result = self._erase(person_id, register_line=False, also=also, decided=decided)
        else:
            result = self._replace_only(person_id, also)
        compact(self.db)
        return result

    def _replace_only(self, person_id: uuid.UUID, also: Tokens) -> ErasureResult:
        """Mentions of a person this copy never held (typed into notes here, or in changes
        of other copies), replaced as every copy that held the person replaces them."""
        counts: dict[str, int] = {}
        with self.db.action(ERASE_ACTION, role=LOG_ROLE) as s:
            counts["mentions replaced"] = _replace_mentions(s, also)
            s.flush()
            nobody = _Ids(person_id, frozenset(), frozenset())
            counts["history entries scrubbed"] = _scrub_journal(s, nobody, also)
            counts["conflicts scrubbed"] = _scrub_conflicts(s, nobody.all, also)
        return ErasureResult(person_id, counts)

    def _erase(
        self,
        person_id: uuid.UUID,
        register_line: bool = True,
        also: Tokens = NO_TOKENS,
        decided: tuple[Mark, ...] | None = None,
    ) -> ErasureResult:
        counts: dict[str, int] = {}
        with self.db.action(ERASE_ACTION, role=LOG_ROLE) as s:
            person = _person(s, person_id)
            ids = _ids_of(s, person_id)
            tokens = _mentions(s, person, decided, ids.own) | also
            marked = tuple(marks_of(person_id, tokens))
            counts["rows removed"] = _remove_own_rows(s, person_id)
            counts["links cleared"] = _clear_links(s, person_id)
            for field, value in CLEARED.items():
                setattr(person, field, value)
            # as sync's rebuild of the record computes it: every copy sorts it alike
            person.sort_key = contact_sort_key(person.family_name, person.given_name)
            counts["mentions replaced"] = _replace_mentions(s, tokens)
            s.flush()
            counts["history entries scrubbed"] = _scrub_journal(s, ids, tokens)
            counts["conflicts scrubbed"] = _scrub_conflicts(s, ids.all, tokens)
            if register_line:
                note = ", ".join(f"{n} {what}" for what, n in counts.items())
                register.add_entry(s, register.ERASURE, person_id, self.db.author, note)
                s.flush()
                erasures.note_local(s.connection(), person_id, ids.all, s.info["action_id"], marked)
        return ErasureResult(person_id, counts, record_ids=ids.all, marks=marked)


#: the person's own rows, each counted in the confirmation ("2 e-mail addresses")
_OWN_WORDS: tuple[tuple[type[Record], Callable[[int], str]], ...] = (
    (ContactEmail, lambda n: tr("%n e-mail addresses", "", n)),
    (ContactPhone, lambda n: tr("%n phone numbers", "", n)),
    (Affiliation, lambda n: tr("%n affiliations", "", n)),
    (Consent, lambda n: tr("%n consents", "", n)),
    (FocalPoint, lambda n: tr("%n focal-point roles", "", n)),
    (CentreContact, lambda n: tr("%n training-centre roles", "", n)),
)


def _person(s: Session, person_id: uuid.UUID) -> Contact:
    person = s.get(Contact, person_id)
    if person is None:
        raise ServiceError(f"no person with the id {person_id}")
    return person


def _count(s: Session, model: type[Record], where: Any) -> int:
    return int(s.execute(select(func.count()).select_from(model).where(where)).scalar_one())


def _mentions(
    s: Session, person: Contact, decided: tuple[Mark, ...] | None, own: frozenset[uuid.UUID]
) -> Tokens:
    """The texts that name the person: full names in every order, the names held before
    included (a copy where the person was renamed before the erasure arrived knows the old
    name only from its history); every e-mail address and phone number the person's rows held,
    now or before; and, in prose, the family name alone when no other person bears it. That is
    the erasing copy's choice; every other copy keeps of its own candidates those the erasure's
    marks (`decided`) name, so that all replace the same texts in the history they share."""
    found = _addresses(s, person.id, own)
    found |= {t.removeprefix("+") for t in found if t.startswith("+")}
    givens, families = _names_held(s, person)
    for given in givens:  # without one, each form is the family name alone (below)
        for family in families:
            found |= {f"{given} {family}", f"{family} {given}", f"{family}, {given}"}
    family = person.family_name.strip()
    alone = [family] if family and family != ERASED_NAME else []
    if decided is not None:
        return kept_by(person.id, Tokens.of(found, [*families, *alone]), decided)
    if _count(s, Contact, (Contact.family_name == family) & (Contact.id != person.id)):
        alone = []
    return Tokens.of(found, alone)


def _names_held(s: Session, person: Contact) -> tuple[set[str], set[str]]:
    """The given and family names the person's record holds and held (an erased record's
    history holds none)."""
    givens, families = {person.given_name.strip()}, {person.family_name.strip()}
    for entry in s.scalars(select(JournalEntry).where(JournalEntry.record_id == person.id)):
        for change in entry.changes():
            held = givens if change.field == "given_name" else families
            if change.field in ("given_name", "family_name"):
                held |= {v.strip() for v in (change.old, change.new) if isinstance(v, str)}
    return givens - {""}, families - {"", ERASED_NAME}


def _addresses(s: Session, person_id: uuid.UUID, own: frozenset[uuid.UUID]) -> set[str]:
    """Every address and number the person's e-mail and phone rows held, now or before."""
    emails = or_(ContactEmail.contact_id == person_id, ContactEmail.id.in_(own))
    phones = or_(ContactPhone.contact_id == person_id, ContactPhone.id.in_(own))
    held = {e.address for e in s.scalars(select(ContactEmail).where(emails))}
    held |= {p.number for p in s.scalars(select(ContactPhone).where(phones))}
    entries = select(JournalEntry).where(
        JournalEntry.record_id.in_(own),
        JournalEntry.record_kind.in_([ContactEmail.kind, ContactPhone.kind]),
    )
    for entry in s.scalars(entries):
        for change in entry.changes():
            if change.field in ("address", "number"):
                held |= {v for v in (change.old, change.new) if isinstance(v, str) and v}
    return held


def _remove_own_rows(s: Session, person_id: uuid.UUID) -> int:
    removed = 0
    for model in OWN_ROWS:
        for row in s.scalars(select(model).where(model.contact_id == person_id)):  # type: ignore[attr-defined]
            s.delete(row)
            removed += 1
    return removed


def _clear_links(s: Session, person_id: uuid.UUID) -> int:
    """Links that name the person without being theirs: kept, but no longer pointing at them
    (or, for a meeting role, no longer describing them)."""
    cleared = 0
    for part in s.scalars(select(MeetingParticipant).where(
            MeetingParticipant.contact_id == person_id)):  # fmt: skip
        if part.role not in ("", "participant"):
            part.role = "participant"
            cleared += 1
    for model, column in ((Quote, "contact_id"), (ActionItem, "owner_id"),
                          (Meeting, "facilitator_id")):  # fmt: skip
        for row in s.scalars(select(model).where(getattr(model, column) == person_id)):
            setattr(row, column, None)
            cleared += 1
    return cleared


def _text_columns(cls: type[Record]) -> list[str]:
    return [
        str(c.key)
        for c in cls.__table__.columns
        if isinstance(c.type, String | Text) and c.key not in ("id",) and not c.foreign_keys
    ]


def _replace_mentions(s: Session, tokens: Tokens) -> int:
    """Every mention in every text column of every kind of record (`mentions.py` says which
    token counts where); journaled like any edit (the journal pass below then scrubs the old
    values those entries carry)."""
    replaced = 0
    for kind, cls in RECORD_CLASSES.items():
        for column in _text_columns(cls):
            pattern = tokens.pattern(scope_of(kind, column))
            if pattern is None:
                continue
            attr = getattr(cls, column)
            likely = or_(*(attr.ilike(f"%{t}%") for t in tokens.every()))
            for row in s.scalars(select(cls).where(likely)):
                value = getattr(row, column)
                new, n = pattern.subn(ERASED_MENTION, value)
                if n:
                    setattr(row, column, new)
                    replaced += n
    return replaced


@dataclass(frozen=True)
class _Ids:
    person: uuid.UUID
    #: rows that were the person's own (e-mails, phones, affiliations…)
    own: frozenset[uuid.UUID]
    #: the person's places in meetings (kept, with the role text scrubbed)
    roles: frozenset[uuid.UUID]

    @property
    def all(self) -> frozenset[uuid.UUID]:
        return self.own | self.roles | {self.person}


def _ids_of(s: Session, person_id: uuid.UUID) -> _Ids:
    roles = s.scalars(select(MeetingParticipant.id).where(
        MeetingParticipant.contact_id == person_id))  # fmt: skip
    return _Ids(person_id, frozenset(_journaled_ids_of_rows(s, person_id)), frozenset(roles))


def _scrub_journal(s: Session, ids: _Ids, tokens: Tokens) -> int:
    """The journal keeps old and new values: those of the person's own record and rows become
    an erased record's (the entries stay: when and by whom something changed is not the
    person's data, and folded again they give the erased record, never an invalid one), and
    every mention in any other entry is replaced, as in the records themselves."""
    scrubbed = 0
    touched = JournalEntry.record_id.in_(ids.all)
    for entry in s.scalars(select(JournalEntry).where(touched)):
        if _blank(entry, ids):
            scrubbed += 1
    if not tokens:
        return scrubbed
    likely = or_(*(JournalEntry.data.ilike(f"%{t}%") for t in tokens.every()))
    for entry in s.scalars(select(JournalEntry).where(likely)):
        changes = entry.changes()
        replaced = [_replace_change(c, tokens.pattern(scope_of(entry.record_kind, c.field)))
                    for c in changes]  # fmt: skip
        if replaced != changes:
            entry.data = _encode(entry.op, replaced)
            scrubbed += 1
    return scrubbed


def _scrub_conflicts(s: Session, ids: frozenset[uuid.UUID], tokens: Tokens) -> int:
    """The sync inbox holds field values too: conflicts about the person's records go (there
    is nothing left to choose between), mentions in the others are replaced."""
    scrubbed = 0
    for conflict in s.scalars(select(SyncConflict).where(SyncConflict.record_id.in_(ids))):
        s.delete(conflict)
        scrubbed += 1
    if not tokens:
        return scrubbed
    columns = (SyncConflict.kept, SyncConflict.aside)
    likely = or_(*(c.ilike(f"%{t}%") for t in tokens.every() for c in columns))
    for conflict in s.scalars(select(SyncConflict).where(likely)):
        pattern = tokens.pattern(scope_of(conflict.record_kind, conflict.field))
        if pattern is None:
            continue
        for column in ("kept", "aside"):
            value = getattr(conflict, column)
            if value is not None:
                setattr(conflict, column, pattern.sub(ERASED_MENTION, value))
        scrubbed += 1
    return scrubbed


def _blank(entry: JournalEntry, ids: _Ids) -> bool:
    """Give an entry about the person the values of an erased record, old and new."""
    changes = entry.changes()
    blanked = [c._replace(old=_neutral(entry.record_id, c.field, c.old, ids),
                          new=_neutral(entry.record_id, c.field, c.new, ids))
               for c in changes]  # fmt: skip
    if blanked == changes:
        return False
    entry.data = _encode(entry.op, blanked)
    return True


def _neutral(record_id: uuid.UUID, field: str, value: Any, ids: _Ids) -> Any:
    """What a field of the person's records holds once erased: the contact's cleared values
    (its name order and trash state are no personal data), a meeting place's plain role; the
    person's own rows (removed for good) keep only their ids and trash state."""
    if record_id == ids.person:
        return CLEARED.get(field, value)
    if record_id in ids.roles:
        return "participant" if field == "role" and value is not None else value
    if field == "deleted_at" or field.endswith("_id"):
        return value
    return None


def _encode(op: str, changes: list[FieldChange]) -> str:
    if op in PAIRED_OPS:
        return encode_pairs({c.field: (c.old, c.new) for c in changes})
    return encode_created({c.field: c.new for c in changes})


def _journaled_ids_of_rows(s: Session, person_id: uuid.UUID) -> set[uuid.UUID]:
    """Ids of the rows that were the person's (removed now): their creation entries say
    whose they were by the contact_id they were created with."""
    created = select(JournalEntry).where(
        JournalEntry.op == "create",
        JournalEntry.record_kind.in_([m.kind for m in OWN_ROWS]),
        JournalEntry.data.like(f"%{person_id.hex}%"),
    )
    return {
        e.record_id
        for e in s.scalars(created)
        if e.fields().get("contact_id", (None, None))[1] == person_id.hex
    }


def _replace_change(change: FieldChange, pattern: re.Pattern[str] | None) -> FieldChange:
    if pattern is None:
        return change
    old, new = _replace_in(change.old, pattern), _replace_in(change.new, pattern)
    return change._replace(old=old, new=new)


def _replace_in(value: Any, pattern: re.Pattern[str]) -> Any:
    if isinstance(value, str):
        return pattern.sub(ERASED_MENTION, value)
    if isinstance(value, list):
        return [_replace_in(v, pattern) for v in value]
    if isinstance(value, dict):
        return {k: _replace_in(v, pattern) for k, v in value.items()}
    return value


def compact(db: Database) -> None:
    """Leave no old copy of a page anywhere in the file: the search index rebuilt from its
    (already scrubbed) documents, the file rewritten by VACUUM with secure_delete on, and the
    write-ahead log checkpointed and truncated before and after."""
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("PRAGMA secure_delete = ON")
        cursor.execute("INSERT INTO search_fts(search_fts) VALUES ('rebuild')")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        cursor.execute("PRAGMA secure_delete = OFF")
        cursor.close()
    finally:
        raw.close()


def purge_backups_of(db_path: Path) -> list[Path]:
    """Delete every backup of the database (they hold what was erased); the ones deleted."""
    from metrodesk.data.crypto.envelope import key_file

    gone = []
    for info in list_backups(db_path):
        info.path.unlink(missing_ok=True)
        key_file(info.path).unlink(missing_ok=True)
        gone.append(info.path)
    return gone
