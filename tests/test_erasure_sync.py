"""An erasure travels through sync as an erasure (#14): erasing Agnès Bickart on one copy
scrubs every copy's file and history, the copies that join afterwards and the team folder,
even of changes made about her on another copy before it knew. Real files, real processes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import copy_database
from test_erasure import meeting_counts, plain_bytes

from metrodesk.services.facade import Services
from metrodesk.services.sync.folder import CHANGE_MAGIC
from metrodesk.services.sync.wire import unseal

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
            out.append(unseal(raw.split(b"\n", 2)[2]))
        elif path.suffix == ".mds":
            manifest = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
            at = 0
            for size, _digest in manifest["chunks"]:
                out.append(unseal(raw[at : at + size]))
                at += size
    return b"".join(out)


def _agnes(path: Path) -> str:
    svc = Services.open(path)
    try:
        (hit,) = svc.search.find("Bickart", kinds=("contact",))
        return hit.id.hex
    finally:
        svc.close()


def _edit_before_knowing(path: Path, person: str) -> None:
    """A colleague on B changes her title, e-mail and phone (a new row of hers), not knowing."""
    import uuid

    svc = Services.open(path)
    try:
        values = {"job_title": "Head of training", "email": "agnes.b@example.org",
                  "phone": "+34 600 111 222"}  # fmt: skip
        svc.records.update("contact", uuid.UUID(person), values)
    finally:
        svc.close()


def test_an_erasure_reaches_every_copy_and_the_team_folder(tmp_path, sample_template):
    folder = tmp_path / "team-folder"
    folder.mkdir()
    a = copy_database(sample_template, tmp_path / "A.sqlite")
    b, c = tmp_path / "B.sqlite", tmp_path / "C.sqlite"
    counts = meeting_counts(a)
    # given A and B holding her data through the team folder
    _ok("sync", "--db", a, "--hub", folder, "--name", "A")
    _ok("sync", "--db", b, "--hub", folder, "--name", "B")
    agnes = _agnes(b)
    assert found_in(plain_bytes(b)) and found_in(folder_bytes(folder))
    # when A erases her, and B, not knowing yet, changes her and sends it before A syncs
    assert "Erased person" in _ok("erase", agnes, "--db", a)
    _edit_before_knowing(b, agnes)
    _ok("sync", "--db", b)
    _ok("sync", "--db", a)
    # and C joins the team afterwards, then every copy syncs once more
    _ok("sync", "--db", c, "--hub", folder, "--name", "C")
    for path in (b, a, c):
        _ok("sync", "--db", path)
    # then no copy's file or log, and no file of the team folder, holds her name or addresses
    for path in (a, b, c):
        assert found_in(plain_bytes(path)) == [], path.name
        assert meeting_counts(path) == counts, path.name
        assert _run("check", "--db", path).returncode == 0, path.name
    assert found_in(folder_bytes(folder)) == []
    assert list((folder / "erasures").iterdir())
