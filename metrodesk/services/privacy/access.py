"""The right of access: everything held about one person, in one workbook anyone can read.

`person_data` gathers it in one read transaction; `write_person_workbook` writes it as a
workbook that opens on a sheet saying what it is and what each sheet holds, with one sheet per
kind of data (the record, e-mails, phones, affiliations, consents, meetings, trainings, action
items, files, focal-point and centre roles, and the history of changes, when and by whom).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.cities import FocalPoint, MemberCity
from metrodesk.data.database import Database
from metrodesk.data.enums import NameOrder
from metrodesk.data.meetings import ActionItem, Attachment, Meeting, MeetingParticipant, Quote
from metrodesk.data.people import (
    Affiliation,
    Consent,
    Contact,
    ContactEmail,
    ContactPhone,
    Organisation,
)
from metrodesk.data.training import CentreContact, Course, CourseParticipant, TrainingCentre
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.cells import (
    DATE_FORMAT,
    DATETIME_FORMAT,
    Column,
    country_text,
    language_text,
)
from metrodesk.services.exports.writer import (
    Sheet,
    check_target,
    discard,
    new_workbook,
    save_atomically,
    write_sheet,
)
from metrodesk.services.privacy import register
from metrodesk.services.records.history import History

Rows = list[tuple[Any, ...]]


@dataclass
class PersonData:
    """What MetroDesk holds about one person, as rows ready for a sheet each."""

    person_id: uuid.UUID
    name: str
    record: Rows = field(default_factory=list)
    emails: Rows = field(default_factory=list)
    phones: Rows = field(default_factory=list)
    affiliations: Rows = field(default_factory=list)
    consents: Rows = field(default_factory=list)
    meetings: Rows = field(default_factory=list)
    trainings: Rows = field(default_factory=list)
    actions: Rows = field(default_factory=list)
    files: Rows = field(default_factory=list)
    roles: Rows = field(default_factory=list)
    history: Rows = field(default_factory=list)
    #: ids of every record that is about the person (their history is in `history`)
    record_ids: list[uuid.UUID] = field(default_factory=list)


def parse_person_id(text: str) -> uuid.UUID:
    try:
        return uuid.UUID(text.strip())
    except ValueError:
        raise ServiceError(f"'{text}' is not a record id (a UUID)") from None


def person_data(db: Database, person_id: uuid.UUID) -> PersonData:
    """Everything about the contact `person_id`, including its trashed parts (held is held)."""
    with db.read() as s:
        person = s.get(Contact, person_id)
        if person is None:
            raise ServiceError(f"no person with the id {person_id}")
        data = PersonData(person_id, person.display_name)
        data.record = _record_rows(person)
        data.record_ids.append(person.id)
        _details(s, person, data)
        _meetings(s, person, data)
        _trainings(s, person, data)
        _roles(s, person, data)
    data.history = _history(History(db), data.record_ids)
    return data


def _state(record: Any) -> str:
    return "in the Trash" if record.deleted_at is not None else ""


def _record_rows(p: Contact) -> Rows:
    order = "family name first" if p.name_order == NameOrder.FAMILY_FIRST else "given first"
    return [
        ("Honorific", p.honorific),
        ("Given name", p.given_name),
        ("Family name", p.family_name),
        ("Name order", order),
        ("Job title", p.job_title),
        ("Preferred language", language_text(p.language)),
        ("City", p.city),
        ("Country", country_text(p.country)),
        ("Tags", ", ".join(p.tags or [])),
        ("Notes", p.notes),
        ("Record id", p.id.hex),
        ("Created", p.created_at),
        ("Created by", p.created_by),
        ("Last changed", p.updated_at),
        ("Last changed by", p.updated_by),
        ("In the Trash since", p.deleted_at),
    ]


def _details(s: Session, p: Contact, data: PersonData) -> None:
    for e in s.scalars(select(ContactEmail).where(ContactEmail.contact_id == p.id)):
        data.emails.append((e.address, e.label, e.position + 1, _state(e)))
        data.record_ids.append(e.id)
    for ph in s.scalars(select(ContactPhone).where(ContactPhone.contact_id == p.id)):
        data.phones.append((ph.number, ph.label, ph.position + 1, _state(ph)))
        data.record_ids.append(ph.id)
    affiliations = s.execute(
        select(Affiliation, Organisation.name)
        .join(Organisation, Organisation.id == Affiliation.organisation_id)
        .where(Affiliation.contact_id == p.id)
    )
    for a, org in affiliations:
        data.affiliations.append((org, a.role, a.start_date, a.end_date, _state(a)))
        data.record_ids.append(a.id)
    for c in s.scalars(select(Consent).where(Consent.contact_id == p.id)):
        data.consents.append((c.purpose, c.given_on, c.withdrawn_on, c.source, _state(c)))
        data.record_ids.append(c.id)


def _meetings(s: Session, p: Contact, data: PersonData) -> None:
    attended = s.execute(
        select(MeetingParticipant, Meeting)
        .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
        .where(MeetingParticipant.contact_id == p.id)
        .order_by(Meeting.starts_at)
    )
    seen: set[uuid.UUID] = set()
    for part, m in attended:
        data.meetings.append((m.starts_at, m.title, part.role, _place(m), _state(part)))
        data.record_ids.append(part.id)
        seen.add(m.id)
    for m in s.scalars(select(Meeting).where(Meeting.facilitator_id == p.id)):
        data.meetings.append((m.starts_at, m.title, "facilitator", _place(m), _state(m)))
        seen.add(m.id)
    quotes = s.execute(
        select(Quote, Meeting)
        .join(Meeting, Meeting.id == Quote.meeting_id)
        .where(Quote.contact_id == p.id)
    )
    for q, m in quotes:
        data.meetings.append((m.starts_at, m.title, f"quoted: “{q.text}”", _place(m), _state(q)))
        data.record_ids.append(q.id)
        seen.add(m.id)
    data.meetings.sort(key=lambda row: row[0])
    owned = s.execute(
        select(ActionItem, Meeting.title)
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(ActionItem.owner_id == p.id)
    )
    for item, title in owned:
        row = (item.description, item.due_on, item.status, item.done_on, title or "", _state(item))
        data.actions.append(row)
        data.record_ids.append(item.id)
    files = select(Attachment, Meeting.title).join(Meeting, Meeting.id == Attachment.meeting_id)
    for f, title in s.execute(files.where(Attachment.meeting_id.in_(seen))):
        data.files.append((f.filename, title, f.size, f.sha256, _state(f)))


def _place(m: Meeting) -> str:
    return ", ".join(x for x in (m.venue, m.city, country_text(m.country)) if x)


def _trainings(s: Session, p: Contact, data: PersonData) -> None:
    rows = s.execute(
        select(CourseParticipant, Course, TrainingCentre.name)
        .join(Course, Course.id == CourseParticipant.course_id)
        .outerjoin(TrainingCentre, TrainingCentre.id == Course.centre_id)
        .where(CourseParticipant.contact_id == p.id)
        .order_by(Course.start_date)
    )
    for part, course, centre in rows:
        data.trainings.append(
            (
                course.title,
                centre or "",
                course.start_date,
                course.end_date,
                part.registration,
                "yes" if part.attended else "no",
                "yes" if part.certificate_issued else "no",
                _state(part),
            )
        )
        data.record_ids.append(part.id)


def _roles(s: Session, p: Contact, data: PersonData) -> None:
    focal = s.execute(
        select(FocalPoint, MemberCity.name)
        .join(MemberCity, MemberCity.id == FocalPoint.city_id)
        .where(FocalPoint.contact_id == p.id)
    )
    for fp, city in focal:
        data.roles.append((f"member city {city}", fp.role, fp.start_date, fp.end_date, _state(fp)))
        data.record_ids.append(fp.id)
    centres = s.execute(
        select(CentreContact, TrainingCentre.name)
        .join(TrainingCentre, TrainingCentre.id == CentreContact.centre_id)
        .where(CentreContact.contact_id == p.id)
    )
    for cc, centre in centres:
        data.roles.append((f"training centre {centre}", cc.role, None, None, _state(cc)))
        data.record_ids.append(cc.id)


#: the journal's operations in the words of the History sheet
_OPS = {
    "create": "created",
    "update": "changed",
    "delete": "moved to the Trash",
    "restore": "restored",
    "purge": "deleted for good",
}


def _history(history: History, ids: Sequence[uuid.UUID]) -> Rows:
    rows: list[tuple[int, tuple[Any, ...]]] = []
    for record_id in ids:
        for change in history.of_record(record_id):
            what = _OPS.get(change.op, change.op)
            row = (change.when, change.author, change.action, what, change.field,
                   _shown(change.old), _shown(change.new))  # fmt: skip
            rows.append((change.hlc, row))
    rows.sort(key=lambda pair: pair[0])
    return [row for _hlc, row in rows]


def _shown(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float):
        return value
    return json.dumps(value, ensure_ascii=False)


# ---------------------------------------------------------------------------------------------
# the workbook

ABOUT = "About this file"
DATE = Column("", 14, DATE_FORMAT)
WHEN = Column("", 18, DATETIME_FORMAT)

#: (title, what it holds, columns, which rows of PersonData)
SHEETS: tuple[tuple[str, str, tuple[Column, ...], str], ...] = (
    ("Record", "the person's own record: name, title, language, place, tags, notes", (
        Column("Field", 22), Column("Value", 60, wrap=True)), "record"),
    ("E-mails", "e-mail addresses, in order (the first is the main one)", (
        Column("E-mail", 36), Column("Label", 12), Column("Order", 8), Column("Note", 16)),
     "emails"),
    ("Phones", "phone numbers (international format)", (
        Column("Phone", 20), Column("Label", 12), Column("Order", 8), Column("Note", 16)),
     "phones"),
    ("Affiliations", "organisations the person belongs or belonged to, with role and dates", (
        Column("Organisation", 36), Column("Role", 28), Column("From", 12, DATE_FORMAT),
        Column("To", 12, DATE_FORMAT), Column("Note", 16)), "affiliations"),
    ("Consents", "what the person agreed to receive, when, and how it was recorded", (
        Column("Purpose", 24), Column("Given on", 12, DATE_FORMAT),
        Column("Withdrawn on", 12, DATE_FORMAT), Column("How", 28), Column("Note", 16)),
     "consents"),
    ("Meetings", "meetings attended, with date and role (and quotes recorded)", (
        Column("Starts", 18, DATETIME_FORMAT), Column("Meeting", 40, wrap=True),
        Column("Role", 24, wrap=True), Column("Place", 30), Column("Note", 16)), "meetings"),
    ("Trainings", "courses the person registered for, with attendance and certificate", (
        Column("Course", 40, wrap=True), Column("Centre", 24), Column("From", 12, DATE_FORMAT),
        Column("To", 12, DATE_FORMAT), Column("Registration", 14), Column("Attended", 10),
        Column("Certificate", 11), Column("Note", 16)), "trainings"),
    ("Action items", "follow-ups the person owns", (
        Column("Action", 50, wrap=True), Column("Due", 12, DATE_FORMAT), Column("Status", 12),
        Column("Done on", 12, DATE_FORMAT), Column("Meeting", 30), Column("Note", 16)),
     "actions"),
    ("Files", "files attached to meetings the person took part in (kept beside the database)", (
        Column("File", 36), Column("Meeting", 36), Column("Size (bytes)", 12),
        Column("SHA-256", 20), Column("Note", 16)), "files"),
    ("Roles", "focal point of member cities, contact person of training centres", (
        Column("Of", 36), Column("Role", 24), Column("From", 12, DATE_FORMAT),
        Column("To", 12, DATE_FORMAT), Column("Note", 16)), "roles"),
    ("History", "every change to the person's data: when, by whom, in which action", (
        Column("When", 18, DATETIME_FORMAT), Column("By", 16), Column("Action", 30),
        Column("Change", 14), Column("Field", 18), Column("Before", 30, wrap=True),
        Column("After", 30, wrap=True)),
     "history"),
)  # fmt: skip


def write_person_workbook(db: Database, person_id: uuid.UUID, target: Path) -> PersonData:
    """Write the access workbook of `person_id` to `target` (owner-only, whole or not at all)."""
    target = check_target(target)
    data = person_data(db, person_id)
    wb = new_workbook(f"Personal data held about {data.name}", db)
    try:
        _about(wb, db, data)
        for title, _what, columns, attr in SHEETS:
            rows: Rows = getattr(data, attr)
            write_sheet(wb, Sheet(title, columns, len(rows), iter(rows)), align_top=True)
    except BaseException:
        discard(wb)
        raise
    save_atomically(wb, target)
    held = sum(len(getattr(data, attr)) for _t, _w, _c, attr in SHEETS)
    register.record(
        db, register.ACCESS, person_id, f"workbook of {held} rows in {len(SHEETS)} sheets"
    )
    return data


def _about(wb: Any, db: Database, data: PersonData) -> None:
    counts = {attr: len(getattr(data, attr)) for _t, _w, _c, attr in SHEETS}
    lines: list[tuple[Any, ...]] = [
        ("Personal data held about", data.name),
        ("Record id", data.person_id.hex),
        ("Written", datetime.now().replace(microsecond=0)),
        ("By", db.author),
        ("From the database", db.path.name),
        ("", ""),
        (
            "What this is",
            "Everything MetroDesk holds about this person, for a request under the right of "
            "access (GDPR article 15). Each sheet below holds one kind of data; an empty "
            "sheet means none is held.",
        ),
        ("", ""),
        *((title, f"{what} ({counts[attr]} rows)") for title, what, _c, attr in SHEETS),
    ]
    columns = (Column("About", 26), Column("", 80, wrap=True))
    write_sheet(wb, Sheet(ABOUT, columns, len(lines), iter(lines)), autofilter=False)
