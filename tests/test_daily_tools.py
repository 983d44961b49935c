"""The secretariat's daily tools in the services: reminders of what is due, the addresses of
people who agreed to be written to, a contact's interaction log and last contact, and the
membership report's arrears per city."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from metrodesk.services.contacts.details import ConsentEntry
from metrodesk.services.errors import ValidationError
from metrodesk.services.reports.reminders import ACTION, FEE, fee_due_on


def _contact(svc, name: str):
    return next(h.id for h in svc.search.find(name, kinds=("contact",)) if h.label == name)


def _city(svc, name: str):
    return next(i for i, n in svc.cities.city_names(name) if n == name)


def _consent(svc, contact_id, withdrawn: str | None = None) -> None:
    d = svc.contact_details.details(contact_id)
    consent = [ConsentEntry("Newsletter", "2025-01-10", withdrawn, "form")]
    svc.contact_details.save(contact_id, d.emails, d.phones, d.affiliations, consent)


def test_reminders_list_what_is_due_and_overdue(sample_services):
    svc = sample_services
    today = date(2026, 12, 3)
    agnes = _contact(svc, "Agnès Bickart")
    svc.records.create(
        "action_item", {"description": "Call back Dakar", "owner_id": agnes, "due_on": today}
    )
    svc.records.create("action_item", {"description": "Later", "due_on": today + timedelta(days=1)})
    due = svc.reminders.due(today)
    actions = [r for r in due if r.what == ACTION]
    assert [r.title for r in actions][-1] == "Call back Dakar"
    assert actions[-1].days_late == 0 and actions[-1].detail == "Agnès Bickart"
    assert "Later" not in [r.title for r in actions]
    assert actions[0].days_late > actions[-1].days_late  # the longest waiting first
    fees = [r for r in due if r.what == FEE]
    cairo = next(r for r in fees if r.title == "Cairo: 2020 fee")
    assert cairo.record_kind == "member_city" and cairo.record_id == _city(svc, "Cairo")
    # done or paid: no reminder any more
    svc.actions.mark_done(actions[-1].record_id, today)
    svc.cities.record_payment(cairo.item_id, today)
    keys = {r.key for r in svc.reminders.due(today)}
    assert actions[-1].key not in keys and cairo.key not in keys


def test_a_fee_falls_due_90_days_after_its_invoice_or_at_year_end():
    assert fee_due_on(2026, date(2026, 1, 31)) == date(2026, 5, 2)
    assert fee_due_on(2026, date(2026, 12, 1)) == date(2027, 1, 1)
    assert fee_due_on(2026, None) == date(2027, 1, 1)


def test_addresses_leave_out_who_did_not_agree_and_say_how_many(sample_services):
    svc = sample_services
    agnes, octavi, eric = (
        _contact(svc, n) for n in ("Agnès Bickart", "Octavi de la Varga Mas", "Eric Huybrechts")
    )
    svc.records.update("contact", octavi, {"email": "octavi@metropolis.org"})
    svc.records.update("contact", eric, {"email": "eric@institutparisregion.fr"})
    _consent(svc, agnes)
    _consent(svc, octavi, withdrawn="2026-06-01")  # withdrawn: left out
    kim = _contact(svc, "KIM Chang-Beom")
    _consent(svc, kim)  # agreed, but no e-mail on record
    mailing = svc.mailing.recipients([agnes, octavi, eric, kim])
    assert [r.address for r in mailing.recipients] == ["abickart@metropolis.org"]
    assert (mailing.without_consent, mailing.without_email) == (2, 1)
    assert mailing.text() == "Agnès Bickart <abickart@metropolis.org>"
    assert mailing.mailto() == "mailto:abickart@metropolis.org"
    _consent(svc, eric)
    both = svc.mailing.recipients([agnes, eric])
    assert both.mailto() == "mailto:?bcc=abickart@metropolis.org,eric@institutparisregion.fr"


def test_the_interaction_log_feeds_last_contact(sample_services):
    svc = sample_services
    sow = _contact(svc, "Rahmatouca Sow")
    assert svc.interactions.last_contact(sow).on is None
    call = svc.interactions.add(sow, "call", "2026-11-30", "Dakar workshop dates", "")
    svc.interactions.add(sow, "visit", "2026-10-02", "At the City Hall", "Agnès Bickart")
    log = svc.interactions.log(sow)
    assert [(r.kind, r.occurred_on) for r in log] == [
        ("call", date(2026, 11, 30)),
        ("visit", date(2026, 10, 2)),
    ]
    assert log[0].with_whom == svc.db.author and log[1].with_whom == "Agnès Bickart"
    last = svc.interactions.last_contact(sow, last_met=date(2019, 11, 26))
    assert (last.on, last.how) == (date(2026, 11, 30), "call")
    assert svc.interactions.last_contact(sow, last_met=date(2026, 12, 1)).how == "meeting"
    with pytest.raises(ValidationError) as bad:
        svc.interactions.add(sow, "fax", "2026-11-30")
    assert bad.value.field == "Kind"
    svc.interactions.remove(call)
    assert svc.interactions.last_contact(sow).on == date(2026, 10, 2)
    svc.history.undo()
    assert svc.interactions.last_contact(sow).on == date(2026, 11, 30)


def test_the_membership_report_lists_arrears_per_city(sample_services, tmp_path):
    svc = sample_services
    berlin = _city(svc, "Berlin")
    svc.cities.add_fee(berlin, 2024, "5000", "EUR")
    svc.cities.add_fee(berlin, 2024, "1200", "USD")
    report = svc.reports.membership(today=date(2026, 12, 3))
    arrears = {a.city: a for a in report.arrears}
    assert arrears["Berlin"].years == (2024,)
    assert arrears["Berlin"].owed == (("EUR", Decimal("5000")), ("USD", Decimal("1200")))
    totals = dict(report.arrears_totals())
    assert totals["USD"] == Decimal("1200")
    assert totals["EUR"] == sum(
        (amount for a in report.arrears for cur, amount in a.owed if cur == "EUR"), Decimal(0)
    )
    import openpyxl

    path = svc.reports.save(report, tmp_path / "membership.xlsx")
    sheet = openpyxl.load_workbook(path)["Arrears"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == ["City", "Region", "Status", "Years unpaid", "Currency", "Owed"]
    assert ["Berlin", "Europe", "Active", "2024", "USD", 1200] in rows
    assert rows[-1][0] == "Total"
