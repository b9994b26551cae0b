"""What `answered:`, `changed:` and `closed:` cost at scale, on every back end (figures only, nothing asserted).

    .venv/bin/python scripts/bench_item_events.py --size 20000 --rounds 5
    .venv/bin/python scripts/bench_item_events.py --size 20000 --rounds 5 --pg "$url"     # PostgreSQL too

Synthetic visits (`tests/synthetic.py`) whose items carry what the follow-up work leaves: responses dated over
2026 on about half the items, and a history (one to three status entries, stamped over 2026) on those whose status
moved. Each filter is asked of the in-memory index, the SQLite index, with `--scan` the file-store scan (`Matcher`
over the records) and with `--pg` a PostgreSQL archive (one scratch schema, dropped after), with its facet counts
as the browser asks; the median of the rounds is printed, beside `to:` and `status:open overdue` for comparison.
PostgreSQL reads them from the `item_events` column (migration 11, `store.postgres.item_events`); with `--unset` its
column is set to NULL first, so every row is answered from its document, as an archive of version 10 was (and as
rows are until the fill reaches them).
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FILTERS = ('to:"sở tài chính"', "status:open overdue", "answered:2026-11", 'changed:"2026-10..2026-11"',
           'closed:2026-11 to:"sở tài chính"', "not answered:2026-11")


def records(size: int) -> list[dict[str, Any]]:
    from tests.synthetic import Generator  # noqa: PLC0415

    generator, made = Generator(1), []
    for serial in range(1, size + 1):
        record = generator.record(serial)
        for number, item in enumerate([*(record.get("recommendations") or []), *(record.get("directions") or [])]):
            seed = serial * 7 + number
            if seed % 2:
                item["responses"] = [{"date": f"2026-{1 + seed % 12:02d}-{1 + seed % 28:02d}", "text": "Đã trả lời"}]
            if item.get("status"):
                steps = ["open", "in progress", item["status"]][-(1 + seed % 3) - 1:]
                item["history"] = [{"at": f"2026-{1 + (seed + n) % 12:02d}-{1 + seed % 28:02d}T0{n}:00:00Z",
                                    "who": "bench", "field": "status", "from": old, "to": new}
                                   for n, (old, new) in enumerate(itertools.pairwise(steps))]
        made.append(record)
    return made


def median(rounds: int, run: Callable[[], int]) -> tuple[float, int]:
    times, found = [], 0
    for _ in range(rounds):
        start = time.perf_counter()
        found = run()
        times.append(time.perf_counter() - start)
    return statistics.median(times), found


def asking(run: Callable[[Any], int], query: Any) -> Callable[[], int]:
    return lambda: run(query)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--pg", metavar="URL", help="a PostgreSQL server to write a scratch archive to")
    parser.add_argument("--limit", type=int, help="PostgreSQL: one page of this many records, as the browser asks "
                        "(default: every record found, read and sent)")
    parser.add_argument("--pg-only", action="store_true", help="PostgreSQL alone (no index built)")
    parser.add_argument("--unset", action="store_true", help="PostgreSQL's item_events column NULL (no fill yet)")
    parser.add_argument("--scan", action="store_true", help="the file-store scan too (a minute a filter at 20,000)")
    args = parser.parse_args(argv)
    from store.index import SurveyIndex  # noqa: PLC0415
    from store.matching import Matcher  # noqa: PLC0415
    from store.query import Filter  # noqa: PLC0415
    from store.sqlindex import SqlIndex  # noqa: PLC0415

    made = records(args.size)
    print(f"{args.size} visits, {sum(len(r.get('recommendations') or []) for r in made)} recommendations; "
          f"load {os.getloadavg()[0]:.2f}; median of {args.rounds} rounds, seconds")
    folder = tempfile.TemporaryDirectory()
    engines: dict[str, Callable[[Any], int]] = {}
    persistent = None
    if not args.pg_only:
        memory = SurveyIndex(made)
        started = time.perf_counter()
        persistent = SqlIndex(Path(folder.name) / "i.sqlite3", lambda: "t1", lambda: made)
        persistent.build()
        print(f"SQLite index built in {time.perf_counter() - started:.1f} s")
        engines["memory"] = lambda query: len(memory.search(query).positions)
        engines["sqlite"] = lambda query: persistent.search(query).total
    if args.scan:  # the reference every index is tested against, not what a user waits for
        engines["scan"] = lambda query: sum(map(Matcher(query).matches_record, made))
    archive = None
    if args.pg:
        from store.postgres import init_postgres  # noqa: PLC0415
        from tests.postgres.server import scratch_schema  # noqa: PLC0415

        schema = scratch_schema(args.pg, "bench_events")
        archive, _ = init_postgres(schema.__enter__())
        started = time.perf_counter()
        archive.upsert_many(made)
        print(f"PostgreSQL archive written in {time.perf_counter() - started:.1f} s")
        engines["postgres"] = lambda query: archive.search(query, limit=args.limit).total
        if args.unset:  # every row as a program of version 10 left it: answered from its document
            import psycopg  # noqa: PLC0415

            with psycopg.connect(archive._db._url, autocommit=True) as connection:  # noqa: SLF001
                connection.execute("UPDATE surveys SET item_events = NULL")
                connection.execute("VACUUM ANALYZE surveys")
    print(f"{'filter':40}" + "".join(f"{name:>16}" for name in engines))
    for typed in FILTERS:
        query = Filter.parse(typed)
        cells = []
        for run in engines.values():
            seconds, found = median(args.rounds, asking(run, query))
            cells.append(f"{seconds:8.3f} ({found:>5})")
        print(f"{typed:40}" + "".join(f"{cell:>16}" for cell in cells))
    if persistent is not None:
        persistent.close()
    folder.cleanup()
    if archive is not None:
        archive.close()
        schema.__exit__(None, None, None)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
