"""Command lines from the attack (issue 18, items 11 and 12): file names that are not UTF-8,
names too long for the file system, and sizes past any use. Each gets one line, a non-zero
status where it fails, no traceback (not even "Exception ignored" at exit), and leaves
nothing behind."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

LATIN1_CAFE = "café".encode("latin-1")  # b"caf\xe9": not valid UTF-8


def metrodesk(*args: str | bytes | Path) -> subprocess.CompletedProcess[str]:
    run = subprocess.run(
        [sys.executable.encode(), b"-m", b"metrodesk", *(os.fsencode(a) for a in args)],
        capture_output=True,
        timeout=300,
    )
    out = run.stdout.decode("utf-8", "replace")
    err = run.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err and "Exception ignored" not in err, err
    return subprocess.CompletedProcess(run.args, run.returncode, out, err)


def one_line(run: subprocess.CompletedProcess[str], status: int = 1) -> str:
    assert run.returncode == status, run.stderr
    assert run.stderr.count("\n") == 1 and run.stderr.startswith("metrodesk: "), run.stderr
    return run.stderr


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A real 3 MB file system (CI runs as root, as the disk-full tests do)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=True)


def test_demo_size_has_a_bound_and_nothing_is_made(tmp_path: Path) -> None:
    target = tmp_path / "huge.sqlite"
    line = one_line(metrodesk("demo", "--db", target, "--size", "1000000000"), status=2)
    assert "between 0 and 1,000,000" in line
    assert list(tmp_path.iterdir()) == []


def test_demo_checks_the_free_space_first(small_disk: Path) -> None:
    line = one_line(metrodesk("demo", "--db", small_disk / "d.sqlite", "--size", "5000"))
    assert "need about" in line and "free" in line
    assert list(small_disk.iterdir()) == []


def test_names_that_are_not_utf8_import_and_export(sample_path: Path, tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    book = folder + b"/" + LATIN1_CAFE + b".xlsx"
    csv = folder + b"/" + LATIN1_CAFE + b".csv"
    assert metrodesk("export", "all", "--db", sample_path, "-o", book).returncode == 0
    assert metrodesk("export", "contacts", "--db", sample_path, "-o", csv).returncode == 0
    assert os.path.isfile(book) and os.path.isfile(csv)

    dry = metrodesk("import", book, "--db", sample_path, "--dry-run")
    real = metrodesk("import", book, "--db", sample_path)

    assert dry.returncode == 0 and real.returncode == 0, dry.stderr + real.stderr
    missing = one_line(
        metrodesk("import", folder + b"/" + LATIN1_CAFE + b"-2.xlsx", "--db", sample_path)
    )
    assert "caf\ufffd-2.xlsx" in missing  # the name shown as text, in the one line


@pytest.mark.parametrize(
    ("command", "suffix"),
    [
        (["export", "contacts"], ".csv"),
        (["export", "contacts"], ".xlsx"),
        (["export", "all"], ".xlsx"),
        (["report", "membership"], ".xlsx"),
    ],
)
def test_an_output_name_too_long_is_one_line_and_leaves_nothing(
    sample_path: Path, tmp_path: Path, command: list[str], suffix: str
) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / ("x" * 300 + suffix)

    line = one_line(metrodesk(*command, "--db", sample_path, "-o", target))

    assert "too long" in line
    assert list(out.iterdir()) == []
