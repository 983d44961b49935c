"""`metrodesk` on an encrypted database, as a script sees it: every command with the right
passphrase, a wrong one and none; `encrypt` and `decrypt` killed at random moments."""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import connect_raw

from metrodesk.data.crypto import envelope as envelopes
from metrodesk.data.crypto import keys
from metrodesk.data.database import Database
from metrodesk.services.facade import Services
from metrodesk.services.meetings.sealed_files import folder_of, read_plain
from metrodesk.services.privacy.protection import protect, unprotect
from metrodesk.services.sample.demo import load_demo
from metrodesk.services.storage.maintenance import check_database

PASSPHRASE = "correct horse battery"
#: SIGKILLs during `encrypt` and during `decrypt` each (more: METRODESK_ENCRYPT_KILLS)
KILLS = int(os.environ.get("METRODESK_ENCRYPT_KILLS", "6"))
NO_KEYCHAIN = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}


def metrodesk(*args: object, env: dict[str, str | None]) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env}
    result = subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={k: v for k, v in full.items() if v is not None},
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("metrodesk: "), result.stderr
    return lines[0]


def digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".lock")
    }


@pytest.fixture
def protected(sample_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(keys.PASSPHRASE_VARIABLE, raising=False)
    if keys.is_encrypted(sample_path):
        unprotect(sample_path, None)
    protect(sample_path, PASSPHRASE)
    return sample_path


def commands(db: Path, out: Path) -> dict[str, list[object]]:
    workbook = out / "in.xlsx"
    return {
        "check": ["check", "--db", db],
        "export": ["export", "contacts", "--db", db, "-o", out / "c.xlsx"],
        "report": ["report", "membership", "--db", db, "-o", out / "r.xlsx"],
        "backup": ["backup", "--db", db, "-o", out / "b.sqlite"],
        "import": ["import", workbook, "--db", db, "--dry-run"],
        "restore": ["restore", db.parent / "backups" / "copy.sqlite", "--db", db],
        "passphrase": ["passphrase", "--db", db],
        "decrypt": ["decrypt", "--db", db],
        "encrypt": ["encrypt", "--db", db],
    }


@pytest.mark.parametrize("name", list(commands(Path("x"), Path("y"))))
def test_each_command_with_the_right_wrong_and_no_passphrase(name, protected, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    args = commands(protected, out)[name]
    right = {keys.PASSPHRASE_VARIABLE: PASSPHRASE, **NO_KEYCHAIN}
    if name == "import":
        export = ["export", "contacts", "--db", protected, "-o", out / "in.xlsx"]
        assert metrodesk(*export, env=right).returncode == 0
    if name == "restore":
        copy = protected.parent / "backups" / "copy.sqlite"
        assert metrodesk("backup", "--db", protected, "-o", copy, env=right).returncode == 0
    before = digests(protected.parent)
    made = set(out.iterdir())
    # a wrong passphrase: one line, nothing written anywhere
    wrong = one_line(metrodesk(*args, env={keys.PASSPHRASE_VARIABLE: "not it at all"}))
    assert ("already protected" if name == "encrypt" else "does not open") in wrong
    # no passphrase and no keychain: one line naming the variable, nothing written
    refused = one_line(metrodesk(*args, env={keys.PASSPHRASE_VARIABLE: None, **NO_KEYCHAIN}))
    assert ("already protected" if name == "encrypt" else "METRODESK_PASSPHRASE") in refused
    assert digests(protected.parent) == before and set(out.iterdir()) == made
    # the right one: done
    env = {**right, "METRODESK_NEW_PASSPHRASE": "another good passphrase"}
    result = metrodesk(*args, env=env)
    if name == "encrypt":
        assert "already protected" in one_line(result)
    else:
        assert result.returncode == 0, result.stderr


# ---------------------------------------------------------------------------------------------
# killed while converting


@pytest.fixture(scope="module")
def larger(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A plain database large enough (~20 MB) for a conversion to take a while."""
    path = tmp_path_factory.mktemp("larger") / "larger.sqlite"
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv(keys.ENCRYPT_NEW_VARIABLE, raising=False)
        db = Database.open(path)
        load_demo(db, size=2500)
        _attach_files(Services(db), path.parent)
        db.close()
    return path


def _attach_files(svc: Services, scratch: Path, count: int = 40) -> None:
    """Attached files beside the database, converted along with it (#14)."""
    meeting = svc.records.create("meeting", {"title": "Files", "starts_at": "2026-12-01 10:00"})
    for n in range(count):
        source = scratch / f"file{n}.bin"
        source.write_bytes(os.urandom(100_000) + b"Bickart")
        svc.attachments.add(meeting, source)
        source.unlink()


def attachments_sound(target: Path) -> bool:
    """Every attached file opens (plain, or sealed with the key the database opens with) to
    the file its name is the checksum of: old or new form, never a part."""
    key = keys.key_for(target)
    # a kill between writing a file's new form and its rename leaves that temporary file
    # beside the old form, which is still whole
    stored = [p for p in folder_of(target).iterdir() if not p.name.startswith(".converting-")]
    for each in stored:
        plain = read_plain(each, each.name, key)
        if hashlib.sha256(plain).hexdigest() != each.name:
            return False
    return len(stored) == 40


def contents(path: Path) -> dict[str, int]:
    conn = connect_raw(path)
    try:
        query = "SELECT name FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE V%'"
        tables = [r[0] for r in conn.execute(query)]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def copy_in(source: Path, folder: Path) -> Path:
    folder.mkdir()
    for each in (source, envelopes.key_file(source)):
        if each.exists():
            (folder / each.name).write_bytes(each.read_bytes())
            os.chmod(folder / each.name, 0o600)
    if folder_of(source).is_dir():
        shutil.copytree(folder_of(source), folder_of(folder / source.name))
    return folder / source.name


def kill_at_random(args: list[object], seconds: float) -> int | None:
    """Start `metrodesk ARGS`, SIGKILL it after up to `seconds`; its exit status if it ended."""
    env = {**os.environ, keys.PASSPHRASE_VARIABLE: PASSPHRASE}
    proc = subprocess.Popen([sys.executable, "-m", "metrodesk", *map(str, args)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    time.sleep(random.uniform(0.0, seconds))
    proc.send_signal(signal.SIGKILL)
    return proc.wait() if proc.returncode is None else proc.returncode


@pytest.mark.parametrize("command", ["encrypt", "decrypt"])
def test_a_kill_during_a_conversion_leaves_the_old_or_the_new_file(
    command, larger, tmp_path, monkeypatch
):
    # given the database in the state the command starts from
    monkeypatch.setenv(keys.PASSPHRASE_VARIABLE, PASSPHRASE)
    start = copy_in(larger, tmp_path / "start")
    if command == "decrypt":
        protect(start, PASSPHRASE)
    expected = contents(start)
    # timed once, so that kills fall anywhere between start and end
    timing = copy_in(start, tmp_path / "timing")
    began = time.monotonic()
    assert metrodesk(command, "--db", timing, env={}).returncode == 0
    duration = time.monotonic() - began
    seen = {"old": 0, "new": 0}
    for trial in range(KILLS):
        target = copy_in(start, tmp_path / f"trial{trial}")
        kill_at_random([command, "--db", target], duration * 1.2)
        # then the file is whole, in one state or the other, with every row
        encrypted = keys.is_encrypted(target)
        report = check_database(target)
        assert report.ok, (trial, report.lines)
        assert contents(target) == expected
        assert attachments_sound(target), trial
        seen["new" if encrypted == (command == "encrypt") else "old"] += 1
        for suffix in ("-wal",):
            side = target.with_name(target.name + suffix)
            assert not side.exists() or side.stat().st_size == 0
    print(f"{command}: {seen}")
