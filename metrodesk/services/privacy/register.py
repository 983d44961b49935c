"""The register of access exports and erasures, for the data protection officer.

Entries are written in actions of their own role ("log"): undo passes them by, as a register
that an Edit › Undo could empty would prove nothing. Each entry names the person by record id
only; the register shows the person's current name beside it while the record still has one.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.people import Contact
from metrodesk.data.privacy import PrivacyEvent
from metrodesk.services.exports.cells import DATETIME_FORMAT, Column
from metrodesk.services.exports.writer import (
    Sheet,
    check_target,
    discard,
    new_workbook,
    save_atomically,
    write_sheet,
)
from metrodesk.services.privacy.erasure_terms import LOG_ROLE

ACCESS = "access"
ERASURE = "erasure"
EVENT_TEXT = {ACCESS: "access export", ERASURE: "erasure"}


@dataclass(frozen=True)
class RegisterEntry:
    done_at: datetime
    done_by: str
    event: str
    person_id: str
    #: the person's name now; "" once erased (or never known)
    person: str
    note: str


def add_entry(s: Session, event: str, person_id: uuid.UUID, author: str, note: str) -> None:
    """One register line, inside the caller's action (an erasure records itself as it goes)."""
    s.add(PrivacyEvent(event=event, person_id=person_id.hex, done_by=author, note=note))


def record(db: Database, event: str, person_id: uuid.UUID, note: str) -> None:
    """One register line in an action of its own (an access export, written after the file)."""
    with db.action(f"Register: {EVENT_TEXT[event]}", role=LOG_ROLE) as s:
        add_entry(s, event, person_id, db.author, note)


def entries(db: Database) -> list[RegisterEntry]:
    """Every register line, oldest first."""
    with db.read() as s:
        rows = list(s.scalars(select(PrivacyEvent).order_by(PrivacyEvent.done_at)))
        names = _names(s, {row.person_id for row in rows})
    return [
        RegisterEntry(
            r.done_at, r.done_by, r.event, r.person_id, names.get(r.person_id, ""), r.note
        )
        for r in rows
    ]


def _names(s: Session, ids: set[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    wanted = [uuid.UUID(i) for i in ids]
    for contact in s.scalars(select(Contact).where(Contact.id.in_(wanted))):
        if contact.given_name or contact.family_name:
            found[contact.id.hex] = contact.display_name
    return found


COLUMNS = (
    Column("When (UTC)", 18, DATETIME_FORMAT),
    Column("By", 16),
    Column("What", 16),
    Column("Person (record id)", 34),
    Column("Person now", 28),
    Column("Details", 60, wrap=True),
)


def export_register(db: Database, target: Path) -> int:
    """The register as a workbook a data protection officer can read; the number of lines."""
    target = check_target(target)
    lines = entries(db)
    rows = [
        (e.done_at, e.done_by, EVENT_TEXT.get(e.event, e.event), e.person_id,
         e.person or ("(erased)" if e.event == ERASURE else "(no longer on record)"), e.note)
        for e in lines
    ]  # fmt: skip
    wb = new_workbook("Register of access exports and erasures", db)
    try:
        write_sheet(wb, Sheet("Register", COLUMNS, len(rows), iter(rows)), align_top=True)
    except BaseException:
        discard(wb)
        raise
    save_atomically(wb, target)
    return len(rows)
