"""A protected team's files in the shared folder, and attachments beside protected databases,
hold nothing anyone could read by accident (#14): real files, a real folder, `metrodesk`
processes for the refusals, the tests' own keychain."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zlib
from pathlib import Path

import pytest
from conftest import TEST_PASSPHRASE
from sync_support import Team, assert_converged

from metrodesk.services.facade import Services
from metrodesk.services.privacy.protection import Protection, is_protected
from metrodesk.services.sync.team_key import TEAM_PASSPHRASE_VARIABLE, TeamCodec
from metrodesk.services.sync.wire import PlainCodec, seal

TEAM_PASSPHRASE = "our team's passphrase"
#: what no byte of the folder may give away: a name, an e-mail, an attachment's words
SAMPLES = (b"Bickart", b"abickart@example.org", "Agnès".encode())
MINUTES = "Minutes taken by Agnès Bickart <abickart@example.org>\n".encode() * 40


def readable(data: bytes) -> bytes:
    """`data`, and whatever any zlib stream inside it decompresses to: what someone opening
    the file with ordinary tools could read (a plain team's payloads are compressed)."""
    found = [data]
    for i in range(len(data) - 1):
        if data[i] == 0x78 and (data[i] << 8 | data[i + 1]) % 31 == 0:
            try:
                found.append(zlib.decompressobj().decompress(data[i:]))
            except zlib.error:
                continue
    return b"".join(found)


def leaks(folder: Path) -> list[str]:
    """Files under `folder` that hold a sample name or e-mail, readable."""
    return [
        str(p.relative_to(folder))
        for p in sorted(folder.rglob("*"))
        if p.is_file() and any(s in readable(p.read_bytes()) for s in SAMPLES)
    ]


def _protect(svc: Services) -> None:
    if not is_protected(svc.db.path):
        Protection(svc.db).protect(TEST_PASSPHRASE)


def _unprotect(svc: Services) -> None:
    if is_protected(svc.db.path):
        Protection(svc.db).unprotect(TEST_PASSPHRASE)


def _agnes(svc: Services, minutes: Path) -> tuple:
    cid = svc.records.create(
        "contact",
        {"given_name": "Agnès", "family_name": "Bickart", "email": "abickart@example.org"},
    )
    mid = svc.records.create("meeting", {"title": "Board", "starts_at": "2026-12-01 10:00"})
    minutes.write_bytes(MINUTES)
    return cid, svc.attachments.add(mid, minutes)


@pytest.fixture
def team(tmp_path, empty_template, monkeypatch):
    monkeypatch.setenv(TEAM_PASSPHRASE_VARIABLE, TEAM_PASSPHRASE)
    t = Team(tmp_path, "AB", template=empty_template)
    yield t
    t.close()


def test_the_check_finds_names_in_a_plain_payload_and_none_in_a_sealed_one():
    text = "Agnès Bickart abickart@example.org".encode()
    assert all(s in readable(seal(PlainCodec(), text * 3)) for s in SAMPLES)
    sealed = seal(TeamCodec(os.urandom(32), "k" * 32), text * 3)
    assert not any(s in readable(sealed) for s in SAMPLES)


def test_two_protected_copies_converge_and_nothing_in_the_folder_or_beside_them_is_readable(
    team, tmp_path
):
    for name in "AB":
        _protect(team[name])
    cid, info = _agnes(team["A"], tmp_path / "minutes.txt")
    team.exchange()
    team["B"].records.update("contact", cid, {"job_title": "Mayor's adviser"})
    team.exchange()

    assert_converged(team)
    assert team["A"].records.get("contact", cid)["job_title"] == "Mayor's adviser"
    assert team["B"].attachments.read(info.id) == MINUTES
    assert (team.folder / "team-key.json").is_file()
    kinds = {p.suffix for p in team.folder.rglob("*") if p.is_file()}
    assert {".mdc", ".mds"} <= kinds and list(team.folder.glob("blobs/*/*"))
    assert leaks(team.folder) == []
    for name in "AB":
        beside = team[name].attachments.folder
        assert list(beside.iterdir()) and leaks(beside) == []


def test_a_plain_team_is_sealed_once_a_copy_is_protected_and_every_copy_then_needs_the_key(
    team, tmp_path, monkeypatch
):
    for name in "AB":
        _unprotect(team[name])
    monkeypatch.delenv(TEAM_PASSPHRASE_VARIABLE)
    cid, info = _agnes(team["A"], tmp_path / "minutes.txt")
    team.exchange()
    assert leaks(team.folder)  # a plain team's files are readable: the check sees it

    _protect(team["A"])
    monkeypatch.setenv(TEAM_PASSPHRASE_VARIABLE, TEAM_PASSPHRASE)
    team.sync("A")
    team["B"].records.update("contact", cid, {"job_title": "Deputy mayor"})
    team.exchange()

    assert_converged(team)
    assert team["A"].records.get("contact", cid)["job_title"] == "Deputy mayor"
    assert team["B"].attachments.read(info.id) == MINUTES
    assert leaks(team.folder) == []
    assert leaks(team["A"].attachments.folder) == []


def _cli(
    *args: str | Path, team_passphrase: str | None, keychain: Path
) -> subprocess.CompletedProcess[str]:
    """`metrodesk` as on another computer: its own keychain, and the team passphrase given
    (or not) in the environment."""
    env = {k: v for k, v in os.environ.items() if k != TEAM_PASSPHRASE_VARIABLE}
    env["METRODESK_TEST_KEYRING"] = str(keychain)
    if team_passphrase is not None:
        env[TEAM_PASSPHRASE_VARIABLE] = team_passphrase
    return subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env=env,
    )


