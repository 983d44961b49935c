"""Consent and retention review: people with no valid consent and no activity for N years."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from metrodesk.data.people import Consent, Contact
from metrodesk.services.privacy.erasure_terms import ERASED_NAME
from metrodesk.services.privacy.retention import erase_all, review


def test_people_without_consent_or_activity_are_listed_and_erased_in_bulk(sample_services):
    db = sample_services.db
    # given the sample data seen from ten years on: nobody has given a consent
    later = date(2036, 12, 3)
    listed = review(db, 5, today=later)
    names = [r.name for r in listed]
    assert "Agnès Bickart" in names and all(r.consent == "none" for r in listed)
    # a person who gave a consent is not listed
    agnes = next(r.person_id for r in listed if r.name == "Agnès Bickart")
    with db.action("Consent") as s:
        s.add(Consent(contact_id=agnes, purpose="newsletter", given_on=date(2026, 1, 5)))
    listed = review(db, 5, today=later)
    assert "Agnès Bickart" not in [r.name for r in listed] and listed
    # seen from today, their activity is recent: nobody is listed
    assert review(db, 5) == []
    # when the listed people are erased in bulk, they are gone and the list is empty
    assert erase_all(db, [r.person_id for r in listed]) == len(listed)
    with db.read() as s:
        families = set(s.scalars(select(Contact.family_name)))
    assert ERASED_NAME in families and "Bickart" in families  # she had consented
    assert review(db, 5, today=later) == []
