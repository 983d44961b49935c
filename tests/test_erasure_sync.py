"""An erasure travels through sync as an erasure (#14): erasing Agnès Bickart on one copy
scrubs every copy's file and history, the copies that join afterwards and the team folder,
even of changes made about her on another copy before it knew. Real files, real processes."""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import uuid
from collections import Counter
from pathlib import Path

from conftest import connect_raw, copy_database
from sync_support import Team, assert_converged
from test_erasure import meeting_counts, plain_bytes

from metrodesk.services.facade import Services
from metrodesk.services.privacy.erasure import Erasure
from metrodesk.services.storage.maintenance import check_database
from metrodesk.services.sync.folder import CHANGE_MAGIC
from metrodesk.services.sync.wire import WireError, unseal

#: her name and both e-mail addresses she had (the second set on B before it knew), lower case
SECRETS = ("bickart", "abickart@metropolis.org", "agnès", "agnes.b@example.org")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "metrodesk", *map(str, args)],
                          capture_output=True, text=True, timeout=300)  # fmt: skip


def _ok(*args: str | Path) -> str:
    done = _run(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def found_in(data: bytes) -> list[str]:
    """Which secrets the bytes hold, in any case, as UTF-8 or UTF-16."""
    low = data.lower()
    forms = [(s, s.encode(enc)) for s in SECRETS for enc in ("utf-8", "utf-16-le", "utf-16-be")]
    return sorted({s for s, form in forms if form in low})


def folder_bytes(folder: Path) -> bytes:
    """Every file of the team folder as stored, and its payloads as they read (compressed
    when stored): change files, snapshots' chunks, whatever else is there."""
    out = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        raw = path.read_bytes()
        out.append(raw)
        if path.suffix == ".mdc" and raw.startswith(CHANGE_MAGIC):
            out.append(_opened(raw.split(b"\n", 2)[2]))
        elif path.suffix == ".mds":
            manifest = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            at = 0
            for size, _digest in manifest["chunks"]:
                out.append(_opened(raw[at : at + size]))
                at += size
    return b"".join(out)


def _opened(payload: bytes) -> bytes:
    """A payload as it reads; one sealed with a team key (the encrypted run's teams) stays as
    stored: its bytes are what the folder shows anyone without the key."""
    try:
        return unseal(payload)
    except WireError:
        return payload


def _agnes(path: Path, svc: Services | None = None) -> str:
    """Her record's id, read through the copy's services (opened here when not given)."""
    opened = svc or Services.open(path)
    try:
        (hit,) = opened.search.find("Bickart", kinds=("contact",))
        return hit.id.hex
    finally:
        if svc is None:
            opened.close()


def _edit_before_knowing(path: Path, person: str) -> None:
    """A colleague on B, not knowing, changes her title, e-mail and phone (a new row of hers),
    and names her in the agenda of a meeting that did not mention her."""
    conn = connect_raw(path)
    try:
        (meeting,) = conn.execute(
            "SELECT id FROM meeting WHERE agenda NOT LIKE '%Bickart%' ORDER BY title LIMIT 1"
        ).fetchone()
    finally:
        conn.close()
    svc = Services.open(path)
    try:
        values = {"job_title": "Head of training", "email": "agnes.b@example.org",
                  "phone": "+34 600 111 222"}  # fmt: skip
        svc.records.update("contact", uuid.UUID(person), values)
        agenda = "1. Call Agnès Bickart about the course"
        svc.records.update("meeting", uuid.UUID(meeting), {"agenda": agenda})
    finally:
        svc.close()


def _erase_and_sync_all(a: Path, b: Path, c: Path, hubs: dict[Path, str]) -> list[tuple]:
    """A and B hold her data through the hub; A erases her while B, not knowing yet, changes
    her and sends it before A syncs; C joins afterwards; then every copy syncs once more.
    Returns the meetings' counts before."""
    counts = meeting_counts(a)
    _ok("sync", "--db", a, "--hub", hubs[a], "--name", "A")
    _ok("sync", "--db", b, "--hub", hubs[b], "--name", "B")
    agnes = _agnes(b)
    assert found_in(plain_bytes(b))
    svc = Services.open(a)
    try:  # the confirmation says where else she is erased, and where she is not
        plan = Erasure(svc.db).plan(uuid.UUID(agnes))
    finally:
        svc.close()
    assert any("every computer of the team at its next sync" in line for line in plan.removed)
    assert any("does not sync keeps the data" in line for line in plan.kept)
    assert "Erased person" in _ok("erase", agnes, "--db", a)
    _edit_before_knowing(b, agnes)
    _ok("sync", "--db", b)
    assert "about a person erased here arrived" in _ok("sync", "--db", a)
    _ok("sync", "--db", c, "--hub", hubs[c], "--name", "C")
    assert "erased on another computer was erased here too" in _ok("sync", "--db", b)
    for path in (a, c):
        _ok("sync", "--db", path)
    return counts


def _nowhere_on(copies: tuple[Path, ...], counts: list[tuple]) -> None:
    """No copy's file or log holds her name or addresses; counts kept; `check` passes."""
    for path in copies:
        assert found_in(plain_bytes(path)) == [], path.name
        assert meeting_counts(path) == counts, path.name
        assert _run("check", "--db", path).returncode == 0, path.name


def test_an_erasure_reaches_every_copy_and_the_team_folder(tmp_path, sample_template):
    folder = tmp_path / "team-folder"
    folder.mkdir()
    a = copy_database(sample_template, tmp_path / "A.sqlite")
    b, c = tmp_path / "B.sqlite", tmp_path / "C.sqlite"
    counts = _erase_and_sync_all(a, b, c, dict.fromkeys((a, b, c), str(folder)))
    _nowhere_on((a, b, c), counts)
    assert found_in(folder_bytes(folder)) == []
    assert list((folder / "erasures").iterdir())


def test_an_erasure_reaches_every_copy_and_the_postgresql_hub(tmp_path, sample_template, team_hub):
    a = copy_database(sample_template, tmp_path / "A.sqlite")
    b, c = tmp_path / "B.sqlite", tmp_path / "C.sqlite"
    carol = team_hub.member("carol")
    hubs = {a: team_hub.url(team_hub.alice), b: team_hub.url(team_hub.bob), c: team_hub.url(carol)}
    counts = _erase_and_sync_all(a, b, c, hubs)
    _nowhere_on((a, b, c), counts)
    # every row of the hub, those hidden from pulls by a snapshot too, read as the owner
    with team_hub.server.admin(team_hub.dbname) as conn:
        stored = [bytes(r[0]) for r in conn.execute("SELECT payload FROM metrodesk.change_set")]
        stored += [bytes(r[0]) for r in conn.execute("SELECT data FROM metrodesk.snapshot_chunk")]
        erasures = conn.execute("SELECT count(*) FROM metrodesk.erasure").fetchone()[0]
    assert found_in(b"".join(stored + [unseal(s) for s in stored])) == []
    assert erasures == 1


def test_after_an_erasure_every_copy_holds_the_same(tmp_path, sample_template, empty_template):
    """Records, inbox, journal and search index alike on every copy once each has synced, with
    changes about her made on two copies before they knew (so conflicts arose about her)."""
    team = Team(tmp_path, "ABC", template=empty_template)
    team.close()
    copy_database(sample_template, tmp_path / "A.sqlite")
    team = Team(tmp_path, "ABC")
    try:
        team.exchange()
        agnes = uuid.UUID(_agnes(team["A"].path, team["A"]))
        Erasure(team["A"].db).erase(agnes)
        team["B"].records.update(
            "contact", agnes, {"job_title": "Head", "phone": "+34 600 111 222"}
        )
        team["C"].records.update("contact", agnes, {"job_title": "Chief", "city": "Seoul"})
        for name in "BCA":
            team.sync(name)
        team.exchange()
        assert_converged(team)
        assert all(found_in(plain_bytes(svc.path)) == [] for svc in team.copies.values())
        # the two titles set on B and C were a conflict about her: gone from every inbox
        assert all(c.record_id != agnes for svc in team.copies.values()
                   for c in svc.sync.inbox.list())  # fmt: skip
    finally:
        team.close()


KILLS = int(os.environ.get("METRODESK_ERASURE_KILLS", "5"))


def test_syncs_killed_while_an_erasure_travels_are_completed_by_the_next(
    tmp_path, sample_template, empty_template
):
    """A's sync after the erasure (applying, sending, erasing again what arrived, rewriting the
    folder's files and snapshots) killed with SIGKILL at random moments, each time from the
    same start: the file is sound, and the next syncs leave her nowhere."""
    from test_sync_kill import CTX, _sync

    team = Team(tmp_path, "AB", template=empty_template)
    team.close()
    copy_database(sample_template, tmp_path / "A.sqlite")
    team = Team(tmp_path, "AB")
    try:
        team.exchange()
        agnes = uuid.UUID(_agnes(team["A"].path, team["A"]))
        Erasure(team["A"].db).erase(agnes)
        agenda = {"agenda": "Call Agnès Bickart"}
        team["B"].records.update("meeting", _a_meeting(team["B"].path), agenda)
        team.sync("B")
    finally:
        team.close()
    start = tmp_path / "start"
    shutil.copytree(tmp_path, start, ignore=shutil.ignore_patterns("start", "xdg-*"))
    rng = random.Random(20261203)
    span, steps, where = 0.0, tmp_path / "steps.txt", Counter[str]()
    for _trial in range(KILLS):
        _put_back(start, tmp_path)  # the same files (same inodes): the same copies
        child = CTX.Process(target=_sync, args=(str(tmp_path / "A.sqlite"), "A", str(steps)))
        begun = time.monotonic()
        child.start()
        child.join(timeout=rng.uniform(0.0, span) if span else None)
        if child.is_alive():
            os.kill(child.pid, signal.SIGKILL)
            child.join()
        span = span or 1.1 * (time.monotonic() - begun)
        noted = steps.read_text().strip().splitlines() if steps.exists() else ["Starting"]
        where[noted[-1]] += 1
        assert check_database(tmp_path / "A.sqlite").ok
        team = Team(tmp_path, "AB")
        try:
            team.exchange()
        finally:
            team.close()
        for name in "AB":
            assert found_in(plain_bytes(tmp_path / f"{name}.sqlite")) == [], (name, noted[-1])
        assert found_in(folder_bytes(tmp_path / "team-folder")) == [], noted[-1]
    print(f"erasure sync kills: {KILLS}, killed during: {dict(where)}")


def _a_meeting(path: Path) -> uuid.UUID:
    conn = connect_raw(path)
    try:
        return uuid.UUID(conn.execute("SELECT id FROM meeting ORDER BY title").fetchone()[0])
    finally:
        conn.close()


def _put_back(start: Path, here: Path) -> None:
    for name in ("A.sqlite", "B.sqlite"):
        for extra in ("-wal", "-shm"):
            (here / f"{name}{extra}").unlink(missing_ok=True)
        shutil.copyfile(start / name, here / name)
    shutil.rmtree(here / "team-folder")
    shutil.copytree(start / "team-folder", here / "team-folder")
