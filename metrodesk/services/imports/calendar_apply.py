"""A calendar's events applied as meetings, in one transaction and one undo step.

Every event becomes a meeting, found again by the event's identity (`external_uid`) when the
calendar is imported a second time. What the calendar says about a meeting (title, times and
zone, place) follows the calendar; what people add in MetroDesk stays: the description fills
empty notes only, categories are added to the tags, attendees are added to the participants
and none is taken away. Attendees are matched to contacts by e-mail; people not yet in
MetroDesk are listed as new contacts (with the existing contacts they may be) and created
with the meetings, or, when the user prefers, only counted among the other attendees.

The preview is the same run rolled back, as for workbooks.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.models import Contact, ContactEmail, Meeting, MeetingParticipant
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.errors import ValidationError
from metrodesk.services.imports.calendar_file import (
    Attendee,
    CalendarEvent,
    CalendarRead,
    default_range,
    read_calendar_file,
)
from metrodesk.services.imports.calendar_file import notes_html as description_html
from metrodesk.services.imports.duplicates import ExistingContacts
from metrodesk.services.imports.outcome import ImportCancelled, ImportRejected, ImportReport
from metrodesk.services.imports.preview import (
    FieldChange,
    ImportPreview,
    PreviewBuilder,
    PreviewRow,
    shown,
)
from metrodesk.services.records import validation as v
from metrodesk.services.records.crud import Records, clean
from metrodesk.services.records.forms import FORMS
from metrodesk.services.records.rich_text import sanitise_html

MEETINGS = "Meetings"
PEOPLE = "Contacts"
#: the progress callback hears from a long import every this many events
STEP = 100
Progress = Callable[[int, int], bool]  # as outcome.Progress
#: the calendar's fields of a meeting: what a second import brings up to date
_FOLLOWED = ("title", "starts_at", "ends_at", "venue")
_FIELDS = {f.key: f for f in FORMS["meeting"]}


class Cancelled(Exception):
    """The user pressed Cancel: the caller rolls back."""


@dataclass(frozen=True)
class CalendarOptions:
    """The user's choices for a calendar: the range recurring events are expanded in (None:
    a year back and a year ahead), and whether attendees MetroDesk does not know become
    contacts (else they are counted among a meeting's other attendees)."""

    start: date | None = None
    end: date | None = None
    add_new_people: bool = True


def apply_calendar(
    db: Database,
    s: Session,
    read: CalendarRead,
    preview: ImportPreview,
    options: CalendarOptions,
    progress: Progress | None = None,
) -> None:
    """Write the calendar's meetings (and new people) in the caller's action `s`, and fill
    `preview` with what it did; the caller commits or rolls back."""
    builder = PreviewBuilder(preview)
    for name in (MEETINGS, PEOPLE):
        preview.sheets.setdefault(name, {"new": 0, "updated": 0, "unchanged": 0, "rejected": 0})
    people = _People(s, Records(db), builder, options.add_new_people)
    people.prepare(read.events)
    existing = _existing_meetings(s, {e.key for e in read.events})
    total = len(read.events)
    for done, event in enumerate(read.events, 1):
        try:
            row = _apply_event(s, event, existing.get(event.key), people)
        except ValidationError as exc:
            row = PreviewRow(MEETINGS, event.number, "rejected", _label(event), reason=str(exc))
        builder.add(row)
        at_step = done % STEP == 0 or done == total
        if progress is not None and at_step and progress(done, total) is False:
            raise Cancelled
    for bad in read.problems:
        builder.add(PreviewRow(MEETINGS, bad.number, "rejected", bad.title, reason=bad.reason))
    preview.notes.extend(read.notes)
    preview.notes.extend(people.notes())
    if read.start is not None and read.end is not None:
        last = read.end.toordinal() - 1
        preview.notes.append(
            tr("Recurring events expanded from {start} to {end}").format(
                start=read.start.isoformat(), end=datetime.fromordinal(last).date().isoformat()
            )
        )


def _label(event: CalendarEvent) -> str:
    when = event.starts_at.strftime("%Y-%m-%d" if event.all_day else "%Y-%m-%d %H:%M")
    return f"{event.title} ({when})"


def _existing_meetings(s: Session, keys: set[str]) -> dict[str, Meeting]:
    """Meetings imported before from these events, the live one first where a key has two."""
    found: dict[str, Meeting] = {}
    listed = sorted(keys)
    for start in range(0, len(listed), 500):
        chunk = listed[start : start + 500]
        for m in s.scalars(select(Meeting).where(Meeting.external_uid.in_(chunk))):
            key = str(m.external_uid)
            if key not in found or found[key].deleted_at is not None:
                found[key] = m
    return found


def _apply_event(
    s: Session, event: CalendarEvent, m: Meeting | None, people: _People
) -> PreviewRow:
    label = _label(event)
    if m is not None and m.deleted_at is not None:
        # deleted in MetroDesk on purpose: a later import does not bring it back
        people.trashed += 1
        return PreviewRow(MEETINGS, event.number, "unchanged", label)
    values = clean(
        "meeting",
        {
            "title": event.title[:500],
            "starts_at": event.starts_at,
            "ends_at": event.ends_at,
            "venue": event.place[:500],
        },
    )
    if m is None:
        m = Meeting(external_uid=event.key, time_zone=event.time_zone, other_attendees=0)
        for key, value in values.items():
            setattr(m, key, value)
        m.notes_html = sanitise_html(description_html(event.notes))
        m.tags = sorted(set(event.tags))
        s.add(m)
        s.flush()
        added = people.attend(s, m, event, set())
        m.other_attendees = people.uncounted(event)
        detail = (FieldChange(QT_TR_NOOP("Participants"), "", ", ".join(added)),) if added else ()
        return PreviewRow(MEETINGS, event.number, "new", label, detail)
    changes = _update(m, event, values)
    current = set(
        s.scalars(
            select(MeetingParticipant.contact_id).where(
                MeetingParticipant.meeting_id == m.id, MeetingParticipant.deleted_at.is_(None)
            )
        )
    )
    added = people.attend(s, m, event, current)
    if added:
        changes.append(FieldChange(QT_TR_NOOP("Participants"), "", "+ " + ", ".join(added)))
    status = "updated" if changes else "unchanged"
    return PreviewRow(MEETINGS, event.number, status, label, tuple(changes))


def _update(m: Meeting, event: CalendarEvent, values: dict[str, Any]) -> list[FieldChange]:
    changes: list[FieldChange] = []
    for key in _FOLLOWED:
        old, new = getattr(m, key), values.get(key)
        if (old or None) != (new or None):
            f = _FIELDS[key]
            changes.append(FieldChange(f.label, shown(f, old), shown(f, new)))
            setattr(m, key, new if new is not None else ("" if key == "venue" else None))
    if (m.time_zone or "") != event.time_zone:
        changes.append(FieldChange(QT_TR_NOOP("Time zone"), m.time_zone or "", event.time_zone))
        m.time_zone = event.time_zone
    notes = sanitise_html(description_html(event.notes))
    if notes and not (m.notes_html or "").strip():
        changes.append(FieldChange(QT_TR_NOOP("Notes"), "", event.notes[:80]))
        m.notes_html = notes
    tags = sorted(set(m.tags or ()) | set(event.tags))
    if tags != sorted(set(m.tags or ())):
        changes.append(FieldChange(QT_TR_NOOP("Tags"), ", ".join(m.tags or ()), ", ".join(tags)))
        m.tags = tags
    return changes


# ---------------------------------------------------------------------------------------------
# attendees


_SEPARATORS = re.compile(r"[._-]+")


def name_from(attendee: Attendee) -> tuple[str, str]:
    """(given, family) for a new contact: from the calendar's name ("Jordi Puig"), else
    from the address ("jordi.puig@…" -> Jordi Puig; "jpuig@…" -> jpuig)."""
    name = " ".join(attendee.name.split())
    if not name or "@" in name:
        local = attendee.email.split("@", 1)[0]
        parts = [p for p in _SEPARATORS.split(local) if p]
        name = " ".join(p.capitalize() for p in parts) if len(parts) > 1 else local
    *given, family = name.split(" ")
    return " ".join(given), family


class _People:
    """The calendar's attendees as contacts: found by e-mail, or new."""

    def __init__(
        self, s: Session, records: Records, builder: PreviewBuilder, add_new: bool
    ) -> None:
        self.s = s
        self.records = records
        self.builder = builder
        self.add_new = add_new
        #: e-mail (lower case) -> the contact it belongs to; None when several share it
        self.by_email: dict[str, uuid.UUID | None] = {}
        self.new: dict[str, uuid.UUID] = {}
        self.unknown: set[str] = set()
        self.invalid: set[str] = set()
        self.shared: set[str] = set()
        self.trashed = 0

    def prepare(self, events: list[CalendarEvent]) -> None:
        """Look every attendee up once; create (or list) the people not found."""
        wanted: dict[str, tuple[Attendee, int]] = {}
        for event in events:
            for a in _everyone(event):
                wanted.setdefault(a.email.lower(), (a, event.number))
        if not wanted:
            return
        rows = self.s.execute(
            select(func.lower(ContactEmail.address), ContactEmail.contact_id)
            .join(Contact, Contact.id == ContactEmail.contact_id)
            .where(ContactEmail.deleted_at.is_(None), Contact.deleted_at.is_(None))
        )
        for address, contact_id in rows:
            if address in wanted:
                known = self.by_email.get(address, contact_id)
                self.by_email[address] = contact_id if known == contact_id else None
        self.shared = {a for a, cid in self.by_email.items() if cid is None}
        hints = ExistingContacts(self.s) if self.add_new else None
        for address, (attendee, number) in wanted.items():
            if address not in self.by_email:
                self._new_person(address, attendee, number, hints)

    def _new_person(
        self, address: str, attendee: Attendee, number: int, hints: ExistingContacts | None
    ) -> None:
        try:
            email = v.email("E-mail", attendee.email)
        except ValidationError:
            self.invalid.add(address)
            return
        self.unknown.add(address)
        if not self.add_new or hints is None:
            return
        given, family = name_from(attendee)
        data = clean("contact", {"given_name": given, "family_name": family, "email": email})
        contact = Contact()
        self.records.apply(self.s, contact, data)
        contact.id = uuid.uuid4()
        self.s.add(contact)
        self.new[address] = contact.id
        label = f"{given} {family}".strip() + f" <{email}>"
        self.builder.add(
            PreviewRow(PEOPLE, number, "new", label, duplicates=hints.matches(data, [], []))
        )

    def contact(self, address: str) -> uuid.UUID | None:
        return self.by_email.get(address.lower()) or self.new.get(address.lower())

    def attend(
        self, s: Session, m: Meeting, event: CalendarEvent, current: set[uuid.UUID]
    ) -> list[str]:
        """Add the event's people who are not participants yet; their names."""
        added: list[str] = []
        for a in _everyone(event):
            cid = self.contact(a.email)
            if cid is None or cid in current:
                continue
            current.add(cid)
            s.add(MeetingParticipant(meeting_id=m.id, contact_id=cid, role=a.role))
            added.append(a.name or a.email)
        return added

    def uncounted(self, event: CalendarEvent) -> int:
        """The event's people who are no contact (not created): the other attendees."""
        return sum(1 for a in _everyone(event) if self.contact(a.email) is None)

    def notes(self) -> list[str]:
        out = []
        if self.unknown and not self.add_new:
            out.append(
                tr(
                    "%n attendees not in MetroDesk counted as other attendees, not added as "
                    "contacts",
                    "",
                    len(self.unknown),
                )
            )
        if self.invalid:
            out.append(
                tr("%n attendee addresses that are no e-mail left out", "", len(self.invalid))
            )
        if self.shared:
            out.append(
                tr(
                    "%n attendee addresses shared by several contacts left out (merge the "
                    "duplicates, then import again): {addresses}",
                    "",
                    len(self.shared),
                ).format(addresses=", ".join(sorted(self.shared)))
            )
        if self.trashed:
            out.append(tr("%n meetings in the trash left there", "", self.trashed))
        return out


def _everyone(event: CalendarEvent) -> list[Attendee]:
    return ([event.organiser] if event.organiser is not None else []) + list(event.attendees)


# ---------------------------------------------------------------------------------------------
# the import as a whole


class _RollBack(Exception):
    """Ends a preview, or an import that changes nothing (no empty step on the undo stack)."""


def preview_calendar(
    db: Database, path: Path, options: CalendarOptions, progress: Progress | None = None
) -> ImportPreview:
    """What importing the calendar at `path` would do; nothing is written."""
    return run_calendar(db, path, read_file(path, options), options, False, progress)


def import_calendar(
    db: Database,
    path: Path,
    options: CalendarOptions,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Apply the calendar as one action, all or nothing (ImportRejected lists every rejected
    event); with `dry_run`, checked and counted only."""
    from metrodesk.services.imports.apply import report_of

    read = read_file(path, options)
    preview = run_calendar(db, path, read, options, not dry_run, progress)
    report = report_of(preview, dry_run)
    if preview.rejected:
        raise ImportRejected(preview.problems, report)
    return report


def read_file(path: Path, options: CalendarOptions) -> CalendarRead:
    start, end = default_range()
    return read_calendar_file(path, options.start or start, options.end or end)


def run_calendar(
    db: Database,
    path: Path,
    read: CalendarRead,
    options: CalendarOptions,
    commit: bool,
    progress: Progress | None = None,
) -> ImportPreview:
    """What importing the calendar does, row by row; with `commit`, done as one action after
    a backup once every row passed, unless a row is rejected (then nothing is written).
    Raises ImportCancelled when `progress` returns False."""
    from metrodesk.services.storage.backups import take_backup

    preview = ImportPreview(path)
    try:
        with db.action(f"Import {path.name}") as s:
            apply_calendar(db, s, read, preview, options, progress)
            s.flush()
            if not commit or preview.rejected or not (preview.new + preview.updated):
                raise _RollBack
            # every row passed: the backup now (it reads the file without this import), so
            # a refused import makes none (as a workbook's, see apply.py)
            take_backup(db.path, "before-import")
    except _RollBack:
        pass
    except Cancelled:
        raise ImportCancelled() from None
    return preview
