"""A UUID names one record of one kind (issue 18, item 3).

A contacts row carrying an organisation's UUID used to import: the new contact took the id,
overwrote the organisation's search entry, and `check` still said sound. The write is now
refused at the search index whatever path it comes by, and `check` finds what such a clash
leaves in a file written before.
"""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from conftest import connect_raw
from sqlalchemy import func, select

from metrodesk.data.errors import IdentityClash
from metrodesk.data.models import Contact, Organisation
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database


def _an_organisation(svc: Services) -> uuid.UUID:
    with svc.db.read() as s:
        found = s.scalars(select(Organisation.id).where(Organisation.deleted_at.is_(None))).first()
    assert found is not None
    return found


def test_a_record_cannot_take_another_kinds_id(sample_services: Services) -> None:
    svc = sample_services
    org = _an_organisation(svc)
    with svc.db.read() as s:
        before = s.scalar(select(func.count()).select_from(Contact))

    with pytest.raises(IdentityClash, match="another kind"), svc.db.action("Clash") as s:
        s.add(Contact(id=org, given_name="Taken", family_name="Identity"))

    with svc.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Contact)) == before
    assert [hit.id for hit in svc.search.find("Identity")] == []
    assert check_database(svc.db.path).ok


def test_check_finds_an_id_held_by_two_kinds_and_a_lost_search_entry(sample_path: Path) -> None:
    # given a file written by the old importer: a contact with an organisation's id, whose
    # search entry took the organisation's place
    with connect_raw(sample_path) as conn:
        org = conn.execute("SELECT id FROM organisation LIMIT 1").fetchone()[0]
        conn.execute(
            "INSERT INTO contact (id, given_name, family_name, honorific, name_order, "
            "job_title, language, city, country, tags, notes, sort_key, created_at, "
            "updated_at, created_by, updated_by) SELECT ?, 'Taken', 'Identity', honorific, "
            "name_order, job_title, language, city, country, tags, notes, 'identity', "
            "created_at, updated_at, created_by, updated_by FROM contact LIMIT 1",
            (org,),
        )
        conn.execute("UPDATE search_doc SET kind = 'contact' WHERE record_id = ?", (org,))
    conn.close()

    report = check_database(sample_path)

    assert not report.ok
    text = "\n".join(report.lines)
    assert f"the id {org} is used by records of two kinds" in text
    assert "live organisation records cannot be found by search" in text
    assert "Identity" not in text  # ids only: no names in a check report
