"""Member cities: membership status with its dated history, focal points, yearly fees and the
editable list of Metropolis regions. Every write is one user action (one undo step)."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

import pycountry
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from metrodesk.data.base import utcnow
from metrodesk.data.cities import Region
from metrodesk.data.database import Database
from metrodesk.data.enums import MembershipStatus
from metrodesk.data.models import (
    Affiliation,
    CityStatusChange,
    Contact,
    Course,
    CourseParticipant,
    FocalPoint,
    Meeting,
    MeetingCity,
    MemberCity,
    MembershipFee,
    TrainingCentre,
)
from metrodesk.services.errors import NotFound, ValidationError
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

#: days after invoicing before an unpaid fee is overdue
OVERDUE_AFTER_DAYS = 90


def is_overdue(
    year: int,
    invoiced_on: date | None,
    paid_on: date | None,
    today: date | None = None,
    grace_days: int = OVERDUE_AFTER_DAYS,
) -> bool:
    """A fee is overdue when it is not paid and either it was invoiced more than `grace_days`
    days before `today`, or its year is over (`today` is after 31 December of the fee's year),
    invoiced or not. A paid fee is never overdue, however late it was paid."""
    if paid_on is not None:
        return False
    today = today or date.today()
    if invoiced_on is not None and (today - invoiced_on) > timedelta(days=grace_days):
        return True
    return today > date(year, 12, 31)


@dataclass(frozen=True)
class StatusChange:
    id: uuid.UUID
    status: str
    changed_on: date
    note: str


@dataclass(frozen=True)
class FocalPointRow:
    id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    role: str
    start_date: date | None
    end_date: date | None


@dataclass(frozen=True)
class Fee:
    id: uuid.UUID
    year: int
    amount: Decimal
    currency: str
    invoiced_on: date | None
    paid_on: date | None
    overdue: bool

    @property
    def state(self) -> str:
        """'paid', 'invoiced' (not paid yet) or 'not invoiced'."""
        if self.paid_on is not None:
            return "paid"
        return "invoiced" if self.invoiced_on is not None else "not invoiced"


@dataclass(frozen=True)
class CityContact:
    contact_id: uuid.UUID
    name: str
    #: what links the person to the city: a focal-point role, or a job at the lead organisation
    role: str


@dataclass(frozen=True)
class CityMeeting:
    id: uuid.UUID
    title: str
    starts_at: datetime


@dataclass(frozen=True)
class CityTrainee:
    participant_id: uuid.UUID
    contact_id: uuid.UUID
    contact_name: str
    course_id: uuid.UUID
    course_title: str
    start_date: date | None
    centre: str
    attended: bool
    certificate_issued: bool


@dataclass(frozen=True)
class CityDetail:
    id: uuid.UUID
    name: str
    local_name: str
    country: str
    region: str
    status: str
    member_since: int | None
    category: str
    population: int | None
    lead_organisation_id: uuid.UUID | None
    lead_organisation: str
    notes: str
    history: tuple[StatusChange, ...]
    focal_points: tuple[FocalPointRow, ...]
    fees: tuple[Fee, ...]
    contacts: tuple[CityContact, ...]
    meetings: tuple[CityMeeting, ...]
    trainees: tuple[CityTrainee, ...]

    @property
    def next_statuses(self) -> tuple[str, ...]:
        """The statuses this city may change to now, in the vocabulary's order."""
        allowed = TRANSITIONS.get(self.status, frozenset())
        return tuple(s.value for s in MembershipStatus if s.value in allowed)


@dataclass(frozen=True)
class RegionRow:
    id: uuid.UUID
    name: str
    position: int
    cities: int


@dataclass(frozen=True)
class FeeYearRow:
    city_id: uuid.UUID
    city: str
    region: str
    status: str
    fee_id: uuid.UUID | None
    amount: Decimal | None
    currency: str
    invoiced_on: date | None
    paid_on: date | None
    overdue: bool

    @property
    def state(self) -> str:
        if self.fee_id is None:
            return "no fee"
        if self.paid_on is not None:
            return "paid"
        return "invoiced" if self.invoiced_on is not None else "not invoiced"


@dataclass(frozen=True)
class CurrencyTotal:
    currency: str
    #: sum of the fees invoiced, of those paid, and of those not paid (invoiced or not)
    invoiced: Decimal
    paid: Decimal
    unpaid: Decimal


@dataclass(frozen=True)
class FeesForYear:
    year: int
    rows: tuple[FeeYearRow, ...]
    totals: tuple[CurrencyTotal, ...]


def person_name(c: Contact) -> str:
    return c.display_name


def _currency(value: str) -> str:
    code = (value or "").strip().upper()
    if len(code) != 3 or pycountry.currencies.get(alpha_3=code) is None:
        raise ValidationError("Currency", "must be an ISO currency code such as EUR or USD")
    return code


def _year(value: object) -> int:
    year = v.integer("Year", value)
    if year is None:
        raise ValidationError("Year", "is required")
    if not 1800 <= year <= 2200:
        raise ValidationError("Year", "must be a year such as 2020")
    return year


def _check_dates(invoiced: date | None, paid: date | None) -> None:
    if invoiced is not None and paid is not None and paid < invoiced:
        raise ValidationError("Paid on", "is before the invoice date")


def _fee(f: MembershipFee, today: date) -> Fee:
    return Fee(
        f.id,
        f.year,
        Decimal(f.amount),
        f.currency,
        f.invoiced_on,
        f.paid_on,
        is_overdue(f.year, f.invoiced_on, f.paid_on, today),
    )


def _live_city(s: Session, city_id: uuid.UUID) -> MemberCity:
    city = s.get(MemberCity, city_id)
    if city is None or city.deleted_at is not None:
        raise NotFound("member_city", city_id)
    return city


def _live(s: Session, model: type[MembershipFee] | type[FocalPoint], rid: uuid.UUID) -> object:
    rec = s.get(model, rid)
    if rec is None or rec.deleted_at is not None:
        raise NotFound(model.kind, rid)
    return rec


def move_status(
    s: Session, city: MemberCity, status: str, when: date, note: str = "", hint: str = ""
) -> CityStatusChange:
    """The one membership rule, whatever the path (status tab, generic editor, import): only
    the changes in TRANSITIONS, never dated before the last recorded one, each leaving its
    dated history row beside the city's new status, inside the caller's action."""
    if status == city.status:
        raise ValidationError("Status", f"the city is already {status}")
    allowed = TRANSITIONS.get(city.status, frozenset())
    if status not in allowed:
        options = " or ".join(sorted(allowed)) or "nothing"
        raise ValidationError(
            "Status",
            f"a {city.status} member cannot become {status} (it can become {options}){hint}",
        )
    last = None
    if city.id is not None:
        last = s.scalar(
            select(func.max(CityStatusChange.changed_on)).where(
                CityStatusChange.city_id == city.id, CityStatusChange.deleted_at.is_(None)
            )
        )
    if last is not None and when < last:
        raise ValidationError("Date", f"is before the last recorded change ({last.isoformat()})")
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
        raise ValidationError("Status", "cannot be emptied; use a dated status change")
    move_status(s, city, status, today, note, "; use a dated status change")


class Cities:
    """What the member-city views and reports ask; ids and frozen dataclasses in and out."""

    def __init__(self, db: Database) -> None:
        self.db = db

    # --- reading ----------------------------------------------------------------------------

    def detail(self, city_id: uuid.UUID, today: date | None = None) -> CityDetail:
        today = today or date.today()
        with self.db.read() as s:
            c = _live_city(s, city_id)
            history = tuple(
                StatusChange(h.id, h.status, h.changed_on, h.note)
                for h in sorted(c.status_history, key=lambda h: (h.changed_on, h.created_at))
                if h.deleted_at is None
            )
            focal = tuple(
                FocalPointRow(
                    f.id, f.contact_id, person_name(f.contact), f.role, f.start_date, f.end_date
                )
                for f in c.focal_points
                if f.deleted_at is None and f.contact.deleted_at is None
            )
            fees = tuple(_fee(f, today) for f in c.fees if f.deleted_at is None)
            contacts = self._contacts(s, c, focal)
            meetings = tuple(
                CityMeeting(m.id, m.title, m.starts_at)
                for m in s.scalars(
                    select(Meeting)
                    .join(MeetingCity, MeetingCity.meeting_id == Meeting.id)
                    .where(
                        MeetingCity.city_id == c.id,
                        MeetingCity.deleted_at.is_(None),
                        Meeting.deleted_at.is_(None),
                    )
                    .order_by(Meeting.starts_at.desc())
                )
            )
            trainees = self._trainees(s, [cc.contact_id for cc in contacts])
            lead = c.lead_organisation
            return CityDetail(
                c.id,
                c.name,
                c.local_name,
                c.country,
                c.region,
                c.status,
                c.member_since,
                c.category,
                c.population,
                c.lead_organisation_id,
                lead.name if lead is not None and lead.deleted_at is None else "",
                c.notes,
                history,
                focal,
                fees,
                contacts,
                meetings,
                trainees,
            )

    def _contacts(
        self, s: Session, c: MemberCity, focal: tuple[FocalPointRow, ...]
    ) -> tuple[CityContact, ...]:
        """Focal points first, then the people currently working at the lead organisation."""
        out: dict[uuid.UUID, CityContact] = {}
        for f in focal:
            if f.end_date is None or f.end_date >= date.today():
                out.setdefault(f.contact_id, CityContact(f.contact_id, f.contact_name, f.role))
        if c.lead_organisation_id is not None:
            rows = s.execute(
                select(Contact, Affiliation.role)
                .join(Affiliation, Affiliation.contact_id == Contact.id)
                .where(
                    Affiliation.organisation_id == c.lead_organisation_id,
                    Affiliation.deleted_at.is_(None),
                    Affiliation.end_date.is_(None),
                    Contact.deleted_at.is_(None),
                )
                .order_by(Contact.sort_key)
            )
            for contact, role in rows:
                out.setdefault(
                    contact.id,
                    CityContact(contact.id, person_name(contact), role or contact.job_title),
                )
        return tuple(out.values())

    def _trainees(self, s: Session, contact_ids: list[uuid.UUID]) -> tuple[CityTrainee, ...]:
        if not contact_ids:
            return ()
        rows = s.execute(
            select(CourseParticipant, Course, Contact, TrainingCentre.name)
            .join(Course, Course.id == CourseParticipant.course_id)
            .join(Contact, Contact.id == CourseParticipant.contact_id)
            .outerjoin(TrainingCentre, TrainingCentre.id == Course.centre_id)
            .where(
                CourseParticipant.contact_id.in_(contact_ids),
                CourseParticipant.deleted_at.is_(None),
                Course.deleted_at.is_(None),
            )
            .order_by(Course.start_date.desc())
        )
        return tuple(
            CityTrainee(
                p.id,
                contact.id,
                person_name(contact),
                course.id,
                course.title,
                course.start_date,
                centre or "",
                p.attended,
                p.certificate_issued,
            )
            for p, course, contact, centre in rows
        )

    def categories(self) -> list[str]:
        """The categories in use, for the list's filter."""
        with self.db.read() as s:
            return sorted(
                c
                for c in s.scalars(
                    select(MemberCity.category)
                    .where(MemberCity.deleted_at.is_(None), MemberCity.category != "")
                    .distinct()
                )
            )

    def fee_years(self) -> list[int]:
        with self.db.read() as s:
            return sorted(
                s.scalars(
                    select(MembershipFee.year).where(MembershipFee.deleted_at.is_(None)).distinct()
                ),
                reverse=True,
            )

    # --- status -----------------------------------------------------------------------------

    def change_status(
        self, city_id: uuid.UUID, status: str, changed_on: date | str, note: str = ""
    ) -> uuid.UUID:
        """Move the city to `status` on `changed_on`: writes the history row and the city's
        current status in one action. Only the changes in TRANSITIONS are allowed, and a change
        cannot be dated before the last one recorded."""
        status = v.choice("Status", str(status), tuple(m.value for m in MembershipStatus))
        when = v.a_date("Date", changed_on)
        if when is None:
            raise ValidationError("Date", "is required")
        with self.db.action("Change membership status") as s:
            change = move_status(s, _live_city(s, city_id), status, when, note)
            s.flush()
            return change.id

    # --- fees -------------------------------------------------------------------------------

    def add_fee(
        self,
        city_id: uuid.UUID,
        year: int | str,
        amount: Decimal | str | int,
        currency: str = "EUR",
        invoiced_on: date | str | None = None,
        paid_on: date | str | None = None,
    ) -> uuid.UUID:
        """One fee per city and year and currency; the paid date cannot precede the invoice."""
        y = _year(year)
        money = v.amount("Amount", amount)
        code = _currency(currency)
        invoiced = v.a_date("Invoiced on", invoiced_on)
        paid = v.a_date("Paid on", paid_on)
        _check_dates(invoiced, paid)
        with self.db.action("Add membership fee") as s:
            city = _live_city(s, city_id)
            clash = s.scalar(
                select(MembershipFee.id).where(
                    MembershipFee.city_id == city.id,
                    MembershipFee.year == y,
                    MembershipFee.currency == code,
                    MembershipFee.deleted_at.is_(None),
                )
            )
            if clash is not None:
                raise ValidationError("Year", f"{city.name} already has a {y} fee in {code}")
            fee = MembershipFee(
                city_id=city.id,
                year=y,
                amount=money,
                currency=code,
                invoiced_on=invoiced,
                paid_on=paid,
            )
            s.add(fee)
            s.flush()
            return fee.id

    def record_payment(self, fee_id: uuid.UUID, paid_on: date | str | None) -> None:
        """Set (or with None, clear) the date a fee was paid."""
        paid = v.a_date("Paid on", paid_on)
        with self.db.action("Record fee payment") as s:
            fee = _live(s, MembershipFee, fee_id)
            assert isinstance(fee, MembershipFee)
            _check_dates(fee.invoiced_on, paid)
            fee.paid_on = paid

    def record_invoice(self, fee_id: uuid.UUID, invoiced_on: date | str | None) -> None:
        invoiced = v.a_date("Invoiced on", invoiced_on)
        with self.db.action("Record fee invoice") as s:
            fee = _live(s, MembershipFee, fee_id)
            assert isinstance(fee, MembershipFee)
            _check_dates(invoiced, fee.paid_on)
            fee.invoiced_on = invoiced

    def delete_fee(self, fee_id: uuid.UUID) -> None:
        with self.db.action("Delete membership fee") as s:
            fee = _live(s, MembershipFee, fee_id)
            assert isinstance(fee, MembershipFee)
            fee.deleted_at = utcnow()

    def fees_for_year(self, year: int, today: date | None = None) -> FeesForYear:
        """Every live city with its fee for `year`: cities without one are listed as 'no fee'
        unless they are former members. Totals per currency: invoiced = fees with an invoice
        date, paid = fees with a paid date, unpaid = fees without a paid date."""
        today = today or date.today()
        with self.db.read() as s:
            rows = s.execute(
                select(MemberCity, MembershipFee)
                .outerjoin(
                    MembershipFee,
                    (MembershipFee.city_id == MemberCity.id)
                    & (MembershipFee.year == year)
                    & MembershipFee.deleted_at.is_(None),
                )
                .where(MemberCity.deleted_at.is_(None))
                .order_by(MemberCity.name, MembershipFee.currency)
            ).all()
            out: list[FeeYearRow] = []
            sums: dict[str, list[Decimal]] = defaultdict(
                lambda: [Decimal(0), Decimal(0), Decimal(0)]
            )
            for city, fee in rows:
                if fee is None:
                    if city.status != F:
                        out.append(
                            FeeYearRow(
                                city.id,
                                city.name,
                                city.region,
                                city.status,
                                None,
                                None,
                                "",
                                None,
                                None,
                                False,
                            )
                        )
                    continue
                amount = Decimal(fee.amount)
                out.append(
                    FeeYearRow(
                        city.id,
                        city.name,
                        city.region,
                        city.status,
                        fee.id,
                        amount,
                        fee.currency,
                        fee.invoiced_on,
                        fee.paid_on,
                        is_overdue(fee.year, fee.invoiced_on, fee.paid_on, today),
                    )
                )
                total = sums[fee.currency]
                if fee.invoiced_on is not None:
                    total[0] += amount
                if fee.paid_on is not None:
                    total[1] += amount
                else:
                    total[2] += amount
        totals = tuple(CurrencyTotal(cur, *sums[cur]) for cur in sorted(sums))
        return FeesForYear(year, tuple(out), totals)

    # --- focal points -----------------------------------------------------------------------

    def add_focal_point(
        self,
        city_id: uuid.UUID,
        contact_id: uuid.UUID,
        role: str = "focal point",
        start_date: date | str | None = None,
        end_date: date | str | None = None,
    ) -> uuid.UUID:
        start = v.a_date("From", start_date)
        end = v.a_date("To", end_date)
        if start is not None and end is not None and end < start:
            raise ValidationError("To", "is before the start")
        with self.db.action("Add focal point") as s:
            city = _live_city(s, city_id)
            contact = s.get(Contact, contact_id)
            if contact is None or contact.deleted_at is not None:
                raise ValidationError("Contact", "pick an existing contact")
            fp = FocalPoint(
                city_id=city.id,
                contact_id=contact.id,
                role=role.strip() or "focal point",
                start_date=start,
                end_date=end,
            )
            s.add(fp)
            s.flush()
            return fp.id

    def update_focal_point(
        self,
        focal_point_id: uuid.UUID,
        role: str,
        start_date: date | str | None,
        end_date: date | str | None,
    ) -> None:
        """Correct a focal point's role and dates (an empty date clears it)."""
        start = v.a_date("From", start_date)
        end = v.a_date("To", end_date)
        if start is not None and end is not None and end < start:
            raise ValidationError("To", "is before the start")
        with self.db.action("Edit focal point") as s:
            fp = _live(s, FocalPoint, focal_point_id)
            assert isinstance(fp, FocalPoint)
            fp.role = role.strip() or "focal point"
            fp.start_date = start
            fp.end_date = end

    def end_focal_point(self, focal_point_id: uuid.UUID, end_date: date | str) -> None:
        end = v.a_date("To", end_date)
        with self.db.action("End focal point") as s:
            fp = _live(s, FocalPoint, focal_point_id)
            assert isinstance(fp, FocalPoint)
            if end is not None and fp.start_date is not None and end < fp.start_date:
                raise ValidationError("To", "is before the start")
            fp.end_date = end

    def remove_focal_point(self, focal_point_id: uuid.UUID) -> None:
        with self.db.action("Remove focal point") as s:
            fp = _live(s, FocalPoint, focal_point_id)
            assert isinstance(fp, FocalPoint)
            fp.deleted_at = utcnow()

    # --- regions ----------------------------------------------------------------------------

    def regions(self) -> list[RegionRow]:
        with self.db.read() as s:
            counts = dict(
                s.execute(
                    select(MemberCity.region, func.count())
                    .where(MemberCity.deleted_at.is_(None))
                    .group_by(MemberCity.region)
                ).all()
            )
            return [
                RegionRow(r.id, r.name, r.position, int(counts.get(r.name, 0)))
                for r in s.scalars(
                    select(Region)
                    .where(Region.deleted_at.is_(None))
                    .order_by(Region.position, Region.name)
                )
            ]

    def add_region(self, name: str) -> uuid.UUID:
        name = v.required("Region", name)
        with self.db.action("Add region") as s:
            existing = s.scalar(select(Region).where(func.lower(Region.name) == name.lower()))
            if existing is not None and existing.deleted_at is None:
                raise ValidationError("Region", f"‘{name}’ is already in the list")
            if existing is not None:  # the name is unique: bring the old row back
                existing.deleted_at = None
                existing.name = name
                return existing.id
            last = s.scalar(select(func.max(Region.position))) or 0
            region = Region(name=name, position=last + 1)
            s.add(region)
            s.flush()
            return region.id

    def rename_region(self, region_id: uuid.UUID, name: str) -> None:
        """Renames the region and every city in it, as one action."""
        name = v.required("Region", name)
        with self.db.action("Rename region") as s:
            region = s.get(Region, region_id)
            if region is None or region.deleted_at is not None:
                raise NotFound("region", region_id)
            clash = s.scalar(
                select(Region.id).where(
                    func.lower(Region.name) == name.lower(), Region.id != region_id
                )
            )
            if clash is not None:
                raise ValidationError("Region", f"‘{name}’ is already in the list")
            old = region.name
            region.name = name
            for city in s.scalars(select(MemberCity).where(MemberCity.region == old)):
                city.region = name

    def delete_region(self, region_id: uuid.UUID) -> None:
        with self.db.action("Delete region") as s:
            region = s.get(Region, region_id)
            if region is None or region.deleted_at is not None:
                raise NotFound("region", region_id)
            used = s.scalar(
                select(func.count()).where(
                    MemberCity.region == region.name, MemberCity.deleted_at.is_(None)
                )
            )
            if used:
                raise ValidationError(
                    "Region", f"{used} member cities are in ‘{region.name}’: move them first"
                )
            region.deleted_at = utcnow()

    # --- helpers for the GUI ----------------------------------------------------------------

    def city_names(self, query: str = "", limit: int = 20) -> list[tuple[uuid.UUID, str]]:
        with self.db.read() as s:
            stmt = select(MemberCity.id, MemberCity.name).where(MemberCity.deleted_at.is_(None))
            if query.strip():
                like = f"%{query.strip()}%"
                stmt = stmt.where(
                    or_(MemberCity.name.ilike(like), MemberCity.local_name.ilike(like))
                )
            return [(r[0], r[1]) for r in s.execute(stmt.order_by(MemberCity.name).limit(limit))]
