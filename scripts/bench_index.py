"""The persistent index's own figures (`store.sqlindex`), without the interface: what a search costs the data.

    .venv/bin/python scripts/bench_index.py STORE.json [--queries 200]

Run on a store whose index is built (scripts/bench_terminal.py builds it, or
`python -m store.sqlindex STORE`), in a fresh process, so the figures are
those of a session that has just opened the index:

* open → first page: the newest 100 records and the kept facet counts;
* filter + facets, p50 and p95 over mixed filters drawn from the store's own
  records (`scripts/bench_queries.mixed_queries`: text, ward, province, topic, dates,
  and combinations), first page and every facet counted;
* typing: each prefix of a few words, a character at a time (the first key
  is a one-character fragment), first page and facets; and the same keys
  counted with their first page only, no facets (what the browser's status
  line shows first: its facet counts follow), each on a cold cache of
  free-text results so that no key reuses the last one's flags;
* words: a few whole words searched at once, first page only; and whether
  the file's word index is complete (`store.sqlindex.wordfill`: a file an
  older version wrote answers free text through FTS5 until it is filled,
  by `python -m store.sqlindex STORE` or the browser's read-ahead);
* former units: the provinces and districts merged away that the province
  picker offers (`SqlIndex.former_units`), counted with no filter (the
  first time in the session, then again) and under the rest of each mixed
  filter (its province and ward clauses left out, as the picker counts),
  timed after the search of the filter itself, as the browser's list made it;
  a file of schema 10 is given its unit tables first (one pass, timed);
* the index file's size against the store's, and the session's peak memory.

Opening a file an older version wrote adds the word tables to it (schema
10), after which that older version rebuilds it: measure copies, not an
index other checkouts share.

Printed as JSON for scripts/bench_terminal.py, which shows it beside the
terminal's figures; `--text` prints it for reading.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import orjson  # noqa: E402

WORDS = ("chinh quyen", "dich vu cong", "thieu", "ho so", "de an")
MORE_WORDS = ("phuong", "than", "lai thieu")
"""Typed too when counting alone: words most records hold, which the trigram index walked slowest."""
WHOLE = ("thanh", "phuong", "chu", "nguyen", "uyen", "cong", "2024", "giai quyet")
PAGE = 100


def measure(store: Path, queries: int) -> dict[str, Any]:
    from bench_queries import mixed_queries  # noqa: PLC0415 - beside this file

    from store.query import Filter  # noqa: PLC0415
    from store.tinydb_repository import TinyDBRepository  # noqa: PLC0415

    began = time.perf_counter()
    index = TinyDBRepository(store).index
    if not index.fresh():
        raise SystemExit(f"{store}: the index is missing or stale; build it first (python -m store.sqlindex STORE)")
    first = index.search(Filter(), limit=PAGE)
    opened = time.perf_counter() - began
    sample = first.records + index.search(Filter(), offset=first.total // 2, limit=PAGE, facets=False).records
    timed: list[float] = []
    for _, query in mixed_queries(sample, queries):
        began = time.perf_counter()
        index.search(query, limit=PAGE)
        timed.append(time.perf_counter() - began)
    typing: list[float] = []
    for words in WORDS:
        for end in range(1, len(words) + 1):
            began = time.perf_counter()
            index.search(Filter.parse(words[:end]), limit=PAGE)
            typing.append(time.perf_counter() - began)
    counted: list[float] = []
    for words in WORDS + MORE_WORDS:
        for end in range(1, len(words) + 1):
            index._flags.clear()  # a key typed the first time: none of its free text known
            began = time.perf_counter()
            index.search(Filter.parse(words[:end]), limit=PAGE, facets=False)
            counted.append(time.perf_counter() - began)
    whole: list[float] = []
    for word in WHOLE:
        index._flags.clear()
        began = time.perf_counter()
        index.search(Filter.parse(word), limit=PAGE, facets=False)
        whole.append(time.perf_counter() - began)
    return {"open": opened, "total": first.total, "filters": timed, "typing": typing, "counted": counted,
            "words": whole, "word_index": _word_index(index), **_former(index, sample, queries),
            "index_bytes": index.path.stat().st_size, "store_bytes": store.stat().st_size, "peak": _peak()}


def _former(index: Any, sample: list[dict[str, Any]], queries: int) -> dict[str, Any]:
    """The province picker's former units: once with no filter (the first time, then again), then under the
    rest of each mixed filter; {} for an index without them (an older checkout)."""
    from bench_queries import mixed_queries  # noqa: PLC0415

    from store.query import Filter  # noqa: PLC0415

    if not hasattr(index, "former_units"):
        return {}
    from store.sqlindex import units as kept  # noqa: PLC0415

    with index._locked() as db:
        needed = not kept.filled(db)
    began = time.perf_counter()
    filled = index.fill_units()  # a file of schema 10: its unit tables, one pass
    fill = time.perf_counter() - began
    first = time.perf_counter()
    units = index.former_units(Filter())
    first = time.perf_counter() - first
    again = time.perf_counter()
    index.former_units(Filter())
    again = time.perf_counter() - again
    under: list[float] = []
    for _, query in mixed_queries(sample, queries):
        rest = query.without_field("province").without_field("ward")
        index.search(query, limit=PAGE)  # the list's search, as the picker finds it (its free text known)
        began = time.perf_counter()
        index.former_units(rest)
        under.append(time.perf_counter() - began)
    return {"former": {"fill": fill if filled and needed else None, "first": first, "again": again, "under": under,
                       "units": len(units or [])}}


def _word_index(index: Any) -> str:
    """Whether free text of letters and digits is answered by the word tables (`store.sqlindex.wordfill`)."""
    try:
        from store.sqlindex import wordfill  # noqa: PLC0415 - absent before the word index
    except ImportError:
        return "none"
    with index._locked() as db:
        upto = wordfill.covered(db)
    return "complete" if upto == wordfill.ALL else f"filling ({upto:,} records covered)"


def _peak() -> int:
    with open(f"/proc/{os.getpid()}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return 0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def lines(found: dict[str, Any]) -> list[str]:
    """The figures as report lines (shared with scripts/bench_terminal.py)."""
    def spread(what: str, values: list[float]) -> str:
        return (f"  {what:44} p50 {statistics.median(values) * 1000:6.0f} ms  p95 {p95(values) * 1000:6.0f} ms"
                f"  ({len(values)})")
    return [
        f"  {'engine: open → first page + facets':44} {found['open']:8.3f} s",
        spread("engine: filter + facets (mixed filters)", found["filters"]),
        spread("engine: search typed a character at a time", found["typing"]),
        *([spread("engine: the same keys, count and first page", found["counted"]),
           spread("engine: a word searched, count and first page", found["words"]),
           f"  {'engine: word index':44} {found['word_index']}"] if "counted" in found else []),
        *([f"  {'engine: former units, first / again':44} {found['former']['first'] * 1000:6.0f} ms  "
           f"{found['former']['again'] * 1000:6.0f} ms  ({found['former']['units']} ways named)",
           spread("engine: former units under a mixed filter", found["former"]["under"])]
          if "former" in found else []),
        *([f"  {'engine: unit tables filled (schema 10 file)':44} {found['former']['fill']:8.3f} s"]
          if found.get("former", {}).get("fill") is not None else []),
        f"  {'engine: index file':44} {found['index_bytes'] / 1e6:8.0f} MB  "
        f"{found['index_bytes'] / found['store_bytes']:6.2f}× the store file",
        f"  {'engine: peak memory of that session':44} {found['peak'] / 1e6:8.0f} MB",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--text", action="store_true", help="print lines to read, not JSON")
    args = parser.parse_args(argv)
    found = measure(args.store, args.queries)
    if args.text:
        print(f"{found['total']:,} surveys; load {os.getloadavg()[0]:.1f}")
        print("\n".join(lines(found)))
    else:
        print(orjson.dumps(found).decode())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
