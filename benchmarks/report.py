"""The run's report: the machine it ran on, and the table of figures against their floors."""

from __future__ import annotations

import os
import platform
import sqlite3
from pathlib import Path


def machine() -> list[str]:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        ram = f"{pages / 1024**3:.1f} GB RAM"
    except (ValueError, OSError):
        ram = "RAM unknown"
    import openpyxl
    import PySide6
    import sqlalchemy

    try:
        import lxml.etree

        xml = f"lxml {'.'.join(map(str, lxml.etree.LXML_VERSION[:3]))}"
    except ImportError:
        xml = "no lxml"

    return [
        f"{cpu}, {os.cpu_count()} cores, {ram}; {platform.system()} {platform.release()}",
        f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}, "
        f"PySide6 {PySide6.__version__}, SQLAlchemy {sqlalchemy.__version__}, "
        f"openpyxl {openpyxl.__version__} ({xml})",
    ]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.2f} ms" if seconds < 0.001 else f"{seconds * 1000:.1f} ms"


def sec(seconds: float) -> str:
    return f"{seconds:.2f} s"


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, str, str, str, str, str]] = []
        self.failed: list[str] = []

    def add(self, figure: str, value: str, base: str, ratio: str, target: str, ok: bool | None):
        verdict = "" if ok is None else "PASS" if ok else "FAIL"
        if ok is False:
            self.failed.append(figure)
        self.rows.append((figure, value, base, ratio, target, verdict))

    def markdown(self) -> str:
        head = ("figure", "value", "baseline", "ratio", "target", "")
        lines = ["| " + " | ".join(head) + " |", "|" + " --- |" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)
