"""The in-app reports: membership overview, training activity, the meetings register and the
action items report, as figures the GUI draws as tables and charts and `report_workbook`
writes to Excel."""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from metrodesk.data.cities import Region
from metrodesk.data.database import Database
from metrodesk.data.enums import MembershipStatus, RegistrationStatus
from metrodesk.data.models import (
    ActionItem,
    Contact,
    Course,
    CourseParticipant,
    Decision,
    Meeting,
    MeetingCity,
    MeetingOrganisation,
    MeetingParticipant,
    MemberCity,
    MembershipFee,
    Organisation,
    TrainingCentre,
)
from metrodesk.data.people import display_name
from metrodesk.services.cities.fees import is_overdue
from metrodesk.services.meetings.meeting import UNFINISHED

STATUSES: tuple[str, ...] = tuple(s.value for s in MembershipStatus)
NO_REGION = "(no region)"


@dataclass(frozen=True)
class RegionStatusRow:
    region: str
    #: one count per status of STATUSES, in that order
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class FeeYearTotal:
    year: int
    currency: str
    fees: int
    paid: int
    unpaid: int
    overdue: int
    paid_amount: Decimal
    unpaid_amount: Decimal


@dataclass(frozen=True)
class CityArrears:
    """A member city's overdue fees: the years unpaid and what it owes, per currency."""

    city_id: uuid.UUID
    city: str
    region: str
    status: str
    years: tuple[int, ...]
    #: (currency, amount), largest first
    owed: tuple[tuple[str, Decimal], ...]


@dataclass(frozen=True)
class MembershipOverview:
    statuses: tuple[str, ...]
    regions: tuple[RegionStatusRow, ...]
    fees: tuple[FeeYearTotal, ...]
    #: cities with overdue fees, the most owed first
    arrears: tuple[CityArrears, ...] = ()

    def arrears_totals(self) -> tuple[tuple[str, Decimal], ...]:
        """What all cities owe together, per currency."""
        sums: dict[str, Decimal] = defaultdict(Decimal)
        for city in self.arrears:
            for cur, amount in city.owed:
                sums[cur] += amount
        return tuple(sorted(sums.items()))

    @property
    def totals(self) -> tuple[int, ...]:
        return tuple(sum(r.counts[i] for r in self.regions) for i in range(len(self.statuses)))


@dataclass(frozen=True)
class TrainingRow:
    centre: str
    role: str
    year: int
    sessions: int
    participants: int
    attended: int
    certificates: int


@dataclass(frozen=True)
class TrainingActivity:
    rows: tuple[TrainingRow, ...]
    centres: tuple[str, ...]
    years: tuple[int, ...]

    def figure(self, centre: str, year: int, what: str = "sessions") -> int:
        for r in self.rows:
            if r.centre == centre and r.year == year:
                return int(getattr(r, what))
        return 0


@dataclass(frozen=True)
class MeetingRegisterRow:
    starts_at: datetime
    ends_at: datetime | None
    title: str
    kind: str
    city: str
    country: str
    venue: str
    organiser: str
    #: contacts listed as participants
    participants: int
    #: the "39 people" count of attendees not listed by name
    other_attendees: int
    cities: str
    organisations: str
    decisions: int
    open_actions: int

    @property
    def attendance(self) -> int:
        return self.participants + self.other_attendees


@dataclass(frozen=True)
class MeetingsRegister:
    """Every live meeting, oldest first."""

    rows: tuple[MeetingRegisterRow, ...]

    def by_kind(self) -> list[tuple[str, int]]:
        """Meetings per kind, most frequent first."""
        return Counter(r.kind for r in self.rows).most_common()

    def by_year(self) -> list[tuple[int, int]]:
        return sorted(Counter(r.starts_at.year for r in self.rows).items())


@dataclass(frozen=True)
class ActionReportRow:
    description: str
    owner: str
    meeting: str
    due_on: date | None
    status: str
    done_on: date | None
    #: days past the due date for unfinished items, else None
    days_overdue: int | None


@dataclass(frozen=True)
class OwnerActions:
    owner: str
    open: int
    overdue: int
    done: int


@dataclass(frozen=True)
class ActionItemsReport:
    """Overdue items first (most overdue first), then the other unfinished ones by due date,
    then the finished ones (done, dropped) by due date; undated items last in each group."""

    today: date
    rows: tuple[ActionReportRow, ...]
    owners: tuple[OwnerActions, ...]

    def count(self, what: str) -> int:
        """`open` (unfinished, overdue included), `overdue`, or a status such as `done`."""
        if what == "open":
            return sum(r.status in UNFINISHED for r in self.rows)
        if what == "overdue":
            return sum(r.days_overdue is not None for r in self.rows)
        return sum(r.status == what for r in self.rows)


#: what the reports call an action item without an owner
NO_OWNER = "(no owner)"


@dataclass
class _FeeSums:
    fees: int = 0
    paid: int = 0
    unpaid: int = 0
    overdue: int = 0
    paid_amount: Decimal = Decimal(0)
    unpaid_amount: Decimal = Decimal(0)


