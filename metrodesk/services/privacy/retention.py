"""Consent and retention review: the people with no valid consent and no activity for a
chosen number of years, to be erased in bulk after a confirmation (CiviCRM's "contacts without
activity for N days" with its consent records, as SYSTOPIA keeps them).

A consent is valid when it was given and not withdrawn. A person's last activity is the latest
of: a change to their record or its details, a meeting they attended or facilitated, a course
they took part in, an action item they own.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.meetings import ActionItem, Meeting, MeetingParticipant
from metrodesk.data.people import Consent, Contact
from metrodesk.data.training import Course, CourseParticipant
from metrodesk.services.errors import ServiceError
from metrodesk.services.privacy.erasure import Erasure, Progress
from metrodesk.services.privacy.erasure_terms import ERASED_NAME


@dataclass(frozen=True)
class ReviewRow:
    person_id: uuid.UUID
    name: str
    last_activity: date
    #: "none", or "withdrawn on …" for a consent given once and withdrawn since
    consent: str


def review(db: Database, years: int, today: date | None = None) -> list[ReviewRow]:
    """Live people, not yet erased, with no valid consent and nothing since `years` ago;
    the longest quiet first."""
    if years < 1:
        raise ServiceError("choose at least one year")
    today = today or date.today()
    cutoff = datetime.combine(today - timedelta(days=round(365.25 * years)), datetime.min.time())
    with db.read() as s:
        valid = select(Consent.contact_id).where(
            Consent.deleted_at.is_(None), Consent.given_on.is_not(None),
            Consent.withdrawn_on.is_(None),
        )  # fmt: skip
        people = s.execute(
            select(Contact.id, Contact.given_name, Contact.family_name, Contact.name_order,
                   Contact.updated_at)
            .where(Contact.deleted_at.is_(None), Contact.family_name != ERASED_NAME,
                   Contact.id.not_in(valid))
        ).all()  # fmt: skip
        latest = _latest_activity(s)
        withdrawn = _withdrawals(s)
    rows = []
    for pid, given, family, order, updated in people:
        last = max(filter(None, (updated, latest.get(pid))))
        if last < cutoff:
            consent = f"withdrawn on {withdrawn[pid]}" if pid in withdrawn else "none"
            name = Contact(given_name=given, family_name=family, name_order=order).display_name
            rows.append(ReviewRow(pid, name, last.date(), consent))
    return sorted(rows, key=lambda r: (r.last_activity, r.name))


def _latest_activity(s: Session) -> dict[uuid.UUID, datetime]:
    latest: dict[uuid.UUID, datetime] = {}

    def take(rows: Sequence[Any]) -> None:
        for pid, when in rows:
            if pid is None or when is None:
                continue
            moment = (
                when if isinstance(when, datetime) else datetime.combine(when, datetime.min.time())
            )
            if pid not in latest or moment > latest[pid]:
                latest[pid] = moment

    take(s.execute(select(MeetingParticipant.contact_id, func.max(Meeting.starts_at))
                   .join(Meeting, Meeting.id == MeetingParticipant.meeting_id)
                   .group_by(MeetingParticipant.contact_id)).all())  # fmt: skip
    take(s.execute(select(Meeting.facilitator_id, func.max(Meeting.starts_at))
                   .group_by(Meeting.facilitator_id)).all())  # fmt: skip
    take(s.execute(select(CourseParticipant.contact_id,
                          func.max(func.coalesce(Course.end_date, Course.start_date)))
                   .join(Course, Course.id == CourseParticipant.course_id)
                   .group_by(CourseParticipant.contact_id)).all())  # fmt: skip
    take(s.execute(select(ActionItem.owner_id, func.max(ActionItem.updated_at))
                   .group_by(ActionItem.owner_id)).all())  # fmt: skip
    return latest


def _withdrawals(s: Session) -> dict[uuid.UUID, date]:
    rows = s.execute(
        select(Consent.contact_id, func.max(Consent.withdrawn_on))
        .where(and_(Consent.deleted_at.is_(None), Consent.withdrawn_on.is_not(None)))
        .group_by(Consent.contact_id)
    )
    return {pid: when for pid, when in rows if when is not None}


def erase_all(db: Database, people: Sequence[uuid.UUID], progress: Progress | None = None) -> int:
    """Erase every one of `people` (the confirmed review list); how many were (fewer when
    `progress` stopped it)."""
    return len(Erasure(db).erase_many(people, progress=progress))
