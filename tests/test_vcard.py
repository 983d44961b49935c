"""vCard 3.0 and 4.0: written by hand, read back without losing names, organisations, e-mails,
phones or notes; a bad card rejects the whole file."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from metrodesk.data.database import Database
from metrodesk.data.models import Contact, Organisation
from metrodesk.services.contacts.vcard import (
    VCardError,
    escape,
    fold_line,
    parse_cards,
    split_unescaped,
    unescape,
)
from metrodesk.services.facade import Services

NOTE = "Line one; with, punctuation\\ and a backslash\nLine two — Seoul 서울 " + "long " * 30


def _people(svc: Services) -> dict[str, object]:
    org = svc.records.create("organisation", {"name": "Seoul Metropolitan Government"})
    kim = svc.records.create(
        "contact",
        {
            "given_name": "Chang-Beom",
            "family_name": "김",
            "name_order": "family-first",
            "honorific": "Mr",
            "job_title": "Representative, Office of the Mayor",
            "organisation_id": org,
            "email": "kim@seoul.go.kr",
            "phone": "+82 2 2133 5270",
            "language": "ko",
            "city": "Seoul",
            "country": "KR",
            "notes": NOTE,
            "tags": ["Training", "Asia; Pacific"],
        },
    )
    agnes = svc.records.create(
        "contact",
        {
            "given_name": "Agnès",
            "family_name": "Bickart-Ñúñez",
            "organisation_id": svc.records.create("organisation", {"name": "Metropolis"}),
            "email": "abickart@metropolis.org",
            "phone": "+34 933 42 87 50",
        },
    )
    from metrodesk.data.models import ContactEmail, ContactPhone

    with svc.db.action("More addresses") as s:
        s.add(ContactEmail(contact_id=agnes, address="agnes@example.org", position=1))
        s.add(ContactPhone(contact_id=agnes, number="+33142761234", position=1))
    return {"kim": kim, "agnes": agnes}


def _snapshot(svc: Services) -> list[tuple]:
    with svc.db.read() as s:
        out = []
        for c in s.scalars(select(Contact).where(Contact.deleted_at.is_(None))):
            orgs = sorted(a.organisation.name for a in c.affiliations if a.deleted_at is None)
            out.append(
                (
                    str(c.id),
                    c.given_name,
                    c.family_name,
                    c.name_order,
                    c.honorific,
                    c.job_title,
                    tuple(e.address for e in c.emails if e.deleted_at is None),
                    tuple(p.number for p in c.phones if p.deleted_at is None),
                    c.notes,
                    c.language,
                    c.city,
                    c.country,
                    tuple(c.tags),
                    tuple(orgs),
                )
            )
        return sorted(out)


@pytest.mark.parametrize("version", [3, 4])
def test_round_trip_into_an_empty_database(services, tmp_path: Path, empty_template, version):
    # given
    people = _people(services)
    path = tmp_path / "contacts.vcf"
    # when
    count = services.vcards.export_file(list(people.values()), path, version=version)
    other_path = tmp_path / "other.sqlite"
    from conftest import copy_database

    other = Services(Database.open(copy_database(empty_template, other_path)))
    try:
        result = other.vcards.import_file(path)
        # then
        assert count == 2 and result.created == 2 and result.organisations_created == 2
        assert _snapshot(other) == _snapshot(services)
        assert other.history.state().undo == "Import vCards"
        assert [r.id for r in other.lists.page("contact", "agnes")] == [people["agnes"]]
    finally:
        other.close()


def test_export_is_escaped_and_folded(services, tmp_path: Path):
    people = _people(services)
    text = services.vcards.export_text([people["kim"]])
    raw = text.encode("utf-8")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    assert "\nN:김;Chang-Beom;;Mr;" in text.replace("\r\n", "\n")
    assert "FN:김 Chang-Beom" in text
    assert "TEL;TYPE=VOICE,PREF:+82221335270" in text
    assert f"UID:{people['kim']}" in text
    assert "CATEGORIES:Asia\\; Pacific,Training" in text
    text4 = services.vcards.export_text([people["kim"]], version=4)
    assert "VERSION:4.0" in text4 and f"UID:urn:uuid:{people['kim']}" in text4
    assert "tel:+82221335270" in text4


def test_folding_never_cuts_a_character():
    line = "NOTE:" + "가나다라마" * 40
    folded = fold_line(line)
    for part in folded.split("\r\n"):
        assert len(part.encode("utf-8")) <= 75
    assert folded.replace("\r\n ", "") == line


def test_escaping_round_trips():
    value = "a\\b;c,d\ne"
    assert escape(value) == "a\\\\b\\;c\\,d\\ne"
    assert unescape(escape(value)) == value
    assert split_unescaped("Doe\\;Jr;John;;;", ";") == ["Doe;Jr", "John", "", "", ""]


def test_import_of_cards_written_elsewhere(services):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Sow;Rahmatouca;;Ms;\nFN:Rahmatouca Sow\n"
        "ORG:Ville de Dakar;Cabinet\nitem1.EMAIL;TYPE=INTERNET:r.sow@dakar.sn\n"
        "TEL;TYPE=CELL:+221 33 849 05 05\nADR;TYPE=WORK:;;;Dakar;;;Senegal\n"
        "NOTE:Met in Barcelona\\, 2019\nEND:VCARD\n"
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Eric Huy\r\n brechts\r\nEMAIL:eric@institut.fr\r\n"
        "END:VCARD\r\n"
    )
    assert len(parse_cards(text)) == 2
    result = services.vcards.import_text(text)
    assert result.created == 2
    sow = services.lists.page("contact", "Rahmatouca")[0].id
    values = services.records.get("contact", sow)
    assert values["city"] == "Dakar" and values["country"] == "SN"
    assert values["notes"] == "Met in Barcelona, 2019"
    assert values["phone"] == "+221338490505"
    eric = services.records.get("contact", services.lists.page("contact", "eric")[0].id)
    assert (eric["given_name"], eric["family_name"]) == ("Eric", "Huybrechts")
    with services.db.read() as s:
        assert s.scalars(select(Organisation.name)).all() == ["Ville de Dakar"]


def test_an_invalid_card_rejects_the_whole_file(services):
    text = (
        "BEGIN:VCARD\nVERSION:3.0\nN:Good;Ann\nEMAIL:ann@example.org\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nN:Bad;Bob\nEMAIL:not an address\nEND:VCARD\n"
    )
    with pytest.raises(VCardError, match=r"card 2: E-mail: not a valid e-mail"):
        services.vcards.import_text(text)
    with pytest.raises(VCardError, match=r"card 1: Phone"):
        services.vcards.import_text("BEGIN:VCARD\nN:X;Y\nTEL:12\nEND:VCARD\n")
    with pytest.raises(VCardError, match="no vCard"):
        services.vcards.import_text("hello")
    assert services.is_empty()


def test_reimporting_the_same_cards_skips_them(services):
    people = _people(services)
    text = services.vcards.export_text(list(people.values()))
    result = services.vcards.import_text(text)
    assert (result.created, result.skipped) == (0, 2)
