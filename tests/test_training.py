"""The training network: the five places of the seed texts, sessions, participants (new people
become contacts in the same step) and the per-satellite and per-contact views."""

from __future__ import annotations

from datetime import date

import pytest

from metrodesk.services.errors import ValidationError
from metrodesk.services.facade import Services
from metrodesk.services.training.network import NewParticipant


def centre(svc: Services, city: str):
    return next(c for c in svc.training.centres() if c.city == city)


def contact_id(svc: Services, words: str):
    return svc.search.find(words, 1, kinds=("contact",))[0].id


def test_the_five_training_places_of_the_seed_texts(sample_services: Services):
    centres = sample_services.training.centres()
    assert [(c.role, c.city) for c in centres] == [
        ("headquarters", "Seoul"),
        ("satellite", "Cairo"),
        ("satellite", "Mashhad"),
        ("satellite", "Mexico City"),
        ("satellite", "Paris"),
    ]
    hq = sample_services.training.centre(centres[0].id)
    assert "SHRDC" in hq.host
    assert len(hq.contacts) == 2 and "Agnès Bickart" in {c.name for c in hq.contacts}
    assert all(c.status == "active" for c in centres)


def test_session_with_an_existing_and_a_new_participant_is_one_action(sample_services):
    svc = sample_services
    paris = centre(svc, "Paris")
    agnes = contact_id(svc, "agnes")
    course = svc.training.create_session(
        {
            "title": "Metropolitan planning",
            "centre_id": paris.id,
            "start_date": "2021-05-10",
            "end_date": "2021-05-12",
            "language": "fr",
            "mode": "hybrid",
            "capacity": "20",
        },
        [
            NewParticipant(contact_id=agnes),
            NewParticipant(given_name="Lucía", family_name="Pérez", email="lucia@example.org"),
        ],
    )
    detail = svc.training.session(course)
    assert detail.session.centre == paris.name and detail.session.mode == "hybrid"
    assert sorted(p.name for p in detail.participants) == ["Agnès Bickart", "Lucía Pérez"]
    # the new person is a contact, found by search with her e-mail
    (hit,) = svc.search.find("lucia perez", 5, kinds=("contact",))
    assert svc.records.get("contact", hit.id)["email"] == "lucia@example.org"
    # one undo step takes back the session, its participants and the new contact
    assert svc.history.state().undo == "New training session"
    svc.history.undo()
    assert svc.search.find("lucia perez", 5, kinds=("contact",)) == []
    assert svc.training.centre(paris.id).sessions == ()


def test_adding_a_participant_who_is_not_a_contact_creates_the_contact(sample_services):
    svc = sample_services
    course = svc.training.create_session(
        {"title": "Urban data", "centre_id": centre(svc, "Cairo").id}
    )
    pid = svc.training.add_participant(course, NewParticipant(given_name="Omar", family_name="Aly"))
    (row,) = svc.training.session(course).participants
    assert row.id == pid and row.name == "Omar Aly"
    assert svc.history.state().undo == "Add participant"
    # a bad new contact changes nothing
    with pytest.raises(ValidationError, match="Family name"):
        svc.training.add_participant(course, NewParticipant(given_name="Nobody"))
    with pytest.raises(ValidationError, match="already in this session"):
        svc.training.add_participant(course, NewParticipant(contact_id=row.contact_id))
    assert len(svc.training.session(course).participants) == 1


def test_participant_rules(sample_services: Services):
    svc = sample_services
    course = svc.training.create_session(
        {"title": "Small group", "centre_id": centre(svc, "Mashhad").id, "capacity": 1}
    )
    pid = svc.training.add_participant(course, NewParticipant(contact_id=contact_id(svc, "agnes")))
    with pytest.raises(ValidationError, match="full"):
        svc.training.add_participant(course, NewParticipant(contact_id=contact_id(svc, "kim")))
    svc.training.add_participant(
        course, NewParticipant(contact_id=contact_id(svc, "kim"), registration="waitlisted")
    )
    with pytest.raises(ValidationError, match="Certificate"):
        svc.training.update_participant(pid, certificate_issued=True)
    svc.training.update_participant(pid, attended=True, certificate_issued=True)
    with pytest.raises(ValidationError, match="Attended"):
        svc.training.update_participant(pid, registration="cancelled")
    rows = {p.registration: p for p in svc.training.session(course).participants}
    assert rows["registered"].attended and rows["registered"].certificate_issued


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"title": "No centre", "centre_id": None}, "Centre"),
        ({"title": ""}, "Title"),
        ({"title": "Backwards", "start_date": "2021-02-02", "end_date": "2021-02-01"}, "Ends"),
        ({"title": "Mode", "mode": "by post"}, "Mode"),
    ],
)
def test_bad_sessions_are_refused(sample_services, values, field):
    svc = sample_services
    values = {"centre_id": centre(svc, "Paris").id, **values}
    with pytest.raises(ValidationError) as err:
        svc.training.create_session(values)
    assert err.value.field == field


def test_satellite_view_and_contact_view(sample_services: Services):
    svc = sample_services
    mexico = centre(svc, "Mexico City")
    agnes, kim = contact_id(svc, "agnes"), contact_id(svc, "kim")
    for start, people in (("2019-03-01", [agnes, kim]), ("2020-03-01", [kim]), ("2020-09-01", [])):
        svc.training.create_session(
            {"title": f"Session {start}", "centre_id": mexico.id, "start_date": start},
            [NewParticipant(contact_id=p, attended=True) for p in people],
        )
    view = svc.training.centre(mexico.id)
    assert [(y.year, y.sessions, y.participants, y.attended) for y in view.years] == [
        (2020, 2, 1, 1),
        (2019, 1, 2, 2),
    ]
    assert view.sessions[0].title == "Session 2020-09-01"
    attended = svc.training.contact_trainings(kim)
    assert [t.title for t in attended] == ["Session 2020-03-01", "Session 2019-03-01"]
    assert all(t.centre == mexico.name and t.attended for t in attended)
    assert date(2019, 3, 1) in [t.start_date for t in attended]
