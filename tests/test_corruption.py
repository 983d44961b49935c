"""500 damaged files: flipped bytes, truncations, other file types. Never a crash, always
detected, and a refused file is never modified.

"Detected" means one of: `Database.open` refuses it (DatabaseOpenError, file untouched), or it
opens but `check_database` (full integrity_check + foreign_key_check) reports it, or both
accept it, which happens only when the damage hit record payload that no check can see (a
letter in a name): then every record of every kind must still read through the services
without an error escaping.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import random
import sqlite3
import zipfile
from collections import Counter
from pathlib import Path

from metrodesk.data.backup import copy_key_file
from metrodesk.data.crypto import keys
from metrodesk.data.crypto.driver import DATABASE_ERRORS, connect
from metrodesk.data.database import Database
from metrodesk.data.errors import DamagedValue, DatabaseOpenError
from metrodesk.services.errors import ServiceError
from metrodesk.services.facade import Services
from metrodesk.services.storage.maintenance import check_database

SEED = 20261123
FLIPS, TRUNCATIONS, OTHER_TYPES = 300, 100, 100
KINDS = ("contact", "organisation", "member_city", "training_centre", "meeting", "action_item")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _flipped(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.choice((1, 1, 2, 4, 16, 64))):
        at = rng.randrange(len(out))
        out[at] ^= rng.randrange(1, 256)
    return bytes(out)


def _truncated(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(0, len(data))]


def _other_type(rng: random.Random, data: bytes, tmp: Path, n: int) -> bytes:
    kind = n % 5
    if kind == 0:  # a zip (an .xlsx is one)
        target = tmp / f"other{n}.zip"
        with zipfile.ZipFile(target, "w") as z:
            z.writestr("xl/workbook.xml", "<workbook/>" * rng.randrange(1, 50))
        return target.read_bytes()
    if kind == 1:  # text: a CSV export
        return ("name,e-mail\n" + "Agnès,a@b.org\n" * rng.randrange(1, 500)).encode()
    if kind == 2:  # random bytes
        return rng.randbytes(rng.randrange(1, 200_000))
    if kind == 3:  # another program's SQLite file
        target = tmp / f"other{n}.sqlite"
        with sqlite3.connect(target) as conn:
            conn.execute(f"CREATE TABLE t{n} (x)")
            conn.executemany(f"INSERT INTO t{n} VALUES (?)", [(i,) for i in range(n)])
        conn.close()
        return target.read_bytes()
    # an SQLite header followed by garbage
    return b"SQLite format 3\x00" + rng.randbytes(rng.randrange(0, 100_000))


def _read_everything(path: Path) -> None:
    svc = Services(Database.open(path))
    try:
        for kind in KINDS:
            offset = 0
            while rows := svc.lists.page(kind, offset=offset, limit=500):
                for row in rows:
                    svc.records.get(kind, row.id)
                offset += len(rows)
        svc.dashboard.snapshot()
        svc.history.state()
        svc.search.find("a")
    finally:
        svc.close()


def _case(path: Path) -> str:
    """The class of one damaged file; raises on a crash or a modified refused file."""
    before = _digest(path)
    try:
        Database.open(path).close()
    except DatabaseOpenError:
        assert _digest(path) == before, "a refused file was modified"
        return "refused at open"
    report = check_database(path)
    if not report.ok:
        assert report.reason
        return "opened, reported by the check"
    try:
        _read_everything(path)
    except (ServiceError, DamagedValue):
        return "payload only, a clear error when read"
    return "payload only, reads without error"


def test_500_damaged_files_are_all_detected_and_never_crash(
    sample_path: Path, tmp_path: Path
) -> None:
    rng = random.Random(SEED)
    original = sample_path.read_bytes()
    classes: Counter[str] = Counter()
    crashes: list[str] = []
    cases = (
        [("flip", n) for n in range(FLIPS)]
        + [("truncate", n) for n in range(TRUNCATIONS)]
        + [("other type", n) for n in range(OTHER_TYPES)]
    )
    for how, n in cases:
        if how == "flip":
            data = _flipped(rng, original)
        elif how == "truncate":
            data = _truncated(rng, original)
        else:
            data = _other_type(rng, original, tmp_path, n)
        path = tmp_path / "case.sqlite"
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.write_bytes(data)
        os.chmod(path, 0o600)
        # an encrypted sample's damaged copy keeps its key file: damage, not a missing key
        copy_key_file(sample_path, path)
        try:
            classes[f"{how}: {_case(path)}"] += 1
        except Exception as exc:
            crashes.append(f"{how} #{n}: {type(exc).__name__}: {exc}")
    print()
    for name, count in sorted(classes.items()):
        print(f"{count:4d}  {name}")
    assert sum(classes.values()) + len(crashes) == 500
    assert crashes == [], f"{len(crashes)} crashes:\n" + "\n".join(crashes[:20])


SILENT_FLIPS = 50


def _silently_flipped(rng: random.Random, original: bytes, path: Path) -> None:
    """Bytes flipped in place, the file's size and time left as they were: what a decaying
    disk does to a file MetroDesk closed cleanly, and the one damage only a full check finds."""
    before = path.stat()
    path.write_bytes(_flipped(rng, original))
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))


def _quick_check_finds(path: Path) -> bool:
    """Whether the open's full check (quick_check, every page) finds damage in `path`."""
    conn = None
    try:
        conn = connect(f"file:{path}?immutable=1", keys.key_for(path), uri=True)
        conn.text_factory = bytes
        return conn.execute("PRAGMA quick_check(1)").fetchone()[0] != b"ok"
    except DATABASE_ERRORS:
        return True
    finally:
        if conn is not None:
            conn.close()


