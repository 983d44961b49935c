"""The importer under attack, in the spirit of issue 18: hypothesis builds hostile workbooks
from a real export (cells of every type, control characters, formulas, Excel errors, huge and
odd numbers, implausible dates, blanks, other records' UUIDs; structure: duplicate headers and
sheets, merged cells, rows out of order, extra and missing columns) and imports each one.

For every input:
- the import applies, or is refused with a list of rows (one line each, "sheet, row N: …")
  or one line for the file; no other exception, so no traceback ever reaches a user;
- a refused import writes nothing: the journal, the file's bytes and its folder (no backup)
  are as they were;
- an applied one stored nothing an editor would refuse: every record passes the editors'
  rules again, as stored.

CI runs METRODESK_FUZZ_EXAMPLES (default 20) workbooks; set it higher for a longer attack
(the README's reliability table gives the last long run).
"""

from __future__ import annotations

import hashlib
import os
import re
import uuid
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from conftest import copy_database
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.exceptions import IllegalCharacterError
from test_import import journal_size

from metrodesk import paths
from metrodesk.services.errors import ServiceError
from metrodesk.services.exports.workbook import export_workbook
from metrodesk.services.facade import Services
from metrodesk.services.imports.apply import import_workbook
from metrodesk.services.imports.cell_checks import EXCEL_ERRORS
from metrodesk.services.imports.layout import SHEET_KINDS
from metrodesk.services.imports.outcome import ImportRejected
from metrodesk.services.records.crud import clean
from metrodesk.services.records.forms import FORMS

EXAMPLES = int(os.environ.get("METRODESK_FUZZ_EXAMPLES", "20"))
SHEETS = list(SHEET_KINDS)

# --- cell values ------------------------------------------------------------------------------

control_text = st.text(
    alphabet=st.characters(codec="utf-8", categories=("Cc", "Cs", "Zs", "L", "N", "P", "S")),
    max_size=40,
)
escaped_control = st.integers(0, 31).map(lambda c: f"x_x{c:04X}_y")
formulas = st.sampled_from(["=1+1", "=A2", "=SUM(A1:A3)", "=NOW()", '="text"', "=1/0"])
numbers = st.one_of(
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
moments = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=date(1900, 1, 2), max_value=date(9999, 12, 31)),
    st.times(),
    st.sampled_from(
        ["9999-12-31", "0001-01-01", "1899-12-29", "2026-01-01T10:00+09:00", "2026-02-30"]
    ),
)
blanks = st.sampled_from([None, "", "   ", "\t"])
ids = st.one_of(st.uuids().map(str), st.just("not-a-uuid"))
values = st.one_of(
    control_text,
    escaped_control,
    formulas,
    numbers,
    moments,
    blanks,
    ids,
    st.sampled_from(sorted(EXCEL_ERRORS)),
    st.integers(1, 40_000).map(lambda n: "n" * n),
)

# --- what is done to the workbook -------------------------------------------------------------

cell_edits = st.lists(
    st.tuples(st.sampled_from(SHEETS), st.integers(1, 12), st.integers(1, 30), values),
    max_size=6,
)
structure = st.lists(
    st.sampled_from(
        [
            "duplicate header",
            "duplicate sheet",
            "merge data",
            "merge header",
            "rows out of order",
            "extra sheet",
            "clear header",
            "other kind's uuid",
        ]
    ),
    max_size=2,
    unique=True,
)


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory, sample_template: Path) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("fuzz")
    db = copy_database(sample_template, folder / "source.sqlite")
    svc = Services.open(db)
    try:
        book = folder / "all.xlsx"
        export_workbook(svc.db, "all", book)
    finally:
        svc.close()
    return {"book": book, "folder": folder}


