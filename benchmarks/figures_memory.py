"""Peak memory's figures, from what each measurement's process reported."""

from __future__ import annotations

from report import Table


def measure_memory(table: Table, rss: dict[str, float]) -> None:
    bare = rss.get("bare Qt start")
    for name in ("start", "search + scroll", "search", "scroll", "export"):
        if name not in rss:
            continue
        table.add(
            f"peak RSS: {name}",
            f"{rss[name]:.0f} MB",
            f"{bare:.0f} MB bare Qt start" if bare else "",
            f"{rss[name] / bare:.1f}×" if bare else "",
            "≤ 300 MB",
            rss[name] <= 300,
        )
    if "search alone" in rss and "search + scroll" in rss:
        table.add(
            "  peak RSS: search alone (before scrolling)",
            f"{rss['search alone']:.0f} MB",
            "",
            "",
            "",
            None,
        )
    if "import (real)" in rss:
        table.add(
            "  peak RSS: import (real) / bare openpyxl write",
            f"{rss['import (real)']:.0f} MB / {rss['bare openpyxl write']:.0f} MB",
            "",
            "",
            "",
            None,
        )
