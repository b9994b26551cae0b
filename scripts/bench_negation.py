"""A negated follow-up clause on the persistent index: its set difference over term lists against SQL's pass.

    .venv/bin/python scripts/bench_negation.py STORE.json [--repeat 5]

Run on a store whose index is built (`python -m store.sqlindex STORE`; a generated one: `python -m tests.synthetic
5000 --seed 7 -o STORE.json`). For each filter it prints how many visits it finds and the best of `--repeat` runs
of the count alone (`limit=0`: what the status line waits for) and of the first page with every facet (as the list
shows a filter), the two paths in turn in the same minute: through `store.sqlindex.complement` (the set difference,
as the browser runs it) and with that path turned off (every negated condition left to SQL), so a loaded machine
moves both alike. Figures only, nothing asserted; the two must find the same visits (checked, it stops if not). In
a checkout without that module (before session 34, where `not overdue` was also a condition on `rec.deadline`) it
times the one path there is, as "as is".
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILTERS = ("status:done", "not status:done", "overdue", "not overdue", "status:open not overdue",
           "not (status:open overdue)", "not status:done not overdue", "year:2025 not overdue")
"""A positive clause beside its negation, for scale; the last one keeps a date, which SQL answers either way."""
PAGE = 100


def measure(store: Path, repeat: int) -> list[tuple[str, int, dict[str, tuple[float, float]]]]:
    from store.query import Filter  # noqa: PLC0415
    from store.sqlindex import matches  # noqa: PLC0415
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    complement: Any
    try:
        complement = importlib.import_module("store.sqlindex.complement")
    except ImportError:  # an older checkout: its one path
        complement = None

    index = TinyDBRepository(store).index
    if not index.fresh():
        raise SystemExit(f"{store}: the index is missing or stale; build it first (python -m store.sqlindex STORE)")
    index.search(Filter(), limit=PAGE)  # opened, the order and the totals read, as a session has them
    fast = complement.posted if complement is not None else None
    paths = ("sql", "difference") if complement is not None else ("as is",)
    rows = []
    for text in FILTERS:
        query = Filter.parse(text)
        times: dict[str, tuple[list[float], list[float]]] = {path: ([], []) for path in paths}
        ids: dict[str, list[str]] = {}
        for _ in range(repeat + 1):  # the paths in turn, so that a change of load falls on both; the first run warms
            for path in paths:
                if complement is not None:
                    complement.posted = fast if path == "difference" else (
                        lambda db, condition, everything: matches.posted(db, condition))
                for facets, kept in zip((False, True), times[path], strict=True):
                    index._last = None  # each run finds its numbers again (a next page of one search reuses them)
                    began = time.perf_counter()
                    page = index.search(query, limit=0 if not facets else PAGE, facets=facets)
                    kept.append(time.perf_counter() - began)
                    ids[path] = [str(page.total), *(record["id"] for record in page.records)]
        if complement is not None:
            complement.posted = fast
        if len({tuple(found) for found in ids.values()}) != 1:
            raise SystemExit(f"{text!r}: the two paths differ")
        figures = {path: (min(counted[1:]), min(faceted[1:])) for path, (counted, faceted) in times.items()}
        rows.append((text, int(ids[paths[0]][0]), figures))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    began = os.getloadavg()[0]
    rows = measure(args.store, args.repeat)
    print(f"{args.store.name}: best of {args.repeat}, load {began:.1f} → {os.getloadavg()[0]:.1f}")
    paths = list(rows[0][2])
    print(f"  {'filter':30} {'found':>7}   count: {' / '.join(paths)};   with facets: the same")
    for text, found, figures in rows:
        counted = " / ".join(f"{figures[path][0] * 1000:7.1f}" for path in paths)
        faceted = " / ".join(f"{figures[path][1] * 1000:7.1f}" for path in paths)
        print(f"  {text:30} {found:7,}   {counted} ms   {faceted} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