class Reports:
    def __init__(self, db: Database) -> None:
        self.db = db

    def save(
        self,
        report: MembershipOverview | TrainingActivity | MeetingsRegister | ActionItemsReport,
        path: Path | str,
    ) -> Path:
        """Write a report as read (the figures a window shows) to an .xlsx workbook."""
        # the workbook writer brings openpyxl: imported when a report is saved
        from metrodesk.services.reports.workbook import save_report

        return save_report(self.db, report, path)

    def membership(self, today: date | None = None) -> MembershipOverview:
        """Live member cities by region (in the regions list's order; regions without cities
        are left out) and status; fees by year and currency: how many, paid (a paid date),
        unpaid (none), overdue (see `cities.is_overdue`) and the amounts paid and unpaid."""
        today = today or date.today()
        with self.db.read() as s:
            order = {
                name: i
                for i, name in enumerate(
                    s.scalars(
                        select(Region.name)
                        .where(Region.deleted_at.is_(None))
                        .order_by(Region.position, Region.name)
                    )
                )
            }
            counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(STATUSES))
            for region, status in s.execute(
                select(MemberCity.region, MemberCity.status).where(MemberCity.deleted_at.is_(None))
            ):
                if status in STATUSES:
                    counts[region or NO_REGION][STATUSES.index(status)] += 1
            fees, owing, cities = _fee_sums(s, today)
        regions = sorted(counts, key=lambda r: (order.get(r, len(order)), r))
        arrears = tuple(
            sorted(
                (_arrears(cities[cid], owed) for cid, owed in owing.items()),
                key=lambda a: (-sum(x for _, x in a.owed), a.city),
            )
        )
        return MembershipOverview(
            STATUSES,
            tuple(RegionStatusRow(r, tuple(counts[r])) for r in regions),
            tuple(
                FeeYearTotal(
                    year,
                    cur,
                    v.fees,
                    v.paid,
                    v.unpaid,
                    v.overdue,
                    v.paid_amount,
                    v.unpaid_amount,
                )
                for (year, cur), v in sorted(fees.items())
            ),
            arrears,
        )

    def training(self) -> TrainingActivity:
        """Sessions and participants per centre and year (of the session's start; sessions
        without a start date are left out). Participants count registrations that are not
        cancelled; attended and certificates count those flags."""
        with self.db.read() as s:
            centres = list(
                s.execute(
                    select(TrainingCentre.id, TrainingCentre.name, TrainingCentre.role)
                    .where(TrainingCentre.deleted_at.is_(None))
                    .order_by(TrainingCentre.role, TrainingCentre.name)
                )
            )
            name_of = {c[0]: (c[1], c[2]) for c in centres}
            figures: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0, 0, 0])
            course_key: dict[object, tuple[str, int]] = {}
            for cid, centre_id, start in s.execute(
                select(Course.id, Course.centre_id, Course.start_date).where(
                    Course.deleted_at.is_(None), Course.start_date.is_not(None)
                )
            ):
                if centre_id not in name_of or start is None:
                    continue
                key = (name_of[centre_id][0], start.year)
                course_key[cid] = key
                figures[key][0] += 1
            for course_id, attended, certificate in s.execute(
                select(
                    CourseParticipant.course_id,
                    CourseParticipant.attended,
                    CourseParticipant.certificate_issued,
                ).where(
                    CourseParticipant.deleted_at.is_(None),
                    CourseParticipant.registration != RegistrationStatus.CANCELLED.value,
                )
            ):
                found = course_key.get(course_id)
                if found is None:
                    continue
                figures[found][1] += 1
                figures[found][2] += int(attended)
                figures[found][3] += int(certificate)
        roles = {name: role for name, role in name_of.values()}
        centre_order = [c[1] for c in centres]
        rows = tuple(
            TrainingRow(centre, roles[centre], year, *figures[(centre, year)])
            for centre, year in sorted(figures, key=lambda k: (centre_order.index(k[0]), k[1]))
        )
        return TrainingActivity(
            rows, tuple(centre_order), tuple(sorted({year for _, year in figures}))
        )

    def meetings_register(self) -> MeetingsRegister:
        """Every live meeting with its counts: participants (live links to live contacts),
        decisions, unfinished action items; and the names of its linked cities and
        organisations."""
        stmt = _register_query()
        with self.db.read() as s:
            rows = tuple(
                MeetingRegisterRow(
                    r[0],
                    r[1],
                    r[2],
                    r[3],
                    r[4] or "",
                    r[5] or "",
                    r[6] or "",
                    r[7] or "",
                    int(r[8]),
                    int(r[9] or 0),
                    r[10] or "",
                    r[11] or "",
                    int(r[12]),
                    int(r[13]),
                )
                for r in s.execute(stmt)
            )
        return MeetingsRegister(rows)

    def action_items(self, today: date | None = None) -> ActionItemsReport:
        """Every live action item, in the report's order (see ActionItemsReport), and per
        owner how many are open, overdue and done."""
        today = today or date.today()
        a, owner = ActionItem, aliased(Contact)
        stmt = (
            select(
                a.description,
                owner.given_name,
                owner.family_name,
                owner.name_order,
                Meeting.title,
                a.due_on,
                a.status,
                a.done_on,
            )
            .outerjoin(owner, (owner.id == a.owner_id) & owner.deleted_at.is_(None))
            .outerjoin(Meeting, (Meeting.id == a.meeting_id) & Meeting.deleted_at.is_(None))
            .where(a.deleted_at.is_(None))
        )
        with self.db.read() as s:
            found = list(s.execute(stmt))
        rows = []
        for desc, given, family, name_order, meeting, due, status, done_on in found:
            name = (
                display_name(given or "", family or "", name_order or "") if family or given else ""
            )
            late = (today - due).days if due is not None and due < today else None
            overdue = late if status in UNFINISHED else None
            rows.append(ActionReportRow(desc, name, meeting or "", due, status, done_on, overdue))

        def order(r: ActionReportRow) -> tuple[Any, ...]:
            group = 0 if r.days_overdue is not None else 1 if r.status in UNFINISHED else 2
            return (group, r.due_on is None, r.due_on or date.max, r.description.casefold())

        rows.sort(key=order)
        per_owner: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for r in rows:
            counts = per_owner[r.owner or NO_OWNER]
            counts[0] += r.status in UNFINISHED
            counts[1] += r.days_overdue is not None
            counts[2] += r.status == "done"
        owners = tuple(
            OwnerActions(name, *per_owner[name])
            for name in sorted(per_owner, key=lambda n: (n == NO_OWNER, n.casefold()))
        )
        return ActionItemsReport(today, tuple(rows), owners)


