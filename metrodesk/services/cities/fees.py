"""Yearly membership fees: one per city, year and currency, invoiced and paid on dated days,
overdue by one rule; the year's fees of every city with totals per currency."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

import pycountry
from sqlalchemy import select

from metrodesk.data.base import utcnow
from metrodesk.data.database import Database
from metrodesk.data.models import MemberCity, MembershipFee
from metrodesk.i18n import QT_TR_NOOP, tr
from metrodesk.services.cities.live import live, live_city
from metrodesk.services.cities.status import F
from metrodesk.services.errors import ValidationError
from metrodesk.services.records import validation as v

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
        """'paid', 'invoiced' (not paid yet) or 'not invoiced' (English, marked: the interface
        translates it)."""
        if self.paid_on is not None:
            return QT_TR_NOOP("paid")
        return (
            QT_TR_NOOP("invoiced") if self.invoiced_on is not None else QT_TR_NOOP("not invoiced")
        )


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
            return QT_TR_NOOP("no fee")
        if self.paid_on is not None:
            return QT_TR_NOOP("paid")
        return (
            QT_TR_NOOP("invoiced") if self.invoiced_on is not None else QT_TR_NOOP("not invoiced")
        )


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


def _currency(value: str) -> str:
    code = (value or "").strip().upper()
    if len(code) != 3 or pycountry.currencies.get(alpha_3=code) is None:
        raise ValidationError(
            QT_TR_NOOP("Currency"), tr("must be an ISO currency code such as EUR or USD")
        )
    return code


def _year(value: object) -> int:
    year = v.integer(QT_TR_NOOP("Year"), value)
    if year is None:
        raise ValidationError(QT_TR_NOOP("Year"), tr("is required"))
    low, high = v.FIRST_DAY.year, v.LAST_DAY.year
    if not low <= year <= high:
        raise ValidationError(
            QT_TR_NOOP("Year"), tr("must be a year from {low} to {high}").format(low=low, high=high)
        )
    return year


def _check_dates(invoiced: date | None, paid: date | None) -> None:
    if invoiced is not None and paid is not None and paid < invoiced:
        raise ValidationError(QT_TR_NOOP("Paid on"), tr("is before the invoice date"))


def fee_row(f: MembershipFee, today: date) -> Fee:
    return Fee(
        f.id,
        f.year,
        Decimal(f.amount),
        f.currency,
        f.invoiced_on,
        f.paid_on,
        is_overdue(f.year, f.invoiced_on, f.paid_on, today),
    )


class Fees:
    """`Services.cities`' fees."""

    db: Database

    def fee_years(self) -> list[int]:
        with self.db.read() as s:
            return sorted(
                s.scalars(
                    select(MembershipFee.year).where(MembershipFee.deleted_at.is_(None)).distinct()
                ),
                reverse=True,
            )

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
        invoiced = v.a_date(QT_TR_NOOP("Invoiced on"), invoiced_on)
        paid = v.a_date(QT_TR_NOOP("Paid on"), paid_on)
        _check_dates(invoiced, paid)
        with self.db.action(QT_TR_NOOP("Add membership fee")) as s:
            city = live_city(s, city_id)
            clash = s.scalar(
                select(MembershipFee.id).where(
                    MembershipFee.city_id == city.id,
                    MembershipFee.year == y,
                    MembershipFee.currency == code,
                    MembershipFee.deleted_at.is_(None),
                )
            )
            if clash is not None:
                raise ValidationError(
                    QT_TR_NOOP("Year"),
                    tr("{name} already has a {y} fee in {code}").format(
                        name=city.name, y=y, code=code
                    ),
                )
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

    def correct_fee(
        self,
        fee_id: uuid.UUID,
        year: int | str,
        amount: Decimal | str | int,
        currency: str,
        invoiced_on: date | str | None,
        paid_on: date | str | None,
    ) -> None:
        """Put right a fee entered wrongly: its year, amount, currency and dates, checked as a
        new fee is (still one per city, year and currency)."""
        y = _year(year)
        money = v.amount("Amount", amount)
        code = _currency(currency)
        invoiced = v.a_date(QT_TR_NOOP("Invoiced on"), invoiced_on)
        paid = v.a_date(QT_TR_NOOP("Paid on"), paid_on)
        _check_dates(invoiced, paid)
        with self.db.action(QT_TR_NOOP("Correct membership fee")) as s:
            fee = live(s, MembershipFee, fee_id)
            clash = s.scalar(
                select(MembershipFee.id).where(
                    MembershipFee.city_id == fee.city_id,
                    MembershipFee.year == y,
                    MembershipFee.currency == code,
                    MembershipFee.deleted_at.is_(None),
                    MembershipFee.id != fee.id,
                )
            )
            if clash is not None:
                city = live_city(s, fee.city_id)
                raise ValidationError(
                    QT_TR_NOOP("Year"),
                    tr("{name} already has a {y} fee in {code}").format(
                        name=city.name, y=y, code=code
                    ),
                )
            fee.year, fee.amount, fee.currency = y, money, code
            fee.invoiced_on, fee.paid_on = invoiced, paid

    def record_payment(self, fee_id: uuid.UUID, paid_on: date | str | None) -> None:
        """Set (or with None, clear) the date a fee was paid."""
        paid = v.a_date(QT_TR_NOOP("Paid on"), paid_on)
        with self.db.action(QT_TR_NOOP("Record fee payment")) as s:
            fee = live(s, MembershipFee, fee_id)
            _check_dates(fee.invoiced_on, paid)
            fee.paid_on = paid

    def delete_fee(self, fee_id: uuid.UUID) -> None:
        with self.db.action(QT_TR_NOOP("Delete membership fee")) as s:
            fee = live(s, MembershipFee, fee_id)
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
                        out.append(_no_fee_row(city))
                    continue
                out.append(_fee_year_row(city, fee, today))
                total = sums[fee.currency]
                amount = Decimal(fee.amount)
                if fee.invoiced_on is not None:
                    total[0] += amount
                if fee.paid_on is not None:
                    total[1] += amount
                else:
                    total[2] += amount
        totals = tuple(CurrencyTotal(cur, *sums[cur]) for cur in sorted(sums))
        return FeesForYear(year, tuple(out), totals)


def _no_fee_row(city: MemberCity) -> FeeYearRow:
    return FeeYearRow(
        city.id, city.name, city.region, city.status, None, None, "", None, None, False
    )


def _fee_year_row(city: MemberCity, fee: MembershipFee, today: date) -> FeeYearRow:
    return FeeYearRow(
        city.id,
        city.name,
        city.region,
        city.status,
        fee.id,
        Decimal(fee.amount),
        fee.currency,
        fee.invoiced_on,
        fee.paid_on,
        is_overdue(fee.year, fee.invoiced_on, fee.paid_on, today),
    )
