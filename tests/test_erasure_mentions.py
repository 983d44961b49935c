"""What an erasure replaces besides the person's own record: mentions of the person in other
records, never another person's name or a place that shares a word with it, and the same texts
on every copy of a team, so that their histories stay alike (README, "Right to be forgotten")."""

from __future__ import annotations

from sync_support import Team, assert_converged
from test_erasure import plain_bytes

from metrodesk.services.facade import Services
from metrodesk.services.privacy.erasure import Erasure
from metrodesk.services.privacy.erasure_terms import ERASED_MENTION, ERASED_NAME

BOARD = {"title": "Board", "starts_at": "2026-12-01 10:00"}


def _name(svc: Services, cid) -> tuple[str, str, str, str]:
    r = svc.records.get("contact", cid)
    return r["given_name"], r["family_name"], r["job_title"], r["city"]


def test_the_family_name_alone_is_replaced_in_prose_and_as_a_whole_word_only(services):
    lee = services.records.create(
        "contact", {"given_name": "Lee", "family_name": "Park", "email": "lee.park@seoul.go.kr"}
    )
    parker = services.records.create(
        "contact", {"given_name": "Ann", "family_name": "Parker", "city": "Park", "notes": "x"}
    )
    mid = services.records.create(
        "meeting", {**BOARD, "agenda": "Park said yes; Lee Park to write. Parkinson's fund. Park"}
    )
    Erasure(services.db).erase(lee)
    # another person's name and a place field keep the word; prose loses each mention
    assert _name(services, parker) == ("Ann", "Parker", "", "Park")
    agenda = services.records.get("meeting", mid)["agenda"]
    assert agenda == (
        f"{ERASED_MENTION} said yes; {ERASED_MENTION} to write. Parkinson's fund. {ERASED_MENTION}"
    )
    assert _name(services, lee)[1] == ERASED_NAME


def test_an_erasure_reaches_other_copies_without_touching_anyone_else(tmp_path, empty_template):
    """A namesake created on B before B knew, a colleague whose title is the erased person's
    family name, a note naming her family name: on both copies the namesake and the colleague
    keep their names and titles, the note loses the mention, and the copies end up alike."""
    team = Team(tmp_path, "AB", template=empty_template)
    try:
        a, b = team["A"], team["B"]
        kim = a.records.create("contact", {"given_name": "Kim", "family_name": "Nairobi"})
        colleague = a.records.create(
            "contact", {"given_name": "Lee", "family_name": "Park", "job_title": "Nairobi"}
        )
        mid = a.records.create("meeting", {**BOARD, "agenda": "Ask Nairobi about the visit"})
        team.exchange()
        namesake = b.records.create("contact", {"given_name": "Ana", "family_name": "Nairobi"})
        Erasure(a.db).erase(kim)
        team.exchange()
        for svc in (a, b):
            assert _name(svc, colleague) == ("Lee", "Park", "Nairobi", "")
            assert _name(svc, namesake) == ("Ana", "Nairobi", "", "")
            assert _name(svc, kim)[:2] == ("", ERASED_NAME)
            assert (
                svc.records.get("meeting", mid)["agenda"] == f"Ask {ERASED_MENTION} about the visit"
            )
        assert_converged(team)
    finally:
        team.close()


def test_a_mention_typed_on_a_copy_that_never_held_the_person_goes_everywhere(
    tmp_path, empty_template
):
    """C holds Agnès Bickart and has not synced since; A, which never had her record, names
    her in an agenda that B takes in; then C erases her. Every copy replaces the mention in
    the agenda and in its history alike, A and B included (they never had her name to look
    for: they find the text by the erasure's marks)."""
    team = Team(tmp_path, "ABC", template=empty_template)
    try:
        a, b, c = team["A"], team["B"], team["C"]
        team.exchange()
        agnes = c.records.create(
            "contact",
            {"given_name": "Agnès", "family_name": "Bickart", "email": "abickart@metropolis.org"},
        )
        mid = a.records.create("meeting", {**BOARD, "agenda": "1. Call Agnès Bickart"})
        team.sync("A")
        team.sync("B")
        Erasure(c.db).erase(agnes)
        team.exchange()
        team.exchange()
        for svc in (a, b, c):
            assert svc.records.get("meeting", mid)["agenda"] == f"1. Call {ERASED_MENTION}"
            holds_her = b"bickart" in plain_bytes(svc.path).lower()  # file, log, history
            assert not holds_her, svc.path.name
        assert_converged(team)
    finally:
        team.close()


def test_a_copy_where_she_was_renamed_before_it_knew_replaces_her_old_name_too(
    tmp_path, empty_template
):
    """B renamed Kim Nairobi "Kimberly" before the erasure on A reached it: B still replaces
    "Kim Nairobi" in the agenda, as A did (B knows that name from its history), and the
    copies end up alike."""
    team = Team(tmp_path, "AB", template=empty_template)
    try:
        a, b = team["A"], team["B"]
        kim = a.records.create("contact", {"given_name": "Kim", "family_name": "Nairobi"})
        mid = a.records.create("meeting", {**BOARD, "agenda": "Call Kim Nairobi, then Seoul"})
        team.exchange()
        b.records.update("contact", kim, {"given_name": "Kimberly"})
        Erasure(a.db).erase(kim)
        team.exchange()
        for svc in (a, b):
            agenda = svc.records.get("meeting", mid)["agenda"]
            assert agenda == f"Call {ERASED_MENTION}, then Seoul", svc.path.name
            holds_her = b"kim nairobi" in plain_bytes(svc.path).lower()
            assert not holds_her, svc.path.name
        assert_converged(team)
    finally:
        team.close()


def test_two_people_sharing_an_address_erased_on_two_copies_leave_the_copies_alike(
    tmp_path, empty_template
):
    """Q, on B, shares P's e-mail address: B's erasure of Q replaces it in P's row as a mention
    and is sent; then C erases P, and A applies P's erasure before B's changes reach it. Each
    copy's history of P's row ends blank alike (A erases P again when B's erasure of Q, made
    before B knew of P's, arrives)."""
    team = Team(tmp_path, "ABC", template=empty_template)
    try:
        a, b, c = team["A"], team["B"], team["C"]
        team.exchange()
        p = c.records.create(
            "contact", {"given_name": "Kim", "family_name": "Seoul", "email": "desk@seoul.kr"}
        )
        team.exchange()
        q = b.records.create(
            "contact", {"given_name": "Lee", "family_name": "Busan", "email": "desk@seoul.kr"}
        )
        Erasure(b.db).erase(q)
        team.sync("B")
        Erasure(c.db).erase(p)
        team.sync("C")
        team.sync("A")
        team.exchange()
        for svc in (a, b, c):
            assert _name(svc, p)[:2] == ("", ERASED_NAME)
            assert _name(svc, q)[:2] == ("", ERASED_NAME)
        assert_converged(team)
    finally:
        team.close()