def _register_query() -> Any:
    """The meetings register's one select: each meeting with its counts and linked names."""
    m, org = Meeting, aliased(Organisation)

    def counted(model: Any, *where: Any) -> Any:
        return (
            select(func.count())
            .select_from(model)
            .where(model.meeting_id == m.id, model.deleted_at.is_(None), *where)
            .scalar_subquery()
        )

    def names(link: Any, key: Any, target: Any) -> Any:
        inner = (
            select(target.name.label("n"))
            .join(link, key == target.id)
            .where(link.meeting_id == m.id, link.deleted_at.is_(None))
            .where(target.deleted_at.is_(None))
            .order_by(target.name)
            .correlate(m)
            .subquery()
        )
        return select(func.group_concat(inner.c.n, ", ")).scalar_subquery()

    live_contact = MeetingParticipant.contact_id.in_(
        select(Contact.id).where(Contact.deleted_at.is_(None))
    )
    return (
        select(
            m.starts_at,
            m.ends_at,
            m.title,
            m.meeting_kind,
            m.city,
            m.country,
            m.venue,
            org.name,
            counted(MeetingParticipant, live_contact),
            m.other_attendees,
            names(MeetingCity, MeetingCity.city_id, MemberCity),
            names(MeetingOrganisation, MeetingOrganisation.organisation_id, Organisation),
            counted(Decision),
            counted(ActionItem, ActionItem.status.in_(UNFINISHED)),
        )
        .outerjoin(org, (org.id == m.organiser_id) & org.deleted_at.is_(None))
        .where(m.deleted_at.is_(None))
        .order_by(m.starts_at, m.title, m.id)
    )


def _fee_sums(
    s: Session, today: date
) -> tuple[
    dict[tuple[int, str], _FeeSums],
    dict[uuid.UUID, list[MembershipFee]],
    dict[uuid.UUID, MemberCity],
]:
    """Live cities' fees summed per year and currency; the overdue ones per city, and those
    cities (the arrears)."""
    fees: dict[tuple[int, str], _FeeSums] = defaultdict(_FeeSums)
    owing: dict[uuid.UUID, list[MembershipFee]] = defaultdict(list)
    cities: dict[uuid.UUID, MemberCity] = {}
    for fee, city in s.execute(
        select(MembershipFee, MemberCity)
        .join(MemberCity, MemberCity.id == MembershipFee.city_id)
        .where(MembershipFee.deleted_at.is_(None), MemberCity.deleted_at.is_(None))
    ):
        f = fees[(fee.year, fee.currency)]
        amount = Decimal(fee.amount)
        f.fees += 1
        if fee.paid_on is not None:
            f.paid += 1
            f.paid_amount += amount
        else:
            f.unpaid += 1
            f.unpaid_amount += amount
        late = is_overdue(fee.year, fee.invoiced_on, fee.paid_on, today)
        f.overdue += late
        if late:
            owing[city.id].append(fee)
            cities[city.id] = city
    return fees, owing, cities


def _arrears(city: MemberCity, fees: list[MembershipFee]) -> CityArrears:
    owed: dict[str, Decimal] = defaultdict(Decimal)
    for fee in fees:
        owed[fee.currency] += Decimal(fee.amount)
    return CityArrears(
        city.id,
        city.name,
        city.region or NO_REGION,
        city.status,
        tuple(sorted({fee.year for fee in fees})),
        tuple(sorted(owed.items(), key=lambda kv: -kv[1])),
    )
