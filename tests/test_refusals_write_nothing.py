"""A refused file is left exactly as it was; a command that only reads creates nothing
(issue 18, item 4).

A foreign SQLite file that happened to hold a table named `alembic_version` was switched to
WAL mode before being refused, and an empty file named by `--db` became a database. Here every
refusal is checked on the file's bytes, its mode and its folder's listing (no -wal, -shm or
lock file appears beside it).
"""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import connect_raw

from metrodesk.cli import main as cli_main
from metrodesk.data.database import Database
from metrodesk.data.errors import DatabaseOpenError
from metrodesk.services.storage.maintenance import backup

Maker = Callable[[Path, Path], Path]


def foreign_with_alembic(tmp: Path, sample: Path) -> Path:
    path = tmp / "other-program.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES ('1a2b3c')")
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.close()
    return path


def foreign_in_wal_mode(tmp: Path, sample: Path) -> Path:
    path = tmp / "wal-program.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.close()
    return path


def newer_metrodesk(tmp: Path, sample: Path) -> Path:
    path = tmp / "newer.sqlite"
    backup(sample, path)
    with connect_raw(path) as conn:
        conn.execute("PRAGMA journal_mode=WAL")  # as MetroDesk's own files are
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    return path


def empty_file(tmp: Path, sample: Path) -> Path:
    path = tmp / "empty.sqlite"
    path.touch()
    path.chmod(0o644)
    return path


REFUSED: list[Maker] = [foreign_with_alembic, foreign_in_wal_mode, newer_metrodesk, empty_file]


def state(path: Path) -> tuple[object, ...]:
    listing = tuple(sorted(p.name for p in path.parent.iterdir()))
    mode = stat.S_IMODE(path.stat().st_mode)
    return listing, mode, hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("make", REFUSED[:3], ids=lambda f: f.__name__)
def test_opening_refuses_without_writing(sample_path: Path, tmp_path: Path, make: Maker) -> None:
    place = tmp_path / "place"
    place.mkdir()
    path = make(place, sample_path)
    before = state(path)

    with pytest.raises(DatabaseOpenError) as refused:
        Database.open(path)

    assert state(path) == before
    expected = "newer" if make is newer_metrodesk else "another program"
    assert expected in str(refused.value)


def test_another_programs_alembic_file_is_not_called_a_newer_metrodesk(
    sample_path: Path, tmp_path: Path
) -> None:
    with pytest.raises(DatabaseOpenError, match="another program"):
        Database.open(foreign_with_alembic(tmp_path, sample_path))


READING_COMMANDS = [
    ["export", "contacts", "-o", "{out}/x.xlsx"],
    ["export", "contacts", "-o", "{out}/x.csv"],
    ["report", "membership", "-o", "{out}/r.xlsx"],
    ["check"],
    ["backup", "-o", "{out}/b.sqlite"],
    ["import", "{book}"],
    ["import", "{book}", "--dry-run"],
]


@pytest.fixture
def workbook(sample_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "book.xlsx"
    assert cli_main(["--db", str(sample_path), "export", "contacts", "-o", str(out)]) == 0
    return out


@pytest.mark.parametrize("make", REFUSED, ids=lambda f: f.__name__)
@pytest.mark.parametrize("args", READING_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_commands_refuse_in_one_line_and_change_nothing(
    sample_path: Path, tmp_path: Path, workbook: Path, make: Maker, args: list[str], capsys
) -> None:
    place = tmp_path / "place"
    out = tmp_path / "out"
    place.mkdir()
    out.mkdir()
    path = make(place, sample_path)
    before = state(path)
    capsys.readouterr()

    status = cli_main(["--db", str(path)] + [a.format(out=out, book=workbook) for a in args])

    err = capsys.readouterr().err
    assert status == 1
    assert err.count("\n") == 1 and "Traceback" not in err, err
    assert state(path) == before
    assert list(out.iterdir()) == []


def test_a_database_reached_by_a_symbolic_link_is_read_through_it(
    sample_path: Path, tmp_path: Path, capsys
) -> None:
    link = tmp_path / "shortcut.sqlite"
    link.symlink_to(sample_path)

    assert cli_main(["--db", str(link), "check"]) == 0
    assert cli_main(["--db", str(link), "export", "contacts", "-o", str(tmp_path / "c.xlsx")]) == 0
    assert "result: sound" in capsys.readouterr().out


def test_a_new_database_has_the_tables_that_tell_it_is_ours(db_path: Path) -> None:
    from metrodesk.data.opening import OWN_TABLES

    with connect_raw(db_path) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert tables >= OWN_TABLES
