"""What needs doing today: action items due today or overdue, and membership fees overdue.
Read at start and every so often while the app is open (the window shows them and, where the
desktop has one, notifies through the system tray)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from metrodesk.data.database import Database
from metrodesk.data.models import ActionItem, Contact, MemberCity, MembershipFee
from metrodesk.data.people import display_name
from metrodesk.services.cities.fees import OVERDUE_AFTER_DAYS, is_overdue
from metrodesk.services.meetings.meeting import UNFINISHED

ACTION, FEE = "action_item", "fee"


@dataclass(frozen=True)
class Reminder:
    what: str  # ACTION or FEE
    #: the record to open: the action item, or the city whose fee it is
    record_kind: str
    record_id: uuid.UUID
    title: str
    #: the owner of an action item; the amount of a fee
    detail: str
    due_on: date
    #: 0: due today
    days_late: int
    #: the fee's own id (a city may owe several)
    item_id: uuid.UUID

    @property
    def key(self) -> str:
        """Stays the same while the reminder is the same (to notify of each once)."""
        return f"{self.what}:{self.item_id.hex}:{self.due_on.isoformat()}"


def fee_due_on(year: int, invoiced_on: date | None) -> date:
    """The day an unpaid fee became overdue (`fees.is_overdue`'s rule): 90 days after its
    invoice, or the end of its year, whichever comes first."""
    year_end = date(year, 12, 31) + timedelta(days=1)
    if invoiced_on is None:
        return year_end
    return min(invoiced_on + timedelta(days=OVERDUE_AFTER_DAYS + 1), year_end)


class Reminders:
    def __init__(self, db: Database) -> None:
        self.db = db

    def due(self, today: date | None = None) -> tuple[Reminder, ...]:
        """Action items due today or before and not done, then fees overdue; the longest
        waiting first in each."""
        today = today or date.today()
        return self._actions(today) + self._fees(today)

    def _actions(self, today: date) -> tuple[Reminder, ...]:
        with self.db.read() as s:
            rows = s.execute(
                select(ActionItem, Contact)
                .outerjoin(Contact, Contact.id == ActionItem.owner_id)
                .where(
                    ActionItem.deleted_at.is_(None),
                    ActionItem.status.in_(UNFINISHED),
                    ActionItem.due_on.is_not(None),
                    ActionItem.due_on <= today,
                )
                .order_by(ActionItem.due_on, ActionItem.created_at)
            )
            out = []
            for item, owner in rows:
                assert item.due_on is not None
                who = (
                    display_name(owner.given_name, owner.family_name, owner.name_order)
                    if owner is not None
                    else ""
                )
                out.append(
                    Reminder(
                        ACTION,
                        "action_item",
                        item.id,
                        " ".join(item.description.split()),
                        who,
                        item.due_on,
                        (today - item.due_on).days,
                        item.id,
                    )
                )
        return tuple(out)

    def _fees(self, today: date) -> tuple[Reminder, ...]:
        with self.db.read() as s:
            rows = s.execute(
                select(MembershipFee, MemberCity)
                .join(MemberCity, MemberCity.id == MembershipFee.city_id)
                .where(
                    MembershipFee.deleted_at.is_(None),
                    MemberCity.deleted_at.is_(None),
                    MembershipFee.paid_on.is_(None),
                )
            )
            out = []
            for fee, city in rows:
                if not is_overdue(fee.year, fee.invoiced_on, fee.paid_on, today):
                    continue
                due = fee_due_on(fee.year, fee.invoiced_on)
                out.append(
                    Reminder(
                        FEE,
                        "member_city",
                        city.id,
                        f"{city.name}: {fee.year} fee",
                        f"{fee.amount:,.2f} {fee.currency}",
                        due,
                        (today - due).days,
                        fee.id,
                    )
                )
        return tuple(sorted(out, key=lambda r: (r.due_on, r.title)))
