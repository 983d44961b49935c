"""The in-app reports: membership overview and training activity, as figures the GUI draws as
tables and charts and `report_workbook` writes to Excel."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from metrodesk.data.cities import Region
from metrodesk.data.database import Database
from metrodesk.data.enums import MembershipStatus, RegistrationStatus
from metrodesk.data.models import (
    Course,
    CourseParticipant,
    MemberCity,
    MembershipFee,
    TrainingCentre,
)
from metrodesk.services.cities import is_overdue

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
class MembershipOverview:
    statuses: tuple[str, ...]
    regions: tuple[RegionStatusRow, ...]
    fees: tuple[FeeYearTotal, ...]

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
            fees: dict[tuple[int, str], _FeeSums] = defaultdict(_FeeSums)
            for fee in s.scalars(
                select(MembershipFee)
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
                f.overdue += is_overdue(fee.year, fee.invoiced_on, fee.paid_on, today)
        regions = sorted(counts, key=lambda r: (order.get(r, len(order)), r))
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
