"""The membership status rule: which changes a city may go through, each dated and kept in
the city's history, whatever the path (status tab, generic editor, import)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from metrodesk.data.database import Database
from metrodesk.data.enums import MembershipStatus
from metrodesk.data.models import CityStatusChange, MemberCity
from metrodesk.i18n import QT_TR_NOOP, tr, translated
from metrodesk.services.cities.live import live_city
from metrodesk.services.errors import ValidationError
from metrodesk.services.records import validation as v

C, A, S, F = (
    MembershipStatus.CANDIDATE.value,
    MembershipStatus.ACTIVE.value,
    MembershipStatus.SUSPENDED.value,
    MembershipStatus.FORMER.value,
)

#: the membership changes a city may go through; any other is refused
TRANSITIONS: dict[str, frozenset[str]] = {
    C: frozenset({A}),
    A: frozenset({S, F}),
    S: frozenset({A, F}),
    F: frozenset({C}),
}


@dataclass(frozen=True)
class StatusChange:
    id: uuid.UUID
    status: str
    changed_on: date
    note: str


def move_status(
    s: Session, city: MemberCity, status: str, when: date, note: str = "", hint: str = ""
) -> CityStatusChange:
    """The one membership rule, whatever the path (status tab, generic editor, import): only
    the changes in TRANSITIONS, never dated before the last recorded one, each leaving its
    dated history row beside the city's new status, inside the caller's action."""
    if status == city.status:
        raise ValidationError(
            QT_TR_NOOP("Status"),
            tr("the city is already {status}").format(status=translated(status)),
        )
    allowed = TRANSITIONS.get(city.status, frozenset())
    if status not in allowed:
        options = tr(" or ").join(translated(a) for a in sorted(allowed)) or tr("nothing")
        raise ValidationError(
            QT_TR_NOOP("Status"),
            tr("a {current} member cannot become {status} (it can become {options})").format(
                current=translated(city.status), status=translated(status), options=options
            )
            + hint,
        )
    last = None
    if city.id is not None:
        last = s.scalar(
            select(func.max(CityStatusChange.changed_on)).where(
                CityStatusChange.city_id == city.id, CityStatusChange.deleted_at.is_(None)
            )
        )
    if last is not None and when < last:
        raise ValidationError(
            QT_TR_NOOP("Date"),
            tr("is before the last recorded change ({date})").format(date=last.isoformat()),
        )
    return _history_row(s, city, status, when, note)


def _history_row(
    s: Session, city: MemberCity, status: str, when: date, note: str
) -> CityStatusChange:
    change = CityStatusChange(city=city, status=status, changed_on=when, note=note.strip())
    s.add(change)
    city.status = status
    if status == A and city.member_since is None:
        city.member_since = when.year
    return change


def status_from_form(
    s: Session, city: MemberCity, status: str | None, new: bool, note: str, today: date
) -> None:
    """The status a form (editor, import) gives a city. A new city starts its history with
    its first status (active when none is given); an existing one changes only by the rule
    of `move_status`. Called by `Records.apply`, in the same action as the other fields."""
    if new:
        first = status or A
        change = CityStatusChange(city=city, status=first, changed_on=today, note=note.strip())
        s.add(change)
        city.status = first
        return
    if status is None or status == city.status:
        return
    if not status:
        raise ValidationError(
            QT_TR_NOOP("Status"), tr("cannot be emptied; use a dated status change")
        )
    move_status(s, city, status, today, note, tr("; use a dated status change"))


class StatusChanges:
    """`Services.cities`' membership status changes."""

    db: Database

    def change_status(
        self, city_id: uuid.UUID, status: str, changed_on: date | str, note: str = ""
    ) -> uuid.UUID:
        """Move the city to `status` on `changed_on`: writes the history row and the city's
        current status in one action. Only the changes in TRANSITIONS are allowed, and a change
        cannot be dated before the last one recorded."""
        status = v.choice("Status", str(status), tuple(m.value for m in MembershipStatus))
        when = v.a_date(QT_TR_NOOP("Date"), changed_on)
        if when is None:
            raise ValidationError(QT_TR_NOOP("Date"), tr("is required"))
        with self.db.action(QT_TR_NOOP("Change membership status")) as s:
            change = move_status(s, live_city(s, city_id), status, when, note)
            s.flush()
            return change.id
