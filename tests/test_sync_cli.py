"""The sync contract end to end: three `metrodesk` processes, three database files, one folder.

DESIGN.md: `metrodesk sync --db PATH [--hub FOLDER]` (the first with --hub joins and remembers;
a --db that does not exist is created and filled from the hub; the last line of stdout is
`sent N changes, received M changes, K conflicts`) and `metrodesk conflicts --db PATH` (one
open conflict per line, tab-separated: kind, record UUID, field, value kept, value set aside;
exit 0 either way).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

from openpyxl import load_workbook

from metrodesk.data.backup import copy_key_file
from metrodesk.services.facade import Services

SUMMARY = re.compile(r"^sent (\d+) changes, received (\d+) changes, (\d+) conflicts$")


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
    )


def _sync(db: Path, *extra: str | Path) -> tuple[int, int, int]:
    done = _run("sync", "--db", db, *extra)
    assert done.returncode == 0, done.stderr
    last = done.stdout.strip().splitlines()[-1]
    match = SUMMARY.match(last)
    assert match, last
    return int(match[1]), int(match[2]), int(match[3])


def _edit_contact(db: Path, family: str, field: str, value: str) -> None:
    """A colleague's edit on that copy (through the services the app uses; the file is closed
    again before the next process opens it)."""
    svc = Services.open(db)
    try:
        (hit,) = [h for h in svc.search.find(family, kinds=("contact",))]
        svc.records.update("contact", hit.id, {field: value})
    finally:
        svc.close()


def _cells(book_path: Path) -> dict[str, list[tuple]]:
    book = load_workbook(book_path, read_only=True)
    return {
        sheet.title: sorted(tuple(r) for r in sheet.iter_rows(min_row=2, values_only=True))
        for sheet in book.worksheets
    }


def test_three_processes_converge_through_one_folder_with_the_conflict_in_each_inbox(
    tmp_path, sample_path
):
    folder = tmp_path / "team"
    folder.mkdir()
    a, b, c = (tmp_path / f"{n}.sqlite" for n in "abc")
    shutil.copyfile(sample_path, a)  # what `metrodesk demo` makes
    copy_key_file(sample_path, a)  # (its key file too, in the encrypted run)
    a.chmod(0o600)
    # the first copy starts the team; two new colleagues' copies fill from the folder
    sent, _, _ = _sync(a, "--hub", folder, "--name", "Barcelona desk")
    assert sent == 1
    assert _sync(b, "--hub", folder, "--name", "Seoul laptop") == (0, 1, 0)
    assert _sync(c, "--hub", folder, "--name", "Paris office")[:2] == (0, 1)
    # the same field changed on two copies, another field on the third
    _edit_contact(a, "Bickart", "job_title", "Director of training")
    _edit_contact(b, "Bickart", "job_title", "Training manager (acting)")
    _edit_contact(c, "Bickart", "city", "Seoul")
    for db in (a, b, c, a, b):  # later syncs need no --hub: it was remembered
        _sync(db)
    # every copy lists the same one conflict
    lines = {db: _run("conflicts", "--db", db) for db in (a, b, c)}
    assert all(done.returncode == 0 for done in lines.values())
    (line,) = {done.stdout for done in lines.values()}
    kind, record, field, kept, aside = line.rstrip("\n").split("\t")
    assert (kind, field) == ("contact", "job_title")
    assert re.fullmatch(r"[0-9a-f-]{36}", record)
    assert {kept, aside} == {"Director of training", "Training manager (acting)"}
    # and every copy exports the same workbook, with both the kept title and the new city
    exports = []
    for db in (a, b, c):
        out = tmp_path / f"{db.stem}-all.xlsx"
        assert _run("export", "all", "--db", db, "-o", out).returncode == 0
        exports.append(_cells(out))
        assert _run("check", "--db", db).returncode == 0
    assert exports[0] == exports[1] == exports[2]
    contacts = exports[0]["Contacts"]
    assert any(kept in row and "Seoul" in row for row in contacts)


def test_conflicts_on_a_copy_without_any_exits_0_and_prints_nothing(sample_path):
    done = _run("conflicts", "--db", sample_path)
    assert (done.returncode, done.stdout) == (0, "")


def test_bad_sync_requests_say_why_in_one_line_and_leave_no_file(tmp_path):
    missing = tmp_path / "new.sqlite"
    done = _run("sync", "--db", missing)
    assert done.returncode != 0 and "--hub" in done.stderr
    done = _run("sync", "--db", missing, "--hub", tmp_path / "no-such-folder")
    assert done.returncode != 0 and len(done.stderr.strip().splitlines()) == 1
    assert "cannot be found" in done.stderr
    assert list(tmp_path.iterdir()) == []  # nor the record of its opening checks
    done = _run("conflicts", "--db", missing)
    assert done.returncode != 0 and "no database" in done.stderr
    assert not missing.exists()


def test_sync_never_makes_a_copy_of_an_empty_file_or_a_folder(tmp_path):
    folder = tmp_path / "team"
    folder.mkdir()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    done = _run("sync", "--db", empty, "--hub", folder)
    assert done.returncode != 0 and "empty file" in done.stderr
    assert empty.stat().st_size == 0 and list(folder.iterdir()) == []
    done = _run("sync", "--db", folder, "--hub", folder)
    assert done.returncode != 0 and "is a folder" in done.stderr
    assert list(folder.iterdir()) == []
