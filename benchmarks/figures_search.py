"""Search and scrolling's figures, from one window (the `search` worker)."""

from __future__ import annotations

import statistics
from pathlib import Path
from typing import Any

from harness import QUERIES, run_worker
from report import Table, ms


def measure_search(
    db: Path, quick: bool, parts: list[str], table: Table, rss: dict[str, float]
) -> None:
    print(" and ".join(parts) + "…", flush=True)
    res = run_worker("search", str(db), "1" if quick else "3", ",".join(parts))
    if "search" in parts:
        rss["search + scroll" if "scroll" in parts else "search"] = res["peak_rss_mb"]
        rss["search alone"] = res["search_rss_mb"]
        search_rows(res, table)
    else:
        rss["scroll"] = res["peak_rss_mb"]
    if "scroll" in parts:
        scroll_rows(res, table)


def search_rows(res: dict[str, Any], table: Table) -> None:
    every = [v for q in QUERIES for v in res["search"][q]]
    worst_q = max(QUERIES, key=lambda q: max(res["search"][q]))
    worst = max(every)
    med = statistics.median(every)
    raw_every = [v for q in QUERIES for v in res["raw"][q]]
    raw_worst, raw_med = max(raw_every), statistics.median(raw_every)
    count_every = [v for q in QUERIES for v in res["raw_count"][q]]
    service_every = [v for q in QUERIES for v in res["service"][q]]
    table.add(
        f"search: keystroke → list shows the match, worst (‘{worst_q}’, "
        f"{res['hits'][worst_q]:,} hits)",
        ms(worst),
        f"{ms(raw_worst)} raw FTS5 LIMIT 200",
        f"{worst / raw_worst:.0f}×",
        "≤ 50 ms",
        worst <= 0.050,
    )
    table.add(
        "search: keystroke → list shows the match, median",
        ms(med),
        f"{ms(raw_med)} raw FTS5 LIMIT 200",
        f"{med / raw_med:.0f}×",
        "≤ 50 ms",
        med <= 0.050,
    )
    resets = [v for q in QUERIES for v in res["reset_only"][q]]
    table.add(
        "  of which: keystroke → the model reset (typing pause and search; worst / median)",
        f"{ms(max(resets))} / {ms(statistics.median(resets))}",
        "",
        "",
        "",
        None,
    )
    table.add(
        "  of which: `Lists.first_ids` + `rows` (count, 200 ids, 50 rows; worst / median)",
        f"{ms(max(service_every))} / {ms(statistics.median(service_every))}",
        f"{ms(max(count_every))} / {ms(statistics.median(count_every))} raw count(*) + LIMIT",
        f"{max(service_every) / max(count_every):.1f}×",
        "",
        None,
    )
    per_query = ", ".join(f"{q} {max(res['search'][q]) * 1000:.0f}" for q in QUERIES)
    table.add("  per query, worst ms", per_query, "", "", "", None)


def scroll_rows(res: dict[str, Any], table: Table) -> None:
    steps = res["scroll_steps"]
    table.add(
        f"scroll top → bottom: worst step ({len(steps)} steps, {res['scroll_rows']:,} rows)",
        ms(max(steps)),
        f"median step {ms(statistics.median(steps))}",
        "",
        "≤ 50 ms",
        max(steps) <= 0.050,
    )
    table.add(
        "  slowest step at row / last 10 steps median",
        f"{res['scroll_slowest_at_row']:,}",
        ms(statistics.median(steps[-10:])),
        "",
        "",
        None,
    )
    # one step in thousands can meet the machine's own hiccup: how many, and how far the rest
    ranked = sorted(steps)
    over = sum(1 for s in steps if s > 0.050)
    table.add(
        "  steps over 50 ms / 99th and 99.9th percentile step",
        f"{over} of {len(steps)}",
        f"{ms(ranked[int(len(ranked) * 0.99)])} / {ms(ranked[int(len(ranked) * 0.999)])}",
        "",
        "",
        None,
    )