def _fingerprint(*places: Path) -> dict[str, str]:
    out = {}
    for place in places:
        for p in [place, *place.rglob("*")] if place.is_dir() else [place]:
            if p.is_file():
                out[str(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def test_a_copy_without_the_team_key_or_with_a_wrong_passphrase_is_refused_and_unchanged(
    team, tmp_path
):
    _protect(team["A"])
    cid, _ = _agnes(team["A"], tmp_path / "minutes.txt")
    team.sync("A")
    team["B"].close()
    b_path = tmp_path / "B.sqlite"
    before = _fingerprint(b_path, team.folder)
    elsewhere = tmp_path / "another-computer-keychain.json"

    for given, says in ((None, TEAM_PASSPHRASE_VARIABLE), ("not the team's one", "not the one")):
        done = _cli(
            "sync", "--db", b_path, "--hub", team.folder, team_passphrase=given, keychain=elsewhere
        )
        assert done.returncode != 0
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and says in lines[0] and "Traceback" not in done.stderr
        assert _fingerprint(b_path, team.folder) == before

    fresh = tmp_path / "new-copy.sqlite"
    done = _cli(
        "sync", "--db", fresh, "--hub", team.folder, team_passphrase=None, keychain=elsewhere
    )
    assert done.returncode != 0 and TEAM_PASSPHRASE_VARIABLE in done.stderr
    assert not fresh.exists() and _fingerprint(b_path, team.folder) == before

    done = _cli(
        "sync",
        "--db",
        b_path,
        "--hub",
        team.folder,
        team_passphrase=TEAM_PASSPHRASE,
        keychain=elsewhere,
    )
    assert done.returncode == 0, done.stderr
    team.copies["B"] = Services.open(b_path)
    assert team["B"].records.get("contact", cid)["email"] == "abickart@example.org"
    assert leaks(team.folder) == []


def test_a_protected_copy_given_a_folder_of_other_files_is_told_that_first(
    team, tmp_path, monkeypatch
):
    from metrodesk.services.errors import ServiceError

    _protect(team["A"])
    monkeypatch.delenv(TEAM_PASSPHRASE_VARIABLE)
    other = tmp_path / "Documents"
    other.mkdir()
    (other / "budget.xlsx").write_bytes(b"PK")
    with pytest.raises(ServiceError, match="holds other files"):
        team["A"].sync.run(str(other), "A")
    assert list(other.iterdir()) == [other / "budget.xlsx"]