def test_silent_damage_behind_a_clean_close_is_found_by_the_weekly_check(
    sample_path: Path, tmp_path: Path
) -> None:
    """Opens within the week read no more than the cheap checks do (open_checks.py): damage of
    a cleanly closed file that left its time and size alone opens (its records read, or say
    clearly that they cannot), and the weekly full check refuses it, untouched."""
    from metrodesk.data import open_checks

    rng = random.Random(SEED + 1)
    original = sample_path.read_bytes()
    classes: Counter[str] = Counter()
    path = tmp_path / "silent.sqlite"
    for n in range(SILENT_FLIPS):
        for suffix in ("", "-wal", "-shm", ".lock", ".state"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        path.write_bytes(original)
        os.chmod(path, 0o600)
        copy_key_file(sample_path, path)
        Database.open(path).close()  # checked in full and closed cleanly: recorded
        _silently_flipped(rng, original, path)
        try:
            Database.open(path).close()
        except DatabaseOpenError:
            classes["refused at open by the cheap checks"] += 1
            continue
        with contextlib.suppress(ServiceError, DamagedValue):  # every record, or a clear error
            _read_everything(path)
        if not _quick_check_finds(path):
            found = "`check` finds it" if not check_database(path).ok else "payload only"
            classes[f"opened, as it would with a full check at open: {found}"] += 1
            continue
        # a week later, the open checks in full: refused, and left as it was
        record = json.loads(open_checks.state_path(path).read_text())
        record["checked_at"] = "2000-01-01T00:00:00+00:00"
        open_checks.state_path(path).write_text(json.dumps(record))
        before = _digest(path)
        try:
            Database.open(path).close()
        except DatabaseOpenError:
            assert _digest(path) == before, f"case {n}: a refused file was modified"
            classes["opened on the cheap checks, refused by the weekly check"] += 1
        else:
            raise AssertionError(f"case {n}: the weekly check let a damaged file open")
    print()
    for name, count in sorted(classes.items()):
        print(f"{count:4d}  {name}")
    assert sum(classes.values()) == SILENT_FLIPS
