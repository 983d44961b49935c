"""An editor's draft: rehearsed (shown as it will be, nothing written) and applied on Save as one
action and one undo step."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from metrodesk.data.journal import JournalEntry, UserAction
from metrodesk.services.errors import ValidationError
from metrodesk.services.records.drafts import Made, Step, StepRefused


def _counts(svc) -> tuple[int, int]:
    with svc.db.read() as s:
        actions = s.scalar(select(func.count()).select_from(UserAction))
        entries = s.scalar(select(func.count()).select_from(JournalEntry))
    return actions, entries


def _city(svc, name: str):
    return next(i for i, n in svc.cities.city_names(name) if n == name)


def test_a_rehearsal_shows_the_draft_and_writes_nothing(sample_services):
    svc = sample_services
    berlin = _city(svc, "Berlin")
    before = _counts(svc)
    fees_before = len(svc.cities.detail(berlin).fees)
    steps = [
        Step(svc.cities.add_fee, (berlin, 2031, "100", "EUR")),
        Step(svc.cities.record_payment, (Made(0), "2031-02-01")),
    ]
    results, detail = svc.drafts.rehearse(steps, lambda: svc.cities.detail(berlin))
    fee = next(f for f in detail.fees if f.year == 2031)
    assert fee.id == results[0] and fee.paid_on.isoformat() == "2031-02-01"
    assert _counts(svc) == before
    assert len(svc.cities.detail(berlin).fees) == fees_before


def test_applying_a_draft_is_one_action_and_one_undo_step(sample_services):
    svc = sample_services
    berlin = _city(svc, "Berlin")
    fees_before = len(svc.cities.detail(berlin).fees)
    actions_before, _ = _counts(svc)
    svc.drafts.apply(
        "Edit member city",
        [
            Step(svc.records.update, ("member_city", berlin, {"population": 3_700_000})),
            Step(svc.cities.add_fee, (berlin, 2031, "100", "EUR")),
            Step(svc.cities.add_fee, (berlin, 2032, Decimal("120.50"), "EUR")),
        ],
    )
    assert _counts(svc)[0] == actions_before + 1
    assert svc.history.state().undo == "Edit member city"
    assert len(svc.cities.detail(berlin).fees) == fees_before + 2
    svc.history.undo()
    assert len(svc.cities.detail(berlin).fees) == fees_before
    assert svc.records.get("member_city", berlin)["population"] != 3_700_000


def test_a_refused_step_names_itself_and_nothing_is_written(sample_services):
    svc = sample_services
    berlin = _city(svc, "Berlin")
    before = _counts(svc)
    steps = [
        Step(svc.cities.add_fee, (berlin, 2031, "100", "EUR"), part="fees"),
        Step(svc.cities.add_fee, (berlin, 2031, "90", "EUR"), part="fees"),
    ]
    with pytest.raises(StepRefused) as refused:
        svc.drafts.apply("Edit member city", steps)
    assert refused.value.index == 1 and refused.value.step.part == "fees"
    assert isinstance(refused.value.cause, ValidationError)
    assert "already has a 2031 fee" in refused.value.cause.message
    assert _counts(svc) == before
