"""The `metrodesk` command as other programs see it: a real process, its exit status and
output (DESIGN.md, "Interfaces other programs and checks rely on")."""

from __future__ import annotations

import hashlib
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
from conftest import connect_raw

from metrodesk import cli, paths
from metrodesk.services.facade import Services

CONTRACT_SHEETS = {
    "Contacts",
    "Organisations",
    "Member cities",
    "Training",
    "Meetings",
    "Action items",
}


def metrodesk(
    *args: str | Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(
        [sys.executable, "-m", "metrodesk", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **(env or {})},
    )
    assert "Traceback" not in result.stdout + result.stderr
    return result


def failed(result: subprocess.CompletedProcess[str], status: int | None = None) -> str:
    """The one line a failure must print; checks there is exactly one."""
    assert result.returncode != 0
    if status is not None:
        assert result.returncode == status
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("metrodesk: ")
    return lines[0]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def live_contacts(path: Path) -> int:
    svc = Services.open(path)
    try:
        return svc.lists.count("contact")
    finally:
        svc.close()


def damage_table(db: Path) -> Path:
    with connect_raw(db) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'contact'").fetchone()[
            0
        ]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(page - 1) * 4096 : page * 4096] = b"\xa5" * 4096
    db.write_bytes(bytes(data))
    return db


def truncate(db: Path) -> Path:
    db.write_bytes(db.read_bytes()[:20_000])
    return db


def text_file(db: Path) -> Path:
    db.write_text("not a database\n")
    return db


# ---------------------------------------------------------------------------------------------
# demo


def test_demo_creates_a_private_sample_database(tmp_path: Path) -> None:
    db = tmp_path / "new" / "demo.sqlite"

    result = metrodesk("demo", "--db", db, "--size", "25")

    assert result.returncode == 0, result.stderr
    assert len(result.stdout.splitlines()) == 1 and "contacts" in result.stdout
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert live_contacts(db) >= 25


def test_demo_refuses_a_database_that_holds_data(sample_path: Path) -> None:
    before = live_contacts(sample_path)

    line = failed(metrodesk("demo", "--db", sample_path))

    assert "already holds data" in line
    assert live_contacts(sample_path) == before


# ---------------------------------------------------------------------------------------------
# export


def test_export_all_writes_the_contract_workbook(sample_path: Path, tmp_path: Path) -> None:
    target = tmp_path / "report.xlsx"

    result = metrodesk("export", "all", "--db", sample_path, "-o", target)

    assert result.returncode == 0, result.stderr
    wb = openpyxl.load_workbook(target, read_only=True)
    assert set(wb.sheetnames) >= CONTRACT_SHEETS
    emails = [row[5] for row in wb["Contacts"].iter_rows(min_row=2, values_only=True)]
    assert "abickart@metropolis.org" in emails
    wb.close()


@pytest.mark.parametrize("kind", ["contacts", "cities", "actions"])
def test_export_one_kind(sample_path: Path, tmp_path: Path, kind: str) -> None:
    target = tmp_path / f"{kind}.xlsx"

    assert metrodesk("export", kind, "--db", sample_path, "-o", target).returncode == 0

    assert target.exists()


def test_export_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite"

    line = failed(metrodesk("export", "all", "--db", missing, "-o", tmp_path / "out.xlsx"))

    assert "no database at" in line and "typo.sqlite" in line
    assert not missing.exists()
    assert not (tmp_path / "out.xlsx").exists()


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["export", "everything"], "unknown export"),
        (["export", "all", "-o", "{tmp}/no/such/folder/out.xlsx"], "no folder"),
        (["export", "all", "-o", "{tmp}/out.csv"], ".xlsx"),
    ],
)
def test_export_errors_are_one_line(
    sample_path: Path, tmp_path: Path, args: list[str], expected: str
) -> None:
    filled = [a.format(tmp=tmp_path) for a in args]
    if "-o" not in filled:
        filled += ["-o", str(tmp_path / "out.xlsx")]

    line = failed(metrodesk(*filled, "--db", sample_path))

    assert expected in line
    assert not list(tmp_path.glob("*.xlsx"))


def test_export_of_a_damaged_database_fails_and_leaves_it_alone(
    sample_path: Path, tmp_path: Path
) -> None:
    text_file(sample_path)
    before = sha256(sample_path)

    line = failed(metrodesk("export", "all", "--db", sample_path, "-o", tmp_path / "x.xlsx"))

    assert "not a MetroDesk database" in line
    assert sha256(sample_path) == before


# ---------------------------------------------------------------------------------------------
# check, backup, restore