def _build(base: Path, target: Path, edits: list[Any], shape: list[str]) -> Path:
    wb = openpyxl.load_workbook(base)
    for sheet, row, column, value in edits:
        if sheet not in wb.sheetnames:
            continue
        cell = wb[sheet].cell(row, column)
        before = cell.value
        try:
            cell.value = value
        except (IllegalCharacterError, ValueError, TypeError):
            # a value openpyxl itself cannot write (no such file can exist); its refusal
            # leaves the cell half changed, so the old value goes back
            cell.value = before
    for change in shape:
        _reshape(wb, change)
    wb.save(target)
    if "rows out of order" in shape:
        _swap_rows(target, wb.sheetnames.index("Contacts") + 1)
    return target


def _reshape(wb: openpyxl.Workbook, change: str) -> None:
    ws = wb["Contacts"]
    if change == "duplicate header":
        ws.cell(1, ws.max_column + 1).value = ws.cell(1, 2).value
    elif change == "duplicate sheet":
        wb.copy_worksheet(wb["Organisations"]).title = "organisations "
    elif change == "merge data":
        ws.merge_cells("C2:C3")
    elif change == "merge header":
        ws.merge_cells("N1:O1")
    elif change == "extra sheet":
        wb.create_sheet("Notes from Seoul")["A1"] = "hello"
    elif change == "clear header":
        ws.cell(1, 3).value = None
    elif change == "other kind's uuid":
        ws.cell(2, 1).value = wb["Organisations"].cell(2, 1).value


def _swap_rows(book: Path, index: int) -> None:
    member = f"xl/worksheets/sheet{index}.xml"
    with zipfile.ZipFile(book) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    text = parts[member].decode("utf-8")
    rows = re.findall(r"<row [^>]*>.*?</row>", text, re.DOTALL)
    if len(rows) > 3:
        text = text.replace(rows[2], "\0").replace(rows[3], rows[2]).replace("\0", rows[3])
    parts[member] = text.encode("utf-8")
    with zipfile.ZipFile(book, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)


def _state(svc: Services) -> tuple[Any, ...]:
    digest = hashlib.sha256(svc.db.path.read_bytes()).hexdigest()
    return journal_size(svc), digest, paths.backup_dir(svc.db.path).exists()


def _editors_accept_everything(svc: Services) -> None:
    for kind in SHEET_KINDS.values():
        keys = {f.key for f in FORMS[kind]}
        for row in svc.lists.page(kind, limit=10_000):
            stored = svc.records.get(kind, row.id)
            clean(kind, {k: v for k, v in stored.items() if k in keys})


counts = {"applied": 0, "rows refused": 0, "file refused": 0}


@pytest.fixture(scope="module", autouse=True)
def _figures() -> Any:
    """The run's figures, for the README's reliability table (pytest -s shows them)."""
    yield
    print(f"\nimporter fuzzing: {sum(counts.values())} workbooks: {counts}")


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=EXAMPLES <= 20,  # CI: the same workbooks every run; longer runs explore
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(edits=cell_edits, shape=structure)
def test_no_workbook_gets_past_the_rules_or_leaves_half_of_itself(
    base: dict[str, Path],
    sample_template: Path,
    edits: list[Any],
    shape: list[str],
) -> None:
    folder = base["folder"] / uuid.uuid4().hex
    folder.mkdir()
    db = copy_database(sample_template, folder / "target.sqlite")
    book = _build(base["book"], folder / "attack.xlsx", edits, shape)
    svc = Services.open(db)
    try:
        before = _state(svc)
        try:
            import_workbook(svc.db, book)
        except ImportRejected as refused:
            counts["rows refused"] += 1
            assert refused.problems
            for line in refused.problems:
                assert "\n" not in line and re.match(r"^[^,]+, row \d+: .+", line), line
            assert _state(svc) == before
        except ServiceError as refused:
            counts["file refused"] += 1
            assert "\n" not in str(refused) and str(refused)
            assert _state(svc) == before
        else:
            counts["applied"] += 1
            _editors_accept_everything(svc)
    finally:
        svc.close()
