"""Excel's figures: the export and the import, each against openpyxl's own loop as a floor,
with lxml as installed and without it; python-calamine's read for comparison."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from harness import copy_db, run_worker
from report import Table, sec

#: openpyxl reads this at import: "False" makes it use the standard library's XML instead of
#: lxml, installed or not (the figures "without lxml")
NO_LXML = {"OPENPYXL_LXML": "False"}


def _lxml_installed() -> bool:
    try:
        import lxml  # noqa: F401
    except ImportError:
        return False
    return True


def measure_export(
    db: Path, work: Path, quick: bool, with_import: bool, table: Table, rss: dict[str, float]
) -> None:
    """Export and import with openpyxl as installed (lxml: a dependency), each against its
    floor in the same set-up; then both again, floors too, with lxml turned off (not --quick)."""
    setups = [("", {})]
    if _lxml_installed() and not quick:
        setups.append((" (without lxml)", NO_LXML))
    for label, env in setups:
        print(f"export{label}…", flush=True)
        xlsx = work / "contacts.xlsx"
        exp = run_worker("export", str(db), str(xlsx), env=env)
        print(f"openpyxl floors{label}…", flush=True)
        floor = run_worker("openpyxl", str(xlsx), str(work), "0" if quick else "1", env=env)
        if not env:
            rss["export"] = exp["peak_rss_mb"]
            rss["bare openpyxl write"] = floor["write_rss_mb"]
        export_rows(exp, floor, quick, label, table)
        if with_import:
            measure_import(db, work, xlsx, floor, label, env, table, rss)


def export_rows(
    exp: dict[str, Any], floor: dict[str, Any], quick: bool, label: str, table: Table
) -> None:
    speed = floor["write"] / exp["elapsed"]
    table.add(
        f"export {exp['rows']:,} contacts to .xlsx{label}",
        sec(exp["elapsed"]),
        f"{sec(floor['write'])} bare openpyxl write-only",
        f"{speed:.2f}× its speed",
        "≥ 0.8×",
        speed >= 0.8,
    )
    if quick or floor.get("pandas") is None:
        why = "not measured (--quick)" if quick else "pandas not installed"
        table.add(f"  pandas `DataFrame.to_excel`{label}", why, "", "", "", None)
        return
    times = floor["pandas"] / exp["elapsed"]
    table.add(
        f"  export against pandas `DataFrame.to_excel` (openpyxl){label}",
        sec(exp["elapsed"]),
        f"{sec(floor['pandas'])} pandas",
        f"{times:.2f}× its speed",
        "≥ 2×",
        times >= 2,
    )


def measure_import(
    db: Path,
    work: Path,
    xlsx: Path,
    floor: dict[str, Any],
    label: str,
    env: dict[str, str],
    table: Table,
    rss: dict[str, float],
) -> None:
    print(f"import{label}…", flush=True)
    copy = work / "copy.sqlite"
    copy.unlink(missing_ok=True)
    copy_db(db, copy)
    dry = run_worker("import", str(copy), str(xlsx), "dry", env=env)
    real = run_worker("import", str(copy), str(xlsx), "real", env=env)
    if not env:
        rss["import (real)"] = real["peak_rss_mb"]
    for how, res_i in (("dry run", dry), ("real, on a copy", real)):
        speed = floor["read"] / res_i["elapsed"]
        table.add(
            f"import that workbook, {how}{label}",
            sec(res_i["elapsed"]),
            f"{sec(floor['read'])} openpyxl read-only iteration",
            f"{speed:.2f}× its speed",
            "≥ 0.5×",
            speed >= 0.5,
        )
    if not env:
        table.add("  import report (real)", real["report"].replace("|", "/"), "", "", "", None)
        calamine_rows(run_worker("calamine", str(xlsx)), floor, table)


def calamine_rows(cal: dict[str, Any], floor: dict[str, Any], table: Table) -> None:
    """What reading the workbook with python-calamine would give (not used by the import)."""
    figure = "  python-calamine reading that sheet (not used by the import)"
    if cal.get("missing"):
        table.add(figure, "python-calamine not installed", "", "", "", None)
        return
    table.add(
        figure,
        sec(cal["read"]),
        f"{sec(floor['read'])} openpyxl read-only iteration",
        f"{floor['read'] / cal['read']:.1f}× its speed",
        "",
        None,
    )
    table.add(
        "    its cells read differently from openpyxl / its peak RSS",
        f"{cal['differ']:,} / {cal['rss_mb']:.0f} MB",
        "",
        "",
        "",
        None,
    )