def test_check_passes_a_sound_database(sample_path: Path) -> None:
    result = metrodesk("check", "--db", sample_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "result: sound"


@pytest.mark.parametrize("spoil", [damage_table, truncate, text_file], ids=lambda f: f.__name__)
def test_check_fails_a_damaged_copy_without_touching_it(
    sample_path: Path, spoil: Callable[[Path], Path]
) -> None:
    spoil(sample_path)
    before = sha256(sample_path)
    files = sorted(p.name for p in sample_path.parent.iterdir())

    line = failed(metrodesk("check", "--db", sample_path))

    assert "failed the check" in line
    assert sha256(sample_path) == before
    assert sorted(p.name for p in sample_path.parent.iterdir()) == files


def test_check_of_a_missing_database_does_not_create_it(tmp_path: Path) -> None:
    line = failed(metrodesk("check", "--db", tmp_path / "missing.sqlite"))

    assert "no database at" in line
    assert not (tmp_path / "missing.sqlite").exists()


def test_backup_then_restore_brings_back_deleted_data(sample_path: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    before = live_contacts(sample_path)
    assert metrodesk("backup", "--db", sample_path, "-o", saved).returncode == 0
    svc = Services.open(sample_path)
    svc.records.delete("contact", svc.lists.page("contact", limit=1)[0].id)
    svc.close()

    result = metrodesk("restore", saved, "--db", sample_path)

    assert result.returncode == 0, result.stderr
    assert live_contacts(sample_path) == before
    assert "previous file is kept" in result.stdout
    assert any(paths.backup_dir(sample_path).iterdir())


def test_restore_refuses_a_damaged_backup(sample_path: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.sqlite"
    assert metrodesk("backup", "--db", sample_path, "-o", saved).returncode == 0
    damage_table(saved)
    before = sha256(sample_path)

    line = failed(metrodesk("restore", saved, "--db", sample_path))

    assert "cannot restore" in line
    assert sha256(sample_path) == before


def test_backup_of_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    line = failed(
        metrodesk("backup", "--db", tmp_path / "gone.sqlite", "-o", tmp_path / "b.sqlite")
    )

    assert "no database at" in line
    assert not (tmp_path / "gone.sqlite").exists() and not (tmp_path / "b.sqlite").exists()


# ---------------------------------------------------------------------------------------------
# import


def test_import_dry_run_and_apply(sample_path: Path, tmp_path: Path) -> None:
    workbook = tmp_path / "all.xlsx"
    assert metrodesk("export", "all", "--db", sample_path, "-o", workbook).returncode == 0
    wb = openpyxl.load_workbook(workbook)
    wb["Organisations"].append([None, "UN-Habitat", "", "partner institution"])
    wb.save(workbook)

    dry = metrodesk("import", workbook, "--db", sample_path, "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "Organisations: 1 new" in dry.stdout and "Dry run" in dry.stdout

    applied = metrodesk("import", workbook, "--db", sample_path)
    assert applied.returncode == 0, applied.stderr
    svc = Services.open(sample_path)
    assert svc.lists.count("organisation", "UN-Habitat") == 1
    svc.close()


def test_import_lists_every_rejected_row_and_changes_nothing(
    sample_path: Path, tmp_path: Path
) -> None:
    workbook = tmp_path / "all.xlsx"
    assert metrodesk("export", "contacts", "--db", sample_path, "-o", workbook).returncode == 0
    wb = openpyxl.load_workbook(workbook)
    wb["Contacts"].append([None, "Given", ""])
    wb["Contacts"].append([None, "Bad", "Mail", None, None, "not-an-address"])
    wb.save(workbook)
    before = live_contacts(sample_path)

    result = metrodesk("import", workbook, "--db", sample_path)

    assert result.returncode != 0
    lines = result.stderr.splitlines()
    rows = len(list(openpyxl.load_workbook(workbook)["Contacts"].iter_rows()))
    assert len(lines) == 3
    assert lines[0] == f"Contacts, row {rows - 1}: Family name: is required"
    assert lines[1].startswith(f"Contacts, row {rows}: E-mail: not a valid e-mail address")
    assert lines[-1].startswith("metrodesk: import refused: 2 rows were rejected")
    assert live_contacts(sample_path) == before


@pytest.mark.parametrize("content", [b"", b"just text", b"PK\x03\x04broken"])
def test_import_of_a_file_that_is_no_workbook(
    sample_path: Path, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(content)

    line = failed(metrodesk("import", bad, "--db", sample_path))

    assert "not an Excel workbook" in line


def test_import_into_a_missing_database_creates_nothing(tmp_path: Path) -> None:
    workbook = tmp_path / "w.xlsx"
    openpyxl.Workbook().save(workbook)

    line = failed(metrodesk("import", workbook, "--db", tmp_path / "none.sqlite"))

    assert "no database at" in line
    assert not (tmp_path / "none.sqlite").exists()


# ---------------------------------------------------------------------------------------------
# the command line itself


@pytest.mark.parametrize(
    "args",
    [["frobnicate"], ["export"], ["export", "all"], ["demo", "--size", "many"], ["--nope"]],
)
def test_usage_errors_are_one_line_and_status_2(args: list[str]) -> None:
    line = failed(metrodesk(*args), status=2)

    assert "--help" in line


def test_help_and_version() -> None:
    import importlib.metadata

    import metrodesk as package

    # the one version: pyproject reads it from metrodesk.__version__, the CLI prints it
    assert metrodesk("--version").stdout == f"metrodesk {package.__version__}\n"
    assert importlib.metadata.version("metrodesk") == package.__version__
    assert "export" in metrodesk("--help").stdout


def test_metrodesk_db_selects_the_database(sample_path: Path, tmp_path: Path) -> None:
    assert metrodesk("check", env={"METRODESK_DB": str(sample_path)}).returncode == 0

    missing = tmp_path / "elsewhere.sqlite"
    line = failed(metrodesk("check", env={"METRODESK_DB": str(missing)}))
    assert str(missing) in line


def test_db_may_come_before_the_command(sample_path: Path) -> None:
    assert metrodesk("--db", sample_path, "check").returncode == 0


def test_subcommands_never_load_qt(sample_path: Path) -> None:
    code = (
        "import sys; from metrodesk.cli import main; "
        f"status = main(['check', '--db', {str(sample_path)!r}]); "
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'; "
        "sys.exit(status)"
    )

    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)

    assert result.returncode == 0, result.stderr


def test_an_unexpected_error_is_one_line_and_logged() -> None:
    try:
        raise ValueError("something nobody foresaw")
    except ValueError as exc:
        reason = cli._reason(exc)

    assert "\n" not in reason and "something nobody foresaw" in reason
    log = paths.log_dir() / "metrodesk.log"
    assert str(log) in reason
    assert "Traceback" in log.read_text() and "ValueError" in log.read_text()
