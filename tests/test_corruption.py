"""500 damaged files: flipped bytes, truncations, other file types. Never a crash, always
detected, and a refused file is never modified.

"Detected" means one of: `Database.open` refuses it (DatabaseOpenError, file untouched), or it
opens but `check_database` (full integrity_check + foreign_key_check) reports it, or both
accept it, which happens only when the damage hit record payload that no check can see (a
letter in a name): then every record of every kind must still read through the services
without an error escaping.
"""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import zipfile
from collections import Counter
from pathlib import Path

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
        try:
            classes[f"{how}: {_case(path)}"] += 1
        except Exception as exc:
            crashes.append(f"{how} #{n}: {type(exc).__name__}: {exc}")
    print()
    for name, count in sorted(classes.items()):
        print(f"{count:4d}  {name}")
    assert sum(classes.values()) + len(crashes) == 500
    assert crashes == [], f"{len(crashes)} crashes:\n" + "\n".join(crashes[:20])
